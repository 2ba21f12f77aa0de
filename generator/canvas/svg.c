/* svg.c - the canvas as standalone SVG; see canvas.h.
 *
 * Text stays text (<text>, selectable and read by screen readers), images
 * are embedded as data: URIs so a file needs nothing else, and each page
 * becomes its own SVG document. Bookmarks and page labels have no SVG
 * form and are ignored. */
#include "backend.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/syserr.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct svg_font {
	const char *family;
	canvas_face face;
} svg_font;

typedef struct svg_impl {
	arena       a;
	canvas_info info;
	ptrvec      fonts;       /* svg_font* */
	ptrvec      pages;       /* buf*, each a whole SVG document */
	buf        *page;
	double      hscale;      /* canvas_text_scale() */
	char        error[256];
} svg_impl;

static void put_num(buf *b, double v)
{
	char n[32];
	buf_puts(b, canvas_num(v, n));
}

static void put_attr_num(buf *b, const char *name, double v)
{
	buf_printf(b, " %s=\"", name);
	put_num(b, v);
	buf_putc(b, '"');
}

static void put_colour(buf *b, const char *name, uint32_t c)
{
	if (c == CANVAS_NONE)
		buf_printf(b, " %s=\"none\"", name);
	else
		buf_printf(b, " %s=\"#%06x\"", name, c & 0xFFFFFFu);
}

static void svg_free(void *impl)
{
	svg_impl *s = impl;
	for (size_t i = 0; i < s->pages.len; i++) {
		buf_free(s->pages.items[i]);
		free(s->pages.items[i]);
	}
	arena_free(&s->a);
	free(s);
}

static int svg_font_add(void *impl, const char *file, const char *family,
			canvas_face face)
{
	svg_impl *s = impl;
	(void)file;
	svg_font *f = arena_alloc(&s->a, sizeof *f);
	f->family = arena_strdup(&s->a, family ? family : "sans-serif");
	f->face = face;
	ptrvec_push(&s->a, &s->fonts, f);
	return (int)s->fonts.len - 1;
}

static void svg_page_begin(void *impl, double w, double h,
			   const canvas_trim *trim)
{
	svg_impl *s = impl;
	(void)trim;
	buf *b = xmalloc(sizeof *b);
	*b = (buf)BUF_INIT;
	ptrvec_push(&s->a, &s->pages, b);
	s->page = b;
	buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		 "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
	if (s->info.language) {
		buf_puts(b, " xml:lang=\"");
		buf_put_html(b, s->info.language, strlen(s->info.language));
		buf_putc(b, '"');
	}
	buf_puts(b, " width=\"");
	put_num(b, w);
	buf_puts(b, "pt\" height=\"");
	put_num(b, h);
	buf_puts(b, "pt\" viewBox=\"0 0 ");
	put_num(b, w);
	buf_putc(b, ' ');
	put_num(b, h);
	buf_puts(b, "\">\n");
	if (s->info.title) {
		buf_puts(b, "<title>");
		buf_put_html(b, s->info.title, strlen(s->info.title));
		buf_puts(b, "</title>\n");
	}
}

static void svg_page_end(void *impl)
{
	svg_impl *s = impl;
	buf_puts(s->page, "</svg>\n");
	s->page = NULL;
}

/* The letters stay letters (the browser sets its ligatures and kerning
 * with the same font, as the layout measured them), so set is not used. */
