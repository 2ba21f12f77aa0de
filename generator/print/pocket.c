/* pocket.c - the pocket reference; see pocket.h.
 *
 * A6 pages: a cover, one panel a page (panel.h) with its page number, and
 * a back with the site's address and the print date. zakkaart.pdf has the
 * pages in reading order; zakkaart-boekje.pdf imposes them (booklet.h) on
 * A4, four to a side, scaled to stay inside what office printers print,
 * with crop marks, fold marks and how to make the booklet. */
#include "pocket.h"
#include "print.h"
#include "booklet.h"
#include "panel.h"
#include "sheet.h"
#include "content/pocket.h"
#include "content/cards.h"
#include "util/diag.h"
#include "util/typo.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define PAGE_W  (105 * MM)
#define PAGE_H  (148 * MM)
#define MARGIN  (7 * MM)
#define A4_W    (210 * MM)
#define A4_H    (297 * MM)
#define SHEET_M (10 * MM)   /* top and bottom of a booklet sheet */
#define EDGE    (5 * MM)    /* what the text on a sheet keeps free */
#define PRINTED_MIN 7.0     /* the smallest type, as printed */

/* How much the booklet scales a page down. */
static double booklet_scale(void)
{
	return (A4_H / 2 - SHEET_M) / PAGE_H;
}

/* The smallest type size a page sets (on textfit's grid): no text in
 * the booklet prints under PRINTED_MIN. Diagrams fit their own type
 * (diagram/diagram.h). */
static double min_type(void)
{
	return ceil(PRINTED_MIN / booklet_scale() / TEXTFIT_STEP) *
	       TEXTFIT_STEP;
}

typedef struct layout {
	const pocket *p;
	panel_sizes   z;
	panel_box    *boxes;        /* one per content page */
	textfit       title, subtitle, eyebrow, back[3];
	size_t        n;            /* pages in reading order */
} layout;

/* A page of the profiles in brief: each one's title, role and what the
 * patient needs, as the page's list. */
static int profiles_in_brief(print_ctx *c, panel *pn)
{
	const profiles *ps = c->s->profiles;
	size_t n = ps ? ps->n : 0;
	pn->items = arena_alloc(c->a, (n + 1) * sizeof *pn->items);
	pn->n_items = 0;
	for (size_t i = 0; i < n; i++) {
		const profile *pf = ps->items[i];
		if (pf->bad || !pf->titel.text)
			continue;
		pn->items[pn->n_items++] = arena_printf(c->a, "**%s** (%s): %s",
			pf->titel.text, poh_rol_name(pf->rol),
			pf->nodig.text ? pf->nodig.text : "");
	}
	if (!pn->n_items) {
		diag_error(pn->content_at.file, pn->content_at.line,
			   pn->content_at.col, "er zijn geen patiëntprofielen "
			   "in content/profiles/ om hier te tonen");
		pn->bad = 1;
		return -1;
	}
	return 0;
}

static int lay_out(print_ctx *c, const pocket *p, layout *l)
{
	memset(l, 0, sizeof *l);
	l->p = p;
	l->z = (panel_sizes){ 13, 9, 11, min_type(), 4 * MM, min_type() };
	l->n = p->n_pages + 2;
	int rc = 0;
	double inner = PAGE_W - 2 * MARGIN;
	textfit_style big = { 1, FACE_BOLD, 24, 12, 1.1, 0, 0, NULL, 0 };
	textfit_style small = { 1, FACE_REGULAR, 10, min_type(), 1.25, 0, 0,
				NULL, 0 };
	small.file = big.file = p->file;
	if (p->titel && textfit_fit(c->ts, c->a, typo_quotes(c->a, p->titel),
				    &big, inner, PAGE_H * 0.3, &l->title) !=
	    TEXTFIT_OK) {
		diag_error(p->file, 1, 1, "de titel past niet op de omslag: "
			   "maak hem korter");
		rc = -1;
	}
	if (p->ondertitel)
		textfit_fit(c->ts, c->a, typo_quotes(c->a, p->ondertitel),
			    &small, inner, PAGE_H * 0.15, &l->subtitle);
	textfit_style_at(&small, c->s->title_at);
	textfit_fit(c->ts, c->a, c->s->title, &small, inner, 30, &l->eyebrow);
	const char *back[3] = {
		c->s->organisation ? c->s->organisation : c->s->title,
		c->s->base_url ? c->s->base_url : "",
		print_imprint(c),
	};
	diag_pos back_at[3] = { print_org_at(c), { c->s->file, 0, 0 },
				print_ui_at(c) };
	for (int i = 0; i < 3; i++) {
		textfit_style_at(&small, back_at[i]);
		textfit_fit(c->ts, c->a, back[i], &small, inner, 40,
			    &l->back[i]);
	}
	l->boxes = arena_alloc(c->a, (p->n_pages + 1) * sizeof *l->boxes);
	for (size_t i = 0; i < p->n_pages; i++) {
		panel_box *b = &l->boxes[i];
		if (p->profiles[i] && profiles_in_brief(c, &p->pages[i]) < 0)
			rc = -1;
		b->p = &p->pages[i];
		b->x = MARGIN * 0.6;
		b->y = MARGIN * 0.6;
		b->w = PAGE_W - 1.2 * MARGIN;
		b->h = PAGE_H - 1.2 * MARGIN - 6 * MM;
		if (!b->p->bad && panel_fit(c, &l->z, b) < 0)
			rc = -1;
	}
	return rc;
}

