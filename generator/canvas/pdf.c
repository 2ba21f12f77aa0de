/* pdf.c - the canvas on libharu; see canvas.h.
 *
 * Fonts are embedded as subset CID TrueType with UTF-8 encoding. Internal
 * links and bookmarks name destinations that may lie ahead, so they are
 * kept until canvas_save() and resolved then. libharu has no call for
 * /Lang or TrimBox, so those go into the dictionaries directly, and the
 * ToUnicode map it writes for a UTF-8 font is its encoding CMap, which
 * readers reject; it is rewritten as the identity it should be (with the
 * ligatures standing for their letters). Text set with kerning is shown
 * with a TJ array, which libharu has no call for either (show_set()).
 *
 * libharu keeps every page until it saves the document, and compresses
 * the pages' content only then; a finished page's content is compressed
 * at once here (pack_page()), so a long document holds a fifth of it. */
#include "backend.h"
#include "charset.h"
#include "pdf_tags.h"
#include "util/utf8.h"
#include "image.h"
#include "pdf_meta.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/strmap.h"

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

typedef struct pdf_font {
	const char *file;
	HPDF_Font   font;         /* NULL until text uses it */
	int         bad;          /* it could not be loaded (reported) */
} pdf_font;

typedef struct pdf_link {
	int         page;
	HPDF_Rect   rect;
	const char *dest;
	int         elem;         /* its structure element (pdf_tags.h) */
} pdf_link;

typedef struct pdf_dest {
	int    page;
	double y;         /* PDF units, from the bottom */
} pdf_dest;

/* The longest string libharu takes (HPDF_LIMIT_MAX_STRING_LEN); a text
 * or a bookmark title that long runs off any page or panel, so what is
 * past it is left out rather than failing the whole document. */
#define PDF_STRING_MAX 65535

/* The length of s[0, len) cut to at most PDF_STRING_MAX bytes, at the
 * start of a UTF-8 character. */
static size_t pdf_cut(const char *s, size_t len)
{
	if (len <= PDF_STRING_MAX)
		return len;
	size_t n = PDF_STRING_MAX;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

typedef struct pdf_mark {
	int         level;
	const char *title, *dest;
} pdf_mark;

typedef struct pdf_impl {
	arena      a;
	HPDF_Doc   doc;
	HPDF_Page  page;
	double     height;       /* of the current page */
	ptrvec     pages;        /* HPDF_Page */
	ptrvec     fonts;        /* pdf_font* */
	const charset *charset;  /* the characters its fonts have, or NULL */
	ptrvec     links;        /* pdf_link* */
	ptrvec     marks;        /* pdf_mark* */
	strmap     dests;        /* name -> pdf_dest* */
	strmap     images;       /* file -> HPDF_Image */
	/* an open text object (BT) and its state, kept across the runs of
	 * text drawn one after another */
	int        in_text;
	int        font;         /* -1: none set yet */
	double     size;
	uint32_t   fill;
	buf        text;         /* the run being shown, NUL-terminated */
	pdf_meta   meta;         /* info, dates, colour model (pdf_meta.h) */
	pdf_tags  *tags;         /* a tagged PDF's structure, or NULL */
	int        space_next;   /* show the next text with a word space */
	/* the last link made in a tagged PDF: the boxes of the words of one
	 * Link element become one annotation */
	int        last_elem, last_page;
	HPDF_Rect  last_rect;
	HPDF_Annotation last_an; /* a URI link's, or */
	pdf_link  *last_link;    /* a link to a destination */
	double     hscale;       /* canvas_text_scale(): wanted */
	double     tz;           /* and in effect on tz_page */
	HPDF_Page  tz_page;
	char       error[256];
} pdf_impl;

static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void *ud)
{
	pdf_impl *p = ud;
	if (!p->error[0])
		snprintf(p->error, sizeof p->error, "fout 0x%04X in libharu "
			 "(detail %u)", (unsigned)code, (unsigned)detail);
}

static void fail(pdf_impl *p, const char *msg, const char *what)
{
	if (!p->error[0])
		snprintf(p->error, sizeof p->error, "%s: %s", msg, what);
}

static double y_of(const pdf_impl *p, double y)
{
	return p->height - y;
}

/* The colours, RGB or for a print shop CMYK (pdf_meta.h). */
static void set_fill(pdf_impl *p, uint32_t c)
{
	pdf_meta_fill(p->page, &p->meta, c);
}

static void set_stroke(pdf_impl *p, uint32_t c)
{
	pdf_meta_stroke(p->page, &p->meta, c);
}

/* Closes the open text object, before any other drawing. */
static void end_text(pdf_impl *p)
{
	if (p->in_text && p->page)
		HPDF_Page_EndText(p->page);
	p->in_text = 0;
}

