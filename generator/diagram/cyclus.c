/* cyclus.c - parts on a ring joined by arrows, around a centre (the
 * 5A-cyclus).
 *
 * The parts are cards on an ellipse as wide and as high as the box allows,
 * the first at the top and the rest clockwise. The arrows follow the
 * ellipse from card to card. The cards are as wide as they can be while
 * they stay clear of each other, leave each arrow long enough to read and
 * leave the centre circle room.
 *
 * For a phone (diagram_svg_narrow) the parts stand in a column instead,
 * under the centre, with an arrow from the last back to the first. */
#include "diagram_internal.h"

#include <math.h>

#define MAX_PARTS 6
#define ARC_STEPS 720          /* samples of the ellipse, a half degree;
				* an arc has ARC_STEPS / 3 + 1 at most,
				* within DG_ARROW_MAX */

typedef struct cycle {
	double cx, cy, a, b;       /* the ellipse */
	double cw, ch;             /* the cards */
	double x[MAX_PARTS], y[MAX_PARTS];   /* card centres */
	double rc;                 /* the centre circle */
	double gap;                /* kept around cards by arrows */
	size_t n;
} cycle;

static double angle(size_t k, size_t n)
{
	return (-90.0 + 360.0 * (double)k / (double)n) * DG_PI / 180.0;
}

static int in_card(const cycle *c, size_t k, double x, double y, double pad)
{
	return fabs(x - c->x[k]) < c->cw / 2 + pad &&
	       fabs(y - c->y[k]) < c->ch / 2 + pad;
}

/* The points of the ellipse between card k and the next, outside both
 * (with the gap); returns how many were written (at most max). */
static size_t arc_points(const cycle *c, size_t k, double *pts, size_t max)
{
	size_t next = (k + 1) % c->n, n = 0;
	double t0 = angle(k, c->n), t1 = t0 + 2 * DG_PI / (double)c->n;
	for (int i = 0; i <= ARC_STEPS / (int)c->n && n < max; i++) {
		double t = t0 + (t1 - t0) * i / (ARC_STEPS / (double)c->n);
		double x = c->cx + c->a * cos(t), y = c->cy + c->b * sin(t);
		if (in_card(c, k, x, y, c->gap) ||
		    in_card(c, next, x, y, c->gap))
			continue;
		pts[2 * n] = x, pts[2 * n + 1] = y;
		n++;
	}
	return n;
}

static double length(const double *pts, size_t n)
{
	double l = 0;
	for (size_t i = 1; i < n; i++)
		l += hypot(pts[2 * i] - pts[2 * i - 2],
			   pts[2 * i + 1] - pts[2 * i - 1]);
	return l;
}

/* Distance from the point to card k's rectangle. */
static double to_card(const cycle *c, size_t k, double x, double y)
{
	double dx = fmax(0, fabs(x - c->x[k]) - c->cw / 2);
	double dy = fmax(0, fabs(y - c->y[k]) - c->ch / 2);
	return hypot(dx, dy);
}

/* Places cards of width cw; 0 when they are clear of each other, every
 * arrow is at least min_arrow long and the centre keeps min_rc. */
static int try_width(cycle *c, double W, double H, double cw, double g,
		     double min_arrow, double min_rc)
{
	c->cw = cw;
	c->a = (W - cw) / 2, c->b = (H - c->ch) / 2;
	for (size_t k = 0; k < c->n; k++) {
		c->x[k] = c->cx + c->a * cos(angle(k, c->n));
		c->y[k] = c->cy + c->b * sin(angle(k, c->n));
	}
	double rc = fmin(c->a, c->b) - 2 * g;
	for (size_t k = 0; k < c->n; k++) {
		rc = fmin(rc, to_card(c, k, c->cx, c->cy) - g);
		for (size_t j = k + 1; j < c->n; j++)
			if (fabs(c->x[k] - c->x[j]) < cw + g &&
			    fabs(c->y[k] - c->y[j]) < c->ch + g)
				return -1;
		double pts[2 * (ARC_STEPS + 1)];
		size_t np = arc_points(c, k, pts, ARC_STEPS + 1);
		if (length(pts, np) < min_arrow)
			return -1;
	}
	c->rc = fmin(rc, 0.24 * fmin(W, H));
	return c->rc >= min_rc ? 0 : -1;
}