static void svg_text(void *impl, int font, double size, uint32_t colour,
		     double x, double y, const char *str, size_t len,
		     const font_setting *set)
{
	svg_impl *s = impl;
	(void)set;
	buf *b = s->page;
	const svg_font *f = font >= 0 && (size_t)font < s->fonts.len ?
		s->fonts.items[font] : NULL;
	buf_puts(b, "<text");
	put_attr_num(b, "x", x);
	put_attr_num(b, "y", y);
	buf_puts(b, " font-family=\"");
	if (f)
		buf_put_html(b, f->family, strlen(f->family));
	buf_puts(b, ", sans-serif\"");
	put_attr_num(b, "font-size", size);
	if (f && (f->face & CANVAS_BOLD))
		buf_puts(b, " font-weight=\"bold\"");
	if (f && (f->face & CANVAS_ITALIC))
		buf_puts(b, " font-style=\"italic\"");
	put_colour(b, "fill", colour);
	if (s->hscale != 1) {   /* scaled about the text's start */
		buf_puts(b, " transform=\"matrix(");
		put_num(b, s->hscale);
		buf_puts(b, " 0 0 1 ");
		put_num(b, x * (1 - s->hscale));
		buf_puts(b, " 0)\"");
	}
	buf_puts(b, " xml:space=\"preserve\">");
	buf_put_html(b, str, len);
	buf_puts(b, "</text>\n");
}

/* Font expansion: a transform on each text it applies to. */
static void svg_text_scale(void *impl, double factor)
{
	((svg_impl *)impl)->hscale = factor;
}

static void put_points(buf *b, const double *p, int n)
{
	for (int i = 0; i < n; i++) {
		buf_putc(b, ' ');
		put_num(b, p[i]);
	}
}

static void svg_path(void *impl, const canvas_seg *segs, size_t n,
		     const canvas_style *st)
{
	buf *b = ((svg_impl *)impl)->page;
	buf_puts(b, "<path d=\"");
	for (size_t i = 0; i < n; i++) {
		static const char cmd[] = { 'M', 'L', 'C', 'Z' };
		buf_putc(b, cmd[segs[i].kind]);
		put_points(b, segs[i].p, segs[i].kind == SEG_CURVE ? 6 :
			   segs[i].kind == SEG_CLOSE ? 0 : 2);
	}
	buf_putc(b, '"');
	put_colour(b, "fill", st->fill);
	put_colour(b, "stroke", st->stroke);
	if (st->stroke != CANVAS_NONE) {
		put_attr_num(b, "stroke-width", st->line_width);
		if (st->dash_on > 0) {
			buf_puts(b, " stroke-dasharray=\"");
			put_num(b, st->dash_on);
			buf_putc(b, ' ');
			put_num(b, st->dash_off);
			buf_putc(b, '"');
		}
		if (st->round_caps)
			buf_puts(b, " stroke-linecap=\"round\" "
				 "stroke-linejoin=\"round\"");
	}
	buf_puts(b, "/>\n");
}

static void put_base64(buf *b, const unsigned char *d, size_t n)
{
	static const char t[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)d[i] << 16;
		if (i + 1 < n)
			v |= (unsigned)d[i + 1] << 8;
		if (i + 2 < n)
			v |= d[i + 2];
		char out[4] = { t[v >> 18], t[(v >> 12) & 63],
				i + 1 < n ? t[(v >> 6) & 63] : '=',
				i + 2 < n ? t[v & 63] : '=' };
		buf_put(b, out, 4);
	}
}

static void svg_image(void *impl, const char *file, double x, double y,
		      double w, double h)
{
	svg_impl *s = impl;
	buf data = BUF_INIT;
	if (fs_read(file, &data) < 0) {
		if (!s->error[0])
			snprintf(s->error, sizeof s->error, "kan de "
				 "afbeelding %s niet lezen: %s", file,
				 syserr_text(errno));
		buf_free(&data);
		return;
	}
	int png = path_has_suffix(file, ".png");
	buf *b = s->page;
	buf_puts(b, "<image");
	put_attr_num(b, "x", x);
	put_attr_num(b, "y", y);
	put_attr_num(b, "width", w);
	put_attr_num(b, "height", h);
	buf_printf(b, " preserveAspectRatio=\"none\" href=\"data:image/%s;"
		   "base64,", png ? "png" : "jpeg");
	put_base64(b, (const unsigned char *)data.data, data.len);
	buf_puts(b, "\"/>\n");
	buf_free(&data);
}

