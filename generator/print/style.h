/* style.h - geometry and type styles of a print product, from YAML.
 *
 * layouts/print/NAME.yaml gives the page size, margins, font families and
 * the text styles; colours primary and accent come from site.yaml. Every
 * key has a default, so a file only says what it changes. Errors are
 * reported with file:line:col. Lengths are kept in points. */
#ifndef COACHKIT_PRINT_STYLE_H
#define COACHKIT_PRINT_STYLE_H

#include <stdint.h>
#include "content/model.h"
#include "util/diag.h"

typedef struct text_style {
	int    sans;            /* 1: the sans family, 0: the serif */
	double size, leading;   /* points */
	double before, after;   /* space around the block */
} text_style;

typedef struct print_style {
	double      page_w, page_h;
	double      top, bottom, inner, outer;
	const char *serif, *sans;    /* font families, site.yaml first */
	diag_pos    serif_at, sans_at; /* where named; file NULL: default */
	text_style  body, h1, h2, h3, small;
	uint32_t    text, muted, frame, primary, accent;
} print_style;

/* Fills st with the defaults, then what file says. Returns the number of
 * errors reported. A missing file is not an error: the defaults stand. */
int print_style_load(print_style *st, arena *a, const char *file,
		     const site *s);

/* What a length in a layouts/print/ file measures. Each kind has its
 * bounds, kept in one table in style.c so that every layout file is held
 * to the same limits (and nothing reaches the PDF library that it would
 * refuse):
 *   PRINT_PAPER    a side of the paper            20mm to 2000mm
 *   PRINT_MARGIN   a margin, an edge or a gap      0mm to 100mm
 *   PRINT_BOX      a thing drawn (a QR code, a strip)  5mm to 200mm
 *   PRINT_TYPE     a type size                     4pt to 200pt
 *   PRINT_LEADING  baseline to baseline            4pt to 300pt
 *   PRINT_SPACE    space above or below a block    0pt to 200pt
 * Layouts add what depends on several values (margins that leave room
 * for text) where they read them. */
typedef enum {
	PRINT_PAPER, PRINT_MARGIN, PRINT_BOX, PRINT_TYPE, PRINT_LEADING,
	PRINT_SPACE
} print_measure;

/* Is v (points) within kind's bounds? */
int print_measure_ok(print_measure kind, double v);
/* "from 20mm to 2000mm": kind's bounds, for messages. */
const char *print_measure_bounds(print_measure kind);

/* For every layouts/print/ file: the length at key of map into *out (left
 * as it is when absent). A value that is no length, or is out of kind's
 * bounds, is an error at the value and leaves *out; -1 then, else 0. */
int  print_yaml_length(const char *file, const struct ynode *map,
		       const char *key, print_measure kind, double *out);
/* A mapping {max, min} of type sizes at key of map: the sizes a text is
 * fitted between; min may not be larger than max. */
void print_yaml_range(const char *file, const struct ynode *map,
		      const char *key, double *max, double *min);
/* A share such as "30%" at key of map, from lo to hi percent, into *out
 * as a fraction; of says of what ("the card's height"). */
void print_yaml_share(const char *file, const struct ynode *map,
		      const char *key, double lo, double hi, const char *of,
		      double *out);
/* The position of the first of keys (NULL-ended) that map has, else of
 * map itself, else line 1 of file: where to report a problem that several
 * values make together. */
diag_pos print_yaml_where(const char *file, const struct ynode *map,
			  const char *const *keys);

/* "25mm", "1.5cm", "10pt" or "10": points; -1 when malformed. */
double print_length(const char *s);

#endif
