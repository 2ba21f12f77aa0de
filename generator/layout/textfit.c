/* textfit.c - text set to fit a box; see textfit.h. */
#include "textfit.h"
#include "para.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define ABOVE 0.78          /* of the leading, above the baseline (para.c) */
#define EPS   1e-6

/* The spans of a text: plain, or alternating with **bold** ones. */
typedef struct spans {
	span  *s;           /* malloc'd */
	size_t n;
} spans;

static void add_span(spans *sp, const char *text, size_t len,
		     const textfit_style *st, int bold)
{
	if (!len)
		return;
	int face = bold ? (st->face | FACE_BOLD) : st->face;
	sp->s[sp->n++] = (span){ text, len, face, st->sans, 0, NULL, 0, 0, 0 };
}

/* Splits text (copied into a) at its "**" markers. */
static spans make_spans(arena *a, const char *text, const textfit_style *st)
{
	const char *t = arena_strdup(a, text ? text : "");
	size_t cap = 1;
	for (const char *p = t; st->markup && (p = strstr(p, "**")); p += 2)
		cap++;
	spans sp = { xmalloc(cap * sizeof *sp.s), 0 };
	int bold = 0;
	const char *p = t, *m;
	while (st->markup && (m = strstr(p, "**"))) {
		add_span(&sp, p, (size_t)(m - p), st, bold);
		bold = !bold;
		p = m + 2;
	}
	add_span(&sp, p, strlen(p), st, bold);
	return sp;
}

/* The widest run of text that cannot be broken (no space, no dash or
 * slash inside), which may cross span boundaries. */
static double widest_word(const typeset *ts, const spans *sp, double size)
{
	double widest = 0, word = 0;
	for (size_t i = 0; i < sp->n; i++) {
		const span *s = &sp->s[i];
		const font *f = typeset_font(ts, s->sans, s->face);
		size_t k = 0;
		while (k < s->len) {
			if (isspace((unsigned char)s->text[k])) {
				word = 0;
				k++;
				continue;
			}
			/* up to a space, or past a '-' or '/' with more
			 * after it: para.c may break there */
			size_t j = k;
			int brk = 0;
			while (j < s->len && !brk &&
			       !isspace((unsigned char)s->text[j])) {
				brk = (s->text[j] == '-' || s->text[j] == '/') &&
				      j > k && j + 1 < s->len &&
				      !isspace((unsigned char)s->text[j + 1]);
				j++;
			}
			word += font_text_width(f, s->text + k, j - k, size);
			widest = fmax(widest, word);
			if (brk)
				word = 0;
			k = j;
		}
	}
	return widest;
}

double textfit_widest_word(const typeset *ts, const char *text,
			   const textfit_style *st, double size)
{
	arena a;
	arena_init(&a, 4096);
	spans sp = make_spans(&a, text, st);
	double w = widest_word(ts, &sp, size);
	free(sp.s);
	arena_free(&a);
	return w;
}

/* Copies the lines of v into out (in a). */
static void take_lines(arena *a, const vlist *v, textfit *out)
{
	size_t n = 0;
	for (size_t i = 0; i < v->len; i++)
		n += v->items[i]->kind == V_LINE;
	out->lines = n ? arena_alloc(a, n * sizeof *out->lines) : NULL;
	for (size_t i = 0; i < v->len; i++) {
		const vitem *it = v->items[i];
		if (it->kind != V_LINE)
			continue;
		textfit_line *l = &out->lines[out->n_lines++];
		l->runs = it->runs;
		l->n_runs = it->n_runs;
		for (size_t r = 0; r < it->n_runs; r++)
			l->width = fmax(l->width, it->runs[r].x +
					it->runs[r].width);
		out->width = fmax(out->width, l->width);
	}
}

static textfit_status set_spans(typeset *ts, arena *a, const spans *sp,
				const textfit_style *st, double size,
				double w, double h, textfit *out)
{
	memset(out, 0, sizeof *out);
	out->size = size;
	out->leading = size * st->leading;
	if (widest_word(ts, sp, size) > w + EPS)
		return out->status = TEXTFIT_TOO_WIDE;
	vlist v;
	vlist_init(&v, a);
	para_style ps = { w, 0, size, out->leading, 1, 1, !st->hyphens, 0 };
	para_set(ts, sp->s, sp->n, &ps, &v, st->file ? st->file : "",
		 st->line);
	take_lines(a, &v, out);
	vlist_free(&v);
	out->height = (double)out->n_lines * out->leading;
	if (out->width > w + EPS) {     /* cannot happen: no word is wider */
		out->n_lines = 0;
		return out->status = TEXTFIT_TOO_WIDE;
	}
	out->status = h >= 0 && out->height > h + EPS ? TEXTFIT_TOO_TALL :
		      TEXTFIT_OK;
	return out->status;
}

textfit_status textfit_set(typeset *ts, arena *a, const char *text,
			   const textfit_style *st, double size, double w,
			   double h, textfit *out)
{
	spans sp = make_spans(a, text, st);
	textfit_status s = set_spans(ts, a, &sp, st, size, w, h, out);
	free(sp.s);
	return s;
}

/* Size k of the sizes tried: max_size - k * TEXTFIT_STEP, the last one
 * min_size. */
static double size_at(const textfit_style *st, int k, int last)
{
	if (k == 0)
		return st->max_size;
	return k >= last ? st->min_size : st->max_size - k * TEXTFIT_STEP;
}

