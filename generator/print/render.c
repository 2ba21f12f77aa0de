/* render.c - drawing pages; see render.h. */
#include "render.h"
#include "sheet.h"

#include <string.h>

text_area render_area(const print_style *st, int index)
{
	int recto = index % 2 == 0;
	text_area a;
	a.x = recto ? st->inner : st->outer;
	a.y = st->top;
	a.w = st->page_w - st->inner - st->outer;
	a.h = st->page_h - st->top - st->bottom;
	return a;
}

enum { MAX_FRAMES = 8 };

/* Frames open across pages: their item and where they start on the
 * current page. */
typedef struct frames {
	const vitem *item[MAX_FRAMES];
	double       y[MAX_FRAMES];
	int          n;
} frames;

static void draw_frame(canvas *c, const text_area *a, const vitem *f,
		       double y0, double y1)
{
	if (y1 <= y0)
		return;
	canvas_style bg = { f->colour, CANVAS_NONE, 0, 0, 0, 0 };
	if (f->colour != CANVAS_NONE)
		canvas_rect(c, a->x + f->x, y0, f->width, y1 - y0, 3, &bg);
	if (f->border != CANVAS_NONE) {
		canvas_style bar = { f->border, CANVAS_NONE, 0, 0, 0, 0 };
		canvas_rect(c, a->x + f->x, y0, 3, y1 - y0, 0, &bar);
	}
}

/* First pass over a page: the frames, under everything else. */
static void draw_frames(canvas *c, const vlist *v, const vpage *p,
			const text_area *a, frames *open)
{
	double y = a->y;
	canvas_tag_set(c, NULL);   /* frames are artifacts */
	for (int i = 0; i < open->n; i++)
		open->y[i] = y;
	for (size_t i = p->start; i < p->end; i++) {
		const vitem *it = v->items[i];
		if (it->kind == V_FRAME_BEGIN && open->n < MAX_FRAMES) {
			open->item[open->n] = it;
			open->y[open->n++] = y;
		} else if (it->kind == V_FRAME_END && open->n > 0) {
			open->n--;
			draw_frame(c, a, open->item[open->n],
				   open->y[open->n], y);
		}
		y += vitem_height(it);
	}
	for (int i = 0; i < open->n; i++)
		draw_frame(c, a, open->item[i], open->y[i], y);
}

/* In a tagged PDF: run r of a line is its element's content, its
 * label's, or a link's (one Link element for the runs of one link), or
 * an artifact (dot leaders). */
static void tag_run(canvas *c, const vitem *it, size_t r)
{
	const hrun *run = &it->runs[r];
	if (r == 0 && it->label) {
		canvas_tag_set(c, it->label);
		return;
	}
	if (run->artifact) {
		canvas_tag_set(c, NULL);
		return;
	}
	if (run->link && r > (it->label ? 1u : 0u) &&
	    it->runs[r - 1].link == run->link && !it->runs[r - 1].artifact)
		return;   /* the same link goes on */
	canvas_tag_set(c, it->tag);
	if (run->link)
		canvas_tag_inline(c, "Link");
}

/* Is run r followed by a word space (a gap before the next run, or the
 * end of the line unless it ends in a hyphen)? */
static int space_after(const vitem *it, size_t r)
{
	const hrun *run = &it->runs[r];
	char last = run->len ? run->text[run->len - 1] : ' ';
	if (last == ' ' || last == '-')
		return 0;
	if (r + 1 == it->n_runs)
		return 1;
	const hrun *next = &it->runs[r + 1];
	return next->len && next->text[0] != ' ' &&
	       next->x - (run->x + run->width) > 0.1 * run->size;
}

static void draw_line(canvas *c, const text_area *a, const vitem *it,
		      double y)
{
	double base = y + it->height;
	for (size_t r = 0; r < it->n_runs; r++) {
		const hrun *run = &it->runs[r];
		double x = a->x + it->x + run->x;
		tag_run(c, it, r);
		if (space_after(it, r))
			canvas_word_space(c);
		canvas_text_scale(c, 1 + run->expand / 1000.0);
		canvas_text(c, run->font, run->size, run->colour, x, base,
			    run->text, run->len);
		canvas_text_scale(c, 1);
		if (!run->link)
			continue;
		if (run->link_is_uri)
			canvas_link_uri(c, x, y, run->width,
					it->height + it->depth, run->link);
		else
			canvas_link_dest(c, x, y, run->width,
					 it->height + it->depth, run->link);
	}
}

/* Second pass: text, rules, boxes, destinations. */
static void draw_content(canvas *c, const vlist *v, const vpage *p,
			 const text_area *a)
{
	double y = a->y;
	for (size_t i = p->start; i < p->end; i++) {
		const vitem *it = v->items[i];
		switch (it->kind) {
		case V_LINE:
			draw_line(c, a, it, y);
			break;
		case V_RULE: {
			canvas_tag_set(c, NULL);
			canvas_style s = { it->colour, CANVAS_NONE, 0, 0, 0, 0 };
			canvas_rect(c, a->x + it->x, y, it->width, it->height,
				    0, &s);
			break;
		}
		case V_BOX:
			canvas_tag_set(c, it->tag);
			if (it->draw)
				it->draw(c, it->ud, a->x + it->x, y, it->width,
					 it->height);
			break;
		case V_DEST:
			canvas_dest(c, it->name, y);
			break;
		default:
			break;
		}
		y += vitem_height(it);
	}
}

void render_pages(canvas *c, const vlist *v, const vpages *ps,
		  const print_style *st, int index_base, int count,
		  int professional, render_decor decor, void *ud)
{
	sheet sh = sheet_make(st->page_w, st->page_h, professional);
	frames open;
	memset(&open, 0, sizeof open);
	for (size_t i = 0; i < ps->n; i++) {
		int index = index_base + (int)i;
		text_area a = render_area(st, index);
		sheet_begin(&sh, c);
		canvas_tag_set(c, NULL);   /* running head, folio: artifacts */
		if (decor)
			decor(ud, c, index, count);
		draw_frames(c, v, &ps->pages[i], &a, &open);
		draw_content(c, v, &ps->pages[i], &a);
		canvas_tag_set(c, NULL);   /* marks */
		sheet_end(&sh, c);
	}
}
