/* backend.h - what a canvas backend implements (pdf.c, svg.c).
 *
 * canvas.c keeps the page and path state and turns shapes and arcs into
 * path segments, so a backend only draws segments, text and images, and
 * records links. Coordinates arrive as in canvas.h: points, y down, with
 * the origin already applied. */
#ifndef COACHKIT_CANVAS_BACKEND_H
#define COACHKIT_CANVAS_BACKEND_H

#include "canvas.h"
#include "layout/font.h"

typedef enum { SEG_MOVE, SEG_LINE, SEG_CURVE, SEG_CLOSE } canvas_seg_kind;

typedef struct canvas_seg {
	canvas_seg_kind kind;
	double          p[6];   /* x, y (move, line); x1 y1 x2 y2 x3 y3 */
} canvas_seg;

typedef struct canvas_backend {
	void (*free)(void *impl);
	int  (*save)(void *impl, const char *path, char *err, size_t errlen);
	int  (*font)(void *impl, const char *file, const char *family,
		     canvas_face face);
	void (*page_begin)(void *impl, double w, double h,
			   const canvas_trim *trim);
	void (*page_end)(void *impl);
	/* set: the text as its font sets it (ligatures and kerning), or
	 * NULL when the canvas has no measuring font for it */
	void (*text)(void *impl, int font, double size, uint32_t colour,
		     double x, double y, const char *s, size_t len,
		     const font_setting *set);
	void (*path)(void *impl, const canvas_seg *segs, size_t n,
		     const canvas_style *s);
	void (*image)(void *impl, const char *file, double x, double y,
		      double w, double h);
	void (*link_uri)(void *impl, double x, double y, double w, double h,
			 const char *uri);
	void (*link_dest)(void *impl, double x, double y, double w, double h,
			  const char *dest);
	void (*dest)(void *impl, const char *name, double y);
	void (*bookmark)(void *impl, int level, const char *title,
			 const char *dest);
	void (*page_label)(void *impl, int first, const char *prefix,
			   int roman);
	/* tagged PDF (canvas_tag_set()); NULL: ignored */
	void (*tag)(void *impl, canvas_tag *t);
	void (*tag_inline)(void *impl, const char *role);
	void (*word_space)(void *impl);
	/* the horizontal scale of the glyphs of the texts that follow
	 * (canvas_text_scale()); called only when it changes; NULL: the
	 * backend draws text unscaled */
	void (*text_scale)(void *impl, double factor);
} canvas_backend;

/* Made by each backend's constructor. */
canvas *canvas_new(const canvas_backend *b, void *impl);
/* The backend's own state, when c was made with b; else NULL. */
void   *canvas_impl(canvas *c, const canvas_backend *b);

/* Formats a number for PDF or SVG: at most 3 decimals, no trailing zeros,
 * always a '.', whatever the locale. Returns out. */
char *canvas_num(double v, char out[32]);

#endif
