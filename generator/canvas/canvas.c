/* canvas.c - page and path state shared by the backends; see canvas.h. */
#include "backend.h"
#include "util/arena.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

struct canvas {
	const canvas_backend *b;
	void       *impl;
	canvas_seg *segs;
	size_t      n_segs, cap_segs;
	int         pages, in_page, have_point;
	int        *font_ids;   /* canvas font id -> backend font id */
	const font **setting;   /* canvas font id -> measuring font, or NULL */
	int         n_fonts;
	font_setting set;       /* the text being drawn, as set */
	double      ox, oy, k;  /* canvas_transform(): page = o + k * point */
	double      hscale;     /* canvas_text_scale() */
	double      greek;      /* canvas_greek() */
	double      page_w;     /* the page's width */
};

void *canvas_impl(canvas *c, const canvas_backend *b)
{
	return c && c->b == b ? c->impl : NULL;
}

canvas *canvas_new(const canvas_backend *b, void *impl)
{
	canvas *c = xmalloc(sizeof *c);
	memset(c, 0, sizeof *c);
	c->k = 1;
	c->hscale = 1;
	c->b = b;
	c->impl = impl;
	return c;
}

void canvas_free(canvas *c)
{
	if (!c)
		return;
	c->b->free(c->impl);
	free(c->segs);
	free(c->font_ids);
	free(c->setting);
	font_setting_free(&c->set);
	free(c);
}

int canvas_save(canvas *c, const char *path, char *err, size_t errlen)
{
	if (c->in_page)
		canvas_page_end(c);
	return c->b->save(c->impl, path, err, errlen);
}

/* Ids count up from 0 in the order of registration, whatever the backend
 * does with a file registered twice. */
int canvas_font(canvas *c, const char *file, const char *family,
		canvas_face face)
{
	int id = c->b->font(c->impl, file, family, face);
	if (id < 0)
		return -1;
	c->font_ids = xrealloc(c->font_ids, (size_t)(c->n_fonts + 1) *
			       sizeof *c->font_ids);
	c->font_ids[c->n_fonts] = id;
	c->setting = xrealloc(c->setting, (size_t)(c->n_fonts + 1) *
			      sizeof *c->setting);
	c->setting[c->n_fonts] = NULL;
	return c->n_fonts++;
}

void canvas_font_setting(canvas *c, int id, const font *f)
{
	if (id >= 0 && id < c->n_fonts)
		c->setting[id] = f;
}

void canvas_page_begin(canvas *c, double width, double height,
		       const canvas_trim *trim)
{
	if (c->in_page)
		canvas_page_end(c);
	c->ox = c->oy = 0;
	c->k = 1;
	c->page_w = width;
	c->b->page_begin(c->impl, width, height, trim);
	c->in_page = 1;
	c->pages++;
}

void canvas_page_end(canvas *c)
{
	if (!c->in_page)
		return;
	c->b->page_end(c->impl);
	c->in_page = 0;
	c->n_segs = 0;
}

int canvas_page_count(const canvas *c)
{
	return c->pages;
}

void canvas_origin(canvas *c, double dx, double dy)
{
	canvas_transform(c, dx, dy, 1);
}

void canvas_transform(canvas *c, double dx, double dy, double scale)
{
	c->ox = dx;
	c->oy = dy;
	c->k = scale > 0 ? scale : 1;
}

static double tx(const canvas *c, double x)
{
	return c->ox + c->k * x;
}

static double ty(const canvas *c, double y)
{
	return c->oy + c->k * y;
}

void canvas_greek(canvas *c, double fraction)
{
	c->greek = fraction > 0 && fraction < 1 ? fraction : 0;
}

/* A greeked text (canvas_greek()): a bar from the baseline's x-height
 * down to just above it, as wide as the text. */