/* grow: how much larger than by design the centre must be. */
static cycle place(const dg_pen *p, size_t n, double m, double grow)
{
	double W = p->w - 2 * m, H = p->h - 2 * m, g = 6 * p->u;
	cycle c = { .cx = p->x + p->w / 2, .cy = p->y + p->h / 2, .n = n,
		    .gap = 3.5 * p->u };
	c.ch = H * (n <= 4 ? 0.25 : 0.21);
	double min_rc = 0.15 * fmin(W, H) * grow;
	for (double f = 0.40; f >= 0.16; f -= 0.005)
		if (try_width(&c, W, H, fmin(f * W, 3.2 * c.ch), g,
			      16 * p->u, min_rc) == 0)
			return c;
	try_width(&c, W, H, 0.16 * W, g, 0, 0);   /* cramped: may not fit */
	c.rc = fmax(c.rc, 0.1 * fmin(W, H));
	return c;
}

/* The cycle placed with its centre grow times its least size by design,
 * and the texts of cards and centre fitted. 0, or -1 (p->e says why). */
static int fit_cycle(dg_pen *p, double grow, cycle *c, dg_card *cards,
		     dg_card *centre, dg_card_style *st, dg_card_style *mid)
{
	const diagram *d = p->d;
	*c = place(p, c->n, 2 * p->u, grow);
	double pad = fmin(8 * p->u, 0.12 * c->ch);
	for (size_t k = 0; k < c->n; k++)
		cards[k] = dg_card_in_rect(&d->parts[k], c->x[k] - c->cw / 2,
					   c->y[k] - c->ch / 2, c->cw, c->ch,
					   pad);
	*centre = dg_card_in_circle(&d->midden, c->cx, c->cy, c->rc);
	*st = (dg_card_style){ 8.75 * p->u, 1.2, FACE_BOLD, DG_PRIMARY,
			       DG_TEXT, TEXTFIT_CENTRE, TEXTFIT_MIDDLE, 0 };
	*mid = (dg_card_style){ 8.5 * p->u, 1.3, FACE_BOLD, DG_WHITE,
				DG_WHITE, TEXTFIT_CENTRE, TEXTFIT_MIDDLE, 0 };
	if (dg_fit_cards(p, cards, c->n, st) < 0)
		return -1;
	/* the centre no louder than the parts around it */
	mid->max_size = fmin(mid->max_size, 1.1 * dg_card_size(&cards[0], st));
	return dg_fit_cards(p, centre, 1, mid);
}

/* With a type floor (p->floor), the centre grows a step at a time until
 * its text reaches the floor as the cards' does; the design's centre
 * when none does. The tries leave no counts and no error behind. */
static double centre_growth(dg_pen *p, size_t n)
{
	diagram_error keep = *p->e;
	typeset *ts = p->ts;
	int lines = ts->lines, hyphens = ts->hyphens, overfull = ts->overfull;
	double found = 1;
	for (int step = 0; p->floor > 0 && step <= 8; step++) {
		double grow = 1 + 0.025 * step;
		cycle c = { .n = n };
		dg_card cards[MAX_PARTS], centre;
		dg_card_style st, mid;
		int ok = fit_cycle(p, grow, &c, cards, &centre, &st,
				   &mid) == 0 &&
			 dg_card_size(&cards[0], &st) >= p->floor &&
			 dg_card_size(&centre, &mid) >= p->floor;
		if (ok) {
			found = grow;
			break;
		}
	}
	*p->e = keep;
	ts->lines = lines, ts->hyphens = hyphens, ts->overfull = overfull;
	return found;
}

/* Draws the column: the centre's band, the parts' boxes, the arrows
 * down between them and the one back up the lane at the right. */
