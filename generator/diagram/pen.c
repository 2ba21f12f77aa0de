/* pen.c - colours, shapes, arrows and cards of fitted text for the
 * layouts; see diagram_internal.h. */
#include "diagram_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define EPS 1e-9

uint32_t dg_tint(uint32_t c, double t)
{
	uint32_t out = 0;
	for (int shift = 16; shift >= 0; shift -= 8) {
		double v = (double)((c >> shift) & 0xFF);
		long m = lround(255.0 - (255.0 - v) * t);
		out |= (uint32_t)(m < 0 ? 0 : m > 255 ? 255 : m) << shift;
	}
	return out;
}

void dg_circle(dg_pen *p, double cx, double cy, double r, uint32_t fill,
	       uint32_t stroke, double line_width)
{
	if (!p->c)
		return;
	canvas_style s = { fill, stroke, line_width, 0, 0, 0 };
	canvas_circle(p->c, cx, cy, r, &s);
}

void dg_rect(dg_pen *p, double x, double y, double w, double h,
	     double radius, uint32_t fill, uint32_t stroke, double line_width)
{
	if (!p->c)
		return;
	canvas_style s = { fill, stroke, line_width, 0, 0, 0 };
	canvas_rect(p->c, x, y, w, h, radius, &s);
}

/* Shortens the polyline pts[0..*n) by len at its end; the point it ends
 * at is written to end. */
static void cut_end(double *pts, size_t *n, double len, double end[2])
{
	while (*n >= 2) {
		double *a = &pts[2 * (*n - 2)], *b = &pts[2 * (*n - 1)];
		double d = hypot(b[0] - a[0], b[1] - a[1]);
		if (d > len) {
			b[0] -= (b[0] - a[0]) * len / d;
			b[1] -= (b[1] - a[1]) * len / d;
			break;
		}
		len -= d;
		(*n)--;
	}
	end[0] = pts[2 * (*n - 1)];
	end[1] = pts[2 * (*n - 1) + 1];
}

void dg_arrow(dg_pen *p, const double *pts, size_t n, uint32_t colour,
	      double line_width, double head)
{
	if (!p->c || n < 2 || n > DG_ARROW_MAX)
		return;
	double line[2 * DG_ARROW_MAX], back[2 * DG_ARROW_MAX];
	double base[2], stop[2];
	memcpy(line, pts, 2 * n * sizeof *pts);
	memcpy(back, pts, 2 * n * sizeof *pts);
	size_t nl = n, nb = n;
	double tip[2] = { pts[2 * n - 2], pts[2 * n - 1] };
	if (head > 0) {
		cut_end(line, &nl, head * 0.6, stop);
		cut_end(back, &nb, head, base);
	}
	canvas_style st = { CANVAS_NONE, colour, line_width, 0, 0, 1 };
	canvas_move(p->c, line[0], line[1]);
	for (size_t i = 1; i < nl; i++)
		canvas_line(p->c, line[2 * i], line[2 * i + 1]);
	canvas_paint(p->c, &st);
	if (head <= 0)
		return;
	double dx = tip[0] - base[0], dy = tip[1] - base[1];
	double d = hypot(dx, dy);
	if (d < EPS)
		return;
	dx /= d, dy /= d;
	double hw = head * 0.42;
	canvas_style fill = { colour, colour, line_width * 0.5, 0, 0, 1 };
	canvas_move(p->c, tip[0], tip[1]);
	canvas_line(p->c, tip[0] - dx * head - dy * hw,
		    tip[1] - dy * head + dx * hw);
	canvas_line(p->c, tip[0] - dx * head * 0.78, tip[1] - dy * head * 0.78);
	canvas_line(p->c, tip[0] - dx * head + dy * hw,
		    tip[1] - dy * head - dx * hw);
	canvas_close(p->c);
	canvas_paint(p->c, &fill);
}

dg_card dg_card_in_circle(const dg_part *part, double cx, double cy,
			  double r)
{
	/* a box of about 1.6 : 1 whose corners stay 6% inside the circle */
	double ri = r * 0.94, a = 34.0 * DG_PI / 180.0;
	dg_card c = { .part = part };
	c.w = 2 * ri * cos(a);
	c.h = 2 * ri * sin(a);
	c.x = cx - c.w / 2;
	c.y = cy - c.h / 2;
	c.shape.in_circle = 1;
	c.shape.cx = cx, c.shape.cy = cy, c.shape.r = r;
	return c;
}

