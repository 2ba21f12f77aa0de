/* kwadrant.c - four parts in a 2 x 2 grid with its axes labelled (the
 * CORP classification).
 *
 * The rows are labelled at their left (assen.verticaal); under the grid
 * an arrow runs from the left column to the right one with its two ends
 * labelled (assen.horizontaal). The left column is tinted in the accent
 * colour, the right one in the primary colour, so the horizontal axis
 * shows in the grid itself. */
#include "diagram_internal.h"

#include <math.h>

typedef struct grid {
	double x, y, w, h;        /* the four cells together */
	double cw, ch, gap;       /* a cell; between cells */
	double label_x, label_w;  /* the row labels' column */
	double axis_y;            /* the arrow under the grid */
	double band;              /* its height with the labels under it */
} grid;

static grid place(const dg_pen *p, double m)
{
	grid g;
	double W = p->w - 2 * m, H = p->h - 2 * m;
	g.label_x = p->x + m;
	g.label_w = fmax(0.17 * W, fmin(0.22 * W, 90 * p->u));
	g.x = g.label_x + g.label_w + 10 * p->u;
	g.w = p->x + p->w - m - g.x;
	g.band = fmax(0.17 * H, 40 * p->u);
	g.gap = 6 * p->u;
	g.cw = (g.w - g.gap) / 2;
	g.ch = (H - g.band - g.gap) / 2;
	return g;
}

/* Gives the cells height ch and stands grid and axis in the middle of
 * the box's height. */
static void tighten(const dg_pen *p, grid *g, double m, double ch)
{
	g->ch = ch;
	g->h = 2 * ch + g->gap;
	g->y = p->y + m + (p->h - 2 * m - g->h - g->band) / 2;
	g->axis_y = g->y + g->h + 10 * p->u;
}

static void cell_xy(const grid *g, int i, double *x, double *y)
{
	*x = g->x + (i % 2) * (g->cw + g->gap);
	*y = g->y + (i / 2) * (g->ch + g->gap);
}

static const dg_card_style LABEL = {
	8.5, 1, FACE_BOLD, 0x4C5558u, DG_TEXT, TEXTFIT_RIGHT, TEXTFIT_MIDDLE,
	0
};

/* Where the row labels and the two ends of the axis go. */
static void label_boxes(const dg_pen *p, const grid *g, double r[4][4])
{
	double below = g->band - 16 * p->u, half = g->w * 0.47;
	for (int k = 0; k < 2; k++) {
		r[k][0] = g->label_x, r[k][1] = g->y + k * (g->ch + g->gap);
		r[k][2] = g->label_w, r[k][3] = g->ch;
	}
	for (int k = 2; k < 4; k++) {
		r[k][0] = k == 2 ? g->x : g->x + g->w - half;
		r[k][1] = g->axis_y + 6 * p->u;
		r[k][2] = half, r[k][3] = below;
	}
}

/* The row labels and the two ends of the axis, fitted at one size. */
static int fit_labels(dg_pen *p, const grid *g, dg_card c[4],
		      dg_card_style *st)
{
	static const int which[4] = { DG_AXIS_TOP, DG_AXIS_BOTTOM,
				      DG_AXIS_LEFT, DG_AXIS_RIGHT };
	double r[4][4];
	label_boxes(p, g, r);
	for (int k = 0; k < 4; k++)
		c[k] = dg_card_in_rect(&p->d->axis[which[k]], r[k][0], r[k][1],
				       r[k][2], r[k][3], 0);
	*st = LABEL;
	st->max_size *= p->u;
	return dg_fit_cards(p, c, 4, st);
}

/* Cells and labels to where the grid now is. */
static void arrange(const dg_pen *p, const grid *g, dg_card cells[4],
		    double pad, dg_card labels[4])
{
	for (int i = 0; i < 4; i++) {
		double x, y;
		cell_xy(g, i, &x, &y);
		dg_card_move(&cells[i], x, y, g->cw, g->ch, pad);
	}
	if (!labels)
		return;
	double r[4][4];
	label_boxes(p, g, r);
	for (int k = 0; k < 4; k++)
		dg_card_move(&labels[k], r[k][0], r[k][1], r[k][2], r[k][3], 0);
}

/* Row labels right-aligned against the grid; the axis ends under the
 * arrow's ends. */
static void place_labels(dg_pen *p, const dg_card c[4], dg_card_style st)
{
	dg_place_cards(p, c, 2, &st);
	st.valign = TEXTFIT_TOP;
	st.halign = TEXTFIT_LEFT;
	dg_place_cards(p, &c[2], 1, &st);
	st.halign = TEXTFIT_RIGHT;
	dg_place_cards(p, &c[3], 1, &st);
}

int dg_kwadrant(dg_pen *p)
{
	const diagram *d = p->d;
	double m = 2 * p->u;
	grid g = place(p, m);
	tighten(p, &g, m, g.ch);
	dg_card cells[4], labels[4];
	dg_card_style label_style;
	double pad = fmin(10 * p->u, 0.12 * g.ch);
	for (int i = 0; i < 4; i++) {
		double x, y;
		cell_xy(&g, i, &x, &y);
		cells[i] = dg_card_in_rect(&d->parts[i], x, y, g.cw, g.ch, pad);
		cells[i].name_colour = i % 2 ? DG_PRIMARY : DG_ACCENT;
	}
	dg_card_style st = { 9.5 * p->u, 1.25, FACE_BOLD, DG_PRIMARY, DG_TEXT,
			     TEXTFIT_CENTRE, TEXTFIT_MIDDLE, 1 };
	if (dg_fit_cards(p, cells, 4, &st) < 0)
		return -1;
	double text = 0;
	for (int i = 0; i < 4; i++)
		text = fmax(text, dg_card_text_height(&cells[i]));
	tighten(p, &g, m, fmin(g.ch, fmax(text + 2 * pad + 18 * p->u,
					  0.58 * g.cw)));
	arrange(p, &g, cells, pad, NULL);
	if (fit_labels(p, &g, labels, &label_style) < 0)
		return -1;
	/* the band under the grid as high as its labels need */
	g.band = 18 * p->u + fmax(dg_card_text_height(&labels[2]),
				  dg_card_text_height(&labels[3]));
	tighten(p, &g, m, g.ch);
	arrange(p, &g, cells, pad, labels);
	for (int i = 0; i < 4; i++) {
		uint32_t hue = i % 2 ? DG_PRIMARY : DG_ACCENT;
		dg_rect(p, cells[i].shape.frame[0], cells[i].shape.frame[1],
			g.cw, g.ch, 7 * p->u, dg_tint(hue, 0.10),
			dg_tint(hue, 0.45), 0.9 * p->u);
	}
	double axis[] = { g.x, g.axis_y, g.x + g.w, g.axis_y };
	dg_arrow(p, axis, 2, dg_tint(DG_TEXT, 0.6), 1.3 * p->u, 7 * p->u);
	dg_place_cards(p, cells, 4, &st);
	place_labels(p, labels, label_style);
	return 0;
}
