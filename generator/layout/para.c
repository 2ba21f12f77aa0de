/* para.c - paragraphs into lines; see para.h. */
#include "para.h"
#include "dutch.h"
#include "linebreak.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/utf8.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Where a box or a hyphen comes from. */
typedef struct src {
	size_t span;
	size_t off, len;        /* bytes of the span's text; a hyphenation
				 * penalty: the length of the accented vowel
				 * after it, when plain is set */
	char   plain;           /* the vowel without its trema, drawn at the
				 * start of the next line if the word breaks
				 * here (pati-enten); 0 for none */
} src;

/* The growing item list of one paragraph. */
typedef struct builder {
	typeset        *ts;
	const span     *spans;
	const para_style *ps;
	lb_item        *items;
	src            *srcs;
	size_t          n, cap;
	const char     *file;
	int             line;
	size_t          words;
	size_t          cut_items;   /* items added by cutting words */
	hrun           *scratch;     /* a line's runs while it is set */
	size_t          scratch_cap;
} builder;

/* The content line of span s, for warnings. */
static int span_line(const builder *b, size_t s)
{
	return b->spans[s].line ? b->spans[s].line : b->line;
}

/* Where byte off of span s's text is in the content: its line and, when
 * the span knows where it starts, its column (else 0). */
static void span_pos(const builder *b, size_t s, size_t off, int *line,
		     int *col)
{
	const span *sp = &b->spans[s];
	*line = span_line(b, s);
	*col = sp->line && sp->col ?
	       sp->col + (int)utf8_length(sp->text, off < sp->len ? off :
					  sp->len) : 0;
}

static const font *span_font(const builder *b, size_t s)
{
	return typeset_font(b->ts, b->spans[s].sans, b->spans[s].face);
}

static void push(builder *b, lb_item it, size_t span, size_t off, size_t len)
{
	if (b->n + 4 > b->cap) {
		b->cap = b->cap ? b->cap * 2 : 256;
		b->items = xrealloc(b->items, b->cap * sizeof *b->items);
		b->srcs = xrealloc(b->srcs, b->cap * sizeof *b->srcs);
	}
	b->items[b->n] = it;
	b->srcs[b->n++] = (src){ span, off, len, 0 };
}

/* Warns once per file and character about a glyph the font lacks. */
static void check_glyphs(builder *b, size_t s, const char *text, size_t len)
{
	const font *f = span_font(b, s);
	uint32_t cp = font_first_missing(f, text, len);
	if (!cp)
		return;
	if (!typeset_once(b->ts, arena_printf(b->ts->a, "%s:%x", b->file, cp)))
		return;
	char ch[5] = { 0 };
	utf8_encode(cp, ch);
	diag_warning(b->file, span_line(b, s), 0, "het teken U+%04X '%s' "
		     "staat niet in het lettertype %s: het wordt afgedrukt "
		     "als een leeg vakje", cp, ch, font_name(f));
}

/* The widest word of line l: items [*first, *last] (boxes and the
 * penalties between them, no glue), for the warning about it. */
static void widest_word(const builder *b, const lb_line *l, size_t *first,
			size_t *last)
{
	double best = -1, w = 0;
	size_t start = l->start;
	*first = *last = l->start;
	for (size_t i = l->start; i <= l->end && i < b->n; i++) {
		int glue = i == l->end || b->items[i].type == LB_GLUE;
		if (!glue) {
			if (b->items[i].type == LB_BOX)
				w += b->items[i].width;
			continue;
		}
		if (w > best && i > start) {
			best = w;
			*first = start;
			*last = i - 1;
		}
		w = 0;
		start = i + 1;
	}
}

/* Warns once per content line (a lesson is set in its hand-out and in
 * the manual) about a line that stays too wide, naming its widest word. */
