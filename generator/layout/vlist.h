/* vlist.h - the vertical list and the page breaker.
 *
 * Layout turns a document into one long list of lines, glue (vertical
 * space), penalties (where a page may or must not break) and markers, as
 * TeX does. vlist_paginate() cuts that list into pages: the best break
 * before the page overflows, by the cost of the space left empty plus the
 * penalty there. Infinite penalties keep lines together (widows, orphans,
 * a heading and what follows); a run too long for any page is split by
 * force and counted. Glue and penalties at the top of a page vanish.
 * A frame's opening and a destination belong to what follows them: the
 * page never breaks right after them, so a heading stays with a box under
 * it. A float (a figure between V_FLOAT_BEGIN and V_FLOAT_END) that does
 * not fit in what is left of a page goes to the top of the next one, and
 * the text after it fills the page first.
 *
 * Items live in the caller's arena; vlist only keeps pointers. */
#ifndef COACHKIT_VLIST_H
#define COACHKIT_VLIST_H

#include <stddef.h>
#include <stdint.h>
#include "util/arena.h"

#define V_INFINITY 10000.0

/* A run of text on a line, in one font. */
/* Kept small: a long manual holds one per word until it is paged. */
typedef struct hrun {
	const char *text;
	const char *link;       /* a destination name or a URI, or NULL */
	float       x;          /* from the line's left edge, points */
	float       width;
	float       size;
	uint32_t    colour;
	uint32_t    len;
	short       font;       /* canvas font id */
	unsigned char link_is_uri : 1;
	unsigned char artifact : 1;   /* decoration, not text (dot leaders) */
	signed char expand;     /* font expansion, thousandths: the glyphs
				 * are drawn (1000 + expand) / 1000 times as
				 * wide (width counts it); 0: as they are */
} hrun;

typedef enum {
	V_LINE,        /* a line of text: runs on a baseline */
	V_GLUE,        /* vertical space */
	V_PENALTY,     /* a possible page break and its cost */
	V_RULE,        /* a horizontal line */
	V_BOX,         /* a block of known height drawn by a callback */
	V_FRAME_BEGIN, /* a shaded or bordered frame around what follows */
	V_FRAME_END,
	V_DEST,        /* a named destination (links, bookmarks) */
	V_FLOAT_BEGIN, /* a figure that may move down to the next page's top; */
	V_FLOAT_END,   /* what lies between is kept together (vlist_keep) */
} vkind;

struct canvas;
struct canvas_tag;
typedef void (*vbox_draw)(struct canvas *c, void *ud, double x, double y,
			  double width, double height);

typedef struct vitem {
	vkind       kind;
	double      height;     /* LINE: above the baseline; GLUE: its size;
				 * RULE: thickness; BOX: its height */
	double      depth;      /* LINE: below the baseline */
	double      penalty;    /* PENALTY: -V_INFINITY forces a break */
	double      x, width;   /* LINE, RULE, BOX, FRAME: horizontal extent */
	hrun       *runs;       /* LINE */
	size_t      n_runs;
	uint32_t    colour;     /* RULE, FRAME: fill; FRAME: CANVAS_NONE for none */
	uint32_t    border;     /* FRAME: left border colour, or CANVAS_NONE */
	double      pad;        /* FRAME: inner padding left and right */
	const char *name;       /* DEST */
	vbox_draw   draw;       /* BOX */
	void       *ud;
	/* LINE, BOX: the structure element (tagged PDF) it is content of;
	 * NULL: an artifact. LINE: label, when its first run is the label
	 * of a list item (its Lbl element). */
	struct canvas_tag *tag, *label;
	int         discardable;/* set for GLUE and PENALTY */
	int         no_break;   /* GLUE: not a place to break (vlist_keep) */
} vitem;

typedef struct vlist {
	vitem  **items;
	size_t   len, cap;
	arena   *a;
} vlist;

void   vlist_init(vlist *v, arena *a);
void   vlist_free(vlist *v);      /* the pointer array; items stay in a */
vitem *vlist_add(vlist *v, vkind kind);
void   vlist_glue(vlist *v, double space);
void   vlist_penalty(vlist *v, double penalty);
/* Keeps items [from, v->len) on one page: no break at their penalties or
 * glue. A run taller than a page is still split, by force. */
void   vlist_keep(vlist *v, size_t from);

/* A page: items [start, end) of the list, and how full it is. */
typedef struct vpage {
	size_t start, end;
	double used;          /* height of its content, points */
	int    forced;        /* had to be cut where no break was allowed */
} vpage;

typedef struct vpages {
	vpage  *pages;        /* malloc'd; vpages_free() */
	size_t  n;
	int     n_forced;
} vpages;

/* Cuts v into pages of height page_height (the text area). A float that
 * does not fit where it is moves, in v, to just after the page's last
 * break, so that it tops the next page (never past another float or a
 * forced break). */
void vlist_paginate(vlist *v, double page_height, vpages *out);
void vpages_free(vpages *p);

/* The height an item takes in the flow. */
double vitem_height(const vitem *it);

#endif
