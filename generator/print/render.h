/* render.h - a paginated vertical list drawn onto the canvas.
 *
 * Pages alternate: odd pages (recto) have the inner margin on the left.
 * Frames (kader, quiz) are drawn first, so text lies on top of them, and a
 * frame cut by a page break continues on the next page. The decor
 * callback draws what each page has besides its text: running header,
 * footer, page number. In a tagged PDF, lines and boxes are content of
 * their structure elements (vitem.tag), a list item's label of its Lbl,
 * the runs of a link of a Link; the decor, frames and rules are
 * artifacts. */
#ifndef COACHKIT_RENDER_H
#define COACHKIT_RENDER_H

#include "style.h"
#include "canvas/canvas.h"
#include "layout/vlist.h"

/* The text area of page index i (0-based). */
typedef struct text_area {
	double x, y, w, h;
} text_area;

text_area render_area(const print_style *st, int index);

typedef void (*render_decor)(void *ud, canvas *c, int index, int count);

/* Draws pages [0, ps->n) of v; index_base is the number of pages drawn
 * before them (for odd and even), count the document's total. */
void render_pages(canvas *c, const vlist *v, const vpages *ps,
		  const print_style *st, int index_base, int count,
		  int professional, render_decor decor, void *ud);

#endif