static void warn_overfull(builder *b, const lb_line *l)
{
	size_t first, last;
	widest_word(b, l, &first, &last);
	if (first >= b->n)
		first = last = b->n - 1;
	const src *a = &b->srcs[first], *z = &b->srcs[last];
	int line, col;
	span_pos(b, a->span, a->off, &line, &col);
	if (!typeset_once(b->ts, arena_printf(b->ts->a, "%s:%d:overfull",
					      b->file, line)))
		return;
	const span *sp = &b->spans[a->span];
	size_t len = z->span == a->span && z->off + z->len > a->off ?
		     z->off + z->len - a->off : a->len;
	size_t shown = len, chars = 0;
	for (size_t i = 0; i < len && chars < 40; i++)   /* 40 characters */
		if (((unsigned char)sp->text[a->off + i] & 0xC0) != 0x80) {
			chars++;
			shown = i + 1;
		}
	while (shown < len && ((unsigned char)sp->text[a->off + shown] &
			       0xC0) == 0x80)
		shown++;
	diag_warning(b->file, line, col, "een regel is %.1f pt te breed voor "
		     "de kolom: '%.*s%s' past niet", l->width - b->ps->width,
		     (int)shown, sp->text + a->off, shown < len ? "..." : "");
}

/* Warns once about a word piece that was cut into lines. */
static void warn_cut(builder *b, size_t s, size_t off, size_t len,
		     size_t lines)
{
	int line, col;
	span_pos(b, s, off, &line, &col);
	if (!typeset_once(b->ts, arena_printf(b->ts->a, "%s:%d:%d:cut",
					      b->file, line, col)))
		return;
	diag_warning(b->file, line, col, "een woord van %zu tekens is te "
		     "breed voor de kolom: het wordt over %zu regels verdeeld",
		     utf8_length(b->spans[s].text + off, len), lines);
}

/* Sets text[off, off + len) of span s, a piece of a word too long to set
 * whole, as boxes no wider than the column (and no longer than
 * PARA_CUT_BYTES), with a forced break before each (before the first
 * only when text comes before it): each is a line of its own, the last
 * one goes on with the text after it. */
static void cut_box(builder *b, size_t s, size_t off, size_t len)
{
	const font *f = span_font(b, s);
	const char *t = b->spans[s].text, *p = t + off, *end = p + len;
	size_t from = off, lines = 1;
	double w = 0, size = b->ps->size;
	if (b->n && b->items[b->n - 1].type == LB_GLUE)
		b->n--;   /* the space before is the end of a line */
	if (b->n && !(b->items[b->n - 1].type == LB_PENALTY &&
		      b->items[b->n - 1].penalty <= -LB_INFINITY)) {
		/* the text before ends its line, unstretched */
		push(b, lb_penalty(0, -LB_INFINITY, 0), s, 0, 0);
		b->cut_items++;
	}
	while (p < end) {
		const char *q = p;
		utf8_next(&q, end);
		double cw = font_text_width(f, p, (size_t)(q - p), size);
		size_t at = (size_t)(p - t);
		if (at > from && (w + cw > b->ps->width ||
				  (size_t)(q - t) - from > PARA_CUT_BYTES)) {
			push(b, lb_box(font_text_width(f, t + from, at - from,
						       size)), s, from, at - from);
			push(b, lb_penalty(0, -LB_INFINITY, 0), s, 0, 0);
			b->cut_items += 2;
			from = at;
			w = 0;
			lines++;
		}
		w += cw;
		p = q;
	}
	push(b, lb_box(font_text_width(f, t + from, off + len - from, size)),
	     s, from, off + len - from);
	warn_cut(b, s, off, len, lines);
}

/* Adds a box for text[off, off + len) of span s: a piece of a word with
 * no break inside, which starts in the span at word. One wider than two
 * columns, or longer than PARA_CUT_BYTES, is cut into lines instead; a
 * narrower one may stick out of the column (an overfull line, with a
 * warning). Its width is what the word up to its end measures less what
 * the word before it does (from two characters before it), so the
 * kerning and ligatures across a possible break count as they are drawn
 * when the word stays whole. */
