/* sheet.h - the page a print product is drawn on: its finished size, and
 * for a print shop the bleed, crop marks and boxes around it.
 *
 * With site.yaml's `print: office` a page is the finished size and
 * nothing more. With `print: professional` the page grows by 3 mm of
 * bleed and a margin (slug) for crop marks on every side; the PDF gets
 * TrimBox and BleedBox, and crop marks are drawn in the slug. Products
 * draw in trim coordinates: sheet_begin() puts the origin at the trim's
 * top left, so a background that should bleed is drawn from -bleed. */
#ifndef COACHKIT_SHEET_H
#define COACHKIT_SHEET_H

#include "canvas/canvas.h"

#define MM            (72.0 / 25.4)   /* points per millimetre */
#define SHEET_BLEED   (3 * MM)
#define SHEET_SLUG    (9 * MM)        /* room for the marks past the bleed */

typedef struct sheet {
	double trim_w, trim_h;   /* the finished size, points */
	double bleed;            /* 0, or SHEET_BLEED */
	double slug;             /* 0, or SHEET_SLUG */
	double page_w, page_h;   /* the whole page */
} sheet;

/* The sheet for a finished size; professional adds bleed and marks. */
sheet sheet_make(double trim_w, double trim_h, int professional);

/* Begins a page for s and moves the origin to the trim's top left. */
void sheet_begin(const sheet *s, canvas *c);
/* Draws the crop marks (professional sheets) and ends the page. */
void sheet_end(const sheet *s, canvas *c);

/* Crop marks for the rectangle (x, y, w, h) in current coordinates:
 * at each corner two hairlines starting offset points away from the
 * corner and len long, pointing outwards. Used for cards on a sheet too. */
void sheet_crop_marks(canvas *c, double x, double y, double w, double h,
		      double offset, double len);

/* A paper size: "A0" ... "A7", optionally followed by "liggend"
 * (landscape) or "staand" (portrait, the default), or "WxH" with a unit
 * (mm, cm or pt), as "600x400mm" or "63 x 88 mm". Writes the size in
 * points: 0, or -1 when s is none of these. */
int sheet_size(const char *s, double *w, double *h);

#endif