static void text_at(canvas *cv, const textfit *f, double x, double y,
		    double w, textfit_halign h, uint32_t colour)
{
	textfit_place at = { x, y, w, f->height, h, TEXTFIT_TOP };
	textfit_draw(cv, f, &at, colour);
}

/* Page i (0-based, reading order; i >= l->n: a blank page) at the
 * current origin; bleed: how far backgrounds run past the page. */
static void draw_page(print_ctx *c, canvas *cv, const layout *l, size_t i,
		      double bleed)
{
	double inner = PAGE_W - 2 * MARGIN;
	if (i == 0) {
		canvas_style band = { c->st->primary, CANVAS_NONE, 0, 0, 0, 0 };
		canvas_rect(cv, -bleed, -bleed, PAGE_W + 2 * bleed,
			    PAGE_H * 0.62 + bleed, 0, &band);
		text_at(cv, &l->eyebrow, MARGIN, MARGIN, inner, TEXTFIT_LEFT,
			print_tint(c->st->primary, 0.6));
		text_at(cv, &l->title, MARGIN, PAGE_H * 0.62 - MARGIN -
			l->title.height, inner, TEXTFIT_LEFT, 0xFFFFFF);
		if (l->p->ondertitel)
			text_at(cv, &l->subtitle, MARGIN, PAGE_H * 0.62 +
				MARGIN, inner, TEXTFIT_LEFT, c->st->text);
		return;
	}
	if (i + 1 == l->n) {
		double y = PAGE_H - MARGIN;
		for (int k = 2; k >= 0; k--) {
			y -= l->back[k].height + 2;
			text_at(cv, &l->back[k], MARGIN, y, inner,
				TEXTFIT_LEFT, k ? c->st->muted : c->st->text);
		}
		return;
	}
	if (i >= l->n)
		return;
	panel_draw(c, cv, &l->z, &l->boxes[i - 1], i % 2 ?
		   c->st->primary : c->st->accent);
	char num[24];
	snprintf(num, sizeof num, "%zu", i + 1);
	int f = typeset_id(c->ts, 1, FACE_REGULAR);
	double size = fmax(8, min_type());
	double w = font_text_width(typeset_font(c->ts, 1, FACE_REGULAR), num,
				   strlen(num), size);
	canvas_text(cv, f, size, c->st->muted, (PAGE_W - w) / 2,
		    PAGE_H - MARGIN * 0.6, num, strlen(num));
}

/* The pages in reading order, each an A6 sheet. */
static canvas *reading(print_ctx *c, const layout *l)
{
	sheet sh = sheet_make(PAGE_W, PAGE_H, c->s->print_professional);
	canvas *cv = print_canvas(c, l->p->titel);
	for (size_t i = 0; i < l->n; i++) {
		sheet_begin(&sh, cv);
		draw_page(c, cv, l, i, sh.bleed);
		sheet_end(&sh, cv);
	}
	return cv;
}

/* Reading order to booklet order: the back cover stays last, blank
 * pages go before it. */
static size_t source_page(const layout *l, size_t padded, size_t slot)
{
	if (slot + 1 == padded)
		return l->n - 1;
	return slot < l->n - 1 ? slot : l->n;   /* l->n: blank */
}

/* Crop marks around a spread and fold marks at its middle. */
static void spread_marks(canvas *cv, double x, double y, double w, double h)
{
	sheet_crop_marks(cv, x, y, w, h, 1.5 * MM, 3 * MM);
	canvas_style fold = { CANVAS_NONE, 0x000000, 0.3, 1.5, 1.5, 0 };
	canvas_segment(cv, x + w / 2, y - 1.5 * MM, x + w / 2, y - 4.5 * MM,
		       &fold);
	canvas_segment(cv, x + w / 2, y + h + 1.5 * MM, x + w / 2,
		       y + h + 4.5 * MM, &fold);
}

/* How to make the booklet, in the margins above and below the spreads
 * of a sheet side: four boxes, left and right of the fold marks and
 * clear of the crop marks, at least EDGE from the sheet's edge, whose
 * lines follow on in reading order (top left, top right, bottom left,
 * bottom right). pw: a page's width on the sheet. */