static void add_box(builder *b, size_t s, size_t word, size_t off,
		    size_t len)
{
	if (!len)
		return;
	const char *t = b->spans[s].text + off, *w0 = t;
	check_glyphs(b, s, t, len);
	/* two characters before are enough for kerning and ligatures */
	for (int k = 0; k < 2 && w0 > b->spans[s].text + word; k++)
		do
			w0--;
		while (w0 > b->spans[s].text + word &&
		       ((unsigned char)*w0 & 0xC0) == 0x80);
	const font *f = span_font(b, s);
	double w = font_text_width(f, w0, (size_t)(t - w0) + len, b->ps->size);
	if (w0 < t)
		w -= font_text_width(f, w0, (size_t)(t - w0), b->ps->size);
	if (len > PARA_CUT_BYTES || w > 2 * b->ps->width)
		cut_box(b, s, off, len);
	else
		push(b, lb_box(w), s, off, len);
}

static int is_letter(unsigned char c)
{
	return isalpha(c) || c >= 0x80;
}

/* A piece of a word: part of one span. */
typedef struct piece {
	size_t span, off, len;
} piece;

/* Byte offsets in the word (pieces concatenated) where it may break,
 * with the kind: 1 a hyphenation point (a hyphen is added), 2 after a
 * hyphen, dash or slash already there. */
static size_t word_breaks(builder *b, const buf *w, int foreign,
			  size_t *at, int *kind, size_t max)
{
	size_t n = 0, s = 0, e = w->len;
	while (s < e && !is_letter((unsigned char)w->data[s]))
		s++;
	while (e > s && !is_letter((unsigned char)w->data[e - 1]))
		e--;
	for (size_t i = s + 1; i + 1 < e && n < max; i++) {
		int dash = w->data[i] == '-' || w->data[i] == '/' ||
			   (i + 2 < e && !memcmp(w->data + i, "\xE2\x80\x93", 3));
		if (dash) {
			size_t after = i + (w->data[i] != '\xE2' ? 1 : 3);
			at[n] = after, kind[n++] = 2;
		}
	}
	if (n || !b->ts->fs->hy || b->ps->no_hyphens || foreign || e - s < 5)
		return n;   /* a word with a dash or slash breaks only there */
	size_t pts[64];
	size_t np = hyph_points(b->ts->fs->hy, w->data + s, e - s, pts, 64);
	for (size_t i = 0; i < np && n < max; i++)
		at[n] = s + pts[i], kind[n++] = 1;
	return n;
}

/* Emits the boxes of a word, with a penalty at each break point (no
 * hyphenation points in a foreign word). */
static void add_word(builder *b, const piece *pcs, size_t np, int foreign)
{
	buf w = BUF_INIT;
	b->words++;
	for (size_t i = 0; i < np; i++)
		buf_put(&w, b->spans[pcs[i].span].text + pcs[i].off,
			pcs[i].len);
	size_t at[64];
	int kind[64];
	size_t nb = word_breaks(b, &w, foreign, at, kind, 64), k = 0, base = 0;
	for (size_t i = 0; i < np; i++) {
		const piece *p = &pcs[i];
		size_t from = 0;
		for (; k < nb && at[k] < base + p->len; k++) {
			size_t cut = at[k] - base;
			if (cut <= from)
				continue;
			add_box(b, p->span, p->off, p->off + from,
				cut - from);
			double hw = kind[k] == 1 ? font_text_width(
				span_font(b, p->span), "-", 1, b->ps->size) : 0;
			char plain = 0;
			size_t tl = kind[k] == 1 ? hyph_drops_trema(w.data,
					w.len, at[k], &plain) : 0;
			push(b, kind[k] == 1 ? lb_hyphenation(hw,
				LB_HYPHEN_PENALTY) : lb_penalty(0,
				LB_HYPHEN_PENALTY, 1), p->span, 0, tl);
			b->srcs[b->n - 1].plain = tl ? plain : 0;
			from = cut;
		}
		add_box(b, p->span, p->off, p->off + from, p->len - from);
		base += p->len;
	}
	buf_free(&w);
}

/* Adds an interword space in span s's font; a tie (non-breaking space)
 * has an infinite penalty before it. */