static void put_link(buf *b, double x, double y, double w, double h,
		     const char *prefix, const char *target)
{
	buf_printf(b, "<a href=\"%s", prefix);
	buf_put_html(b, target, strlen(target));
	buf_puts(b, "\"><rect");
	put_attr_num(b, "x", x);
	put_attr_num(b, "y", y);
	put_attr_num(b, "width", w);
	put_attr_num(b, "height", h);
	buf_puts(b, " fill=\"transparent\"/></a>\n");
}

static void svg_link_uri(void *impl, double x, double y, double w, double h,
			 const char *uri)
{
	put_link(((svg_impl *)impl)->page, x, y, w, h, "", uri);
}

static void svg_link_dest(void *impl, double x, double y, double w,
			  double h, const char *dest)
{
	put_link(((svg_impl *)impl)->page, x, y, w, h, "#", dest);
}

static void svg_dest(void *impl, const char *name, double y)
{
	buf *b = ((svg_impl *)impl)->page;
	buf_puts(b, "<g id=\"");
	buf_put_html(b, name, strlen(name));
	buf_puts(b, "\" transform=\"translate(0 ");
	put_num(b, y);
	buf_puts(b, ")\"/>\n");
}

static void svg_bookmark(void *impl, int level, const char *title,
			 const char *dest)
{
	(void)impl, (void)level, (void)title, (void)dest;
}

static void svg_page_label(void *impl, int first, const char *prefix,
			   int roman)
{
	(void)impl, (void)first, (void)prefix, (void)roman;
}

/* path for page n (0-based): "x.svg", "x-2.svg", ... */
static char *page_path(arena *a, const char *path, size_t n)
{
	if (n == 0)
		return arena_strdup(a, path);
	const char *dot = strrchr(path, '.');
	const char *slash = strrchr(path, '/');
	if (!dot || (slash && dot < slash))
		return arena_printf(a, "%s-%zu", path, n + 1);
	return arena_printf(a, "%.*s-%zu%s", (int)(dot - path), path, n + 1,
			    dot);
}

static int svg_save(void *impl, const char *path, char *err, size_t errlen)
{
	svg_impl *s = impl;
	for (size_t i = 0; !s->error[0] && i < s->pages.len; i++) {
		const buf *b = s->pages.items[i];
		const char *file = page_path(&s->a, path, i);
		if (fs_write(file, b->data, b->len) < 0)
			snprintf(s->error, sizeof s->error, "kan %s niet "
				 "schrijven: %s", file, syserr_text(errno));
	}
	if (s->error[0]) {
		snprintf(err, errlen, "%s", s->error);
		return -1;
	}
	return 0;
}

static const canvas_backend svg_backend = {
	svg_free, svg_save, svg_font_add, svg_page_begin, svg_page_end,
	svg_text, svg_path, svg_image, svg_link_uri, svg_link_dest,
	svg_dest, svg_bookmark, svg_page_label,
	NULL, NULL, NULL, svg_text_scale,
};

const char *canvas_svg_page(canvas *c, int page, size_t *len)
{
	svg_impl *s = canvas_impl(c, &svg_backend);
	if (!s || page < 0 || (size_t)page >= s->pages.len ||
	    s->pages.items[page] == s->page)
		return NULL;
	const buf *b = s->pages.items[page];
	const char *svg = strstr(b->data, "<svg");
	*len = b->len - (size_t)(svg - b->data);
	return svg;
}

canvas *canvas_svg_new(const canvas_info *info)
{
	svg_impl *s = xmalloc(sizeof *s);
	memset(s, 0, sizeof *s);
	arena_init(&s->a, 0);
	s->hscale = 1;
	if (info) {
		s->info.title = info->title ?
			arena_strdup(&s->a, info->title) : NULL;
		s->info.language = info->language ?
			arena_strdup(&s->a, info->language) : NULL;
	}
	return canvas_new(&svg_backend, s);
}
