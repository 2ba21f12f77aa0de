/* diagram_internal.h - what the diagram sources share.
 *
 * Not part of the public API: only the files of generator/diagram/
 * include it. load.c builds the model; pen.c holds what every layout
 * needs (colours, shapes, arrows, cards of fitted text); bollen.c,
 * cyclus.c, samenspel.c and kwadrant.c each lay out one soort; diagram.c
 * dispatches. A layout fits all of its texts before it draws anything, so
 * a text that does not fit leaves the canvas untouched. */
#ifndef COACHKIT_DIAGRAM_INTERNAL_H
#define COACHKIT_DIAGRAM_INTERNAL_H

#include "diagram.h"
#include "layout/textfit.h"

typedef enum { DG_BOLLEN, DG_CYCLUS, DG_SAMENSPEL, DG_KWADRANT } dg_kind;

/* A named part: an onderdeel, the centre, the outcome, an axis label. */
typedef struct dg_part {
	const char *naam, *uitleg;     /* uitleg may be NULL */
	diag_pos    naam_at, uitleg_at;
} dg_part;

enum { DG_AXIS_LEFT, DG_AXIS_RIGHT, DG_AXIS_TOP, DG_AXIS_BOTTOM };

struct diagram {
	const char *name, *file, *titel, *bron;
	dg_kind     kind;
	dg_part     midden;            /* bollen, cyclus: centre; samenspel:
					* the outcome */
	dg_part    *parts;
	size_t      n_parts;
	dg_part     axis[4];           /* kwadrant: DG_AXIS_... */
};

#define DG_PI 3.14159265358979323846

/* The house colours and how they are tinted. */
#define DG_PRIMARY 0x0E6266u
#define DG_ACCENT  0xA3461Bu
#define DG_TEXT    0x1F2A2Eu
#define DG_WHITE   0xFFFFFFu
/* c mixed with white: t = 1 is c, t = 0 is white. */
uint32_t dg_tint(uint32_t c, double t);

/* Drawing one diagram into one box. */
typedef struct dg_pen {
	const diagram *d;
	typeset       *ts;
	arena         *a;          /* the fitted texts */
	canvas        *c;          /* NULL: place the texts, draw nothing */
	double         x, y, w, h; /* the box */
	double         u;          /* scale: 1 for a box of 460 x 300 pt */
	double         floor;      /* type no smaller where it fits (0) */
	int            narrow;     /* for a phone: a soort that has a layout
				    * for a tall box uses it (cyclus) */
	int            writing;    /* areas big and empty, texts small at
				    * their top (diagram_draw_writing()) */
	ptrvec         texts;      /* diagram_text*, as placed */
	diagram_error *e;
} dg_pen;

/* Shapes; nothing happens without a canvas. */
void dg_circle(dg_pen *p, double cx, double cy, double r, uint32_t fill,
	       uint32_t stroke, double line_width);
void dg_rect(dg_pen *p, double x, double y, double w, double h,
	     double radius, uint32_t fill, uint32_t stroke, double line_width);
/* A line through the n points (x, y pairs; 2 to DG_ARROW_MAX, else
 * nothing is drawn) with a filled arrowhead of length head at its end
 * (head 0: none). */
#define DG_ARROW_MAX 512
void dg_arrow(dg_pen *p, const double *pts, size_t n, uint32_t colour,
	      double line_width, double head);

/* A part's naam over its uitleg, fitted to a box. */
typedef struct dg_card {
	const dg_part *part;
	double         x, y, w, h;    /* where the text may go */
	diagram_text   shape;         /* the shape around it, for checks */
	uint32_t       name_colour;   /* 0: the style's */
	textfit        naam, uitleg;
} dg_card;

typedef struct dg_card_style {
	double         max_size;      /* of the uitleg, points */
	double         name_scale;    /* naam size / uitleg size */
	int            name_face;     /* FACE_BOLD ... */
	uint32_t       name_colour, text_colour;
	textfit_halign halign;
	textfit_valign valign;
	int            same_top;      /* cards in a row: the names level, the
				       * tallest text placed by valign */
} dg_card_style;

/* A card whose text goes in a circle: the largest centred box. */
dg_card dg_card_in_circle(const dg_part *part, double cx, double cy,
			  double r);
/* A card whose text goes in a rectangle, pad inside its edges. */
dg_card dg_card_in_rect(const dg_part *part, double x, double y, double w,
			double h, double pad);

/* The size a fitted card was set at (of its uitleg). */
double dg_card_size(const dg_card *c, const dg_card_style *cs);
/* The height of a fitted card's text: naam, gap, uitleg. */
double dg_card_text_height(const dg_card *c);
/* Moves a fitted card into another rectangle no narrower than the one it
 * was fitted in and tall enough for its text. */
void dg_card_move(dg_card *c, double x, double y, double w, double h,
		  double pad);

/* Fits the cards at one size, the largest from cs->max_size down to
 * DIAGRAM_MIN_SIZE at which every one fits. 0, or -1 with p->e saying
 * which text does not fit. */
int dg_fit_cards(dg_pen *p, dg_card *cards, size_t n,
		 const dg_card_style *cs);
/* Draws fitted cards (with a canvas) and records where their texts are. */
void dg_place_cards(dg_pen *p, const dg_card *cards, size_t n,
		    const dg_card_style *cs);

/* The layouts: 0, or -1 with p->e filled in and nothing drawn. */
int dg_bollen(dg_pen *p);
int dg_cyclus(dg_pen *p);
int dg_samenspel(dg_pen *p);
int dg_kwadrant(dg_pen *p);

/* The writing variant of the soorten other than bollen: the parts as a
 * grid of empty frames, each its naam and uitleg small at its top. */
int dg_writing_grid(dg_pen *p);

/* The size of the texts in the writing variant, points. */
#define DG_WRITING_SIZE 7.5

/* Preferred width / height of each soort. */
double dg_aspect(dg_kind kind);

#endif