/* In a tagged PDF, begins the marked content that what is drawn next
 * belongs to, if it is not open already (outside a text object). */
static void mark(pdf_impl *p)
{
	if (!p->tags || !pdf_tags_pending(p->tags))
		return;
	end_text(p);
	pdf_tags_mark(p->tags, p->page, (int)p->pages.len - 1);
}

static void pdf_free(void *impl)
{
	pdf_impl *p = impl;
	pdf_tags_free(p->tags);
	buf_free(&p->text);
	HPDF_Free(p->doc);
	arena_free(&p->a);
	free(p);
}

/* The ligatures U+FB00..U+FB04 stand for the letters they join, so that
 * text taken from the PDF reads "fi", not the ligature. */
static HPDF_STATUS write_ligatures(HPDF_Stream st)
{
	return HPDF_Stream_WriteStr(st, "5 beginbfchar\n"
		"<FB00> <00660066>\n<FB01> <00660069>\n<FB02> <0066006C>\n"
		"<FB03> <006600660069>\n<FB04> <00660066006C>\nendbfchar\n");
}

/* With the UTF-8 encoder a character's code is its UTF-16 value, so the
 * text it stands for is the code itself: one bfrange per high byte,
 * surrogates left out, at most 100 to a block as the CMap format wants;
 * the ligatures' range starts after them (write_ligatures()). */
static int write_to_unicode(HPDF_Font font)
{
	HPDF_Dict map = HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT);
	if (!map || !map->stream)
		return -1;
	HPDF_MemStream_FreeData(map->stream);
	HPDF_Stream st = map->stream;
	HPDF_STATUS ok = HPDF_Stream_WriteStr(st,
		"/CIDInit /ProcSet findresource begin\n12 dict begin\n"
		"begincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering "
		"(UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS "
		"def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>"
		"\nendcodespacerange\n");
	int hi[256], n = 0;
	for (int h = 0; h < 256; h++)
		if (h < 0xD8 || h > 0xDF)
			hi[n++] = h;
	char line[64];
	for (int i = 0; i < n && ok == HPDF_OK; i++) {
		if (i % 100 == 0) {
			snprintf(line, sizeof line, "%d beginbfrange\n",
				 n - i < 100 ? n - i : 100);
			ok = HPDF_Stream_WriteStr(st, line);
		}
		int lo = hi[i] == 0xFB ? 0x05 : 0x00;
		snprintf(line, sizeof line, "<%02X%02X> <%02XFF> <%02X%02X>\n",
			 hi[i], lo, hi[i], hi[i], lo);
		if (ok == HPDF_OK)
			ok = HPDF_Stream_WriteStr(st, line);
		if (ok == HPDF_OK && (i % 100 == 99 || i == n - 1))
			ok = HPDF_Stream_WriteStr(st, "endbfrange\n");
	}
	if (ok == HPDF_OK)
		ok = write_ligatures(st);
	if (ok == HPDF_OK)
		ok = HPDF_Stream_WriteStr(st, "endcmap\nCMapName currentdict "
			"/CMap defineresource pop\nend\nend\n");
	return ok == HPDF_OK ? 0 : -1;
}

/* Does the file start as a TrueType font does? */
static int is_truetype(const char *file)
{
	unsigned char tag[4];
	FILE *f = fopen(file, "rb");
	int ok = f && fread(tag, 1, 4, f) == 4 &&
		 ((tag[0] == 0 && tag[1] == 1 && tag[2] == 0 && tag[3] == 0) ||
		  !memcmp(tag, "true", 4));
	if (f)
		fclose(f);
	return ok;
}

/* Registers the font file; libharu loads it when text first uses it, as
 * loading one costs much (its character map is built for all of Unicode)
 * and many documents use only some of the faces. */
static int pdf_font_add(void *impl, const char *file, const char *family,
			canvas_face face)
{
	pdf_impl *p = impl;
	(void)family;
	(void)face;
	for (size_t i = 0; i < p->fonts.len; i++)
		if (!strcmp(((pdf_font *)p->fonts.items[i])->file, file))
			return (int)i;
	if (!is_truetype(file)) {
		fail(p, "kan het lettertype niet insluiten (geen leesbaar "
		     "TrueType-bestand)",
		     file);
		return -1;
	}
	pdf_font *f = arena_alloc(&p->a, sizeof *f);
	f->file = arena_strdup(&p->a, file);
	ptrvec_push(&p->a, &p->fonts, f);
	return (int)p->fonts.len - 1;
}

