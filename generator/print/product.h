/* product.h - what every print product gets, and what it gives the site.
 *
 * Each product (posters, desk mats, cards, the pocket reference, the
 * competency appendix; the hand-outs and the manual are print.c's own) is
 * one file in print/ offering one print_product (below) and declaring it
 * an output of the build with PRINT_OUTPUT() (print.h): check, which
 * loads its content, checks it and lays it out, reporting every content
 * error through diag at its file:line:col, and appends a print_item for
 * each thing the site should show; and render, one job on the build's
 * pool beside others, which draws what check laid out (reading it only)
 * and writes its PDFs into dir (OUT/print) and its SVG previews into
 * dir/voorbeeld/, and adds to st. c is then the job's own copy (its
 * arena, its typeset). A build checks every product before it renders
 * any, and renders only when nothing had an error; coachkit check only
 * checks.
 *
 * Fonts: every canvas registers c->ts's fonts with typeset_register()
 * first, so the font ids layout uses are valid on it. */
#ifndef COACHKIT_PRODUCT_H
#define COACHKIT_PRODUCT_H

#include "materials.h"
#include "theme.h"
#include "content/model.h"
#include "layout/typeset.h"
#include "print/style.h"
#include "ui.h"
#include "util/arena.h"

typedef struct print_stats {
	int pdfs, pages, lines, hyphens, overfull, forced;
	int held;   /* the most laid-out pages a hand-out or the manual
		     * held at once (handout.h) */
} print_stats;

struct print_ctx;

typedef struct print_product {
	const char *name;
	/* Loads, checks and lays out; *bad set when an error was reported.
	 * What render needs, in c->a, or NULL when there is nothing to
	 * make. */
	void *(*check)(struct print_ctx *c, int *bad);
	/* Draws and writes; 0, or -1 after reporting. */
	int   (*render)(struct print_ctx *c, void *state, const char *dir,
			print_stats *st);
	/* Frees what the state holds outside c->a, rendered or not; may be
	 * NULL. */
	void  (*release)(void *state);
} print_product;

typedef struct print_ctx {
	const site        *s;         /* colours, base_url, organisation,
				       * print_professional, content dir */
	typeset           *ts;        /* the fonts, and counts of lines */
	const print_style *st;        /* families, text colours */
	const theme       *theme;     /* layouts/print/, layouts/i18n/ */
	const ui_strings  *ui;        /* UI strings (layouts/i18n, ui.h) */
	const struct diagram_set *diagrams; /* content/diagrams, by name
				       * (diagram/diagram.h) */
	const struct charset *charset; /* the characters PDFs may draw
				       * (canvas/charset.h) */
	int                dump;      /* --dump-layout: each PDF's layout
				       * as text (NAME.pdf.txt) instead */
	arena             *a;         /* lives as long as the build */
	struct handouts   *handouts;  /* for more A4 documents in their style
				       * (handout.h) */
	ptrvec             items;     /* print_item*, for the site */
} print_ctx;

/* Appends an item (the strings must live in c->a). */
void print_item_add(print_ctx *c, const char *kind, const char *title,
		    const char *pdf, const char *preview, const doc *page);

/* The path of a product's layout file: THEME/layouts/print/NAME.yaml. */
const char *print_layout_file(const print_ctx *c, const char *name);

/* The document info of a print product's PDF: title, the site's
 * organisation (its title when it has none) as author, its title as
 * subject, coachkit as creator, the language, the characters cs, the
 * print date (print_time()), and with `print: professional` CMYK colour
 * with the inks of st (print_inks()), kept in a. */
canvas_info print_info(arena *a, const site *s, const print_style *st,
		       const char *title, const struct charset *cs);

/* The inks of a print shop's PDF into inks (CANVAS_INKS_MAX): primary
 * and accent as site.yaml's cmyk gives them (else converted), and the
 * text colour as black ink alone. Returns how many. */
size_t print_inks(const site *s, const print_style *st, canvas_ink *inks);

/* A new PDF canvas with the document info filled in (title, the site's
 * organisation as author, its title as subject) and c's fonts registered.
 * NULL never: allocation failure exits. */
canvas *print_canvas(const print_ctx *c, const char *title);

/* The same for a file only a print shop gets, whatever site.yaml's
 * print: CMYK colour (as print_info() gives with `print:
 * professional`). */
canvas *print_shop_canvas(const print_ctx *c, const char *title);

/* Saves and frees cv as dir/file, counting it in st; a failure is a
 * system error reported through diag. 0 or -1. */
int print_save(const print_ctx *c, canvas *cv, const char *dir,
	       const char *file, print_stats *st);

/* Checks product p and, when that found no error and dir is given,
 * renders it (a product built alone, as the tests do). 0, or -1. */
int print_product_build(print_ctx *c, const print_product *p,
			const char *dir, print_stats *st);

/* A UI string from layouts/i18n, or key itself when it is missing. */
const char *print_ui(const print_ctx *c, const char *key);
/* Where the UI strings are written (layouts/i18n/LANG.yaml). */
diag_pos print_ui_at(const print_ctx *c);
/* Where the organisation is written in site.yaml (its title when it has
 * none: what a foot shows). */
diag_pos print_org_at(const print_ctx *c);

/* colour mixed with white: share 0 is the colour, 1 is white. */
uint32_t print_tint(uint32_t colour, double share);

/* The paper size formaat (see sheet_size()) into *w and *h, which hold
 * the default and stay so when formaat is NULL; an unknown size, or a
 * side out of PRINT_PAPER's bounds (style.h), is an error at at. 0 or
 * -1. */
int print_paper(const char *formaat, diag_pos at, double *w, double *h);

/* The size of the imprint line on an A3 poster or desk mat (it scales
 * with the paper): small print, for whoever prints it. */
#define PRINT_IMPRINT 7.0

/* "coachkit 0.1.0 · gedrukt 23-11-2026": a product's foot line. */
const char *print_imprint(const print_ctx *c);

/* The time of printing, seconds since 1970: SOURCE_DATE_EPOCH when
 * that is set (reproducible builds), else now. */
long long print_time(void);

/* The print date, as 23-11-2026: SOURCE_DATE_EPOCH when that is set
 * (reproducible builds), else today. */
const char *print_date(arena *a);

/* An SVG preview: a one-page SVG canvas with c's fonts, and writing it
 * to dir/rel (a system error is reported). print_svg_save() frees cv and
 * returns rel, or NULL. Text smaller than PREVIEW_GREEK times the page's
 * width is greeked (canvas_greek()): on the materials page a preview is
 * 14 to 20rem wide, where such text would be under 6 px. Drawing those
 * words as bars takes the materials page's main-thread work on a
 * throttled phone from 0.2-1.2 s of blocking to 0-0.2 s. */
#define PREVIEW_GREEK (1.0 / 56)
canvas     *print_svg_canvas(const print_ctx *c, const char *title);
const char *print_svg_save(const print_ctx *c, canvas *cv, const char *dir,
			   const char *rel);

#endif
