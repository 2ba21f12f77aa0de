/* textfit.h - text set to fit a box: diagram labels, poster headlines,
 * desk-mat panels.
 *
 * textfit_fit() looks for the largest type size, on a grid of quarter
 * points between a style's max_size and min_size, at which a text fits a
 * box of w by h points: every word no wider than w (a word is never
 * split, so no line can be overfull) and the lines, broken ragged by the
 * Knuth-Plass breaker of para.h (hyphenated only when the style allows
 * it), no taller together than h. A line takes leading points: 0.78 of
 * it above the baseline and 0.22 below, as in para.h. When even min_size
 * does not fit, the caller reports that as a content error at the text's
 * own file:line:col.
 *
 * A text is plain UTF-8; with markup set, **bold** spans are set in the
 * bold face. Newlines are spaces.
 *
 * Ownership: a textfit's lines and runs, and the text they point at, are
 * allocated in the arena given to textfit_set() or textfit_fit() and live
 * as long as it. The typeset's counts (lines, hyphens) grow only by the
 * lines of the result, not by the sizes tried on the way. */
#ifndef COACHKIT_TEXTFIT_H
#define COACHKIT_TEXTFIT_H

#include "typeset.h"
#include "vlist.h"
#include "util/diag.h"

#define TEXTFIT_STEP 0.25          /* sizes tried are multiples of this */

typedef struct textfit_style {
	int         sans;           /* the sans family instead of the serif */
	int         face;           /* FACE_REGULAR ...; bold spans add bold */
	double      max_size;       /* points */
	double      min_size;       /* points; 0 for max_size only */
	double      leading;        /* line distance as a factor of the size */
	int         hyphens;        /* allow Dutch hyphenation (body text) */
	int         markup;         /* **bold** spans */
	const char *file;           /* where the text was written, for */
	int         line;           /* warnings about missing glyphs */
} textfit_style;

/* Sets where st's text is written (file and line), for its warnings. */
static inline void textfit_style_at(textfit_style *st, diag_pos at)
{
	st->file = at.file;
	st->line = at.line;
}

typedef struct textfit_line {
	const hrun *runs;           /* x from the line's start */
	size_t      n_runs;
	double      width;          /* of the text on the line */
} textfit_line;

typedef enum {
	TEXTFIT_OK = 0,
	TEXTFIT_TOO_WIDE = -1,      /* a word is wider than the box */
	TEXTFIT_TOO_TALL = -2,      /* the lines are taller than the box */
} textfit_status;

typedef struct textfit {
	double        size, leading;   /* points */
	textfit_line *lines;
	size_t        n_lines;
	double        width;           /* of the widest line */
	double        height;          /* n_lines * leading */
	textfit_status status;
} textfit;

/* Sets text at exactly size points in lines no wider than w and says
 * whether the result is taller than h (h < 0: any height). Returns
 * status: TEXTFIT_TOO_WIDE leaves no lines. */
textfit_status textfit_set(typeset *ts, arena *a, const char *text,
			   const textfit_style *st, double size, double w,
			   double h, textfit *out);

/* The largest size from st->max_size down to st->min_size at which text
 * fits w by h. On failure the result is set at min_size and the status
 * says why (TEXTFIT_TOO_WIDE has no lines). */
textfit_status textfit_fit(typeset *ts, arena *a, const char *text,
			   const textfit_style *st, double w, double h,
			   textfit *out);

/* Re-sets f (fitted from text with st) in the width, no wider than its
 * lines, that gives it as many lines as evenly long as they come: no
 * last line of one word under a full one. Nothing changes for one line.
 * The new lines are in a. */
void textfit_balance(typeset *ts, arena *a, const char *text,
		     const textfit_style *st, textfit *f);

/* The width of the widest word of text at size points (what a box must
 * at least be wide). */
double textfit_widest_word(const typeset *ts, const char *text,
			   const textfit_style *st, double size);

typedef enum { TEXTFIT_LEFT, TEXTFIT_CENTRE, TEXTFIT_RIGHT } textfit_halign;
typedef enum { TEXTFIT_TOP, TEXTFIT_MIDDLE, TEXTFIT_BOTTOM } textfit_valign;

/* Where a fitted text goes in the box (x, y, w, h): its lines aligned
 * horizontally within w, the block of lines vertically within h. */
typedef struct textfit_place {
	double         x, y, w, h;
	textfit_halign halign;
	textfit_valign valign;
} textfit_place;

/* The rectangle the lines take when placed: {x, y, w, h}, from the left
 * of the leftmost line to the right of the widest, from the top of the
 * first line to the bottom of the last. */
void textfit_bounds(const textfit *f, const textfit_place *p, double out[4]);

/* Draws the lines as placed, in one colour. */
void textfit_draw(canvas *c, const textfit *f, const textfit_place *p,
		  uint32_t colour);

#endif