static void draw_column(dg_pen *p, const dg_card *cards, size_t n,
			const dg_card *centre, double lane)
{
	const double *f = centre->shape.frame;
	dg_rect(p, f[0], f[1], f[2], f[3], 7 * p->u, DG_PRIMARY, CANVAS_NONE,
		0);
	double g = 3 * p->u, head = 7 * p->u, lw = 1.5 * p->u;
	for (size_t k = 0; k < n; k++) {
		f = cards[k].shape.frame;
		dg_rect(p, f[0], f[1], f[2], f[3], 7 * p->u,
			dg_tint(DG_PRIMARY, 0.10), dg_tint(DG_PRIMARY, 0.45),
			0.9 * p->u);
		if (k + 1 < n) {
			double x = f[0] + f[2] / 2;
			double pts[4] = { x, f[1] + f[3] + g, x,
					  cards[k + 1].shape.frame[1] - g };
			dg_arrow(p, pts, 2, DG_ACCENT, lw, head);
		}
	}
	const double *a = cards[n - 1].shape.frame, *b = cards[0].shape.frame;
	double x0 = a[0] + a[2] + g, xl = a[0] + a[2] + lane / 2;
	double back[8] = { x0, a[1] + a[3] / 2, xl, a[1] + a[3] / 2,
			   xl, b[1] + b[3] / 2, x0, b[1] + b[3] / 2 };
	dg_arrow(p, back, 4, DG_ACCENT, lw, head);
}

/* For a phone (p->narrow): the centre as a band on top, the parts in a
 * column below it, each joined to the next by an arrow down, and from
 * the last an arrow up a lane at the right back into the first. */
static int column(dg_pen *p, size_t n)
{
	const diagram *d = p->d;
	double m = 2 * p->u, lane = 20 * p->u, ga = 16 * p->u;
	double W = p->w - 2 * m, x = p->x + m, y = p->y + m;
	double row = fmax(0, (p->h - 2 * m - (double)n * ga) /
			     ((double)n + 0.85));
	double pad = fmin(8 * p->u, 0.12 * row), cw = fmax(0, W - lane);
	dg_card cards[MAX_PARTS];
	dg_card centre = dg_card_in_rect(&d->midden, x, y, W, 0.85 * row,
					 pad);
	for (size_t k = 0; k < n; k++)
		cards[k] = dg_card_in_rect(&d->parts[k], x, y + 0.85 * row +
					   ga + (double)k * (row + ga), cw,
					   row, pad);
	dg_card_style st = { 8.75 * p->u, 1.2, FACE_BOLD, DG_PRIMARY,
			     DG_TEXT, TEXTFIT_CENTRE, TEXTFIT_MIDDLE, 0 };
	dg_card_style mid = { 8.5 * p->u, 1.3, FACE_BOLD, DG_WHITE, DG_WHITE,
			      TEXTFIT_CENTRE, TEXTFIT_MIDDLE, 0 };
	if (dg_fit_cards(p, cards, n, &st) < 0)
		return -1;
	mid.max_size = fmin(mid.max_size, 1.1 * dg_card_size(&cards[0], &st));
	if (dg_fit_cards(p, &centre, 1, &mid) < 0)
		return -1;
	draw_column(p, cards, n, &centre, lane);
	dg_place_cards(p, cards, n, &st);
	dg_place_cards(p, &centre, 1, &mid);
	return 0;
}

int dg_cyclus(dg_pen *p)
{
	size_t n = p->d->n_parts < MAX_PARTS ? p->d->n_parts : MAX_PARTS;
	if (p->narrow)
		return column(p, n);
	cycle c = { .n = n };
	dg_card cards[MAX_PARTS], centre;
	dg_card_style st, mid;
	if (fit_cycle(p, centre_growth(p, n), &c, cards, &centre, &st,
		      &mid) < 0)
		return -1;
	for (size_t k = 0; k < n; k++) {
		double pts[2 * (ARC_STEPS + 1)];
		size_t np = arc_points(&c, k, pts, ARC_STEPS + 1);
		dg_arrow(p, pts, np, DG_ACCENT, 1.5 * p->u, 7 * p->u);
	}
	for (size_t k = 0; k < n; k++)
		dg_rect(p, cards[k].shape.frame[0], cards[k].shape.frame[1],
			c.cw, c.ch, 7 * p->u, dg_tint(DG_PRIMARY, 0.10),
			dg_tint(DG_PRIMARY, 0.45), 0.9 * p->u);
	dg_circle(p, c.cx, c.cy, c.rc, DG_PRIMARY, CANVAS_NONE, 0);
	dg_place_cards(p, cards, n, &st);
	dg_place_cards(p, &centre, 1, &mid);
	return 0;
}
