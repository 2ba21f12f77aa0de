/* offline.h - the site as an installable web app that works offline.
 *
 * manifest.webmanifest (name, language, colours, start page) with
 * icon.svg, and sw.js: a service worker that precaches the shell (the
 * pages at the top of the site, assets/, cursus.js) and then, in their
 * order, the modules (a module's folder, its outline, the media its
 * lessons link to) as long as each fits whole in a budget of 5 MB, then
 * the rest if it fits too; of print/ only the previews of the materials
 * (with the shell, counted in the budget), never scorm/ or a file over
 * 2 MB. It serves from its cache first, keeps what it fetches, keeps a
 * whole module when a page asks (assets/js/offline.js, on the module's
 * page), and falls back to offline.html for a page it does not have, its
 * links given a '../' per folder of the page asked for. The lists
 * and a version hashed from the files' contents are written into it.
 * Written last, when every other file is in place; a preview (serve)
 * writes no sw.js. */
#ifndef COACHKIT_OFFLINE_H
#define COACHKIT_OFFLINE_H

#include "outputs.h"

/* The output that writes them (outputs.h), once every other file is in
 * place; the site's title names the course (its cache). */
extern const output_def offline_output;

/* The text of icon.svg (the brand mark, a rounded square in the site's
 * colours) and of manifest.webmanifest (name, colours, start page, icon),
 * in a: also in every SCORM package, which is made before them. */
const char *offline_icon(const site *s, arena *a);
const char *offline_manifest(const site *s, arena *a);

#endif