/* The libharu font of f, loaded on first use; NULL after reporting. */
static HPDF_Font font_of(pdf_impl *p, pdf_font *f)
{
	if (f->font || f->bad)
		return f->font;
	f->bad = 1;
	const char *name = HPDF_LoadTTFontFromFile(p->doc, f->file, HPDF_TRUE);
	HPDF_Font font = name ? HPDF_GetFont(p->doc, name, "UTF-8") : NULL;
	if (!font) {
		/* Say which file, rather than libharu's bare error number. */
		p->error[0] = '\0';
		fail(p, "kan het lettertype niet insluiten (geen leesbaar "
		     "TrueType-bestand)", f->file);
		return NULL;
	}
	if (write_to_unicode(font) < 0) {
		fail(p, "kan de ToUnicode-tabel van het lettertype niet "
		     "schrijven", f->file);
		return NULL;
	}
	f->bad = 0;
	return f->font = font;
}

/* TrimBox and BleedBox for print: libharu has no call for them. */
static HPDF_Box box_of(const pdf_impl *p, double x, double y, double w,
		       double h)
{
	HPDF_Box b = { (HPDF_REAL)x, (HPDF_REAL)y_of(p, y + h),
		       (HPDF_REAL)(x + w), (HPDF_REAL)y_of(p, y) };
	return b;
}

static void set_boxes(pdf_impl *p, const canvas_trim *t)
{
	HPDF_Box trim_box = box_of(p, t->x, t->y, t->w, t->h);
	HPDF_Box bleed_box = box_of(p, t->x - t->bleed, t->y - t->bleed,
				    t->w + 2 * t->bleed, t->h + 2 * t->bleed);
	HPDF_Dict_Add(p->page, "TrimBox",
		      HPDF_Box_Array_New(p->doc->mmgr, trim_box));
	HPDF_Dict_Add(p->page, "BleedBox",
		      HPDF_Box_Array_New(p->doc->mmgr, bleed_box));
}

static void pdf_page_begin(void *impl, double w, double h,
			   const canvas_trim *trim)
{
	pdf_impl *p = impl;
	end_text(p);
	if (!(w >= CANVAS_PAGE_MIN && w <= CANVAS_PAGE_MAX &&
	      h >= CANVAS_PAGE_MIN && h <= CANVAS_PAGE_MAX)) {
		char size[64];
		snprintf(size, sizeof size, "%g x %g pt", w, h);
		fail(p, "een paginaformaat dat een PDF niet aankan", size);
	}
	p->page = p->error[0] ? NULL : HPDF_AddPage(p->doc);
	if (!p->page)
		return;   /* the first error is kept for canvas_save() */
	HPDF_Page_SetWidth(p->page, (HPDF_REAL)w);
	HPDF_Page_SetHeight(p->page, (HPDF_REAL)h);
	p->height = h;
	ptrvec_push(&p->a, &p->pages, p->page);
	if (trim)
		set_boxes(p, trim);
}

/* Writes the filter of a content stream compressed by pack_page(), as
 * libharu writes the one it compresses itself. */
static HPDF_STATUS write_flate(HPDF_Dict dict, HPDF_Stream out)
{
	(void)dict;
	return HPDF_Stream_WriteStr(out, "/Filter [ /FlateDecode ]\012");
}

/* Deflates the page's content stream in place (as libharu would when
 * saving, at its default level), so that the document holds it small. */
static void pack_page(pdf_impl *p)
{
	HPDF_PageAttr attr = p->page->attr;
	HPDF_Dict contents = attr ? attr->contents : NULL;
	if (!contents || !contents->stream || contents->write_fn ||
	    !(contents->filter & HPDF_STREAM_FILTER_FLATE_DECODE))
		return;
	HPDF_Stream st = contents->stream;
	z_stream z;
	memset(&z, 0, sizeof z);
	if (deflateInit(&z, Z_DEFAULT_COMPRESSION) != Z_OK)
		return;
	buf out = BUF_INIT;
	unsigned char chunk[16384];
	HPDF_UINT n = HPDF_MemStream_GetBufCount(st);
	int rc = Z_OK;
	for (HPDF_UINT i = 0; i <= n && rc == Z_OK; i++) {
		HPDF_UINT len = 0;
		HPDF_BYTE *in = i < n ? HPDF_MemStream_GetBufPtr(st, i, &len) :
			NULL;
		z.next_in = in;
		z.avail_in = in ? len : 0;
		do {
			z.next_out = chunk;
			z.avail_out = sizeof chunk;
			rc = deflate(&z, i < n ? Z_NO_FLUSH : Z_FINISH);
			if (rc == Z_BUF_ERROR)
				rc = Z_OK;   /* nothing more to give yet */
			buf_put(&out, (char *)chunk, sizeof chunk - z.avail_out);
		} while (rc == Z_OK && (z.avail_out == 0 || i == n));
	}
	deflateEnd(&z);
	/* a stream of its size: libharu's grow by 4 KB */
	HPDF_Stream packed = rc == Z_STREAM_END ? HPDF_MemStream_New(
		p->doc->mmgr, out.len ? (HPDF_UINT)out.len : 1) : NULL;
	if (packed && HPDF_Stream_Write(packed, (HPDF_BYTE *)out.data,
					(HPDF_UINT)out.len) == HPDF_OK) {
		HPDF_Stream_Free(st);
		contents->stream = attr->stream = packed;
		contents->filter = HPDF_STREAM_FILTER_NONE;
		contents->write_fn = write_flate;
	} else if (packed) {
		HPDF_Stream_Free(packed);
	}
	buf_free(&out);
}

