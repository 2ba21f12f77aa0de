/* test_vlist.c - page breaking: fullness, forced breaks, widows and
 * orphans, keep-with-next, glue at the top of a page, overlong blocks,
 * a heading above a frame, floats. */
#include "check.h"
#include "layout/vlist.h"

#define LINE 12.0   /* each test line is 9 + 3 points */

static void line(vlist *v)
{
	vitem *it = vlist_add(v, V_LINE);
	it->height = 9;
	it->depth = 3;
}

/* A paragraph of n lines with interline glue 0 and the house rules: no
 * break after the first or before the last line. */
static void paragraph(vlist *v, int n)
{
	for (int i = 0; i < n; i++) {
		if (i > 0)
			vlist_penalty(v, i == 1 || i == n - 1 ? V_INFINITY : 0);
		line(v);
	}
	vlist_glue(v, 6);   /* space between paragraphs: a break point */
}

/* Index of the first line of page p. */
static size_t first(const vlist *v, const vpages *ps, size_t p)
{
	size_t i = ps->pages[p].start;
	while (i < v->len && v->items[i]->kind != V_LINE)
		i++;
	return i;
}

static int lines_on(const vlist *v, const vpage *p)
{
	int n = 0;
	for (size_t i = p->start; i < p->end; i++)
		n += v->items[i]->kind == V_LINE;
	return n;
}

static void test_fill(arena *a)
{
	vlist v;
	vlist_init(&v, a);
	for (int i = 0; i < 25; i++) {
		line(&v);
		vlist_penalty(&v, 0);
	}
	vpages ps;
	vlist_paginate(&v, 10 * LINE, &ps);
	CHECK_INT(ps.n, 3);
	CHECK_INT(lines_on(&v, &ps.pages[0]), 10);
	CHECK_INT(lines_on(&v, &ps.pages[2]), 5);
	CHECK_INT(ps.n_forced, 0);
	CHECK(ps.pages[0].used <= 10 * LINE);
	vpages_free(&ps);
	vlist_free(&v);
}

static void test_widows_orphans(arena *a)
{
	vlist v;
	vlist_init(&v, a);
	paragraph(&v, 7);   /* 7 lines + 6 pt */
	paragraph(&v, 5);   /* would leave 1 line at the bottom: orphan */
	vpages ps;
	vlist_paginate(&v, 8 * LINE + 6, &ps);
	CHECK_INT(ps.n, 2);
	CHECK_INT(lines_on(&v, &ps.pages[0]), 7);
	CHECK_INT(lines_on(&v, &ps.pages[1]), 5);
	vpages_free(&ps);
	vlist_free(&v);

	vlist_init(&v, a);
	paragraph(&v, 10);  /* 9 fit: the last line alone would be a widow */
	vlist_paginate(&v, 9 * LINE, &ps);
	CHECK_INT(ps.n, 2);
	CHECK_INT(lines_on(&v, &ps.pages[0]), 8);
	CHECK_INT(lines_on(&v, &ps.pages[1]), 2);
	vpages_free(&ps);
	vlist_free(&v);
}

static void test_keep_with_next(arena *a)
{
	vlist v;
	vlist_init(&v, a);
	paragraph(&v, 8);
	line(&v);                      /* a heading ... */
	vitem *heading = v.items[v.len - 1];
	vlist_penalty(&v, V_INFINITY); /* ... kept with what follows */
	paragraph(&v, 4);
	vpages ps;
	vlist_paginate(&v, 10 * LINE + 6, &ps);
	CHECK_INT(ps.n, 2);
	CHECK(v.items[first(&v, &ps, 1)] == heading);
	vpages_free(&ps);
	vlist_free(&v);
}

/* A kept block (a quiz) moves to the next page whole; without the keep
 * it would be split at its glue and penalties. */
static void test_keep(arena *a)
{
	for (int keep = 0; keep < 2; keep++) {
		vlist v;
		vlist_init(&v, a);
		paragraph(&v, 6);
		size_t from = v.len;
		for (int i = 0; i < 4; i++) {   /* four options */
			paragraph(&v, 1);
			vlist_glue(&v, 3);
		}
		if (keep)
			vlist_keep(&v, from);
		vpages ps;
		vlist_paginate(&v, 10 * LINE + 6, &ps);
		CHECK_INT(ps.n, 2);
		CHECK_INT(lines_on(&v, &ps.pages[0]), keep ? 6 : 8);
		CHECK_INT(ps.n_forced, 0);
		vpages_free(&ps);
		vlist_free(&v);
	}
}

