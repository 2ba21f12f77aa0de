/* vlist.c - the vertical list and page breaking; see vlist.h. */
#include "vlist.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void vlist_init(vlist *v, arena *a)
{
	memset(v, 0, sizeof *v);
	v->a = a;
}

void vlist_free(vlist *v)
{
	free(v->items);
	v->items = NULL;
	v->len = v->cap = 0;
}

vitem *vlist_add(vlist *v, vkind kind)
{
	vitem *it = arena_alloc(v->a, sizeof *it);
	it->kind = kind;
	it->discardable = kind == V_GLUE || kind == V_PENALTY;
	if (v->len == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 256;
		v->items = xrealloc(v->items, v->cap * sizeof *v->items);
	}
	v->items[v->len++] = it;
	return it;
}

void vlist_glue(vlist *v, double space)
{
	vlist_add(v, V_GLUE)->height = space;
}

void vlist_penalty(vlist *v, double penalty)
{
	vlist_add(v, V_PENALTY)->penalty = penalty;
}

void vlist_keep(vlist *v, size_t from)
{
	for (size_t i = from; i < v->len; i++) {
		vitem *it = v->items[i];
		if (it->kind == V_PENALTY && it->penalty < V_INFINITY &&
		    it->penalty > -V_INFINITY)
			it->penalty = V_INFINITY;
		else if (it->kind == V_GLUE)
			it->no_break = 1;
	}
}

double vitem_height(const vitem *it)
{
	switch (it->kind) {
	case V_LINE:
		return it->height + it->depth;
	case V_GLUE:
	case V_RULE:
	case V_BOX:
		return it->height;
	default:
		return 0;
	}
}

/* Markers that belong to what follows them: a frame's opening, a
 * destination. Glue after them is no place to break. */
static int leads_on(const vitem *it)
{
	return it->kind == V_FRAME_BEGIN || it->kind == V_DEST ||
	       it->kind == V_FLOAT_BEGIN;
}

/* May the page break at item i? At a penalty below infinity, or at glue
 * that follows something that is not discardable (TeX's rule), looking
 * through the markers that lead on to what follows. */
static int breakable(const vlist *v, size_t i)
{
	const vitem *it = v->items[i];
	if (it->kind == V_PENALTY)
		return it->penalty < V_INFINITY;
	if (it->kind != V_GLUE || it->no_break || i == 0)
		return 0;
	const vitem *prev = v->items[i - 1];
	return !prev->discardable && !leads_on(prev);
}

/* Cost of a page filled to used out of height, broken at penalty p. */
static double cost(double used, double height, double p)
{
	double empty = (height - used) / height;
	return 1000.0 * empty * empty * empty + p;
}

static void push_page(vpages *out, size_t *cap, size_t start, size_t end,
		      double used, int forced)
{
	if (out->n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		out->pages = xrealloc(out->pages, *cap * sizeof *out->pages);
	}
	out->pages[out->n++] = (vpage){ start, end, used, forced };
	out->n_forced += forced;
}

/* Skips discardable items at the top of a page. */
static size_t skip_discardable(const vlist *v, size_t i)
{
	while (i < v->len && v->items[i]->discardable)
		i++;
	return i;
}

/* Finds the end of the page starting at start: the best break before the
 * content overflows, or a forced one; items from limit on are not
 * looked at (the page may end there). */
static size_t page_end(const vlist *v, size_t start, size_t limit,
		       double height, double *used, int *forced)
{
	size_t best = 0;
	double best_cost = INFINITY, best_used = 0, h = 0;
	*forced = 0;
	for (size_t i = start; i < limit; i++) {
		const vitem *it = v->items[i];
		if (breakable(v, i) && i > start) {
			double p = it->kind == V_PENALTY ? it->penalty : 0;
			double c = cost(h, height, p > 0 ? p : 0);
			if (p <= -V_INFINITY) {
				*used = h;
				return i;
			}
			if (c <= best_cost) {
				best_cost = c;
				best = i;
				best_used = h;
			}
		}
		double next = h + vitem_height(it);
		if (next > height + 0.01 && i > start) {
			if (best) {
				*used = best_used;
				return best;
			}
			*forced = 1;   /* nothing allowed: cut here */
			*used = h;
			return i;
		}
		h = next;
	}
	*used = h;
	return limit;
}