static void pdf_page_end(void *impl)
{
	pdf_impl *p = impl;
	end_text(p);
	if (p->tags && p->page)
		pdf_tags_page_end(p->tags, p->page);
	if (p->page && !p->error[0])
		pack_page(p);
	p->page = NULL;
}

/* Is every character of s in the document's character map? A character
 * that is not would print as a blank box: an error, not a silent one. */
static int drawable(pdf_impl *p, const char *s, size_t len)
{
	const char *q = s, *end = s + len;
	while (q < end) {
		if ((unsigned char)*q < 0x80) {
			q++;
			continue;
		}
		uint32_t cp = utf8_next(&q, end);
		if (cp < 0x10000 && !charset_has(p->charset, cp)) {
			char u[16];
			snprintf(u, sizeof u, "U+%04X", (unsigned)cp);
			fail(p, "een teken dat de build niet verwachtte (niet "
			     "in de tekenlijst)", u);
			return 0;
		}
	}
	return 1;
}

/* Appends the text's characters to out as the hex codes libharu's UTF-8
 * encoder writes (a character's UTF-16 value), with the kerning between
 * them as a TJ array: [<0056> 20 <006F>] TJ. 0, or -1 for a character
 * past the BMP (shown as libharu shows it instead). */
static int tj_array(const font_setting *set, int space, buf *out)
{
	const char *q = set->text.data, *end = q + set->text.len;
	size_t k = 0;
	buf_puts(out, "[<");
	while (q < end) {
		size_t at = (size_t)(q - set->text.data);
		for (; k < set->nkern && set->kern[k].at <= at; k++)
			if (set->kern[k].at == at && at > 0)
				buf_printf(out, "> %d <", -set->kern[k].adjust);
		uint32_t cp = (unsigned char)*q < 0x80 ?
			      (uint32_t)(unsigned char)*q++ : utf8_next(&q, end);
		if (cp > 0xFFFF)
			return -1;
		static const char hex[] = "0123456789ABCDEF";
		char code[4] = { hex[cp >> 12], hex[(cp >> 8) & 15],
				 hex[(cp >> 4) & 15], hex[cp & 15] };
		buf_put(out, code, 4);
	}
	if (space)   /* a tagged PDF's word space (pdf_tags.h) */
		buf_puts(out, "0020");
	buf_puts(out, ">] TJ\012");
	return 0;
}

/* Shows the text as its font sets it: ligatures, and the kerning in a TJ
 * array, which libharu has no call for, written into the content as
 * HPDF_Page_ShowText() writes its Tj. HPDF_Font_TextWidth() marks the
 * glyphs for embedding as ShowText does. 0, or -1 to show the letters
 * with libharu instead. */
static int show_set(pdf_impl *p, int font, double x, double y,
		    const font_setting *set, int space)
{
	HPDF_PageAttr attr = p->page->attr;
	HPDF_Font f = ((pdf_font *)p->fonts.items[font])->font;
	buf_clear(&p->text);
	if (set->text.len > PDF_STRING_MAX ||
	    tj_array(set, space, &p->text) < 0)
		return -1;
	HPDF_Font_TextWidth(f, (const HPDF_BYTE *)set->text.data,
			    (HPDF_UINT)set->text.len);
	if (space)
		HPDF_Font_TextWidth(f, (const HPDF_BYTE *)" ", 1);
	/* the text matrix stays a translation: Td from the line's start,
	 * as HPDF_Page_TextOut() moves */
	HPDF_Page_MoveTextPos(p->page, (HPDF_REAL)x - attr->text_matrix.x,
			      (HPDF_REAL)y_of(p, y) - attr->text_matrix.y);
	HPDF_Stream_Write(attr->stream, (const HPDF_BYTE *)p->text.data,
			  (HPDF_UINT)p->text.len);
	return 0;
}

