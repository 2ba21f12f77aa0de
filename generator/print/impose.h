/* impose.h - cards placed n-up on a sheet, for duplex printing.
 *
 * A grid of equal cards, centred on the sheet: as many columns and rows
 * as fit inside the margin with the gap between them. Fronts and backs
 * go on alternate pages. A sheet printed duplex with long-edge flip (a
 * portrait sheet turned over its vertical axis, as a book page) puts the
 * back of the card in column c behind column cols-1-c: the back page
 * mirrors the column order, and since the grid is centred every back lies
 * exactly behind its front.
 *
 * Cut marks: short hairlines in the sheet's margin on the extension of
 * every cut line, and, where cards meet without a gap, a small cross
 * at each inner corner that lies in the cards' white border.
 *
 * Everything is in trim coordinates (points, origin at the sheet's top
 * left, y down); no allocation. */
#ifndef COACHKIT_IMPOSE_H
#define COACHKIT_IMPOSE_H

#include "canvas/canvas.h"

typedef struct impose_grid {
	double sheet_w, sheet_h;   /* the sheet */
	double card_w, card_h;     /* a card */
	double gap;                /* between neighbouring cards */
	int    cols, rows;
	double x0, y0;             /* the top left of the first card */
} impose_grid;

/* The grid of card_w by card_h cards on a sheet_w by sheet_h sheet,
 * keeping margin free on every side and gap between cards (a gap under
 * 2 mm leaves no room for marks and is taken as 0: the cards touch and
 * share their cut lines). Returns the
 * number of cards a sheet holds: 0 when not even one fits. */
int impose_grid_make(impose_grid *g, double sheet_w, double sheet_h,
		     double card_w, double card_h, double margin, double gap);

/* Where the card in slot (0 .. cols*rows-1, row by row) lies: on the
 * front page, or (back 1) on the back page, mirrored for long-edge
 * flip. out: x, y of its top left, w, h. */
void impose_slot(const impose_grid *g, int slot, int back, double out[4]);

/* Draws the cut marks of the first n slots of a page (front or back);
 * border is the white edge of a card, where inner crosses may go. */
void impose_marks(canvas *c, const impose_grid *g, int n, int back,
		  double border);

/* The calibration sheet: two pages (front, back, as back says) with the
 * grid's card frames, numbered. The front carries a millimetre scale
 * across the middle of every frame in both directions, the back a red
 * cross at the same place; held against the light, the cross shows how
 * far the printer's duplex registration is off, and the four frames show
 * whether it differs across the sheet. instruction (UTF-8) goes in the
 * first frame of the front. All text is drawn by draw_text, which fits it
 * into the box given (centred or left-aligned). */
typedef void (*impose_text_fn)(canvas *c, void *data, const char *text,
			       double x, double y, double w, double h,
			       int centre);
void impose_calibration(canvas *c, const impose_grid *g, int back,
			impose_text_fn draw_text, void *data,
			const char *instruction);

#endif