/* Reverses items [from, to) of v. */
static void reverse(vlist *v, size_t from, size_t to)
{
	while (from + 1 < to) {
		vitem *t = v->items[from];
		v->items[from++] = v->items[--to];
		v->items[to] = t;
	}
}

/* Rotates items [from, to) of v so that item mid comes first. */
static void rotate(vlist *v, size_t from, size_t mid, size_t to)
{
	reverse(v, from, mid);
	reverse(v, mid, to);
	reverse(v, from, to);
}

/* The float that the page ending at end pushed out: the index of its
 * V_FLOAT_BEGIN when only discardable items lie between, else 0. */
static size_t float_after(const vlist *v, size_t end)
{
	size_t i = skip_discardable(v, end);
	return i < v->len && v->items[i]->kind == V_FLOAT_BEGIN ? i : 0;
}

/* Where the text that may pass the float at f stops: another float, a
 * forced break, or the end of the list. *f_end: the float's end, with
 * the glue under it. */
static size_t float_limit(const vlist *v, size_t f, size_t *f_end)
{
	size_t i = f + 1;
	while (i < v->len && v->items[i]->kind != V_FLOAT_END)
		i++;
	if (i < v->len && ++i < v->len && v->items[i]->kind == V_GLUE)
		i++;
	*f_end = i;
	for (i = *f_end; i < v->len; i++) {
		const vitem *it = v->items[i];
		if (it->kind == V_FLOAT_BEGIN ||
		    (it->kind == V_PENALTY && it->penalty <= -V_INFINITY))
			break;
	}
	return i;
}

/* The first item of [from, to) that opens a frame still open at to, or
 * to when none is. */
static size_t frame_open_at(const vlist *v, size_t from, size_t to)
{
	size_t open = to;
	int depth = 0;
	for (size_t i = from; i < to; i++) {
		vkind k = v->items[i]->kind;
		if (k == V_FRAME_BEGIN && depth++ == 0)
			open = i;
		else if (k == V_FRAME_END && depth > 0 && --depth == 0)
			open = to;
	}
	return depth > 0 ? open : to;
}

/* The page from start ended at end, before a float that did not fit:
 * lets the text after the float fill the page, and moves the float to
 * the new end, the top of the next page. Returns the page's end. */
static size_t defer_float(vlist *v, size_t start, size_t end, size_t f,
			  double height, double *used, int *forced)
{
	size_t f_end, limit = float_limit(v, f, &f_end);
	size_t n = f_end - f;
	rotate(v, f, f_end, limit);        /* the float now ends at limit */
	double u;
	int fo;
	size_t end2 = page_end(v, start, limit - n, height, &u, &fo);
	size_t frame = frame_open_at(v, f, end2);
	if (frame < end2)   /* the float goes before a box, not into it */
		end2 = page_end(v, start, frame, height, &u, &fo);
	if (end2 <= f || fo) {
		rotate(v, f, limit - n, limit);   /* as it was */
		return end;
	}
	rotate(v, end2, limit - n, limit);   /* the float at end2 */
	*used = u;
	*forced = fo;
	return end2;
}

void vlist_paginate(vlist *v, double page_height, vpages *out)
{
	size_t cap = 0;
	memset(out, 0, sizeof *out);
	size_t start = skip_discardable(v, 0);
	while (start < v->len) {
		double used;
		int forced;
		size_t end = page_end(v, start, v->len, page_height, &used,
				      &forced);
		size_t f = end < v->len && !forced ? float_after(v, end) : 0;
		if (f > start)
			end = defer_float(v, start, end, f, page_height, &used,
					  &forced);
		push_page(out, &cap, start, end, used, forced);
		start = skip_discardable(v, end);
	}
	if (out->n == 0)
		push_page(out, &cap, 0, 0, 0, 0);
}

void vpages_free(vpages *p)
{
	free(p->pages);
	memset(p, 0, sizeof *p);
}