static void add_space(builder *b, size_t s, int tie)
{
	double sw = font_text_width(span_font(b, s), " ", 1, b->ps->size);
	if (tie)
		push(b, lb_penalty(0, LB_INFINITY, 0), s, 0, 0);
	push(b, lb_glue(sw, sw / 2, sw / 3), s, 0, 0);
}

/* The words of a paragraph before they become items: their pieces (in
 * one array), the space before each, and their text (in one buffer). */
typedef struct pword {
	size_t first, np;     /* pieces[first, first + np) */
	int    space;         /* a space comes before it */
	size_t space_span;
	size_t text, len;     /* its text in the words' buffer */
} pword;

typedef struct pwords {
	piece  *pieces;
	pword  *w;
	size_t  n_pieces, n, cap_pieces, cap;
	buf     text;
} pwords;

/* Adds piece [i, j) of span s to the last word, or to a new word when
 * fresh (with a space before it if space). */
static void words_add(pwords *ws, const builder *b, size_t s, size_t i,
		      size_t j, int fresh, int space, size_t space_span)
{
	if (ws->n_pieces == ws->cap_pieces) {
		ws->cap_pieces = ws->cap_pieces ? 2 * ws->cap_pieces : 64;
		ws->pieces = xrealloc(ws->pieces, ws->cap_pieces *
				      sizeof *ws->pieces);
	}
	if (fresh) {
		if (ws->n == ws->cap) {
			ws->cap = ws->cap ? 2 * ws->cap : 64;
			ws->w = xrealloc(ws->w, ws->cap * sizeof *ws->w);
		}
		ws->w[ws->n++] = (pword){ ws->n_pieces, 0, space, space_span,
					  ws->text.len, 0 };
	}
	pword *w = &ws->w[ws->n - 1];
	ws->pieces[ws->n_pieces++] = (piece){ s, i, j - i };
	w->np++;
	buf_put(&ws->text, b->spans[s].text + i, j - i);
	w->len += j - i;
}

/* Splits the spans into words (a word may run over several spans; one
 * of more than 64 pieces goes on as a new word without a space). */
static void split_words(const builder *b, size_t n_spans, pwords *ws)
{
	int space = 0, fresh = 1;
	size_t space_span = 0;
	for (size_t s = 0; s < n_spans; s++) {
		const char *t = b->spans[s].text;
		size_t len = b->spans[s].len, i = 0;
		while (i < len) {
			if (isspace((unsigned char)t[i])) {
				if (!space && ws->n)
					space = 1, space_span = s;
				fresh = 1;
				i++;
				continue;
			}
			size_t j = i;
			while (j < len && !isspace((unsigned char)t[j]))
				j++;
			if (!fresh && ws->w[ws->n - 1].np == 64)
				fresh = 1;
			words_add(ws, b, s, i, j, fresh, space, space_span);
			space = fresh = 0;
			i = j;
		}
	}
}

/* Turns the spans into items: words (foreign ones not hyphenated),
 * spaces (ties where Dutch typography keeps words together), the
 * finishing sequence. */
static void build_items(builder *b, size_t n_spans)
{
	pwords ws;
	memset(&ws, 0, sizeof ws);
	split_words(b, n_spans, &ws);
	dutch_word *dw = xmalloc((ws.n + 1) * sizeof *dw);
	unsigned char *foreign = xmalloc(ws.n + 1);
	memset(foreign, 0, ws.n + 1);
	for (size_t k = 0; k < ws.n; k++)
		dw[k] = (dutch_word){ ws.text.data + ws.w[k].text,
				      ws.w[k].len };
	const fontset *fs = b->ts->fs;
	dutch_foreign(dw, ws.n, fs->foreign, fs->n_foreign, foreign);
	for (size_t k = 0; k < ws.n; k++) {
		const pword *w = &ws.w[k];
		if (w->space)
			add_space(b, w->space_span, dutch_tie(dw, ws.n, k - 1));
		add_word(b, ws.pieces + w->first, w->np, foreign[k]);
	}
	free(dw);
	free(foreign);
	free(ws.pieces);
	free(ws.w);
	buf_free(&ws.text);
	lb_item fin[3];
	lb_append_finish(fin);
	for (int i = 0; i < 3; i++)
		push(b, fin[i], 0, 0, 0);
}