static void test_forced_and_top(arena *a)
{
	vlist v;
	vlist_init(&v, a);
	line(&v);
	vlist_penalty(&v, -V_INFINITY);   /* a new page, e.g. a new lesson */
	vlist_glue(&v, 30);               /* vanishes at the top */
	line(&v);
	vpages ps;
	vlist_paginate(&v, 100, &ps);
	CHECK_INT(ps.n, 2);
	CHECK(v.items[ps.pages[1].start]->kind == V_LINE);
	CHECK(ps.pages[1].used == LINE);
	vpages_free(&ps);
	vlist_free(&v);

	vlist_init(&v, a);
	for (int i = 0; i < 30; i++) {    /* one unbreakable block */
		if (i)
			vlist_penalty(&v, V_INFINITY);
		line(&v);
	}
	vlist_paginate(&v, 10 * LINE, &ps);
	CHECK_INT(ps.n, 3);
	CHECK_INT(ps.n_forced, 2);
	vpages_free(&ps);
	vlist_free(&v);

	vlist_init(&v, a);
	vlist_paginate(&v, 100, &ps);
	CHECK_INT(ps.n, 1);
	vpages_free(&ps);
	vlist_free(&v);
}

/* A heading with a frame under it: no break between the frame's opening
 * and its padding, so the heading goes to the next page with the box. */
static void test_heading_frame(arena *a)
{
	vlist v;
	vlist_init(&v, a);
	paragraph(&v, 8);
	line(&v);                          /* a heading */
	vitem *heading = v.items[v.len - 1];
	vlist_penalty(&v, V_INFINITY);
	vlist_glue(&v, 3);
	vlist_penalty(&v, V_INFINITY);
	vlist_add(&v, V_FRAME_BEGIN);     /* a box: its padding, then text */
	vlist_glue(&v, 4);
	vlist_penalty(&v, V_INFINITY);
	paragraph(&v, 4);
	vlist_add(&v, V_FRAME_END);
	vpages ps;
	vlist_paginate(&v, 10 * LINE + 6, &ps);
	CHECK_INT(ps.n, 2);
	CHECK(v.items[first(&v, &ps, 1)] == heading);
	vpages_free(&ps);
	vlist_free(&v);
}

/* A figure that does not fit in what is left of a page goes to the top
 * of the next; the text after it fills the page first. */
static void test_float(arena *a)
{
	vlist v;
	vlist_init(&v, a);
	paragraph(&v, 5);
	vlist_add(&v, V_FLOAT_BEGIN);
	vitem *box = vlist_add(&v, V_BOX);
	box->height = 7 * LINE;
	vlist_add(&v, V_FLOAT_END);
	vlist_glue(&v, 6);
	for (int i = 0; i < 4; i++)
		paragraph(&v, 1);
	vpages ps;
	vlist_paginate(&v, 10 * LINE + 24, &ps);
	CHECK_INT(ps.n, 2);
	CHECK_INT(lines_on(&v, &ps.pages[0]), 9);   /* 5, then 4 after */
	size_t top = ps.pages[1].start;
	CHECK(v.items[top]->kind == V_FLOAT_BEGIN);
	CHECK(v.items[top + 1] == box);
	CHECK_INT(ps.n_forced, 0);
	vpages_free(&ps);
	vlist_free(&v);

	/* the text after it fills the page, but a box that runs onto the
	 * next page goes after the figure, not around it */
	vlist_init(&v, a);
	paragraph(&v, 5);
	vlist_add(&v, V_FLOAT_BEGIN);
	box = vlist_add(&v, V_BOX);
	box->height = 7 * LINE;
	vlist_add(&v, V_FLOAT_END);
	vlist_glue(&v, 6);
	paragraph(&v, 1);
	vitem *frame = vlist_add(&v, V_FRAME_BEGIN);
	for (int i = 0; i < 6; i++)
		paragraph(&v, 1);
	vlist_add(&v, V_FRAME_END);
	vlist_paginate(&v, 10 * LINE + 24, &ps);
	CHECK_INT(lines_on(&v, &ps.pages[0]), 6);
	top = ps.pages[1].start;
	CHECK(v.items[top + 1] == box);
	int before = 0;
	for (size_t i = top; i < v.len && v.items[i] != frame; i++)
		before += v.items[i] == box;
	CHECK(before);
	vpages_free(&ps);
	vlist_free(&v);

	/* a figure that fits stays where it is */
	vlist_init(&v, a);
	paragraph(&v, 2);
	vlist_add(&v, V_FLOAT_BEGIN);
	box = vlist_add(&v, V_BOX);
	box->height = 3 * LINE;
	vlist_add(&v, V_FLOAT_END);
	vlist_glue(&v, 6);
	paragraph(&v, 1);
	vlist_paginate(&v, 10 * LINE, &ps);
	CHECK_INT(ps.n, 1);
	CHECK(v.items[5] == box);
	vpages_free(&ps);
	vlist_free(&v);
}

int main(void)
{
	arena a;
	arena_init(&a, 0);
	test_fill(&a);
	test_widows_orphans(&a);
	test_keep_with_next(&a);
	test_keep(&a);
	test_forced_and_top(&a);
	test_heading_frame(&a);
	test_float(&a);
	arena_free(&a);
	return check_done();
}
