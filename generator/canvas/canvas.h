/* canvas.h - the drawing surface every print product and diagram uses.
 *
 * A canvas is a sequence of pages of any size. Coordinates are points
 * (1/72 inch) with the origin at the top left of the page and y growing
 * downwards, as a layout engine thinks; backends convert. Two backends:
 * canvas_pdf_new() (libharu: embedded subset TrueType fonts, links,
 * bookmarks) and canvas_svg_new() (standalone SVG with real <text>).
 *
 * Drawing never fails in the middle: a backend records its first error
 * and canvas_save() reports it. Strings are UTF-8 and copied when kept. */
#ifndef COACHKIT_CANVAS_H
#define COACHKIT_CANVAS_H

#include <stddef.h>
#include <stdint.h>

typedef struct canvas canvas;

#define CANVAS_NONE 0xFFFFFFFFu      /* no fill or no stroke */
/* Registration colour, for crop marks: every ink of a print shop's
 * press (CMYK 100/100/100/100); black elsewhere. */
#define CANVAS_REGISTRATION 0x01000000u

/* What a PDF can hold (and libharu takes): a page's side from 3 to
 * 14,400 points, and type larger than 0 and up to 600 points. The PDF
 * canvas reports anything else as an error from canvas_save(); products
 * keep within these limits themselves. */
#define CANVAS_PAGE_MIN 3.0
#define CANVAS_PAGE_MAX 14400.0
#define CANVAS_TYPE_MAX 600.0

/* How a path or shape is painted. Colours are 0xRRGGBB. */
typedef struct canvas_style {
	uint32_t fill;
	uint32_t stroke;
	double   line_width;
	double   dash_on, dash_off;  /* both 0: a solid line */
	int      round_caps;         /* round line caps and joins */
} canvas_style;

/* A colour of the design and the process colour it prints as: cyan,
 * magenta, yellow and black, each 0 to 1 (canvas/colour.h). */
typedef struct canvas_ink {
	uint32_t rgb;
	double   cmyk[4];
} canvas_ink;

#define CANVAS_INKS_MAX 8

/* What the document says about itself. */
struct charset;

typedef struct canvas_info {
	const char *title, *author, *subject, *creator;
	const char *language;        /* "nl-NL" */
	/* PDF: the characters the document may draw (canvas/charset.h);
	 * NULL: any. Must outlive the canvas. */
	const struct charset *charset;
	/* PDF: when it was made, seconds since 1970 (UTC); 0: no date. */
	long long   date;
	/* PDF for a print shop: every colour set in CMYK (canvas/colour.h,
	 * with the inks given, copied; at most CANVAS_INKS_MAX) and an
	 * output intent for coated paper (FOGRA39). 0: RGB. */
	int         cmyk;
	const canvas_ink *inks;
	size_t      n_inks;
	/* PDF: a tagged PDF (canvas_tag_set()): a structure tree, marked
	 * content, /MarkInfo and the title shown in the reader's window */
	int tagged;
} canvas_info;

typedef enum { CANVAS_PLAIN, CANVAS_BOLD = 1, CANVAS_ITALIC = 2 } canvas_face;

canvas *canvas_pdf_new(const canvas_info *info);
canvas *canvas_svg_new(const canvas_info *info);
/* The layout as text: a line for each font, page, text (as its font
 * sets it, with its kerning), path (its bounding box), image, link,
 * destination, bookmark and page label, for golden tests (coachkit build
 * --dump-layout). */
canvas *canvas_dump_new(const canvas_info *info);
void    canvas_free(canvas *c);
/* Writes the document. PDF: one file. SVG: one file per page; pages after
 * the first get "-2", "-3", ... before the extension. 0, or -1 with a
 * message in err. */
int     canvas_save(canvas *c, const char *path, char *err, size_t errlen);

/* SVG canvases: the markup of page (0-based) as an <svg> element without
 * the XML declaration, for putting inline in HTML; valid until the canvas
 * is freed. NULL for another backend or a page not finished. */
const char *canvas_svg_page(canvas *c, int page, size_t *len);

/* Registers a TrueType font; returns its id for canvas_text(). family is
 * what SVG names (the PDF embeds the file). Call before drawing text. */
int  canvas_font(canvas *c, const char *file, const char *family,
		 canvas_face face);

/* Text in font id is drawn as the measuring font f (layout/font.h) sets
 * it, with its kerning and ligatures, so that it is as wide as f
 * measures it; f must outlive the canvas. Without it the letters are
 * drawn one after another, unkerned. */
struct font;
void canvas_font_setting(canvas *c, int id, const struct font *f);

/* Where the finished (trimmed) page lies on a larger sheet for a print
 * shop: the trim rectangle, and how far colour runs past it (bleed). */
typedef struct canvas_trim {
	double x, y, w, h;
	double bleed;
} canvas_trim;

/* Pages. trim, when not NULL, gives the PDF its TrimBox and BleedBox (the
 * trim grown by the bleed); marks may lie outside both. The origin is
 * reset to (0, 0). */
void canvas_page_begin(canvas *c, double width, double height,
		       const canvas_trim *trim);