/* Adds a run for box or hyphen text at x, joining it to the previous run
 * when it continues the same span's text directly. */
static void add_run(builder *b, vitem *line, size_t cap, size_t s,
		    const char *text, size_t len, double x, double w,
		    int joinable, int expand)
{
	const span *sp = &b->spans[s];
	hrun *last = line->n_runs ? &line->runs[line->n_runs - 1] : NULL;
	if (joinable && last && last->text + last->len == text &&
	    last->len + len <= PARA_RUN_BYTES &&
	    last->font == typeset_id(b->ts, sp->sans, sp->face)) {
		last->len += len;
		last->width = x + w - last->x;
		return;
	}
	if (line->n_runs == cap)
		return;   /* cannot happen: cap counts every box */
	hrun *r = &line->runs[line->n_runs++];
	*r = (hrun){ .x = (float)x, .width = (float)w,
		     .font = (short)typeset_id(b->ts, sp->sans, sp->face),
		     .size = (float)b->ps->size, .colour = sp->colour,
		     .text = text, .len = (uint32_t)len, .link = sp->link,
		     .link_is_uri = sp->link_is_uri != 0,
		     .expand = (signed char)expand };
}

/* Positions the items of one line and appends it to v. after is the
 * break item the line follows (a hyphenation penalty may ask for its
 * trema to be dropped), or NULL. */
static void set_line(builder *b, const lb_line *l, const src *after,
		     vlist *v)
{
	vitem *line = vlist_add(v, V_LINE);
	size_t cap = l->end - l->start + 1;
	if (cap > b->scratch_cap) {
		b->scratch_cap = cap * 2;
		b->scratch = xrealloc(b->scratch, b->scratch_cap *
				      sizeof *b->scratch);
	}
	line->runs = b->scratch;   /* copied to v's arena at the end */
	line->x = b->ps->indent;
	line->width = b->ps->width;
	line->height = 0.78 * b->ps->leading;
	line->depth = b->ps->leading - line->height;
	double x = 0, k = 1 + l->expand;
	int joinable = 0, ex = (int)lround(l->expand * 1000);
	for (size_t i = l->start; i < l->end && i < b->n; i++) {
		const lb_item *it = &b->items[i];
		const src *s = &b->srcs[i];
		if (it->type == LB_GLUE) {
			x += it->width + (l->ratio > 0 ? l->ratio * it->stretch :
					  l->ratio * it->shrink);
			joinable = 0;
		} else if (it->type == LB_BOX && after && after->plain &&
			   s->len >= after->len) {
			char *t = arena_strndup(v->a, b->spans[s->span].text +
						s->off + after->len - 1,
						s->len - after->len + 1);
			t[0] = after->plain;
			add_run(b, line, cap, s->span, t, s->len - after->len + 1,
				x, k * it->width, 0, ex);
			after = NULL;
			x += k * it->width;
			joinable = 1;
		} else if (it->type == LB_BOX) {
			add_run(b, line, cap, s->span,
				b->spans[s->span].text + s->off, s->len, x,
				k * it->width, joinable, ex);
			x += k * it->width;
			joinable = 1;
		}
	}
	const lb_item *brk = l->end < b->n ? &b->items[l->end] : NULL;
	if (l->hyphenated && brk && brk->width > 0) {
		add_run(b, line, cap, b->srcs[l->end].span, "-", 1, x,
			k * brk->width, 0, ex);
		x += k * brk->width;
	}
	if (b->ps->centred && x < b->ps->width)
		for (size_t r = 0; r < line->n_runs; r++)
			line->runs[r].x += (b->ps->width - x) / 2;
	hrun *runs = arena_alloc(v->a, (line->n_runs + 1) * sizeof *runs);
	memcpy(runs, line->runs, line->n_runs * sizeof *runs);
	line->runs = runs;
}