/* Font expansion: the scale the next texts want. */
static void pdf_text_scale(void *impl, double factor)
{
	((pdf_impl *)impl)->hscale = factor;
}

/* Sets the horizontal scaling (Tz) the text drawn next wants, if the
 * page has another in effect (a page starts at 100%; the q/Q around
 * paths and images keep it). */
static void apply_scale(pdf_impl *p)
{
	double want = p->hscale > 0 ? p->hscale : 1;
	if (p->tz_page != p->page) {
		p->tz_page = p->page;
		p->tz = 1;
	}
	if (p->tz == want)
		return;
	HPDF_Page_SetHorizontalScalling(p->page, (HPDF_REAL)(want * 100));
	p->tz = want;
}

static void pdf_text(void *impl, int font, double size, uint32_t colour,
		     double x, double y, const char *s, size_t len,
		     const font_setting *set)
{
	pdf_impl *p = impl;
	int space = p->space_next;
	p->space_next = 0;
	if (!p->page)
		return;
	if (font < 0 || (size_t)font >= p->fonts.len) {
		fail(p, "tekst in een lettertype dat niet is aangemeld", "");
		return;
	}
	if (!(size > 0 && size <= CANVAS_TYPE_MAX)) {
		char pt[32];
		snprintf(pt, sizeof pt, "%g pt", size);
		fail(p, "een lettergrootte die een PDF niet aankan", pt);
		return;
	}
	mark(p);
	if (!p->in_text) {
		HPDF_Page_BeginText(p->page);
		p->in_text = 1;
		p->font = -1;
		p->fill = CANVAS_NONE;   /* paths may have changed it */
	}
	if (p->font != font || p->size != size) {
		HPDF_Font f = font_of(p, p->fonts.items[font]);
		if (!f)
			return;
		HPDF_Page_SetFontAndSize(p->page, f, (HPDF_REAL)size);
		p->font = font;
		p->size = size;
	}
	if (p->fill != colour) {
		set_fill(p, colour);
		p->fill = colour;
	}
	apply_scale(p);
	int kerned = set && (set->nkern || set->changed);
	if (p->charset && !drawable(p, kerned ? set->text.data : s,
				    kerned ? set->text.len : len))
		return;   /* the letters of a ligature are drawable too */
	if (p->tags)
		pdf_tags_text(p->tags, s, len);
	if (kerned && show_set(p, font, x, y, set, space) == 0)
		return;
	buf_clear(&p->text);
	buf_put(&p->text, s, pdf_cut(s, len));
	if (space && p->text.len < PDF_STRING_MAX)
		buf_putc(&p->text, ' ');
	buf_putc(&p->text, '\0');
	HPDF_Page_TextOut(p->page, (HPDF_REAL)x, (HPDF_REAL)y_of(p, y),
			  p->text.data);
}

static void set_line_style(pdf_impl *p, const canvas_style *s)
{
	HPDF_Page page = p->page;
	HPDF_Page_SetLineWidth(page, (HPDF_REAL)s->line_width);
	if (s->dash_on > 0) {
		HPDF_UINT16 dash[2] = { (HPDF_UINT16)(s->dash_on + 0.5),
					(HPDF_UINT16)(s->dash_off + 0.5) };
		HPDF_Page_SetDash(page, dash, 2, 0);
	}
	if (s->round_caps) {
		HPDF_Page_SetLineCap(page, HPDF_ROUND_END);
		HPDF_Page_SetLineJoin(page, HPDF_ROUND_JOIN);
	}
	set_stroke(p, s->stroke);
}

static void pdf_path(void *impl, const canvas_seg *segs, size_t n,
		     const canvas_style *s)
{
	pdf_impl *p = impl;
	if (!p->page)
		return;
	int fill = s->fill != CANVAS_NONE, stroke = s->stroke != CANVAS_NONE;
	if (!fill && !stroke)
		return;
	mark(p);
	end_text(p);
	HPDF_Page_GSave(p->page);
	if (fill)
		set_fill(p, s->fill);
	if (stroke)
		set_line_style(p, s);
	for (size_t i = 0; i < n; i++) {
		const double *q = segs[i].p;
		switch (segs[i].kind) {
		case SEG_MOVE:
			HPDF_Page_MoveTo(p->page, (HPDF_REAL)q[0],
					 (HPDF_REAL)y_of(p, q[1]));
			break;
		case SEG_LINE:
			HPDF_Page_LineTo(p->page, (HPDF_REAL)q[0],
					 (HPDF_REAL)y_of(p, q[1]));
			break;
		case SEG_CURVE:
			HPDF_Page_CurveTo(p->page,
				(HPDF_REAL)q[0], (HPDF_REAL)y_of(p, q[1]),
				(HPDF_REAL)q[2], (HPDF_REAL)y_of(p, q[3]),
				(HPDF_REAL)q[4], (HPDF_REAL)y_of(p, q[5]));
			break;
		case SEG_CLOSE:
			HPDF_Page_ClosePath(p->page);
			break;
		}
	}
	if (fill && stroke)
		HPDF_Page_FillStroke(p->page);
	else if (fill)
		HPDF_Page_Fill(p->page);
	else
		HPDF_Page_Stroke(p->page);
	HPDF_Page_GRestore(p->page);
}

