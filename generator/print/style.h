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

/* For every layouts/print/ file: the length at key of map into *out (left
 * as it is when absent; an error at the value when it is no length). */
void print_yaml_length(const char *file, const struct ynode *map,
		       const char *key, double *out);
/* A mapping {max, min} of lengths at key of map: the type sizes a text
 * is fitted between; min must be above 0 and at most max. */
void print_yaml_range(const char *file, const struct ynode *map,
		      const char *key, double *max, double *min);

/* "25mm", "1.5cm", "10pt" or "10": points; -1 when malformed. */
double print_length(const char *s);
/* "#rrggbb" or "#rgb" into *out: 0, or -1 when malformed. */
int    print_colour(const char *s, uint32_t *out);

#endif
