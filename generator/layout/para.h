/* para.h - a paragraph of styled text set into lines.
 *
 * The spans are broken into words, the words hyphenated (Dutch patterns
 * through libhyphen; not the words of the fontset's foreign phrases), the
 * spaces Dutch typography keeps unbroken made ties (dutch.h), and the
 * whole paragraph broken into lines by the Knuth-Plass total-fit method
 * (linebreak.h) with TeX's rules (para.c, para_params) and, in justified
 * text, font expansion: the runs of a line carry its expansion (hrun
 * expand), their widths and places count it. The lines go onto
 * a vertical list with the penalties that keep at least two lines
 * together at either end of a page break. Characters the font lacks and lines that stay
 * overfull are warnings with the content file and line.
 *
 * Bounds: a piece of a word that cannot break and is wider than two
 * columns (or longer than PARA_CUT_BYTES) is cut into pieces as wide as
 * the column, each on a line of its own, with a warning; a narrower one
 * stays whole on an overfull line. No run of text handed to the canvas
 * is longer than PARA_RUN_BYTES. A paragraph too long to break at once
 * (linebreak.h, LB_PART_ITEMS) is broken in parts, with a warning. The
 * memory used grows in proportion to the paragraph. */
#ifndef COACHKIT_PARA_H
#define COACHKIT_PARA_H

#include "typeset.h"
#include "vlist.h"

/* A run of text in one style. The text must live as long as the vlist. */
typedef struct span {
	const char *text;
	size_t      len;
	int         face;       /* FACE_REGULAR ... */
	int         sans;       /* the sans family instead of the serif */
	uint32_t    colour;
	const char *link;       /* a destination name or URI, or NULL */
	int         link_is_uri;
	int         line;       /* in the content file; 0: the paragraph's */
	int         col;        /* of the text's first byte on that line;
				 * 0: unknown */
} span;

#define PARA_CUT_BYTES 1000   /* a word piece longer than this is cut */
#define PARA_RUN_BYTES 4000   /* the longest run of text set */
/* Ragged text this large (points) is hyphenated only where a word does
 * not fit on a line of its own (card fronts, posters). */
#define PARA_RAGGED_NO_HYPHEN 14.0
/* Font expansion of justified lines (linebreak.h): the glyphs of a line
 * may be drawn up to 2% wider or narrower, in steps of 0.1%, sharing the
 * line's adjustment with its spaces, as microtype's stretch=20,
 * shrink=20. */
#define PARA_EXPAND 0.02
/* The ratio up to which justified lines are good enough to set a
 * paragraph without hyphenation (linebreak.h, pretolerance). */
#define PARA_PRETOLERANCE 1.1

typedef struct para_style {
	double width;          /* of the lines */
	double indent;         /* from the text area's left edge */
	double size, leading;  /* points */
	int    ragged;         /* ragged right instead of justified */
	int    keep;           /* no page break inside the paragraph */
	int    no_hyphens;     /* break only at spaces and dashes (titles) */
	int    centred;        /* ragged lines centred in the width */
} para_style;

/* Appends the lines of the paragraph to v. file and line name the content
 * for warnings. Returns the number of lines. */
int para_set(typeset *ts, const span *spans, size_t n, const para_style *ps,
	     vlist *v, const char *file, int line);

#endif