void canvas_page_end(canvas *c);
int  canvas_page_count(const canvas *c);

/* Moves the origin: everything drawn afterwards on this page (text,
 * paths, images, links, destinations) is shifted by (dx, dy) points from
 * the page's top left. For drawing a card or a page at its place on a
 * larger sheet. */
void canvas_origin(canvas *c, double dx, double dy);
/* The same, and everything drawn is scaled by scale (> 0) about the new
 * origin: positions, text sizes, line widths and dashes. For putting a
 * page, smaller, on a sheet. */
void canvas_transform(canvas *c, double dx, double dy, double scale);

/* Text on a baseline starting at (x, y). The PDF keeps the first 64 KB of
 * a text or a bookmark title (libharu takes no longer string; so long a
 * line runs off any page). */
void canvas_text(canvas *c, int font, double size, uint32_t colour,
		 double x, double y, const char *utf8, size_t len);

/* Greeking, for a preview shown too small to read: from now on a text
 * smaller than fraction times the page's width (as drawn on the page) is
 * drawn as a bar in its colour, as long as the text and as high as its
 * lower-case letters (a text without a measuring font stays text). 0, the
 * start, draws every text as text. A poster's preview on the site is about
 * 20rem wide: 1/56 of its width greeks what would be under 6 px there,
 * and the browser has a shape to draw instead of a word to lay out. */
void canvas_greek(canvas *c, double fraction);

/* Font expansion: the glyphs of the text drawn from now on are factor
 * times as wide (from 0.5 to 2; anything else counts as 1), as pdfTeX
 * expands a justified line's letters; where a text starts and its size
 * stay. 1, the start, draws them as they are. PDF: the Tz operator; SVG:
 * a transform; the layout dump: "hscale FACTOR" after the text. */
void canvas_text_scale(canvas *c, double factor);

/* Paths: build with move/line/curve/arc/close, then paint. Angles are in
 * degrees, clockwise from the positive x axis (y points down). */
void canvas_move(canvas *c, double x, double y);
void canvas_line(canvas *c, double x, double y);
void canvas_curve(canvas *c, double x1, double y1, double x2, double y2,
		  double x3, double y3);
void canvas_arc(canvas *c, double cx, double cy, double r, double from,
		double to);
void canvas_close(canvas *c);
void canvas_paint(canvas *c, const canvas_style *s);

/* Shapes, built on paths. radius 0 gives square corners. */
void canvas_rect(canvas *c, double x, double y, double w, double h,
		 double radius, const canvas_style *s);
void canvas_circle(canvas *c, double cx, double cy, double r,
		   const canvas_style *s);
void canvas_segment(canvas *c, double x1, double y1, double x2, double y2,
		    const canvas_style *s);

/* A PNG or JPEG file placed in the box (x, y, w, h). */
void canvas_image(canvas *c, const char *file, double x, double y, double w,
		  double h);

/* Links: a box on the current page pointing at a URI or at a named
 * destination anywhere in the document (it may be created later). */
void canvas_link_uri(canvas *c, double x, double y, double w, double h,
		     const char *uri);
void canvas_link_dest(canvas *c, double x, double y, double w, double h,
		      const char *dest);
/* A named destination at height y on the current page. */
void canvas_dest(canvas *c, const char *name, double y);
/* An outline entry (bookmark) at level 0, 1, 2 ... pointing at dest. */
void canvas_bookmark(canvas *c, int level, const char *title,
		     const char *dest);
/* Page labels from the page index (0-based) on: "" or a prefix. */
void canvas_page_label(canvas *c, int first_page, const char *prefix,
		       int roman);

/* An element of a tagged PDF's structure: its role, a standard structure
 * type as a string constant ("Sect", "H1".."H6", "P", "L", "LI", "Lbl",
 * "LBody", "BlockQuote", "Figure", "Table", "TR", "TD", "Div", ...), its
 * alternative text (a Figure's) or NULL, and the element it lies in
 * (NULL: the document). Made zeroed by whoever lays out, in memory that
 * lasts while content of it or of an element inside it is drawn; owner
 * and id are the canvas's own. */
typedef struct canvas_tag {
	const char        *role;
	const char        *alt;
	struct canvas_tag *parent;
	const void        *owner;
	int                id;
} canvas_tag;

/* What is drawn from now on is content of element t, which is made when
 * its content is first drawn, after what its parent holds by then: so
 * elements stand in the order their content is drawn, the reading order.
 * NULL: what is drawn is an artifact (running heads, folios, frames,
 * rules), as it is at the start of each page. Ignored unless the canvas
 * is a tagged PDF. */
void canvas_tag_set(canvas *c, canvas_tag *t);
/* A word space follows the text drawn next: a tagged PDF shows a space
 * after it (no ink), so that its text reads as words; the text after it
 * is placed where it is drawn all the same. */
void canvas_word_space(canvas *c);
/* What is drawn until the next canvas_tag_set() is a new element of role
 * role (a string constant: "Link") inside the current one; a link made
 * meanwhile is its annotation. */
void canvas_tag_inline(canvas *c, const char *role);

#endif
