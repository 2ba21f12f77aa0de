/* panel.c - a titled panel fitted into a box; see panel.h. */
#include "panel.h"
#include "diagram/diagram.h"
#include "util/diag.h"
#include "util/typo.h"

#include <stdio.h>
#include <string.h>

#define STEP 0.25   /* type sizes tried */

/* A list's items set at one size, the largest from max down to min at
 * which they fit w by h together; 0, or -1 when none does. */
static int fit_list(print_ctx *c, panel_box *pl, double w, double h,
		    double max, double min)
{
	const panel *p = pl->p;
	textfit_style st = { 0, FACE_REGULAR, 0, 0, 1.3, 1, 1,
			     p->content_at.file, p->content_at.line };
	pl->items = arena_alloc(c->a, p->n_items * sizeof *pl->items);
	for (double size = max; size >= min - 1e-9; size -= STEP) {
		double used = 0;
		int ok = 1;
		pl->gap = size * 0.45;
		double indent = size * (pl->p->kind == PANEL_STAPPEN ? 1.9 :
					1.2);
		pl->indent = indent;
		for (size_t i = 0; ok && i < p->n_items; i++) {
			const char *t = typo_quotes(c->a, p->items[i]);
			ok = textfit_set(c->ts, c->a, t, &st, size, w - indent,
					 -1, &pl->items[i]) != TEXTFIT_TOO_WIDE;
			used += pl->items[i].height + (i ? pl->gap : 0);
		}
		if (ok && used <= h)
			return 0;
	}
	return -1;
}

int panel_fit(print_ctx *c, const panel_sizes *z, panel_box *pl)
{
	const panel *p = pl->p;
	double pad = z->pad;
	textfit_style ts = { 1, FACE_BOLD, z->title_max, z->title_min, 1.15,
			     0, 0, p->at.file, p->at.line };
	double inner = pl->w - 2 * pad;
	if (textfit_fit(c->ts, c->a, typo_quotes(c->a, p->titel), &ts, inner,
			2.4 * z->title_max, &pl->title) != TEXTFIT_OK) {
		diag_error(p->at.file, p->at.line, p->at.col, "de titel van "
			   "het paneel past niet in het paneel: maak hem "
			   "korter");
		return -1;
	}
	pl->cx = pl->x + pad;
	pl->cy = pl->y + pad + pl->title.height + 0.6 * pad;
	pl->cw = inner;
	pl->ch = pl->y + pl->h - pad - pl->cy;
	const diag_pos *at = &p->content_at;
	const diagram *dg = p->kind == PANEL_DIAGRAM && c->diagrams ?
		diagram_set_get(c->diagrams, p->diagram) : NULL;
	if (p->kind == PANEL_DIAGRAM && !dg) {
		diag_error(at->file, at->line, at->col, "er is geen diagram "
			   "'%s' in content/diagrams/", p->diagram);
		return -1;
	}
	if (pl->ch < z->body_min * 1.4)   /* not one line at the least */
		goto too_big;
	switch (p->kind) {
	case PANEL_DIAGRAM: {
		diagram_text *texts;
		size_t n;
		diagram_error e;
		double box[4] = { pl->cx, pl->cy, pl->cw, pl->ch };
		if (diagram_texts_floor(dg, c->ts, c->a, box,
					z->diagram_floor, &texts, &n,
					&e) < 0) {
			diagram_report(&e);
			return -1;
		}
		return 0;
	}
	case PANEL_TEKST: {
		textfit_style st = { 0, FACE_REGULAR, z->body_max,
				     z->body_min, 1.35, 1, 1, at->file,
				     at->line };
		if (textfit_fit(c->ts, c->a, typo_quotes(c->a, p->tekst), &st,
				pl->cw, pl->ch, &pl->text) == TEXTFIT_OK)
			return 0;
		break;
	}
	default:
		if (fit_list(c, pl, pl->cw, pl->ch, z->body_max,
			     z->body_min) == 0)
			return 0;
		break;
	}
too_big:
	diag_error(at->file, at->line, at->col, "dit past niet in het "
		   "paneel, zelfs op %.0f pt: maak het korter, of geef het "
		   "paneel meer ruimte", z->body_min);
	return -1;
}

