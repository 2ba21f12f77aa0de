/* font.h - TrueType fonts: loading, metrics and measuring text.
 *
 * The layout engine measures text here; the PDF backend (libharu) embeds
 * and draws the same font files. Widths therefore follow libharu exactly:
 * each glyph is as wide as its hmtx advance in whole thousandths of an em,
 * rounded down (libharu's HPDF_TTFontDef_GetGidWidth, which also fills the
 * PDF's /W array). For fonts with 1000 units per em this is exactly the
 * hmtx advance. Text is set as the font's kerning (font_kern.h) and its
 * ligatures ff, fi, fl, ffi and ffl (the glyphs of U+FB00..U+FB04, where
 * it has them) say: measuring and drawing (font_set_text()) agree, the
 * kerning rounded to whole thousandths of an em.
 *
 * Only TrueType fonts with glyf outlines are accepted (.ttf, and the first
 * face of a .ttc); OpenType fonts with CFF outlines are rejected, as
 * libharu cannot embed them.
 *
 * Ownership: font_load() returns a font owned by the caller and released
 * with font_free(); strings returned by font_file() and font_name() live
 * as long as the font. A loaded font keeps no file open and no reference
 * to the file's bytes. It is immutable, so any number of threads may
 * measure with it at once. font_find() returns a malloc'd path. */
#ifndef COACHKIT_FONT_H
#define COACHKIT_FONT_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* Files larger than this are refused rather than read. */
#define FONT_MAX_FILE_SIZE ((size_t)64 * 1024 * 1024)

typedef struct font font;

/* Vertical metrics in font units (divide by units_per_em for ems). */
typedef struct font_metrics {
	int units_per_em;
	/* hhea, or OS/2 sTypo* when fsSelection has USE_TYPO_METRICS (or
	 * hhea has none); descent is negative (or 0) */
	int ascent, descent, line_gap;
	/* OS/2 version 2+ when set, else the top of the glyphs for 'H' and 'x',
	 * else 0.7 and 0.5 em */
	int cap_height, x_height;
} font_metrics;

/* Loads the font file at path. Returns NULL and writes a one-line reason
 * (without the path; err may be NULL) when the file cannot be read, is
 * larger than FONT_MAX_FILE_SIZE, is not a font, has CFF outlines or no
 * glyf outlines, lacks a required table (head, hhea, hmtx, maxp, cmap,
 * loca, glyf) or a Unicode cmap, or has a table that is truncated or
 * inconsistent. Every offset and length is checked: a malformed file is
 * refused, never read out of bounds. */
font *font_load(const char *path, char *err, size_t errlen);

/* As font_load(), from size bytes at data (not kept); label stands in for
 * the file name in font_file() and font_name(). */
font *font_load_memory(const void *data, size_t size, const char *label,
		       char *err, size_t errlen);

void font_free(font *f);     /* NULL is fine */

const char *font_file(const font *f);   /* the path given to font_load() */
/* PostScript name ('name' table, id 6), else the file's base name without
 * its extension. Printable ASCII only, at most 63 bytes. */
const char *font_name(const font *f);
const font_metrics *font_get_metrics(const font *f);
int font_num_glyphs(const font *f);

/* Glyph id for code point cp; 0 (.notdef) when the font lacks it. */
unsigned font_glyph(const font *f, uint32_t cp);
/* Does the font have a glyph other than .notdef for cp? */
int font_has(const font *f, uint32_t cp);
/* Advance width of cp in font units; a missing code point measures as
 * .notdef (glyph 0), as libharu draws it. */
int font_advance(const font *f, uint32_t cp);
/* Advance width of cp in thousandths of an em as libharu writes it into
 * the PDF: advance * 1000 / units_per_em, rounded down. */
int font_advance_1000(const font *f, uint32_t cp);

/* The kerning of the pair left, right in thousandths of an em, rounded to
 * the nearest (negative: closer); 0 for none. */
int font_kern_1000(const font *f, uint32_t left, uint32_t right);

/* Width in points of len bytes of UTF-8 text at size points: the sum of
 * font_advance_1000() over its characters and ligatures and of the
 * kerning between them, times size / 1000. Invalid UTF-8 measures as
 * U+FFFD. O(len), no allocation. */
double font_text_width(const font *f, const char *utf8, size_t len,
		       double size);

/* A kerning adjustment of a set text: before the character at byte at of
 * the set text, adjust thousandths of an em (negative: closer). */
typedef struct font_kern {
	size_t at;
	int    adjust;
} font_kern;

/* A text as the font sets it: what font_text_width() measures. */
typedef struct font_setting {
	buf        text;      /* UTF-8, ligatures put in for their letters */
	int        changed;   /* text differs from the letters (ligatures) */
	font_kern *kern;      /* in the order of the text */
	size_t     nkern, cap;
} font_setting;

#define FONT_SETTING_INIT { BUF_INIT, 0, NULL, 0, 0 }

/* Sets len bytes of UTF-8 text into out, reusing its memory. */
void font_set_text(const font *f, const char *utf8, size_t len,
		   font_setting *out);
void font_setting_free(font_setting *s);   /* and makes it empty */

/* The first code point in utf8[0..len) that the font has no glyph for,
 * or 0 when it has them all. */
uint32_t font_first_missing(const font *f, const char *utf8, size_t len);

/* The TrueType file (FC_FONTFORMAT "TrueType", first face, not a variable
 * font) of family in the given style, as fontconfig chooses it: a
 * malloc'd path the caller frees, or NULL when no such file's family name
 * is family (compared ignoring case and blanks, as fontconfig does).
 * Generic names such as "sans-serif" therefore give NULL: fontconfig would
 * substitute a family, we refuse to. When the family lacks the style, the
 * nearest face of that family is returned (Regular for a missing Bold).
 * Calls FcInit() once; safe to call from several threads. */
char *font_find(const char *family, int bold, int italic);

#endif