dg_card dg_card_in_rect(const dg_part *part, double x, double y, double w,
			double h, double pad)
{
	dg_card c = { .part = part };
	c.x = x + pad, c.y = y + pad;
	c.w = fmax(0, w - 2 * pad), c.h = fmax(0, h - 2 * pad);
	c.shape.in_frame = 1;
	c.shape.frame[0] = x, c.shape.frame[1] = y;
	c.shape.frame[2] = w, c.shape.frame[3] = h;
	return c;
}

/* The room between a card's naam and its uitleg. */
static double gap(const dg_card *c, const textfit *uitleg)
{
	return c->part->uitleg && c->part->naam ? 0.35 * uitleg->size : 0;
}

double dg_card_size(const dg_card *c, const dg_card_style *cs)
{
	return c->part->uitleg ? c->uitleg.size : c->naam.size / cs->name_scale;
}

double dg_card_text_height(const dg_card *c)
{
	return c->naam.height + gap(c, &c->uitleg) + c->uitleg.height;
}

void dg_card_move(dg_card *c, double x, double y, double w, double h,
		  double pad)
{
	dg_card moved = dg_card_in_rect(c->part, x, y, w, h, pad);
	c->x = moved.x, c->y = moved.y, c->w = moved.w, c->h = moved.h;
	c->shape = moved.shape;
}

static textfit_style text_style(const diag_pos *at, int face, int hyphens,
				double size)
{
	return (textfit_style){ 1, face, size, 0, 1.2, hyphens, 1, at->file,
				at->line };
}

/* Sets card c at size (of the uitleg) in a; its status. The status of
 * the naam goes to *naam_failed. With balance, lines that fit are
 * evened out. */
static textfit_status set_card(dg_pen *p, arena *a, dg_card *c, double size,
			       const dg_card_style *cs, int balance,
			       int *naam_failed)
{
	const dg_part *pt = c->part;
	double ns = size * cs->name_scale;
	textfit_style st = text_style(&pt->naam_at, cs->name_face, 0, ns);
	memset(&c->uitleg, 0, sizeof c->uitleg);
	textfit_status s = textfit_set(p->ts, a, pt->naam, &st, ns, c->w,
				       c->h, &c->naam);
	*naam_failed = s != TEXTFIT_OK;
	if (s == TEXTFIT_OK && balance)
		textfit_balance(p->ts, a, pt->naam, &st, &c->naam);
	if (s != TEXTFIT_OK || !pt->uitleg)
		return s;
	st = text_style(&pt->uitleg_at, FACE_REGULAR, 0, size);
	double room = c->h - c->naam.height - 0.35 * size;
	s = textfit_set(p->ts, a, pt->uitleg, &st, size, c->w, room,
			&c->uitleg);
	if (s == TEXTFIT_OK && balance)
		textfit_balance(p->ts, a, pt->uitleg, &st, &c->uitleg);
	return s;
}

/* Do all cards fit at size? Tried in scratch, leaving no counts. */
static int cards_fit(dg_pen *p, dg_card *cards, size_t n, double size,
		     const dg_card_style *cs)
{
	arena scratch;
	arena_init(&scratch, 16384);
	typeset *ts = p->ts;
	int lines = ts->lines, hyphens = ts->hyphens, overfull = ts->overfull;
	int ok = 1, naam_failed;
	for (size_t i = 0; ok && i < n; i++) {
		dg_card c = cards[i];
		ok = set_card(p, &scratch, &c, size, cs, 0, &naam_failed) ==
		     TEXTFIT_OK;
	}
	ts->lines = lines, ts->hyphens = hyphens, ts->overfull = overfull;
	arena_free(&scratch);
	return ok;
}

/* At most 40 bytes of s, cut at a character boundary, with "..." when
 * cut. */