/* Warns once that the paragraph was broken in parts, at its first word,
 * unless it is long only for a word cut into lines (its forced breaks
 * make the parts no different from the whole). */
static void warn_parts(builder *b, const lb_result *r)
{
	if (b->n - b->cut_items <= LB_PART_ITEMS)
		return;
	int line, col;
	span_pos(b, b->srcs[0].span, b->srcs[0].off, &line, &col);
	if (!typeset_once(b->ts, arena_printf(b->ts->a, "%s:%d:%d:parts",
					      b->file, line, col)))
		return;
	diag_warning(b->file, line, col, "een alinea van %zu woorden is te "
		     "lang om in één keer in regels te verdelen: ze wordt in "
		     "%zu delen gezet (ontbreekt er een witregel tussen "
		     "alinea's?)",
		     b->words, r->n_parts);
}

/* The breaker's parameters for a paragraph of style ps: TeX's rules (a
 * first pass without hyphenation, 10,000 demerits for two hyphens in a
 * row and for lines of far apart fitness), no three hyphens in a row, no
 * last line that is only the end of a word, and a cost for uneven
 * spacing between adjacent lines. Justified lines have font expansion
 * (PARA_EXPAND), which gives them more stretch, so the first pass
 * judges them by a ratio of 1.1 (between TeX's \pretolerance 100 and
 * 200): a word is hyphenated only where the paragraph cannot be set
 * without (some 3% of the manual's lines), and no line is as loose as
 * the tolerance would allow. Ragged lines are judged by the tolerance in
 * the first pass too. Ragged text at PARA_RAGGED_NO_HYPHEN points or
 * more is hyphenated only where a word cannot fit on a line at all. */
static void para_params(lb_params *p, const para_style *ps)
{
	lb_params_default(p, ps->width);   /* every line as wide */
	p->ragged = ps->ragged || ps->centred;
	p->ragged_stretch = 3 * ps->size;
	p->pretolerance = p->ragged ? p->tolerance : PARA_PRETOLERANCE;
	p->flagged_demerits = 10000;       /* \doublehyphendemerits */
	p->fitness_demerits = 10000;       /* \adjdemerits */
	p->final_hyphen_demerits = 5000;   /* \finalhyphendemerits */
	p->max_hyphen_run = 2;
	p->last_line_word = 1;
	p->spacing_demerits = 10000;
	p->expand_stretch = PARA_EXPAND;   /* none in ragged text */
	p->expand_shrink = PARA_EXPAND;
	p->expand_step = 0.001;
	if (p->ragged && ps->size >= PARA_RAGGED_NO_HYPHEN)
		p->pretolerance = 1e9;     /* any line that fits */
}

int para_set(typeset *ts, const span *spans, size_t n, const para_style *ps,
	     vlist *v, const char *file, int line)
{
	builder b = { .ts = ts, .spans = spans, .ps = ps, .file = file,
		      .line = line };
	build_items(&b, n);
	lb_params p;
	para_params(&p, ps);
	lb_result r;
	int lines = 0;
	if (b.n > 3 && lb_break(b.items, b.n, &p, &r) == 0) {
		for (size_t i = 0; i < r.n_lines; i++) {
			if (i > 0)
				vlist_penalty(v, ps->keep || i == 1 ||
					      i + 1 == r.n_lines ?
					      V_INFINITY : 0);
			const lb_line *prev = i ? &r.lines[i - 1] : NULL;
			set_line(&b, &r.lines[i], prev && prev->hyphenated &&
				 prev->end < b.n ? &b.srcs[prev->end] : NULL, v);
			if (r.lines[i].overfull)
				warn_overfull(&b, &r.lines[i]);
		}
		if (r.n_parts > 1)
			warn_parts(&b, &r);
		lines = (int)r.n_lines;
		ts->lines += lines;
		ts->hyphens += r.n_hyphens;
		ts->overfull += r.n_overfull;
		lb_result_free(&r);
	}
	free(b.items);
	free(b.srcs);
	free(b.scratch);
	return lines;
}
