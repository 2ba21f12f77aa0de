/* panel.h - a titled panel of content fitted into a box: a diagram, a
 * list of questions, numbered steps or a text (content/panel.h), as desk
 * mats and the pocket reference draw them.
 *
 * panel_fit() sets the title and the content at the largest sizes that
 * fit the panel's box; content that does not fit even at the smallest
 * size is an error at its YAML position, so a panel never overflows.
 * panel_need() says how high a panel would like to be, for sharing out
 * the height of a page among rows. */
#ifndef COACHKIT_PRINT_PANEL_H
#define COACHKIT_PRINT_PANEL_H

#include "content/panel.h"
#include "layout/textfit.h"
#include "print/product.h"

/* Type sizes and padding, in points. */
typedef struct panel_sizes {
	double title_max, title_min;
	double body_max, body_min;
	double pad;              /* inside the frame */
	double diagram_floor;    /* a diagram's type at least this where
				  * it fits (diagram_draw_floor()); 0 */
} panel_sizes;

/* A panel in its box (x, y, w, h: set by the caller), and its fitted
 * content (set by panel_fit()). The textfits live in the print arena. */
typedef struct panel_box {
	const panel *p;
	double   x, y, w, h;        /* the frame */
	double   cx, cy, cw, ch;    /* the content box under the title */
	textfit  title;
	textfit  text;              /* PANEL_TEKST */
	textfit *items;             /* lists: one per item, one size */
	double   gap;               /* between list items */
	double   indent;            /* of list items, past their marker */
} panel_box;

/* Fits pl->p into its box; 0, or -1 after reporting. */
int    panel_fit(print_ctx *c, const panel_sizes *z, panel_box *pl);
/* The height p would take, w wide, with its content at full size. */
double panel_need(print_ctx *c, const panel_sizes *z, const panel *p,
		  double w);
/* Draws a fitted panel: a tinted frame with a bar and title in colour. */
void   panel_draw(print_ctx *c, canvas *cv, const panel_sizes *z,
		  const panel_box *pl, uint32_t colour);

#endif