static void how_to(print_ctx *c, canvas *cv, const textfit *how, double x0,
		   double pw)
{
	double gap = 2.5 * MM, w = pw - 2 * gap;
	size_t n = how->n_lines, per = (n + 3) / 4;
	for (size_t b = 0; b < 4 && b * per < n; b++) {
		textfit part = *how;
		part.lines += b * per;
		part.n_lines = n - b * per < per ? n - b * per : per;
		part.height = (double)part.n_lines * part.leading;
		double y = b < 2 ? EDGE : A4_H - EDGE - part.height;
		text_at(cv, &part, x0 + (double)(b % 2) * pw + gap, y, w,
			TEXTFIT_LEFT, c->st->muted);
	}
}

/* The booklet: each A4 side carries two spreads, scaled to fit. */
static canvas *booklet(print_ctx *c, const layout *l)
{
	size_t padded = booklet_pages(l->n);
	double s = booklet_scale();
	double pw = PAGE_W * s, ph = PAGE_H * s, x0 = (A4_W - 2 * pw) / 2;
	double ys[2] = { SHEET_M, A4_H / 2 };
	textfit how;
	textfit_style st = { 1, FACE_REGULAR, PRINTED_MIN, PRINTED_MIN, 1.2,
			     0, 0, NULL, 0 };
	textfit_fit(c->ts, c->a, print_ui(c, "boekje_uitleg"), &st,
		    pw - 5 * MM, 4 * PRINTED_MIN * 1.2, &how);
	canvas *cv = print_canvas(c, l->p->titel);
	for (size_t side = 0; side < padded / 4; side++) {
		canvas_page_begin(cv, A4_W, A4_H, NULL);
		if (side % 2 == 0)
			how_to(c, cv, &how, x0, pw);
		size_t slot[4];
		booklet_side(padded, side, slot);
		for (int k = 0; k < 4; k++) {
			double x = x0 + (k % 2) * pw, y = ys[k / 2];
			canvas_transform(cv, x, y, s);
			draw_page(c, cv, l, source_page(l, padded, slot[k]), 0);
			canvas_origin(cv, 0, 0);
		}
		for (int r = 0; r < 2; r++)
			spread_marks(cv, x0, ys[r], 2 * pw, ph);
		canvas_style cut = { CANVAS_NONE, 0x000000, 0.3, 3, 2, 0 };
		canvas_segment(cv, 0, A4_H / 2, x0 - 1.5 * MM, A4_H / 2, &cut);
		canvas_segment(cv, A4_W - x0 + 1.5 * MM, A4_H / 2, A4_W,
			       A4_H / 2, &cut);
		canvas_page_end(cv);
	}
	return cv;
}

/* SVG previews: the cover and the first content page. */
static const char *preview(print_ctx *c, const layout *l, const char *dir)
{
	canvas *cv = print_svg_canvas(c, l->p->titel);
	canvas_page_begin(cv, PAGE_W * 2, PAGE_H, NULL);
	draw_page(c, cv, l, 0, 0);
	canvas_origin(cv, PAGE_W, 0);
	draw_page(c, cv, l, 1, 0);
	canvas_page_end(cv);
	return print_svg_save(c, cv, dir, "voorbeeld/zakkaart.svg");
}

static void *pocket_check(print_ctx *c, int *bad)
{
	pocket *p = c->s->pocket;
	if (!p)
		return NULL;
	layout *l = arena_alloc(c->a, sizeof *l);
	*bad = p->bad;
	if (lay_out(c, p, l) < 0)   /* for its errors, even when bad */
		*bad = 1;
	print_item_add(c, "zakkaart", p->titel, "zakkaart.pdf",
		       "voorbeeld/zakkaart.svg", p->page);
	print_item_add(c, "zakkaart", arena_printf(c->a, "%s (%s)", p->titel,
		       print_ui(c, "boekje")), "zakkaart-boekje.pdf", NULL,
		       p->page);
	return l;
}

static int pocket_render(print_ctx *c, void *state, const char *dir,
			 print_stats *st)
{
	const layout *l = state;
	int rc = print_save(c, reading(c, l), dir, "zakkaart.pdf", st);
	if (print_save(c, booklet(c, l), dir, "zakkaart-boekje.pdf", st) < 0 ||
	    !preview(c, l, dir))
		rc = -1;
	return rc;
}

const print_product pocket_product = {
	.name = "zakkaart", .check = pocket_check, .render = pocket_render,
};

PRINT_OUTPUT(pocket_output, "zakkaart",
	     READS_SITE | READS_POCKET | READS_PROFILES | READS_DIAGRAMS,
	     pocket_product);
