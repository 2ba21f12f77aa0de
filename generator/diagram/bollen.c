/* bollen.c - four circles around a centre (the vierbollenmodel).
 *
 * The four circles sit at the corners of a rectangle, clear of each other
 * and of the centre circle between them; each holds its naam and uitleg.
 * The circles are as large as the box's height (or width) allows; a wide
 * box spreads them, which leaves the centre more room. */
#include "diagram_internal.h"

#include <math.h>

/* Circle sizes and places, relative to the box's centre. */
typedef struct ring {
	double R, dx, dy;   /* outer circles: radius, offsets */
	double rc;          /* the centre circle */
} ring;

/* Can circles of radius R stand in W x H with a centre of share * R
 * between them and gaps of g? */
static int fits(double R, double W, double H, double g, double share)
{
	double dx = W / 2 - R, dy = H / 2 - R;
	return dx >= R + g / 2 && dy >= R + g / 2 &&
	       hypot(dx, dy) >= R * (1 + share) + g;
}

/* The largest circles, with a centre of share * R between them; then as
 * close together as leaves the centre a little more than it needs
 * (spare room stays round the edge). */
static ring place(double W, double H, double g, double share)
{
	double lo = 0, hi = fmax(0, fmin(W, H) / 4);
	for (int i = 0; i < 40; i++) {
		double mid = (lo + hi) / 2;
		if (fits(mid, W, H, g, share))
			lo = mid;
		else
			hi = mid;
	}
	double R = lo, dmin = R + g / 2;
	double dxmax = fmax(dmin, W / 2 - R), dymax = fmax(dmin, H / 2 - R);
	double target = (R * (1 + share) + g) * 1.1, t0 = 0, t1 = 1;
	for (int i = 0; i < 40; i++) {
		double t = (t0 + t1) / 2;
		if (hypot(dmin + t * (dxmax - dmin), dmin + t * (dymax - dmin))
		    >= target)
			t1 = t;
		else
			t0 = t;
	}
	ring r = { R, dmin + t1 * (dxmax - dmin), dmin + t1 * (dymax - dmin),
		   0 };
	r.rc = fmax(0, fmin(hypot(r.dx, r.dy) - R - g, 0.78 * R));
	return r;
}

/* The writing variant: the circles as large as they come, nearly empty,
 * each naam and uitleg small in a band at the circle's top; a small
 * centre. */
static int writing(dg_pen *p)
{
	const diagram *d = p->d;
	double m = 2, g = 8;
	ring r = place(p->w - 2 * m, p->h - 2 * m, g, 0.42);
	double cx = p->x + p->w / 2, cy = p->y + p->h / 2;
	double px[4] = { -1, 1, -1, 1 }, py[4] = { -1, -1, 1, 1 };
	dg_card cards[4], centre;
	for (int i = 0; i < 4; i++) {
		double x = cx + px[i] * r.dx, y = cy + py[i] * r.dy;
		cards[i] = dg_card_in_circle(&d->parts[i], x, y, r.R);
		cards[i].x = x - 0.5 * r.R;
		cards[i].w = r.R;
		cards[i].y = y - 0.84 * r.R;
		cards[i].h = 0.62 * r.R;
	}
	centre = dg_card_in_circle(&d->midden, cx, cy, r.rc);
	dg_card_style outer = { DG_WRITING_SIZE, 1.2, FACE_BOLD, DG_PRIMARY,
				DG_TEXT, TEXTFIT_CENTRE, TEXTFIT_TOP, 0 };
	dg_card_style mid = { DG_WRITING_SIZE, 1.2, FACE_BOLD, DG_WHITE,
			      DG_WHITE, TEXTFIT_CENTRE, TEXTFIT_MIDDLE, 0 };
	if (dg_fit_cards(p, cards, 4, &outer) < 0 ||
	    dg_fit_cards(p, &centre, 1, &mid) < 0)
		return -1;
	for (int i = 0; i < 4; i++)
		dg_circle(p, cards[i].shape.cx, cards[i].shape.cy, r.R,
			  dg_tint(DG_PRIMARY, 0.03), dg_tint(DG_PRIMARY, 0.6),
			  1.2);
	dg_circle(p, cx, cy, r.rc, DG_PRIMARY, CANVAS_NONE, 0);
	dg_place_cards(p, cards, 4, &outer);
	dg_place_cards(p, &centre, 1, &mid);
	return 0;
}

int dg_bollen(dg_pen *p)
{
	if (p->writing)
		return writing(p);
	const diagram *d = p->d;
	double m = 2 * p->u, g = 7 * p->u;
	ring r = place(p->w - 2 * m, p->h - 2 * m, g, 0.62);
	double cx = p->x + p->w / 2, cy = p->y + p->h / 2;
	double px[4] = { -1, 1, -1, 1 }, py[4] = { -1, -1, 1, 1 };
	dg_card cards[4], centre;
	for (int i = 0; i < 4; i++)
		cards[i] = dg_card_in_circle(&d->parts[i], cx + px[i] * r.dx,
					     cy + py[i] * r.dy, r.R);
	centre = dg_card_in_circle(&d->midden, cx, cy, r.rc);
	dg_card_style outer = { 9.5 * p->u, 1.22, FACE_BOLD, DG_PRIMARY,
				DG_TEXT, TEXTFIT_CENTRE, TEXTFIT_MIDDLE, 0 };
	dg_card_style mid = { 9 * p->u, 1.3, FACE_BOLD, DG_WHITE, DG_WHITE,
			      TEXTFIT_CENTRE, TEXTFIT_MIDDLE, 0 };
	if (dg_fit_cards(p, cards, 4, &outer) < 0)
		return -1;
	/* the centre no louder than the parts around it */
	mid.max_size = fmin(mid.max_size,
			    1.1 * dg_card_size(&cards[0], &outer));
	if (dg_fit_cards(p, &centre, 1, &mid) < 0)
		return -1;
	for (int i = 0; i < 4; i++)
		dg_circle(p, cards[i].shape.cx, cards[i].shape.cy, r.R,
			  dg_tint(DG_PRIMARY, 0.10), dg_tint(DG_PRIMARY, 0.45),
			  0.9 * p->u);
	dg_circle(p, cx, cy, r.rc, DG_PRIMARY, CANVAS_NONE, 0);
	dg_place_cards(p, cards, 4, &outer);
	dg_place_cards(p, &centre, 1, &mid);
	return 0;
}