static void greek_bar(canvas *c, const struct font *f, double size,
		      uint32_t colour, double x, double y, const char *utf8,
		      size_t len)
{
	double w = font_text_width(f, utf8, len, size) * c->hscale;
	double x0 = tx(c, x), x1 = tx(c, x + w);
	double y0 = ty(c, y - 0.5 * size), y1 = ty(c, y - 0.08 * size);
	canvas_seg bar[5] = {
		{ SEG_MOVE, { x0, y0 } }, { SEG_LINE, { x1, y0 } },
		{ SEG_LINE, { x1, y1 } }, { SEG_LINE, { x0, y1 } },
		{ SEG_CLOSE, { 0 } },
	};
	canvas_style s = { .fill = colour, .stroke = CANVAS_NONE };
	c->b->path(c->impl, bar, 5, &s);
}

void canvas_text(canvas *c, int font, double size, uint32_t colour,
		 double x, double y, const char *utf8, size_t len)
{
	if (!c->in_page || !len)
		return;
	int known = font >= 0 && font < c->n_fonts;
	const struct font *f = known ? c->setting[font] : NULL;
	if (f && c->greek > 0 && size * c->k < c->greek * c->page_w) {
		greek_bar(c, f, size, colour, x, y, utf8, len);
		return;
	}
	if (f)
		font_set_text(f, utf8, len, &c->set);
	c->b->text(c->impl, known ? c->font_ids[font] : -1, size * c->k,
		   colour, tx(c, x), ty(c, y), utf8, len, f ? &c->set : NULL);
}

void canvas_text_scale(canvas *c, double factor)
{
	if (!(factor >= 0.5 && factor <= 2))
		factor = 1;
	if (factor == c->hscale)
		return;
	c->hscale = factor;
	if (c->b->text_scale)   /* a backend may draw text unscaled */
		c->b->text_scale(c->impl, factor);
}

static void add_seg(canvas *c, canvas_seg_kind kind, const double *p, int n)
{
	if (c->n_segs == c->cap_segs) {
		c->cap_segs = c->cap_segs ? c->cap_segs * 2 : 32;
		c->segs = xrealloc(c->segs, c->cap_segs * sizeof *c->segs);
	}
	canvas_seg *s = &c->segs[c->n_segs++];
	s->kind = kind;
	memset(s->p, 0, sizeof s->p);
	for (int i = 0; i < n; i++)
		s->p[i] = i % 2 ? ty(c, p[i]) : tx(c, p[i]);
}

void canvas_move(canvas *c, double x, double y)
{
	double p[2] = { x, y };
	add_seg(c, SEG_MOVE, p, 2);
	c->have_point = 1;
}

void canvas_line(canvas *c, double x, double y)
{
	double p[2] = { x, y };
	add_seg(c, c->have_point ? SEG_LINE : SEG_MOVE, p, 2);
	c->have_point = 1;
}

void canvas_curve(canvas *c, double x1, double y1, double x2, double y2,
		  double x3, double y3)
{
	double p[6] = { x1, y1, x2, y2, x3, y3 };
	if (!c->have_point)
		canvas_move(c, x1, y1);
	add_seg(c, SEG_CURVE, p, 6);
}

/* One cubic Bézier for an arc of at most 90 degrees (angles in radians). */
static void arc_piece(canvas *c, double cx, double cy, double r, double a0,
		      double a1)
{
	double k = 4.0 / 3.0 * tan((a1 - a0) / 4.0);
	double x0 = cx + r * cos(a0), y0 = cy + r * sin(a0);
	double x3 = cx + r * cos(a1), y3 = cy + r * sin(a1);
	canvas_curve(c, x0 - k * r * sin(a0), y0 + k * r * cos(a0),
		     x3 + k * r * sin(a1), y3 - k * r * cos(a1), x3, y3);
}

void canvas_arc(canvas *c, double cx, double cy, double r, double from,
		double to)
{
	double a0 = from * M_PI / 180.0, a1 = to * M_PI / 180.0;
	double sx = cx + r * cos(a0), sy = cy + r * sin(a0);
	if (c->have_point)
		canvas_line(c, sx, sy);
	else
		canvas_move(c, sx, sy);
	int pieces = (int)ceil(fabs(a1 - a0) / (M_PI / 2.0) - 1e-9);
	if (pieces < 1)
		pieces = 1;
	double step = (a1 - a0) / pieces;
	for (int i = 0; i < pieces; i++)
		arc_piece(c, cx, cy, r, a0 + i * step, a0 + (i + 1) * step);
}