static void quote(char *out, size_t len, const char *s)
{
	size_t n = strlen(s);
	if (n <= 40) {
		snprintf(out, len, "%s", s);
		return;
	}
	n = 40;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	snprintf(out, len, "%.*s...", (int)n, s);
}

static void fail(dg_pen *p, const dg_card *c, int naam_failed,
		 textfit_status s)
{
	const dg_part *pt = c->part;
	const char *text = naam_failed ? pt->naam : pt->uitleg;
	char q[64];
	quote(q, sizeof q, text);
	p->e->at = naam_failed ? pt->naam_at : pt->uitleg_at;
	snprintf(p->e->message, sizeof p->e->message,
		 "diagram '%s': '%s' %s zijn plek (%.0f x %.0f pt), zelfs op "
		 "%.1f pt, in een vak van %.0f x %.0f pt; maak het korter",
		 p->d->name, q, s == TEXTFIT_TOO_WIDE ?
		 "heeft een woord te breed voor" : "is te lang voor",
		 c->w, c->h, DIAGRAM_MIN_SIZE, p->w, p->h);
}

int dg_fit_cards(dg_pen *p, dg_card *cards, size_t n,
		 const dg_card_style *cs)
{
	double max = fmax(fmax(cs->max_size, p->floor), DIAGRAM_MIN_SIZE);
	double range = max - DIAGRAM_MIN_SIZE;
	int last = (int)ceil(range / TEXTFIT_STEP - 1e-6), good = -1;
#define SIZE(k) ((k) >= last ? DIAGRAM_MIN_SIZE : max - (k) * TEXTFIT_STEP)
	if (cards_fit(p, cards, n, max, cs)) {
		good = 0;
	} else if (last > 0 && cards_fit(p, cards, n, DIAGRAM_MIN_SIZE, cs)) {
		int bad = 0;
		good = last;
		while (good - bad > 1) {
			int mid = (good + bad) / 2;
			if (cards_fit(p, cards, n, SIZE(mid), cs))
				good = mid;
			else
				bad = mid;
		}
	}
	double size = good < 0 ? DIAGRAM_MIN_SIZE : SIZE(good);
#undef SIZE
	for (size_t i = 0; i < n; i++) {
		int naam_failed;
		textfit_status s = set_card(p, p->a, &cards[i], size, cs, 1,
					    &naam_failed);
		if (s != TEXTFIT_OK) {
			fail(p, &cards[i], naam_failed, s);
			return -1;
		}
	}
	return 0;
}

static void record(dg_pen *p, const dg_card *c, const textfit *f,
		   const textfit_place *pl, const char *text)
{
	diagram_text *t = arena_alloc(p->a, sizeof *t);
	*t = c->shape;
	double b[4];
	textfit_bounds(f, pl, b);
	t->text = text;
	t->size = f->size;
	t->x = b[0], t->y = b[1], t->w = b[2], t->h = b[3];
	ptrvec_push(p->a, &p->texts, t);
}

void dg_place_cards(dg_pen *p, const dg_card *cards, size_t n,
		    const dg_card_style *cs)
{
	double tallest = 0;
	for (size_t i = 0; i < n; i++)
		tallest = fmax(tallest, dg_card_text_height(&cards[i]));
	for (size_t i = 0; i < n; i++) {
		const dg_card *c = &cards[i];
		double g = gap(c, &c->uitleg);
		double block = cs->same_top ? tallest : dg_card_text_height(c);
		double top = c->y;
		if (cs->valign == TEXTFIT_MIDDLE)
			top += (c->h - block) / 2;
		else if (cs->valign == TEXTFIT_BOTTOM)
			top += c->h - block;
		textfit_place pl = { c->x, top, c->w, c->naam.height,
				     cs->halign, TEXTFIT_TOP };
		record(p, c, &c->naam, &pl, c->part->naam);
		if (p->c)
			textfit_draw(p->c, &c->naam, &pl, c->name_colour ?
				     c->name_colour : cs->name_colour);
		if (!c->part->uitleg)
			continue;
		pl.y = top + c->naam.height + g;
		pl.h = c->uitleg.height;
		record(p, c, &c->uitleg, &pl, c->part->uitleg);
		if (p->c)
			textfit_draw(p->c, &c->uitleg, &pl, cs->text_colour);
	}
}
