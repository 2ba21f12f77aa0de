/* samenspel.c - parts that together lead to an outcome (the model of
 * succesvol gedrag).
 *
 * In a wide or square box the parts stand side by side; lines from each
 * join under them and one arrow leads down to the outcome. In a narrow
 * box they are stacked, joined by a line at their right that leads down
 * to the outcome below them. */
#include "diagram_internal.h"

#include <math.h>

#define MAX_PARTS 4

typedef struct boxes {
	double x[MAX_PARTS], y[MAX_PARTS], w, h;   /* the parts */
	double ox, oy, ow, oh;                     /* the outcome */
	size_t n;
} boxes;

static boxes side_by_side(const dg_pen *p, size_t n, double m)
{
	boxes b = { .n = n };
	double W = p->w - 2 * m, H = p->h - 2 * m, gx = 14 * p->u;
	b.w = (W - gx * (double)(n - 1)) / (double)n;
	b.h = H * 0.44;
	for (size_t i = 0; i < n; i++) {
		b.x[i] = p->x + m + (double)i * (b.w + gx);
		b.y[i] = p->y + m;
	}
	b.ow = fmin(W, fmax(b.w * 1.3, W * 0.5));
	b.oh = H * 0.25;
	b.ox = p->x + (p->w - b.ow) / 2;
	b.oy = p->y + m + H - b.oh;
	return b;
}

static boxes stacked(const dg_pen *p, size_t n, double m)
{
	boxes b = { .n = n };
	double W = p->w - 2 * m, H = p->h - 2 * m, gy = 10 * p->u;
	b.oh = H * 0.16;
	double room = H - b.oh - 26 * p->u;
	b.w = W - 30 * p->u;
	b.h = (room - gy * (double)(n - 1)) / (double)n;
	for (size_t i = 0; i < n; i++) {
		b.x[i] = p->x + m;
		b.y[i] = p->y + m + (double)i * (b.h + gy);
	}
	b.ow = W;
	b.ox = p->x + m;
	b.oy = p->y + m + H - b.oh;
	return b;
}

/* Gives the parts height h and the outcome oh, and stands the whole in
 * the middle of the box's height. */
static void tighten(const dg_pen *p, boxes *b, double m, int wide, double h,
		    double oh)
{
	double H = p->h - 2 * m, gy = 10 * p->u;
	double parts = wide ? h : (double)b->n * h + (double)(b->n - 1) * gy;
	double link = fmin(H - parts - oh, (wide ? 60 : 36) * p->u);
	double top = p->y + m + (H - parts - link - oh) / 2;
	b->h = h;
	for (size_t i = 0; i < b->n; i++)
		b->y[i] = top + (wide ? 0 : (double)i * (h + gy));
	b->oh = oh;
	b->oy = top + parts + link;
}

/* Wide: down from each part to a shared line, one arrow to the outcome. */
static void join_below(dg_pen *p, const boxes *b, uint32_t colour, double lw)
{
	double top = b->y[0] + b->h, bus = top + (b->oy - top) * 0.42;
	double mid = b->ox + b->ow / 2;
	for (size_t i = 0; i < b->n; i++) {
		double x = b->x[i] + b->w / 2;
		double pts[] = { x, top, x, bus };
		dg_arrow(p, pts, 2, colour, lw, 0);
	}
	double first = b->x[0] + b->w / 2;
	double last = b->x[b->n - 1] + b->w / 2;
	double bar[] = { first, bus, last, bus };
	dg_arrow(p, bar, 2, colour, lw, 0);
	double down[] = { mid, bus, mid, b->oy - 1.5 * p->u };
	dg_arrow(p, down, 2, colour, lw, 8 * p->u);
}

/* Narrow: right from each part to a shared line that leads down. */
static void join_right(dg_pen *p, const boxes *b, uint32_t colour, double lw)
{
	double bus = b->x[0] + b->w + 15 * p->u;
	for (size_t i = 0; i < b->n; i++) {
		double y = b->y[i] + b->h / 2;
		double pts[] = { b->x[i] + b->w, y, bus, y };
		dg_arrow(p, pts, 2, colour, lw, 0);
	}
	double down[] = { bus, b->y[0] + b->h / 2, bus,
			  b->oy - 1.5 * p->u };
	dg_arrow(p, down, 2, colour, lw, 8 * p->u);
}

int dg_samenspel(dg_pen *p)
{
	const diagram *d = p->d;
	size_t n = d->n_parts < MAX_PARTS ? d->n_parts : MAX_PARTS;
	double m = 2 * p->u;
	int wide = p->w >= 0.9 * p->h;
	boxes b = wide ? side_by_side(p, n, m) : stacked(p, n, m);
	double pad = 9 * p->u;
	dg_card cards[MAX_PARTS], outcome;
	for (size_t i = 0; i < n; i++)
		cards[i] = dg_card_in_rect(&d->parts[i], b.x[i], b.y[i], b.w,
					   b.h, pad);
	outcome = dg_card_in_rect(&d->midden, b.ox, b.oy, b.ow, b.oh,
				  fmin(pad, b.oh * 0.12));
	dg_card_style st = { 10.5 * p->u, 1.22, FACE_BOLD, DG_PRIMARY, DG_TEXT,
			     TEXTFIT_CENTRE, TEXTFIT_MIDDLE, wide };
	dg_card_style out = { 10.5 * p->u, 1.3, FACE_BOLD, DG_WHITE, DG_WHITE,
			      TEXTFIT_CENTRE, TEXTFIT_MIDDLE, 0 };
	if (dg_fit_cards(p, cards, n, &st) < 0)
		return -1;
	/* the outcome no louder than the parts */
	out.max_size = fmin(out.max_size,
			    1.1 * dg_card_size(&cards[0], &st));
	if (dg_fit_cards(p, &outcome, 1, &out) < 0)
		return -1;
	double text = 0, opad = outcome.x - b.ox;
	for (size_t i = 0; i < n; i++)
		text = fmax(text, dg_card_text_height(&cards[i]));
	tighten(p, &b, m, wide, fmin(b.h, text + 2 * pad + 12 * p->u),
		fmin(b.oh, dg_card_text_height(&outcome) + 2 * opad +
		     10 * p->u));
	for (size_t i = 0; i < n; i++)
		dg_card_move(&cards[i], b.x[i], b.y[i], b.w, b.h, pad);
	dg_card_move(&outcome, b.ox, b.oy, b.ow, b.oh, opad);
	uint32_t line = dg_tint(DG_PRIMARY, 0.55);
	if (wide)
		join_below(p, &b, line, 1.5 * p->u);
	else
		join_right(p, &b, line, 1.5 * p->u);
	for (size_t i = 0; i < n; i++)
		dg_rect(p, b.x[i], b.y[i], b.w, b.h, 8 * p->u,
			dg_tint(DG_PRIMARY, 0.10), dg_tint(DG_PRIMARY, 0.45),
			0.9 * p->u);
	dg_rect(p, b.ox, b.oy, b.ow, b.oh, 8 * p->u, DG_ACCENT, CANVAS_NONE,
		0);
	dg_place_cards(p, cards, n, &st);
	dg_place_cards(p, &outcome, 1, &out);
	return 0;
}