/* A PNG, decoded here (libharu's own PNG loader lets libpng abort the
 * process on a damaged file) and embedded as raw samples, with its
 * transparency as a soft mask. NULL after reporting. */
static HPDF_Image load_png(pdf_impl *p, const char *file)
{
	image_pixels px;
	char why[200];
	if (image_decode_png(file, &px, why, sizeof why) < 0) {
		fail(p, why, file);
		return NULL;
	}
	HPDF_UINT w = (HPDF_UINT)px.width, h = (HPDF_UINT)px.height;
	if (p->meta.cmyk) {   /* for a print shop (pdf_meta.h) */
		HPDF_Image img = pdf_meta_image_cmyk(p->doc, &px);
		image_pixels_free(&px);
		return img;
	}
	HPDF_Image img = HPDF_LoadRawImageFromMem(p->doc, px.colour, w, h,
		px.channels == 3 ? HPDF_CS_DEVICE_RGB : HPDF_CS_DEVICE_GRAY, 8);
	if (img && px.alpha) {
		HPDF_Image mask = HPDF_LoadRawImageFromMem(p->doc, px.alpha, w,
			h, HPDF_CS_DEVICE_GRAY, 8);
		if (!mask || HPDF_Image_AddSMask(img, mask) != HPDF_OK)
			img = NULL;
	}
	image_pixels_free(&px);
	return img;
}

/* A JPEG goes in as it is; libharu reads only its header, which
 * image_check_header() has walked as libharu will. */
static HPDF_Image load_image(pdf_impl *p, const char *file)
{
	image_info info;
	char why[200];
	if (image_check_header(file, &info, why, sizeof why) != IMAGE_GOOD) {
		fail(p, why, file);
		return NULL;
	}
	why[0] = '\0';
	HPDF_Image img = info.kind == IMAGE_PNG ? load_png(p, file) :
		p->meta.cmyk ? pdf_meta_jpeg_cmyk(p->doc, file, why,
						  sizeof why) :
		HPDF_LoadJpegImageFromFile(p->doc, file);
	if (!img)
		fail(p, why[0] ? why : "kan de afbeelding niet lezen", file);
	return img;
}

static void pdf_image(void *impl, const char *file, double x, double y,
		      double w, double h)
{
	pdf_impl *p = impl;
	if (!p->page)
		return;
	end_text(p);
	HPDF_Image img = strmap_get(&p->images, file);
	if (!img) {
		if (!(img = load_image(p, file)))
			return;
		strmap_put(&p->a, &p->images, arena_strdup(&p->a, file), img);
	}
	mark(p);
	HPDF_Page_DrawImage(p->page, img, (HPDF_REAL)x,
			    (HPDF_REAL)y_of(p, y + h), (HPDF_REAL)w,
			    (HPDF_REAL)h);
}

static HPDF_Rect rect_of(const pdf_impl *p, double x, double y, double w,
			 double h)
{
	HPDF_Rect r = { (HPDF_REAL)x, (HPDF_REAL)y_of(p, y + h),
			(HPDF_REAL)(x + w), (HPDF_REAL)y_of(p, y) };
	return r;
}

/* In a tagged PDF, grows the last link made to take in r when r is a
 * word of the same Link element on the same page (uri: a URI link, else
 * a link to a destination); 1 then, else 0 and r is the last link's. */
static int join_link(pdf_impl *p, HPDF_Rect r, int uri)
{
	int elem = p->tags ? pdf_tags_link_elem(p->tags) : -1;
	int page = (int)p->pages.len - 1;
	if (elem < 0 || elem != p->last_elem || page != p->last_page ||
	    !(uri ? (void *)p->last_an : (void *)p->last_link)) {
		p->last_elem = elem;
		p->last_page = page;
		p->last_rect = r;
		p->last_an = NULL;
		p->last_link = NULL;
		return 0;
	}
	HPDF_Rect *u = &p->last_rect;
	u->left = r.left < u->left ? r.left : u->left;
	u->bottom = r.bottom < u->bottom ? r.bottom : u->bottom;
	u->right = r.right > u->right ? r.right : u->right;
	u->top = r.top > u->top ? r.top : u->top;
	if (p->last_link) {
		p->last_link->rect = *u;
		return 1;
	}
	HPDF_Box box = { u->left, u->bottom, u->right, u->top };
	HPDF_Dict_Add(p->last_an, "Rect", HPDF_Box_Array_New(p->doc->mmgr,
							      box));
	return 1;
}

