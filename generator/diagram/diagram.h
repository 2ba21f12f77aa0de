/* diagram.h - the vector diagrams of the training, drawn on the canvas.
 *
 * A diagram is a YAML file in content/diagrams/; its name is the file name
 * without ".yaml" (content/diagrams/vierbollen.yaml is "vierbollen").
 *
 *   titel: Het vierbollenmodel     # required; the SVG's <title>
 *   soort: bollen                  # required: bollen, cyclus, samenspel
 *                                  # or kwadrant
 *   bron: Tuin et al. (2005)       # optional: where the model comes from
 *   midden: De patiënt             # bollen, cyclus: required; a text, or
 *                                  # a mapping with naam and uitleg
 *   uitkomst: Succesvol gedrag     # samenspel: required; as midden
 *   assen:                         # kwadrant: required
 *     horizontaal: [links, rechts] # the ends of the axis under the grid
 *     verticaal: [boven, onder]    # the labels of the two rows
 *   onderdelen:                    # required: bollen 4, cyclus 3 to 6,
 *     - naam: Mijn gezondheid      # samenspel 2 to 4, kwadrant 4 (in
 *       uitleg: ...                # reading order); naam required,
 *                                  # uitleg optional (one short line);
 *     - Mijn omgeving              # or just the naam
 *
 *   bollen     four circles around the centre
 *   cyclus     the parts on a ring, joined by arrows clockwise from the
 *              top, around the centre
 *   samenspel  the parts side by side (stacked in a narrow box),
 *              together leading to the outcome
 *   kwadrant   a 2 x 2 grid with its axes labelled
 *
 * A diagram draws itself into any box, choosing its layout from the box's
 * shape; all text is fitted (layout/textfit.h) between DIAGRAM_MIN_SIZE
 * and a size that grows with the box, one size for texts of one kind.
 * When a text does not fit even at DIAGRAM_MIN_SIZE, drawing fails with
 * the position of that text in the YAML file.
 *
 * Ownership: a diagram and everything it points at live in the arena given
 * to diagram_load(); it is immutable afterwards, so any number of threads
 * may draw it at once (each with its own typeset and canvas). */
#ifndef COACHKIT_DIAGRAM_H
#define COACHKIT_DIAGRAM_H

#include <stddef.h>
#include "canvas/canvas.h"
#include "layout/typeset.h"
#include "util/diag.h"
#include "util/strmap.h"

#define DIAGRAM_MIN_SIZE 6.5           /* points */
#define DIAGRAM_MAX_FILE (256 * 1024)  /* bytes of YAML */

typedef struct diagram diagram;

/* Loads one diagram file. YAML and schema errors are reported through
 * diag at their file:line:col; returns NULL when there was an error. */
diagram *diagram_load(arena *a, const char *file);

/* Every diagram of a folder (content/diagrams), by name. */
typedef struct diagram_set {
	strmap  by_name;    /* name -> diagram */
	ptrvec  all;        /* diagram*, sorted by name */
} diagram_set;

/* Loads every *.yaml in dir into s (initialised by the caller to zero).
 * A missing folder is no diagrams. Other files are ignored with a
 * warning. Returns the number of files that had errors (reported). */
int diagram_set_load(diagram_set *s, arena *a, const char *dir);
const diagram *diagram_set_get(const diagram_set *s, const char *name);

const char *diagram_name(const diagram *d);
const char *diagram_title(const diagram *d);
const char *diagram_source(const diagram *d);   /* bron, or NULL */
const char *diagram_file(const diagram *d);

/* What the diagram shows, as plain text for a reader that cannot see
 * it: its title and the sentences of the SVG's <desc>; in a. */
const char *diagram_description(const diagram *d, arena *a);

/* The width-to-height ratio the diagram looks best at. */
double diagram_aspect(const diagram *d);

/* Why a diagram could not be drawn: the YAML value that does not fit. */
typedef struct diagram_error {
	diag_pos at;
	char     message[300];
} diagram_error;

