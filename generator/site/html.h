/* html.h - a checked Markdown document as an HTML fragment.
 *
 * Turns the cmark tree into what the site shows: headings get their ids,
 * links to lessons become relative page URLs, images point into media/,
 * directives are rendered through their templates (directive-NAME), and
 * raw HTML is left out unless site.yaml allows it. The tree is changed in
 * place, so render a document once per output. */
#ifndef COACHKIT_HTML_H
#define COACHKIT_HTML_H

#include "markdown/md.h"
#include "diagram/diagram.h"
#include "layout/typeset.h"
#include "templates.h"
#include "util/buf.h"

typedef struct html_ctx {
	const site *s;
	templates  *t;
	arena      *a;          /* per page */
	const char *page_dir;   /* the page's folder from the site root */
	const char *page;       /* the page's path from the site root */
	const char *page_id;    /* the page's path without ".html": the key
				 * of its quizzes and notes in the browser */
	int         n_quiz, n_reflectie;   /* numbered on the page */
	const diagram_set *diagrams; /* for inline SVG */
	typeset    *ts;         /* their fonts, or NULL (none loaded) */
	strmap     *svgs;       /* diagram name -> its SVG, drawn once */
	int         svgs_frozen;/* only look diagrams up, never draw */
	arena      *svg_a;      /* what svgs holds, for the whole build */
	/* a lesson page: the glossary whose terms are marked at their
	 * first use on the page (NULL: none), and which are (n_terms of
	 * them, in a) */
	const struct glossary *glossary;
	unsigned char *terms_done;  /* per entry; NULL until the first */
	size_t      n_marked;       /* terms marked: their tooltips' ids */
} html_ctx;

/* Appends the HTML of root (a tree checked through m) to out. */
int html_render_tree(html_ctx *h, cmark_node *root, buf *out);

/* The inline SVG of diagram name (drawn once per build) and its title;
 * NULL when there is no such diagram or no fonts (a check). It is two
 * <svg> elements, the first (class "diagram-wide") HTML_DIAGRAM_WIDTH
 * points wide, the second ("diagram-narrow") for a phone: drawn
 * HTML_DIAGRAM_NARROW wide and as tall as its texts need to be set at
 * HTML_DIAGRAM_FLOOR or more (diagram_svg_narrow), so that on a phone's
 * 300 to 350 px they show at 11 px or more. */
#define HTML_DIAGRAM_WIDTH  560
#define HTML_DIAGRAM_NARROW 320
#define HTML_DIAGRAM_FLOOR  12
const char *html_diagram(html_ctx *h, const char *name, const char **title);

/* The relative URL from the page to a path given from the site root. */
const char *html_url(html_ctx *h, const char *path);

/* Content text for a template context: typographic quotes, and NULL
 * becomes null so that a missing value does not fall through to an outer
 * context. Allocated in a. */
mu_value *html_text(arena *a, const char *s);
void      html_put_text(arena *a, mu_value *map, const char *key,
			const char *s);
mu_value *html_text_list(arena *a, const char **items, size_t n);

#endif
