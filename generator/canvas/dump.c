/* dump.c - the layout as text: a canvas backend that writes what it is
 * asked to draw, one line an operation, for golden tests of the layout
 * (coachkit build --dump-layout). See canvas_dump_new() in canvas.h. */
#include "backend.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/syserr.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct dump_impl {
	buf   out;
	int   fonts;
	double hscale;   /* canvas_text_scale() */
	char  error[200];
} dump_impl;

static void num(buf *b, double v)
{
	char s[32];
	buf_putc(b, ' ');
	buf_puts(b, canvas_num(v, s));
}

/* A text, quoted, its control characters as '?'. */
static void quoted(buf *b, const char *s, size_t len)
{
	buf_puts(b, " '");
	for (size_t i = 0; i < len; i++)
		buf_putc(b, (unsigned char)s[i] < 0x20 ? '?' : s[i]);
	buf_putc(b, '\'');
}

/* A colour: " #rrggbb", or " registration" (all inks). */
static void colour(buf *b, uint32_t c)
{
	if (c == CANVAS_REGISTRATION)
		buf_puts(b, " registration");
	else
		buf_printf(b, " #%06x", (unsigned)c);
}

static void dump_free(void *impl)
{
	dump_impl *d = impl;
	buf_free(&d->out);
	free(d);
}

static int dump_save(void *impl, const char *path, char *err, size_t n)
{
	dump_impl *d = impl;
	if (fs_write(path, d->out.data ? d->out.data : "", d->out.len) < 0) {
		snprintf(err, n, "kan %s niet schrijven: %s", path,
			 syserr_text(errno));
		return -1;
	}
	return 0;
}

static int dump_font(void *impl, const char *file, const char *family,
		     canvas_face face)
{
	dump_impl *d = impl;
	buf_printf(&d->out, "font %d '%s'%s%s\n", d->fonts, family ? family :
		   path_basename(file), face & CANVAS_BOLD ? " bold" : "",
		   face & CANVAS_ITALIC ? " italic" : "");
	return d->fonts++;
}

static void dump_page_begin(void *impl, double w, double h,
			    const canvas_trim *trim)
{
	buf *b = &((dump_impl *)impl)->out;
	buf_puts(b, "page");
	num(b, w);
	num(b, h);
	if (trim) {
		buf_puts(b, " trim");
		num(b, trim->x);
		num(b, trim->y);
		num(b, trim->w);
		num(b, trim->h);
		num(b, trim->bleed);
	}
	buf_putc(b, '\n');
}

static void dump_page_end(void *impl)
{
	buf_puts(&((dump_impl *)impl)->out, "end\n");
}

/* The kerning of a set text: " kern" and, for each adjustment, the
 * index of the character it comes before (0-based, in characters of the
 * text as set) and its size in thousandths of an em, "1:-20". */
static void kerning(buf *b, const font_setting *set)
{
	if (!set->nkern)
		return;
	buf_puts(b, " kern");
	size_t chars = 0, at = 0;
	for (size_t i = 0; i < set->nkern; i++) {
		for (; at < set->kern[i].at; at++)
			chars += ((unsigned char)set->text.data[at] & 0xC0) !=
				 0x80;
		buf_printf(b, " %zu:%d", chars, set->kern[i].adjust);
	}
}

/* A text: its font, size, colour and place, the text as set (with its
 * ligatures), and its kerning. */
static void dump_text(void *impl, int font, double size, uint32_t c,
		      double x, double y, const char *s, size_t len,
		      const font_setting *set)
{
	buf *b = &((dump_impl *)impl)->out;
	buf_printf(b, "text f%d", font);
	num(b, size);
	colour(b, c);
	num(b, x);
	num(b, y);
	if (set)
		quoted(b, set->text.data, set->text.len);
	else
		quoted(b, s, len);
	if (set)
		kerning(b, set);
	if (((dump_impl *)impl)->hscale != 1) {
		buf_puts(b, " hscale");
		num(b, ((dump_impl *)impl)->hscale);
	}
	buf_putc(b, '\n');
}

/* Font expansion: shown after each text it applies to. */
static void dump_text_scale(void *impl, double factor)
{
	((dump_impl *)impl)->hscale = factor;
}

static void dump_path(void *impl, const canvas_seg *segs, size_t n,
		      const canvas_style *s)
{
	buf *b = &((dump_impl *)impl)->out;
	double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < (segs[i].kind == SEG_CURVE ? 3 :
				     segs[i].kind == SEG_CLOSE ? 0 : 1); k++) {
			double x = segs[i].p[2 * k], y = segs[i].p[2 * k + 1];
			x0 = x < x0 ? x : x0;
			y0 = y < y0 ? y : y0;
			x1 = x > x1 ? x : x1;
			y1 = y > y1 ? y : y1;
		}
	buf_printf(b, "path %zu", n);
	if (n) {
		num(b, x0);
		num(b, y0);
		num(b, x1);
		num(b, y1);
	}
	if (s->fill != CANVAS_NONE) {
		buf_puts(b, " fill");
		colour(b, s->fill);
	}
	if (s->stroke != CANVAS_NONE) {
		buf_puts(b, " stroke");
		colour(b, s->stroke);
		num(b, s->line_width);
	}
	buf_putc(b, '\n');
}

static void dump_image(void *impl, const char *file, double x, double y,
		       double w, double h)
{
	buf *b = &((dump_impl *)impl)->out;
	buf_printf(b, "image '%s'", path_basename(file));
	num(b, x);
	num(b, y);
	num(b, w);
	num(b, h);
	buf_putc(b, '\n');
}

static void dump_link(buf *b, const char *kind, double x, double y, double w,
		      double h, const char *to)
{
	buf_puts(b, kind);
	num(b, x);
	num(b, y);
	num(b, w);
	num(b, h);
	buf_printf(b, " %s\n", to);
}

static void dump_link_uri(void *impl, double x, double y, double w, double h,
			  const char *uri)
{
	dump_link(&((dump_impl *)impl)->out, "link", x, y, w, h, uri);
}

static void dump_link_dest(void *impl, double x, double y, double w,
			   double h, const char *dest)
{
	dump_link(&((dump_impl *)impl)->out, "goto", x, y, w, h, dest);
}

static void dump_dest(void *impl, const char *name, double y)
{
	buf *b = &((dump_impl *)impl)->out;
	buf_printf(b, "dest %s", name);
	num(b, y);
	buf_putc(b, '\n');
}

static void dump_bookmark(void *impl, int level, const char *title,
			  const char *dest)
{
	buf *b = &((dump_impl *)impl)->out;
	buf_printf(b, "bookmark %d", level);
	quoted(b, title, strlen(title));
	buf_printf(b, " %s\n", dest);
}

static void dump_page_label(void *impl, int first, const char *prefix,
			    int roman)
{
	buf_printf(&((dump_impl *)impl)->out, "label %d '%s'%s\n", first,
		   prefix ? prefix : "", roman ? " roman" : "");
}

static const canvas_backend dump_backend = {
	dump_free, dump_save, dump_font, dump_page_begin, dump_page_end,
	dump_text, dump_path, dump_image, dump_link_uri, dump_link_dest,
	dump_dest, dump_bookmark, dump_page_label,
	NULL, NULL, NULL, dump_text_scale,
};

canvas *canvas_dump_new(const canvas_info *info)
{
	dump_impl *d = xmalloc(sizeof *d);
	memset(d, 0, sizeof *d);
	d->out = (buf)BUF_INIT;
	d->hscale = 1;
	if (info && info->title)
		buf_printf(&d->out, "document '%s'\n", info->title);
	return canvas_new(&dump_backend, d);
}