double panel_need(print_ctx *c, const panel_sizes *z, const panel *p,
		  double w)
{
	double size = z->body_max, title = 2 * z->title_max * 1.15;
	w -= 2 * z->pad;
	textfit f;
	textfit_style st = { 0, FACE_REGULAR, size, size, 1.3, 1, 1, NULL, 0 };
	if (p->bad)
		return title + 2 * z->pad;
	switch (p->kind) {
	case PANEL_DIAGRAM: {
		const diagram *dg = c->diagrams ?
			diagram_set_get(c->diagrams, p->diagram) : NULL;
		return title + (dg ? w / diagram_aspect(dg) : w / 1.5) +
		       2 * z->pad;
	}
	case PANEL_TEKST:
		textfit_set(c->ts, c->a, p->tekst, &st, size, w, -1, &f);
		return title + f.height + 2 * z->pad;
	default: {
		double sum = 0, indent = size * 1.9;
		for (size_t i = 0; i < p->n_items; i++) {
			textfit_set(c->ts, c->a, p->items[i], &st, size,
				    w - indent, -1, &f);
			sum += f.height + size * 0.45;
		}
		return title + sum + 2 * z->pad;
	}
	}
}

/* A list: bullets (vragen) or numbers in circles (stappen). */
static void draw_list(print_ctx *c, canvas *cv, const panel_box *pl,
		      uint32_t colour)
{
	double indent = pl->indent, y = pl->cy;
	for (size_t i = 0; i < pl->p->n_items; i++) {
		const textfit *t = &pl->items[i];
		double base = y + 0.78 * t->leading;
		if (pl->p->kind == PANEL_STAPPEN) {
			double r = t->size * 0.62;
			canvas_style dot = { colour, CANVAS_NONE, 0, 0, 0, 0 };
			canvas_circle(cv, pl->cx + r, base - t->size * 0.34, r,
				      &dot);
			char num[24];
			snprintf(num, sizeof num, "%zu", i + 1);
			int f = typeset_id(c->ts, 1, FACE_BOLD);
			double nw = font_text_width(typeset_font(c->ts, 1,
				    FACE_BOLD), num, strlen(num), t->size * 0.8);
			canvas_text(cv, f, t->size * 0.8, 0xFFFFFF,
				    pl->cx + r - nw / 2, base - t->size * 0.05,
				    num, strlen(num));
		} else {
			canvas_style dot = { colour, CANVAS_NONE, 0, 0, 0, 0 };
			canvas_circle(cv, pl->cx + indent * 0.35,
				      base - t->size * 0.32, t->size * 0.17,
				      &dot);
		}
		textfit_place at = { pl->cx + indent, y, pl->cw - indent,
				     t->height, TEXTFIT_LEFT, TEXTFIT_TOP };
		textfit_draw(cv, t, &at, c->st->text);
		y += t->height + pl->gap;
	}
}

void panel_draw(print_ctx *c, canvas *cv, const panel_sizes *z,
		const panel_box *pl, uint32_t colour)
{
	canvas_style frame = { print_tint(colour, 0.92), CANVAS_NONE, 0, 0,
			       0, 0 };
	canvas_rect(cv, pl->x, pl->y, pl->w, pl->h, 0.8 * z->pad, &frame);
	canvas_style bar = { colour, CANVAS_NONE, 0, 0, 0, 0 };
	canvas_rect(cv, pl->x, pl->y, 0.32 * z->pad, pl->h, 0, &bar);
	textfit_place at = { pl->cx, pl->y + z->pad, pl->cw,
			     pl->title.height, TEXTFIT_LEFT, TEXTFIT_TOP };
	textfit_draw(cv, &pl->title, &at, colour);
	switch (pl->p->kind) {
	case PANEL_DIAGRAM: {
		diagram_error e;
		double box[4] = { pl->cx, pl->cy, pl->cw, pl->ch };
		diagram_draw_floor(diagram_set_get(c->diagrams,
				   pl->p->diagram), cv, c->ts, box,
				   z->diagram_floor, &e);
		break;
	}
	case PANEL_TEKST:
		at = (textfit_place){ pl->cx, pl->cy, pl->cw, pl->ch,
				      TEXTFIT_LEFT, TEXTFIT_TOP };
		textfit_draw(cv, &pl->text, &at, c->st->text);
		break;
	default:
		draw_list(c, cv, pl, colour);
		break;
	}
}

