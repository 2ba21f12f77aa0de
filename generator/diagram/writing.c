/* writing.c - the writing variant of a cyclus, samenspel or kwadrant
 * diagram (diagram_draw_writing()): its parts as a grid of empty frames,
 * two to a row, each its naam and uitleg small at its top, the centre or
 * outcome (when it has one) as a small band under the grid. */
#include "diagram_internal.h"

#include <math.h>

int dg_writing_grid(dg_pen *p)
{
	const diagram *d = p->d;
	size_t n = d->n_parts < 8 ? d->n_parts : 8, cols = n > 1 ? 2 : 1;
	size_t rows = (n + cols - 1) / cols;
	double g = 6, pad = 5;
	int has_mid = d->midden.naam != NULL;
	double band = has_mid ? 30 : 0;
	double cw = (p->w - g * (double)(cols - 1)) / (double)cols;
	double ch = (p->h - band - (has_mid ? g : 0) -
		     g * (double)(rows - 1)) / (double)rows;
	dg_card cards[8], mid;
	for (size_t i = 0; i < n; i++) {
		double x = p->x + (double)(i % cols) * (cw + g);
		double y = p->y + (double)(i / cols) * (ch + g);
		cards[i] = dg_card_in_rect(&d->parts[i], x, y, cw, ch, pad);
	}
	dg_card_style cs = { DG_WRITING_SIZE, 1.2, FACE_BOLD, DG_PRIMARY,
			     DG_TEXT, TEXTFIT_LEFT, TEXTFIT_TOP, 0 };
	if (dg_fit_cards(p, cards, n, &cs) < 0)
		return -1;
	if (has_mid) {
		mid = dg_card_in_rect(&d->midden, p->x, p->y + p->h - band,
				      p->w, band, 3);
		dg_card_style ms = { DG_WRITING_SIZE, 1.2, FACE_BOLD,
				     DG_WHITE, DG_WHITE, TEXTFIT_CENTRE,
				     TEXTFIT_MIDDLE, 0 };
		if (dg_fit_cards(p, &mid, 1, &ms) < 0)
			return -1;
		dg_rect(p, p->x, p->y + p->h - band, p->w, band, 4,
			DG_PRIMARY, CANVAS_NONE, 0);
		dg_place_cards(p, &mid, 1, &ms);
	}
	for (size_t i = 0; i < n; i++) {
		const double *f = cards[i].shape.frame;
		dg_rect(p, f[0], f[1], f[2], f[3], 5,
			dg_tint(DG_PRIMARY, 0.03), dg_tint(DG_PRIMARY, 0.6),
			1.2);
	}
	dg_place_cards(p, cards, n, &cs);
	return 0;
}