void canvas_close(canvas *c)
{
	add_seg(c, SEG_CLOSE, NULL, 0);
	c->have_point = 0;
}

void canvas_paint(canvas *c, const canvas_style *s)
{
	canvas_style scaled = *s;
	scaled.line_width *= c->k;
	scaled.dash_on *= c->k;
	scaled.dash_off *= c->k;
	if (c->in_page && c->n_segs)
		c->b->path(c->impl, c->segs, c->n_segs, &scaled);
	c->n_segs = 0;
	c->have_point = 0;
}

void canvas_rect(canvas *c, double x, double y, double w, double h,
		 double radius, const canvas_style *s)
{
	double r = fmin(radius, fmin(w, h) / 2.0);
	if (r <= 0) {
		canvas_move(c, x, y);
		canvas_line(c, x + w, y);
		canvas_line(c, x + w, y + h);
		canvas_line(c, x, y + h);
	} else {
		canvas_move(c, x + r, y);
		canvas_arc(c, x + w - r, y + r, r, -90, 0);
		canvas_arc(c, x + w - r, y + h - r, r, 0, 90);
		canvas_arc(c, x + r, y + h - r, r, 90, 180);
		canvas_arc(c, x + r, y + r, r, 180, 270);
	}
	canvas_close(c);
	canvas_paint(c, s);
}

void canvas_circle(canvas *c, double cx, double cy, double r,
		   const canvas_style *s)
{
	canvas_arc(c, cx, cy, r, 0, 360);
	canvas_close(c);
	canvas_paint(c, s);
}

void canvas_segment(canvas *c, double x1, double y1, double x2, double y2,
		    const canvas_style *s)
{
	canvas_move(c, x1, y1);
	canvas_line(c, x2, y2);
	canvas_paint(c, s);
}

void canvas_image(canvas *c, const char *file, double x, double y, double w,
		  double h)
{
	if (c->in_page)
		c->b->image(c->impl, file, tx(c, x), ty(c, y), w * c->k,
			    h * c->k);
}

void canvas_link_uri(canvas *c, double x, double y, double w, double h,
		     const char *uri)
{
	if (c->in_page)
		c->b->link_uri(c->impl, tx(c, x), ty(c, y), w * c->k,
			       h * c->k, uri);
}

void canvas_link_dest(canvas *c, double x, double y, double w, double h,
		      const char *dest)
{
	if (c->in_page)
		c->b->link_dest(c->impl, tx(c, x), ty(c, y), w * c->k,
				h * c->k, dest);
}

void canvas_dest(canvas *c, const char *name, double y)
{
	if (c->in_page)
		c->b->dest(c->impl, name, ty(c, y));
}

void canvas_bookmark(canvas *c, int level, const char *title,
		     const char *dest)
{
	c->b->bookmark(c->impl, level, title, dest);
}

void canvas_page_label(canvas *c, int first_page, const char *prefix,
		       int roman)
{
	c->b->page_label(c->impl, first_page, prefix ? prefix : "", roman);
}

void canvas_tag_set(canvas *c, canvas_tag *t)
{
	if (c->b->tag)
		c->b->tag(c->impl, t);
}

void canvas_word_space(canvas *c)
{
	if (c->in_page && c->b->word_space)
		c->b->word_space(c->impl);
}

void canvas_tag_inline(canvas *c, const char *role)
{
	if (c->b->tag_inline)
		c->b->tag_inline(c->impl, role);
}

char *canvas_num(double v, char out[32])
{
	long long scaled = llround(v * 1000.0);
	int neg = scaled < 0;
	unsigned long long a = (unsigned long long)(neg ? -scaled : scaled);
	unsigned long long whole = a / 1000, frac = a % 1000;
	int n = snprintf(out, 32, "%s%llu", neg && a ? "-" : "", whole);
	if (frac) {
		n += snprintf(out + n, 32 - (size_t)n, ".%03llu", frac);
		while (out[n - 1] == '0')
			out[--n] = '\0';
	}
	return out;
}