static void pdf_link_uri(void *impl, double x, double y, double w, double h,
			 const char *uri)
{
	pdf_impl *p = impl;
	if (!p->page || join_link(p, rect_of(p, x, y, w, h), 1))
		return;
	HPDF_Annotation an = HPDF_Page_CreateURILinkAnnot(p->page,
		rect_of(p, x, y, w, h), uri);
	if (an)
		HPDF_LinkAnnot_SetBorderStyle(an, 0, 0, 0);
	if (p->tags) {
		p->last_an = an;
		pdf_tags_annot(p->tags, an, pdf_tags_link_elem(p->tags),
			       (int)p->pages.len - 1);
	}
}

static void pdf_link_dest(void *impl, double x, double y, double w,
			  double h, const char *dest)
{
	pdf_impl *p = impl;
	if (!p->page || join_link(p, rect_of(p, x, y, w, h), 0))
		return;
	pdf_link *l = arena_alloc(&p->a, sizeof *l);
	l->page = (int)p->pages.len - 1;
	l->rect = rect_of(p, x, y, w, h);
	l->dest = arena_strdup(&p->a, dest);
	l->elem = p->tags ? pdf_tags_link_elem(p->tags) : -1;
	ptrvec_push(&p->a, &p->links, l);
	if (p->tags)
		p->last_link = l;
}

static void pdf_dest_add(void *impl, const char *name, double y)
{
	pdf_impl *p = impl;
	if (!p->page)
		return;
	pdf_dest *d = arena_alloc(&p->a, sizeof *d);
	d->page = (int)p->pages.len - 1;
	d->y = y_of(p, y);
	strmap_put(&p->a, &p->dests, arena_strdup(&p->a, name), d);
}

static void pdf_bookmark(void *impl, int level, const char *title,
			 const char *dest)
{
	pdf_impl *p = impl;
	pdf_mark *m = arena_alloc(&p->a, sizeof *m);
	m->level = level < 0 ? 0 : level;
	m->title = arena_strndup(&p->a, title, pdf_cut(title, strlen(title)));
	m->dest = arena_strdup(&p->a, dest);
	ptrvec_push(&p->a, &p->marks, m);
}

static void pdf_page_label(void *impl, int first, const char *prefix,
			   int roman)
{
	pdf_impl *p = impl;
	HPDF_AddPageLabel(p->doc, (HPDF_UINT)first, roman ?
			  HPDF_PAGE_NUM_STYLE_LOWER_ROMAN :
			  HPDF_PAGE_NUM_STYLE_DECIMAL, 1,
			  prefix[0] ? prefix : NULL);
}

/* A destination object for a named destination, or NULL (reported). */
static HPDF_Destination make_dest(pdf_impl *p, const char *name)
{
	const pdf_dest *d = strmap_get(&p->dests, name);
	if (!d) {
		fail(p, "link naar een onbekende bestemming", name);
		return NULL;
	}
	HPDF_Page page = p->pages.items[d->page];
	HPDF_Destination dst = HPDF_Page_CreateDestination(page);
	if (!dst)
		return NULL;
	/* [page /XYZ 0 y null]: the reader keeps its zoom, which libharu's
	 * HPDF_Destination_SetXYZ cannot say. */
	HPDF_Array_Clear(dst);
	HPDF_Array_Add(dst, page);
	HPDF_Array_AddName(dst, "XYZ");
	HPDF_Array_AddReal(dst, 0);
	HPDF_Array_AddReal(dst, (HPDF_REAL)d->y);
	HPDF_Array_Add(dst, HPDF_Null_New(p->doc->mmgr));
	return dst;
}

static void resolve_links(pdf_impl *p)
{
	for (size_t i = 0; i < p->links.len; i++) {
		const pdf_link *l = p->links.items[i];
		HPDF_Destination dst = make_dest(p, l->dest);
		if (!dst)
			continue;
		HPDF_Annotation an = HPDF_Page_CreateLinkAnnot(
			p->pages.items[l->page], l->rect, dst);
		if (an)
			HPDF_LinkAnnot_SetBorderStyle(an, 0, 0, 0);
		if (p->tags)
			pdf_tags_annot(p->tags, an, l->elem, l->page);
	}
}