/* Reports e through diag as an error at its position. */
void diagram_report(const diagram_error *e);

/* Draws d into the box (x, y, w, h) of the current page of c, whose fonts
 * were registered with typeset_register(ts, c). Returns 0, or -1 with e
 * filled in and nothing drawn. With c NULL it only checks that the
 * diagram fits the box (for a checking pass). */
int diagram_draw(const diagram *d, canvas *c, typeset *ts, double x,
		 double y, double w, double h, diagram_error *e);

/* A text as it is placed by diagram_draw() in the same box. */
typedef struct diagram_text {
	const char *text;
	double      size;          /* points */
	double      x, y, w, h;    /* the rectangle its lines take */
	int         in_circle;     /* it lies in the circle (cx, cy, r) */
	double      cx, cy, r;
	int         in_frame;      /* it lies in the rectangle frame */
	double      frame[4];      /* x, y, w, h */
} diagram_text;

/* The texts diagram_draw() would place in the box, without drawing:
 * *texts is an array of *n in a. Returns 0, or -1 with e filled in. */
int diagram_texts(const diagram *d, typeset *ts, arena *a, double x,
		  double y, double w, double h, diagram_text **texts,
		  size_t *n, diagram_error *e);

/* diagram_draw() and diagram_texts() in the box at (x, y, w, h), with
 * the texts that fit set at floor points or more (the largest size up
 * to the larger of their own and floor at which they fit): for a
 * product printed smaller than it is laid out. */
int diagram_draw_floor(const diagram *d, canvas *c, typeset *ts,
		       const double at[4], double floor, diagram_error *e);
int diagram_texts_floor(const diagram *d, typeset *ts, arena *a,
			const double at[4], double floor,
			diagram_text **texts, size_t *n, diagram_error *e);

/* The diagram to write in, for a worksheet, drawn into the box at (x,
 * y, w, h) as diagram_draw_floor() draws: its areas as large as the box
 * allows and empty, each with its naam and uitleg small at its top (the
 * bollen: the four circles and a small centre; any other soort: its
 * parts as a grid of frames). With c NULL it only checks. 0, or -1 with
 * e filled in and nothing drawn. */
int diagram_draw_writing(const diagram *d, canvas *c, typeset *ts,
			 const double at[4], diagram_error *e);

/* The diagram as an inline <svg> element, width points wide and as high
 * as its aspect says, for the site: role="img", a <title> naming it and a
 * <desc> with its texts for screen readers. The markup (len bytes) lives
 * in a. NULL, with e filled in, when a text does not fit. */
const char *diagram_svg(const diagram *d, typeset *ts, double width,
			arena *a, size_t *len, diagram_error *e);

/* diagram_texts_floor() in the layout diagram_svg_narrow() draws. */
int diagram_texts_narrow(const diagram *d, typeset *ts, arena *a,
			 const double at[4], double floor,
			 diagram_text **texts, size_t *n, diagram_error *e);

/* For a narrow screen: the height, from width / diagram_aspect() up to
 * DIAGRAM_NARROW_MAX times width in steps of DIAGRAM_NARROW_STEP times
 * it, of the least tall box width points wide whose texts are all set at
 * floor points or more; when none is, the one whose smallest text is
 * largest. */
#define DIAGRAM_NARROW_MAX  2.0
#define DIAGRAM_NARROW_STEP 0.05
double diagram_narrow_height(const diagram *d, typeset *ts, double width,
			     double floor);

/* diagram_svg() width points wide and diagram_narrow_height() high, its
 * texts floor points or more where they fit: the diagram for a phone,
 * where the wide one would be shown too small to read. A cyclus is drawn
 * as a column there: the centre on top, the parts below it joined by
 * arrows, and an arrow from the last back up to the first. */
const char *diagram_svg_narrow(const diagram *d, typeset *ts, double width,
			       double floor, arena *a, size_t *len,
			       diagram_error *e);

#endif
