/* pages.h - writing the site's pages.
 *
 * Each page is rendered from its template (home, module, lesson, page)
 * with a context built from the model, written with one write() from a
 * reused buffer. Every URL in a context is relative to the page, so the
 * site works from a sub-path and from file://. */
#ifndef COACHKIT_PAGES_H
#define COACHKIT_PAGES_H

#include "content/model.h"
#include "markdown/md.h"
#include "materials.h"
#include "resources.h"
#include "templates.h"

typedef struct site_writer {
	site       *s;
	const resources *r;     /* templates, strings, diagrams, fonts */
	templates  *t;          /* r's */
	typeset     ts;         /* for the diagrams (r's fonts) */
	const char *out;        /* the staging folder */
	arena       page;       /* reset for each page */
	arena       keep;       /* what lives with the writer: */
	strmap      svgs;       /* the diagrams drawn so far */
	int         svgs_frozen;/* no more drawing (worker threads) */
	strmap      quizzes;    /* lesson url -> its number of quizzes */
	struct search_index *search;   /* fed by site_write_doc */
	int         jobs;       /* threads for the pages and SCORM packages */
	buf         html, frag;
	int         pages;      /* written so far */
} site_writer;

void site_writer_init(site_writer *w, site *s, const resources *r,
		      const char *out);
void site_writer_free(site_writer *w);

/* Each returns 0, or -1 after reporting the problem. */
int site_write_home(site_writer *w);
int site_write_module(site_writer *w, const module *m);
/* order: the document's place in the build, for the search index. */
int site_write_doc(site_writer *w, const doc *d, md_doc *md, size_t order);
/* Draws every diagram of the content for the pages to come, so that the
 * cache is only read while documents are written on several threads. */
void site_draw_diagrams(site_writer *w);
/* materialen.html: the hand-outs and the manual, then what the print
 * products gave (items: print_item*, materials.h: posters, desk mats,
 * cards ...), each with its preview and its PDF, grouped by kind in the
 * order they came. */
int site_write_materials(site_writer *w, const ptrvec *items);

/* trainer/index.html: the chapters of the trainer's guide
 * (content/trainer/) with a link to its PDF; nothing without them. */
int site_write_trainer(site_writer *w);

/* competenties.html: the groups of content/competencies.yaml with their
 * CORP grids and every competency; nothing without that file. */
int site_write_competencies(site_writer *w);

/* assets/, the media files the content links to, and the marker file. */
int site_write_files(site_writer *w);
/* The media files the content links to (media/). With kept (the
 * previous output's files are in place), only those it does not have
 * yet, and those no document links to any more go. */
int site_write_media(site_writer *w, int kept);
/* A page the scripts fill in (template name, at url): notes ("mijn
 * notities"), search. The title is the UI string title_key. */
int site_write_script_page(site_writer *w, const char *name,
			   const char *url, const char *title_key);
/* zakkaart.html: the pocket reference (content/pocket.yaml) made for a
 * phone, when there is one. */
int site_write_pocket(site_writer *w);
/* begrippen.html: the glossary (content/begrippen.yaml), when there is
 * one without errors. */
int site_write_glossary(site_writer *w);
/* zoekindex.js and zoekindex/, from every document written (search.h). */
int site_write_search(site_writer *w);

/* A page's key in the browser: its path from the site root without
 * ".html" ("coach/het-vierbollenmodel"); its quizzes' and notes' keys
 * start with it. */
const char *site_page_id(arena *a, const char *url);

/* The site's title as a slug ("persoonsgerichte-zorg"): it keeps two
 * courses on one host apart in the browser's storage. */
const char *site_slug(arena *a, const char *title);


#endif
