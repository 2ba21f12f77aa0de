/* sidenav.h - the side navigation of module and lesson pages.
 *
 * Adds to a page's context:
 *
 *   sidenav: { modules: [ { title, url, number, here, current,
 *              lessons: [ { id, title, url, number, here } ] } ] }
 *   keys: true   (the page loads the keyboard shortcuts and their help)
 *
 *   sidenav.more: { url, n }   (a course of more than 12 modules: only
 *              the two modules before and after the page's are listed,
 *              and a link to the home page lists all n)
 *
 * Only the current module lists its lessons. here
 * marks the page itself (aria-current="page"); a lesson's id is its URL
 * without ".html", the key progress.js ticks it under when it is done.
 * Everything is allocated in the page's arena (h->a). */
#ifndef COACHKIT_SIDENAV_H
#define COACHKIT_SIDENAV_H

#include "html.h"

/* Adds sidenav and keys to v for the page of module m, or of lesson d in
 * m when d is not NULL. */
void sidenav_add(html_ctx *h, mu_value *v, const module *m, const doc *d);

#endif
