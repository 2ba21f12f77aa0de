/* docs.h - every document of the site, checked and written.
 *
 * Each lesson and page is read, parsed and checked (md.h), then written
 * as a page of the site (with its part of the search index) and laid out
 * for print. The site's pages are independent: they are made on up to
 * `jobs` threads, each document whole on one of them, and the reports of
 * each are printed in the documents' order afterwards, as one thread
 * would have printed them. Links to headings are checked once every
 * document is (markdown/refs.h). Print then lays the lessons out in
 * order, on this thread, if nothing has failed. */
#ifndef COACHKIT_DOCS_H
#define COACHKIT_DOCS_H

#include "content/model.h"
#include "print/print.h"
#include "site/pages.h"
#include "util/phases.h"

/* w or pj may be NULL (no site: a check, --only print; no print:
 * --only site). A document is written only while nothing has failed. */
void docs_process(site *s, site_writer *w, print_job *pj, int jobs,
		  phases *ph);

#endif