/* Does the text fit at size? Tried in scratch, leaving no counts. */
static int fits(typeset *ts, const spans *sp, const textfit_style *st,
		double size, double w, double h)
{
	arena scratch;
	arena_init(&scratch, 16384);
	int lines = ts->lines, hyphens = ts->hyphens, overfull = ts->overfull;
	textfit f;
	int ok = set_spans(ts, &scratch, sp, st, size, w, h, &f) == TEXTFIT_OK;
	ts->lines = lines, ts->hyphens = hyphens, ts->overfull = overfull;
	arena_free(&scratch);
	return ok;
}

textfit_status textfit_fit(typeset *ts, arena *a, const char *text,
			   const textfit_style *st, double w, double h,
			   textfit *out)
{
	spans sp = make_spans(a, text, st);
	double range = st->min_size > 0 ? st->max_size - st->min_size : 0;
	int last = range > 0 ? (int)ceil(range / TEXTFIT_STEP - EPS) : 0;
	int good = -1;
	if (fits(ts, &sp, st, size_at(st, 0, last), w, h)) {
		good = 0;
	} else if (last > 0 && fits(ts, &sp, st, size_at(st, last, last),
				    w, h)) {
		int bad = 0;   /* sizes above good do not fit */
		good = last;
		while (good - bad > 1) {
			int mid = (good + bad) / 2;
			if (fits(ts, &sp, st, size_at(st, mid, last), w, h))
				good = mid;
			else
				bad = mid;
		}
	}
	textfit_status s = set_spans(ts, a, &sp, st,
				     size_at(st, good < 0 ? last : good, last),
				     w, h, out);
	free(sp.s);
	return s;
}

/* How uneven the lines of f are: the squares of what each line lacks of
 * the longest. */
static double unevenness(const textfit *f)
{
	double u = 0;
	for (size_t i = 0; i < f->n_lines; i++)
		u += (f->width - f->lines[i].width) *
		     (f->width - f->lines[i].width);
	return u;
}

/* Sets sp at size in width w in scratch, leaving no counts: how uneven
 * its lines are, or -1 when it does not give n lines. */
static double try_width(typeset *ts, const spans *sp,
			const textfit_style *st, double size, double w,
			size_t n)
{
	arena scratch;
	arena_init(&scratch, 16384);
	int lines = ts->lines, hyphens = ts->hyphens, overfull = ts->overfull;
	textfit f;
	double u = set_spans(ts, &scratch, sp, st, size, w, -1, &f) ==
		   TEXTFIT_OK && f.n_lines == n ? unevenness(&f) : -1;
	ts->lines = lines, ts->hyphens = hyphens, ts->overfull = overfull;
	arena_free(&scratch);
	return u;
}

#define BALANCE_TRIES 16

void textfit_balance(typeset *ts, arena *a, const char *text,
		     const textfit_style *st, textfit *f)
{
	if (f->n_lines < 2)
		return;
	spans sp = make_spans(a, text, st);
	double lo = widest_word(ts, &sp, f->size), hi = f->width;
	double best_w = hi, best = unevenness(f);
	for (int k = 0; k < BALANCE_TRIES; k++) {
		double w = lo + (hi - lo) * k / BALANCE_TRIES;
		double u = try_width(ts, &sp, st, f->size, w, f->n_lines);
		if (u >= 0 && u < best - EPS)
			best = u, best_w = w;
	}
	/* the lines were counted when f was set */
	int lines = ts->lines, hyphens = ts->hyphens, overfull = ts->overfull;
	textfit g;
	if (best_w < hi && set_spans(ts, a, &sp, st, f->size, best_w, -1,
				     &g) == TEXTFIT_OK &&
	    g.n_lines == f->n_lines)
		*f = g;
	ts->lines = lines, ts->hyphens = hyphens, ts->overfull = overfull;
	free(sp.s);
}

static double line_x(const textfit_line *l, const textfit_place *p)
{
	switch (p->halign) {
	case TEXTFIT_CENTRE:
		return p->x + (p->w - l->width) / 2;
	case TEXTFIT_RIGHT:
		return p->x + p->w - l->width;
	default:
		return p->x;
	}
}

static double block_top(const textfit *f, const textfit_place *p)
{
	switch (p->valign) {
	case TEXTFIT_MIDDLE:
		return p->y + (p->h - f->height) / 2;
	case TEXTFIT_BOTTOM:
		return p->y + p->h - f->height;
	default:
		return p->y;
	}
}

void textfit_bounds(const textfit *f, const textfit_place *p, double out[4])
{
	double left = INFINITY, right = -INFINITY;
	for (size_t i = 0; i < f->n_lines; i++) {
		double x = line_x(&f->lines[i], p);
		left = fmin(left, x);
		right = fmax(right, x + f->lines[i].width);
	}
	if (!f->n_lines)
		left = right = line_x(&(textfit_line){ NULL, 0, 0 }, p);
	out[0] = left;
	out[1] = block_top(f, p);
	out[2] = right - left;
	out[3] = f->height;
}

void textfit_draw(canvas *c, const textfit *f, const textfit_place *p,
		  uint32_t colour)
{
	double top = block_top(f, p);
	for (size_t i = 0; i < f->n_lines; i++) {
		const textfit_line *l = &f->lines[i];
		double x = line_x(l, p);
		double base = top + (double)i * f->leading + ABOVE * f->leading;
		for (size_t r = 0; r < l->n_runs; r++) {
			const hrun *run = &l->runs[r];
			canvas_text(c, run->font, run->size, colour, x + run->x,
				    base, run->text, run->len);
		}
	}
}
