/* sources.h - the sources in print: the site's pages of sources and
 * colophon (content/pages/bronnen.md and colofon.md) set in the PDFs.
 *
 * The manual ends with both pages whole. A hand-out, and the competency
 * appendix, end with the entries of the sources page that they cite. An
 * entry is an item of a list on that page, or a section under a ###
 * heading. A hand-out lists an entry that links to one of its module's
 * lessons ("Gebruikt in: ..."), or whose key its lessons' text holds;
 * the appendix one whose key its texts hold. An entry's key is the bold
 * text it begins with, up to its year, normalised: its words in lower
 * case without initials, '&', 'en' or punctuation, and the year, so that
 * **Tuin, B.C.M., Beijer, W.M.M. & Akkerboom, H.L. (2005).** has the key
 * "tuin beijer akkerboom 2005", which "(Tuin, Beijer & Akkerboom, 2005)"
 * and "Tuin, Beijer en Akkerboom (2005)" hold. "z.d." counts as a year;
 * an entry without a year is found by its links alone. */
#ifndef COACHKIT_SOURCES_H
#define COACHKIT_SOURCES_H

#include "blocks.h"
#include "util/buf.h"

/* Which entries a product lists: those linking to a lesson of module
 * (may be NULL), or whose key cited holds (made by sources_cite()). */
typedef struct sources_filter {
	const module *module;
	const buf    *cited;
} sources_filter;

/* The free page of the site with this slug ("bronnen"), or NULL. */
const doc *sources_page(const site *s, const char *slug);

/* Appends text to cited, normalised as keys are. */
void sources_cite(buf *cited, const char *text, size_t len);

/* Adds page d of s on a new page: its title as a heading of outline
 * level 0 with the destination d->rel, an introduction when intro is
 * not NULL, then its body (f NULL) or the entries f keeps. 0, or -1
 * when the page cannot be read (reported). */
int sources_add(blocks *b, site *s, const doc *d, const sources_filter *f,
		const char *intro);

#endif