/* The outline, as a tree from the levels of the bookmarks in order. */
static void build_outline(pdf_impl *p)
{
	enum { MAX_LEVEL = 8 };
	HPDF_Outline parents[MAX_LEVEL + 1] = { NULL };
	HPDF_Encoder enc = HPDF_GetEncoder(p->doc, "UTF-8");
	int depth = 0;
	for (size_t i = 0; i < p->marks.len; i++) {
		const pdf_mark *m = p->marks.items[i];
		int level = m->level > depth ? depth : m->level;
		if (level > MAX_LEVEL - 1)
			level = MAX_LEVEL - 1;
		HPDF_Outline o = HPDF_CreateOutline(p->doc, parents[level],
						    m->title, enc);
		HPDF_Destination dst = make_dest(p, m->dest);
		if (o && dst)
			HPDF_Outline_SetDestination(o, dst);
		if (o)
			HPDF_Outline_SetOpened(o, level == 0);
		parents[level + 1] = o;
		depth = level + 1;
	}
}

static int pdf_save(void *impl, const char *path, char *err, size_t errlen)
{
	pdf_impl *p = impl;
	end_text(p);
	resolve_links(p);
	build_outline(p);
	if (p->marks.len)
		HPDF_SetPageMode(p->doc, HPDF_PAGE_MODE_USE_OUTLINE);
	for (size_t i = 0; i < p->fonts.len; i++)
		pdf_meta_font_tag(((pdf_font *)p->fonts.items[i])->font);
	if (!p->error[0] && pdf_meta_write(p->doc, &p->meta) < 0)
		fail(p, "kan de beschrijving van het document niet schrijven",
		     path);
	if (p->tags && !p->error[0] && pdf_tags_finish(p->tags, p->doc,
			p->pages.items, p->pages.len) < 0)
		fail(p, "kan de structuur van de PDF niet maken", path);
	unlink(path);   /* a new file, as fs_write() makes (util/fs.h) */
	if (!p->error[0] && HPDF_SaveToFile(p->doc, path) != HPDF_OK)
		fail(p, "kan niet schrijven", path);
	if (p->error[0]) {
		snprintf(err, errlen, "%s", p->error);
		return -1;
	}
	return 0;
}

static void pdf_tag(void *impl, canvas_tag *t)
{
	pdf_impl *p = impl;
	if (p->tags)
		pdf_tags_set(p->tags, t);
}

static void pdf_tag_inline(void *impl, const char *role)
{
	pdf_impl *p = impl;
	if (p->tags)
		pdf_tags_inline(p->tags, role);
}

/* In a tagged PDF, the next text is shown with a space after it: no
 * ink, and the text after it is placed from the line's start all the
 * same (libharu's TextOut). */
static void pdf_word_space(void *impl)
{
	pdf_impl *p = impl;
	p->space_next = p->tags != NULL;
}

static const canvas_backend pdf_backend = {
	pdf_free, pdf_save, pdf_font_add, pdf_page_begin, pdf_page_end,
	pdf_text, pdf_path, pdf_image, pdf_link_uri, pdf_link_dest,
	pdf_dest_add, pdf_bookmark, pdf_page_label, pdf_tag, pdf_tag_inline,
	pdf_word_space, pdf_text_scale,
};

static void set_info(pdf_impl *p, const canvas_info *info)
{
	if (!info)
		return;
	if (info->title)
		HPDF_SetInfoAttr(p->doc, HPDF_INFO_TITLE, info->title);
	if (info->author)
		HPDF_SetInfoAttr(p->doc, HPDF_INFO_AUTHOR, info->author);
	if (info->subject)
		HPDF_SetInfoAttr(p->doc, HPDF_INFO_SUBJECT, info->subject);
	if (info->creator)
		HPDF_SetInfoAttr(p->doc, HPDF_INFO_CREATOR, info->creator);
	if (info->language)
		HPDF_Dict_Add(p->doc->catalog, "Lang",
			      HPDF_String_New(p->doc->mmgr, info->language,
					      NULL));
}

canvas *canvas_pdf_new(const canvas_info *info)
{
	pdf_impl *p = xmalloc(sizeof *p);
	memset(p, 0, sizeof *p);
	arena_init(&p->a, 0);
	p->doc = HPDF_New(on_error, p);
	if (!p->doc)
		die_oom();
	HPDF_UseUTFEncodings(p->doc);
	HPDF_SetCurrentEncoder(p->doc, "UTF-8");
	HPDF_SetCompressionMode(p->doc, HPDF_COMP_ALL);
	set_info(p, info);
	pdf_meta_init(&p->meta, &p->a, info);
	p->charset = info ? info->charset : NULL;
	if (info && info->tagged)
		p->tags = pdf_tags_new();
	p->last_elem = -1;
	return canvas_new(&pdf_backend, p);
}
