/* font.c - a small TrueType reader for measuring text; see font.h.
 *
 * font_load_memory() validates the table directory and the tables it reads
 * (head, maxp, hhea, hmtx, loca, cmap, OS/2, name), copies out what
 * measuring needs and keeps nothing of the file:
 *   - per glyph, the hmtx advance and libharu's width in 1/1000 em;
 *   - for the BMP, a two-level table page[cp >> 8][cp & 0xFF] -> glyph, in
 *     which pages without any mapping share one static page of zeros;
 *   - above the BMP (cmap format 12 only), sorted ranges searched by
 *     bisection;
 *   - the widths of ASCII directly, for the common case.
 * All reads of the file go through spans whose bounds were checked against
 * the file size, and every read inside a table is checked against its span. */
#include "font.h"
#include "font_kern.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/syserr.h"
#include "util/utf8.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define NAME_MAX_LEN 63
#define TAG(a, b, c, d) ((uint32_t)(a) << 24 | (uint32_t)(b) << 16 | \
			 (uint32_t)(c) << 8 | (uint32_t)(d))

/* Code points first..last map to glyphs glyph, glyph + 1, ... */
typedef struct font_range {
	uint32_t first, last, glyph;
} font_range;

struct font {
	char           *file, *name;
	font_metrics    metrics;
	unsigned        num_glyphs;
	uint16_t       *advance;         /* per glyph, font units */
	uint16_t       *width;           /* per glyph, 1/1000 em rounded down */
	const uint16_t *page[256];       /* BMP code point -> glyph */
	uint16_t       *pages;           /* storage of the non-empty pages */
	font_range     *ranges;          /* above the BMP, sorted */
	size_t          nranges;
	uint16_t        ascii_width[128];
	font_kerning   *kerning;         /* NULL: none */
	/* the glyphs of the ligatures ff fi fl ffi ffl (U+FB00..U+FB04),
	 * 0 where the font has none */
	unsigned        lig[5];
	/* the kerning of ASCII pairs in 1/1000 em, [left][right] */
	int16_t         ascii_kern[128][128];
};

/* The page of every 256 code points that the cmap leaves unmapped. */
static const uint16_t empty_page[256];

/* A table of the file: len bytes at p; p is NULL when it is absent. */
typedef struct span {
	const unsigned char *p;
	size_t               len;
} span;

/* Parsing state: the file, its tables, what head/maxp/hhea say, and where
 * to report an error. */
typedef struct sfnt {
	const unsigned char *data;
	size_t               size;
	span   head, hhea, hmtx, maxp, cmap, os2, name, loca, glyf, cff;
	span   gpos, kern;
	unsigned upm, num_glyphs, num_hmetrics;
	int      loca_long;
	char    *err;
	size_t   errlen;
} sfnt;

/* Big-endian unsigned 16-bit value at p. */
static unsigned rd16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

/* Big-endian signed 16-bit value at p. */
static int rds16(const unsigned char *p)
{
	unsigned v = rd16(p);
	return v >= 0x8000 ? (int)v - 0x10000 : (int)v;
}

/* Big-endian 32-bit value at p. */
static uint32_t rd32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | p[3];
}

/* Do n bytes at offset off lie within len bytes? (No overflow.) */
static int fits(size_t len, size_t off, size_t n)
{
	return off <= len && n <= len - off;
}

/* Writes the formatted reason into the caller's err buffer (if any) and
 * returns -1. */
static int fail(sfnt *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int fail(sfnt *s, const char *fmt, ...)
{
	if (s->err && s->errlen) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(s->err, s->errlen, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* The tag as four printable characters, for messages. */
static void tag_text(uint32_t tag, char out[5])
{
	for (int i = 0; i < 4; i++) {
		unsigned char c = (unsigned char)(tag >> (24 - 8 * i));
		out[i] = c >= 32 && c < 127 ? (char)c : '?';
	}
	out[4] = '\0';
}

/* Where a table with this tag is kept, or NULL for tables we do not read. */
static span *table_slot(sfnt *s, uint32_t tag)
{
	switch (tag) {
	case TAG('h', 'e', 'a', 'd'): return &s->head;
	case TAG('h', 'h', 'e', 'a'): return &s->hhea;
	case TAG('h', 'm', 't', 'x'): return &s->hmtx;
	case TAG('m', 'a', 'x', 'p'): return &s->maxp;
	case TAG('c', 'm', 'a', 'p'): return &s->cmap;
	case TAG('O', 'S', '/', '2'): return &s->os2;
	case TAG('n', 'a', 'm', 'e'): return &s->name;
	case TAG('l', 'o', 'c', 'a'): return &s->loca;
	case TAG('g', 'l', 'y', 'f'): return &s->glyf;
	case TAG('C', 'F', 'F', ' '): return &s->cff;
	case TAG('C', 'F', 'F', '2'): return &s->cff;
	case TAG('G', 'P', 'O', 'S'): return &s->gpos;
	case TAG('k', 'e', 'r', 'n'): return &s->kern;
	default: return NULL;
	}
}

/* Checks the file's signature and returns the offset of its table
 * directory (the first face's, for a collection), or -1. */
static long find_directory(sfnt *s)
{
	if (s->size < 12)
		return fail(s, "geen lettertypebestand (maar %zu bytes)",
			    s->size);
	size_t base = 0;
	uint32_t tag = rd32(s->data);
	if (tag == TAG('t', 't', 'c', 'f')) {
		if (s->size < 16 || rd32(s->data + 8) == 0)
			return fail(s, "de header van de lettertypecollectie "
				    "is afgekapt");
		base = rd32(s->data + 12);
		if (!fits(s->size, base, 12))
			return fail(s, "de lettertypecollectie wijst voorbij "
				    "het einde van het bestand");
		tag = rd32(s->data + base);
	}
	if (tag == TAG('O', 'T', 'T', 'O'))
		return fail(s, "OpenType-lettertype met CFF-contouren "
			    "(PostScript): libharu kan alleen "
			    "TrueType-contouren (glyf) insluiten; gebruik een "
			    ".ttf-versie van het lettertype");
	if (tag == TAG('w', 'O', 'F', 'F') || tag == TAG('w', 'O', 'F', '2'))
		return fail(s, "WOFF-weblettertype: gebruik de .ttf-versie "
			    "van het lettertype");
	if (tag != 0x00010000 && tag != TAG('t', 'r', 'u', 'e'))
		return fail(s, "geen TrueType-lettertypebestand");
	return (long)base;
}

/* Reads the table directory, checking every table against the file size,
 * and requires the tables we read. Returns 0 or -1. */
static int read_directory(sfnt *s)
{
	long base = find_directory(s);
	if (base < 0)
		return -1;
	const unsigned char *dir = s->data + base;
	unsigned n = rd16(dir + 4);
	if (!fits(s->size, (size_t)base + 12, (size_t)n * 16))
		return fail(s, "afgekapt: de tabellijst loopt door voorbij "
			    "het einde van het bestand");
	for (unsigned i = 0; i < n; i++) {
		const unsigned char *r = dir + 12 + 16 * (size_t)i;
		uint32_t tag = rd32(r), off = rd32(r + 8), len = rd32(r + 12);
		char name[5];
		tag_text(tag, name);
		if (!fits(s->size, off, len))
			return fail(s, "de tabel '%s' loopt door voorbij het "
				    "einde van het bestand (afgekapt of "
				    "beschadigd)", name);
		span *t = table_slot(s, tag);
		if (t && !t->p) {
			t->p = s->data + off;
			t->len = len;
		}
	}
	if (!s->glyf.p && s->cff.p)
		return fail(s, "CFF-contouren (PostScript): libharu kan alleen "
			    "TrueType-contouren (glyf) insluiten");
	if (!s->glyf.p)
		return fail(s, "geen 'glyf'-contouren (een bitmap- of "
			    "kleurenlettertype?): libharu kan het niet "
			    "insluiten");
	const span *need[] = { &s->head, &s->hhea, &s->hmtx, &s->maxp,
			       &s->cmap, &s->loca };
	const char *names[] = { "head", "hhea", "hmtx", "maxp", "cmap", "loca" };
	for (size_t i = 0; i < sizeof need / sizeof *need; i++)
		if (!need[i]->p)
			return fail(s, "de tabel '%s' ontbreekt", names[i]);
	return 0;
}

/* Reads head, maxp and hhea and checks hmtx and loca against them. */
static int read_header(sfnt *s)
{
	if (s->head.len < 54)
		return fail(s, "de tabel 'head' is afgekapt");
	if (rd32(s->head.p + 12) != 0x5F0F3CF5)
		return fail(s, "de tabel 'head' is beschadigd (verkeerd "
			    "magisch getal)");
	s->upm = rd16(s->head.p + 18);
	if (s->upm < 16 || s->upm > 16384)
		return fail(s, "unitsPerEm %u ligt buiten het bereik (16 tot "
			    "16384)", s->upm);
	int loc = rds16(s->head.p + 50);
	if (loc != 0 && loc != 1)
		return fail(s, "'head' indexToLocFormat %d is ongeldig", loc);
	s->loca_long = loc;
	if (s->maxp.len < 6)
		return fail(s, "de tabel 'maxp' is afgekapt");
	s->num_glyphs = rd16(s->maxp.p + 4);
	if (s->num_glyphs == 0)
		return fail(s, "het lettertype bevat geen tekens");
	if (s->loca.len / (loc ? 4 : 2) < (size_t)s->num_glyphs + 1)
		return fail(s, "de tabel 'loca' is te kort voor %u tekens",
			    s->num_glyphs);
	if (s->hhea.len < 36)
		return fail(s, "de tabel 'hhea' is afgekapt");
	s->num_hmetrics = rd16(s->hhea.p + 34);
	if (s->num_hmetrics == 0 || s->num_hmetrics > s->num_glyphs)
		return fail(s, "'hhea' numberOfHMetrics %u past niet bij %u "
			    "tekens", s->num_hmetrics, s->num_glyphs);
	if (s->hmtx.len / 4 < s->num_hmetrics)
		return fail(s, "de tabel 'hmtx' is korter dan 'hhea' zegt");
	return 0;
}

/* Copies the advances out of hmtx; glyphs past numberOfHMetrics repeat the
 * last advance. */
static void load_advances(const sfnt *s, font *f)
{
	f->advance = xmalloc(sizeof *f->advance * s->num_glyphs);
	f->width = xmalloc(sizeof *f->width * s->num_glyphs);
	for (unsigned g = 0; g < s->num_glyphs; g++) {
		unsigned m = g < s->num_hmetrics ? g : s->num_hmetrics - 1;
		unsigned a = rd16(s->hmtx.p + 4 * (size_t)m);
		f->advance[g] = (uint16_t)a;
		f->width[g] = (uint16_t)(a * 1000u / s->upm);
	}
}

/* Fills bmp from a cmap format 4 subtable t with avail bytes before the
 * end of the cmap table. Segments are taken in order; a segment's code
 * points already mapped by an earlier one are skipped, which also bounds
 * the work to 64 Ki code points however the segments overlap. */
static int cmap_format4(sfnt *s, const unsigned char *t, size_t avail,
			uint16_t *bmp)
{
	if (avail < 14)
		return fail(s, "de cmap-subtabel van formaat 4 is afgekapt");
	size_t segs = rd16(t + 6) / 2;
	if (!fits(avail, 16, segs * 8))
		return fail(s, "de cmap-subtabel van formaat 4 is afgekapt");
	uint32_t next = 0;    /* lowest code point not yet mapped */
	for (size_t i = 0; i < segs; i++) {
		uint32_t end = rd16(t + 14 + 2 * i);
		uint32_t start = rd16(t + 16 + 2 * segs + 2 * i);
		unsigned delta = rd16(t + 16 + 4 * segs + 2 * i);
		size_t ro_at = 16 + 6 * segs + 2 * i;
		unsigned ro = rd16(t + ro_at);
		for (uint32_t c = start > next ? start : next;
		     c <= end && c < 0xFFFF; c++) {
			unsigned g = (c + delta) & 0xFFFF;
			if (ro) {
				size_t at = ro_at + ro + 2 * (size_t)(c - start);
				if (!fits(avail, at, 2))
					return fail(s, "een tekenindex in de "
						    "cmap-subtabel van formaat "
						    "4 wijst voorbij de tabel");
				g = rd16(t + at);
				g = g ? (g + delta) & 0xFFFF : 0;
			}
			bmp[c] = (uint16_t)(g < s->num_glyphs ? g : 0);
		}
		if (end + 1 > next)
			next = end + 1;
	}
	return 0;
}

/* Appends a range of code points above the BMP to f->ranges. */
static void push_range(font *f, size_t *cap, uint32_t first, uint32_t last,
		       uint32_t glyph)
{
	if (f->nranges == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		f->ranges = xrealloc(f->ranges, *cap * sizeof *f->ranges);
	}
	f->ranges[f->nranges++] = (font_range){ first, last, glyph };
}

/* Fills bmp and f->ranges from a cmap format 12 subtable t with avail
 * bytes before the end of the cmap table. Groups are clipped to code
 * points above those already mapped, so the ranges come out sorted. */
static int cmap_format12(sfnt *s, font *f, const unsigned char *t,
			 size_t avail, uint16_t *bmp)
{
	if (avail < 16)
		return fail(s, "de cmap-subtabel van formaat 12 is afgekapt");
	uint32_t n = rd32(t + 12);
	if (n > (avail - 16) / 12)
		return fail(s, "de cmap-subtabel van formaat 12 is afgekapt");
	uint32_t next = 0;    /* lowest code point not yet mapped */
	size_t cap = 0;
	for (uint32_t i = 0; i < n; i++) {
		const unsigned char *gr = t + 16 + 12 * (size_t)i;
		uint64_t first = rd32(gr), last = rd32(gr + 4), glyph = rd32(gr + 8);
		if (last > 0x10FFFF)
			last = 0x10FFFF;
		if (first < next) {
			glyph += next - first;
			first = next;
		}
		if (first > last || glyph >= s->num_glyphs)
			continue;
		next = (uint32_t)last + 1;
		for (uint64_t c = first; c <= last && c < 0xFFFF; c++) {
			uint64_t g = glyph + (c - first);
			bmp[c] = (uint16_t)(g < s->num_glyphs ? g : 0);
		}
		if (last >= 0x10000) {
			uint64_t lo = first > 0x10000 ? first : 0x10000;
			push_range(f, &cap, (uint32_t)lo, (uint32_t)last,
				   (uint32_t)(glyph + (lo - first)));
		}
	}
	return 0;
}

/* Preference of a cmap subtable (0: unusable): 3/10 format 12, then 3/1
 * format 4, then Unicode platform 0 format 12 or 4. */
static int cmap_score(unsigned platform, unsigned encoding, unsigned format)
{
	if (platform == 3 && encoding == 10 && format == 12)
		return 4;
	if (platform == 3 && encoding == 1 && format == 4)
		return 3;
	if (platform == 0 && format == 12)
		return 2;
	if (platform == 0 && format == 4)
		return 1;
	return 0;
}

/* Stores the BMP mapping bmp (64 Ki glyph ids) as pages, sharing
 * empty_page among those that map nothing. */
static void store_pages(font *f, const uint16_t *bmp)
{
	static const uint16_t zeros[256];
	size_t used = 0;
	for (int hi = 0; hi < 256; hi++)
		used += memcmp(bmp + 256 * hi, zeros, sizeof zeros) != 0;
	f->pages = xmalloc(used ? used * sizeof zeros : 1);
	size_t k = 0;
	for (int hi = 0; hi < 256; hi++) {
		if (memcmp(bmp + 256 * hi, zeros, sizeof zeros) == 0) {
			f->page[hi] = empty_page;
			continue;
		}
		memcpy(f->pages + 256 * k, bmp + 256 * hi, sizeof zeros);
		f->page[hi] = f->pages + 256 * k++;
	}
}

/* Chooses the best Unicode subtable of cmap and builds the lookup. */
static int read_cmap(sfnt *s, font *f)
{
	span c = s->cmap;
	if (c.len < 4 || !fits(c.len, 4, (size_t)rd16(c.p + 2) * 8))
		return fail(s, "de tabel 'cmap' is afgekapt");
	unsigned n = rd16(c.p + 2);
	int best = 0;
	size_t best_off = 0;
	for (unsigned i = 0; i < n; i++) {
		const unsigned char *r = c.p + 4 + 8 * (size_t)i;
		uint32_t off = rd32(r + 4);
		if (!fits(c.len, off, 4))
			return fail(s, "cmap-subtabel %u wijst voorbij het "
				    "einde van de tabel", i);
		int score = cmap_score(rd16(r), rd16(r + 2), rd16(c.p + off));
		if (score > best) {
			best = score;
			best_off = off;
		}
	}
	if (!best)
		return fail(s, "geen Unicode-cmap-subtabel (3/10 formaat 12, "
			    "3/1 formaat 4, of 0/x formaat 4 of 12)");
	uint16_t *bmp = xmalloc(65536 * sizeof *bmp);
	memset(bmp, 0, 65536 * sizeof *bmp);
	const unsigned char *t = c.p + best_off;
	int rc = rd16(t) == 4 ?
		 cmap_format4(s, t, c.len - best_off, bmp) :
		 cmap_format12(s, f, t, c.len - best_off, bmp);
	if (rc == 0)
		store_pages(f, bmp);
	free(bmp);
	return rc;
}

/* Top of the outline of cp's glyph (its glyf yMax), or 0 when the font
 * lacks it or the glyph is empty. */
static int glyph_top(const sfnt *s, const font *f, uint32_t cp)
{
	unsigned g = font_glyph(f, cp);
	if (!g)
		return 0;
	size_t off, next;
	if (s->loca_long) {
		off = rd32(s->loca.p + 4 * (size_t)g);
		next = rd32(s->loca.p + 4 * (size_t)g + 4);
	} else {
		off = 2 * (size_t)rd16(s->loca.p + 2 * (size_t)g);
		next = 2 * (size_t)rd16(s->loca.p + 2 * (size_t)g + 2);
	}
	if (next <= off || !fits(s->glyf.len, off, 10))
		return 0;
	return rds16(s->glyf.p + off + 8);
}

/* Fills f->metrics from hhea and OS/2 (and glyf for old OS/2 tables). */
static void read_metrics(const sfnt *s, font *f)
{
	font_metrics *m = &f->metrics;
	const unsigned char *os2 = s->os2.p;
	m->units_per_em = (int)s->upm;
	m->ascent = rds16(s->hhea.p + 4);
	m->descent = rds16(s->hhea.p + 6);
	m->line_gap = rds16(s->hhea.p + 8);
	if (os2 && s->os2.len >= 74 &&
	    ((rd16(os2 + 62) & 0x80) || (m->ascent == 0 && m->descent == 0))) {
		m->ascent = rds16(os2 + 68);
		m->descent = rds16(os2 + 70);
		m->line_gap = rds16(os2 + 72);
	}
	if (m->descent > 0)
		m->descent = -m->descent;
	if (os2 && s->os2.len >= 90 && rd16(os2) >= 2) {
		m->x_height = rds16(os2 + 86);
		m->cap_height = rds16(os2 + 88);
	}
	if (m->cap_height <= 0)
		m->cap_height = glyph_top(s, f, 'H');
	if (m->cap_height <= 0)
		m->cap_height = (int)s->upm * 7 / 10;
	if (m->x_height <= 0)
		m->x_height = glyph_top(s, f, 'x');
	if (m->x_height <= 0)
		m->x_height = (int)s->upm / 2;
}

/* Preference of a 'name' record for the PostScript name (0: not one). */
static int name_score(unsigned platform, unsigned encoding, unsigned id)
{
	if (id != 6)
		return 0;
	if (platform == 3)
		return encoding == 1 ? 4 : 3;
	if (platform == 1 && encoding == 0)
		return 2;
	return platform == 0 ? 1 : 0;
}

/* Copies the PostScript name (id 6) from the 'name' table into out (at
 * least NAME_MAX_LEN + 1 bytes), keeping the characters a PostScript name
 * may contain. A damaged 'name' table just gives an empty name. */
static void read_ps_name(const sfnt *s, char *out)
{
	size_t n = 0;
	span t = s->name;
	out[0] = '\0';
	if (!t.p || t.len < 6 || !fits(t.len, 6, (size_t)rd16(t.p + 2) * 12))
		return;
	unsigned count = rd16(t.p + 2), strings = rd16(t.p + 4);
	int best = 0;
	const unsigned char *best_rec = NULL;
	for (unsigned i = 0; i < count; i++) {
		const unsigned char *r = t.p + 6 + 12 * (size_t)i;
		int score = name_score(rd16(r), rd16(r + 2), rd16(r + 6));
		if (score > best &&
		    fits(t.len, (size_t)strings + rd16(r + 10), rd16(r + 8))) {
			best = score;
			best_rec = r;
		}
	}
	if (!best_rec)
		return;
	int wide = rd16(best_rec) != 1;    /* UTF-16BE, else Mac Roman */
	const unsigned char *p = t.p + strings + rd16(best_rec + 10);
	size_t len = rd16(best_rec + 8);
	for (size_t i = 0; i + (wide ? 1 : 0) < len && n < NAME_MAX_LEN;
	     i += wide ? 2 : 1) {
		unsigned ch = wide ? rd16(p + i) : p[i];
		if (ch > 32 && ch < 127 && !strchr("[](){}<>/%", (int)ch))
			out[n++] = (char)ch;
	}
	out[n] = '\0';
}

/* A malloc'd copy of n bytes of s, NUL-terminated. */
static char *copy_string(const char *s, size_t n)
{
	char *c = xmalloc(n + 1);
	memcpy(c, s, n);
	c[n] = '\0';
	return c;
}

/* Sets f->name: the PostScript name, else label's base name without its
 * extension. */
static void set_name(const sfnt *s, font *f, const char *label)
{
	char ps[NAME_MAX_LEN + 1];
	read_ps_name(s, ps);
	if (ps[0]) {
		f->name = copy_string(ps, strlen(ps));
		return;
	}
	const char *base = path_basename(label);
	const char *dot = strrchr(base, '.');
	f->name = copy_string(base, dot && dot != base ? (size_t)(dot - base) :
			      strlen(base));
}

/* Kerning of the glyphs left, right in thousandths of an em, rounded to
 * the nearest. */
static int kern_1000(const font *f, unsigned left, unsigned right)
{
	int v = font_kerning_get(f->kerning, left, right);
	if (!v)
		return 0;
	long upm = f->metrics.units_per_em, n = (long)v * 1000;
	return (int)(n >= 0 ? (n + upm / 2) / upm : -((-n + upm / 2) / upm));
}

/* Reads the kerning and finds the ligatures; fills the ASCII pair table. */
static void load_kerning(const sfnt *s, font *f)
{
	f->kerning = font_kerning_read(s->gpos.p, s->gpos.len, s->kern.p,
				       s->kern.len, s->num_glyphs);
	for (unsigned i = 0; i < 5; i++)
		f->lig[i] = font_glyph(f, 0xFB00 + i);
	if (!f->kerning)
		return;
	for (unsigned l = 1; l < 128; l++) {
		unsigned gl = f->page[0][l];
		if (!font_kerning_left(f->kerning, gl))
			continue;
		for (unsigned r = 0; r < 128; r++)
			f->ascii_kern[l][r] = (int16_t)kern_1000(f, gl,
							 f->page[0][r]);
	}
}

font *font_load_memory(const void *data, size_t size, const char *label,
		       char *err, size_t errlen)
{
	sfnt s;
	memset(&s, 0, sizeof s);
	s.data = data;
	s.size = size;
	s.err = err;
	s.errlen = errlen;
	if (err && errlen)
		err[0] = '\0';
	if (!label)
		label = "";
	if (size > FONT_MAX_FILE_SIZE) {
		fail(&s, "het bestand is groter dan %zu MB, de grens voor "
		     "lettertypen",
		     FONT_MAX_FILE_SIZE >> 20);
		return NULL;
	}
	if (read_directory(&s) < 0 || read_header(&s) < 0)
		return NULL;
	font *f = xmalloc(sizeof *f);
	memset(f, 0, sizeof *f);
	for (int i = 0; i < 256; i++)
		f->page[i] = empty_page;
	f->num_glyphs = s.num_glyphs;
	f->file = copy_string(label, strlen(label));
	load_advances(&s, f);
	if (read_cmap(&s, f) < 0) {
		font_free(f);
		return NULL;
	}
	read_metrics(&s, f);
	set_name(&s, f, label);
	for (unsigned c = 0; c < 128; c++)
		f->ascii_width[c] = f->width[f->page[0][c]];
	load_kerning(&s, f);
	return f;
}

font *font_load(const char *path, char *err, size_t errlen)
{
	sfnt s;    /* only for fail() */
	memset(&s, 0, sizeof s);
	s.err = err;
	s.errlen = errlen;
	struct stat st;
	if (stat(path, &st) != 0) {
		fail(&s, "kan het bestand niet lezen: %s", syserr_text(errno));
		return NULL;
	}
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > FONT_MAX_FILE_SIZE) {
		fail(&s, "het bestand is groter dan %zu MB, de grens voor "
		     "lettertypen",
		     FONT_MAX_FILE_SIZE >> 20);
		return NULL;
	}
	buf b = BUF_INIT;
	font *f = NULL;
	if (fs_read(path, &b) != 0)
		fail(&s, "kan het bestand niet lezen: %s", syserr_text(errno));
	else
		f = font_load_memory(b.data, b.len, path, err, errlen);
	buf_free(&b);
	return f;
}

void font_free(font *f)
{
	if (!f)
		return;
	free(f->file);
	free(f->name);
	free(f->advance);
	free(f->width);
	free(f->pages);
	free(f->ranges);
	font_kerning_free(f->kerning);
	free(f);
}

const char *font_file(const font *f)
{
	return f->file;
}

const char *font_name(const font *f)
{
	return f->name;
}

const font_metrics *font_get_metrics(const font *f)
{
	return &f->metrics;
}

int font_num_glyphs(const font *f)
{
	return (int)f->num_glyphs;
}

unsigned font_glyph(const font *f, uint32_t cp)
{
	if (cp < 0x10000)
		return f->page[cp >> 8][cp & 0xFF];
	size_t lo = 0, hi = f->nranges;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const font_range *r = &f->ranges[mid];
		if (cp < r->first)
			hi = mid;
		else if (cp > r->last)
			lo = mid + 1;
		else {
			uint64_t g = (uint64_t)r->glyph + (cp - r->first);
			return g < f->num_glyphs ? (unsigned)g : 0;
		}
	}
	return 0;
}

int font_has(const font *f, uint32_t cp)
{
	return font_glyph(f, cp) != 0;
}

int font_advance(const font *f, uint32_t cp)
{
	return f->advance[font_glyph(f, cp)];
}

int font_advance_1000(const font *f, uint32_t cp)
{
	return f->width[font_glyph(f, cp)];
}

/* How many bytes of the text at q (before end) one ligature of f sets,
 * with its character in *cp; 0 for none. ff, fi, fl, ffi and ffl are set
 * as one where the font has the ligature (a font with fi but no ffi sets
 * "ffi" as f and fi). q points at an 'f'. */
static int ligature(const font *f, const char *q, const char *end,
		    uint32_t *cp)
{
	size_t n = (size_t)(end - q);
	char c1 = n >= 2 ? q[1] : 0, c2 = n >= 3 ? q[2] : 0;
	if (c1 == 'f' && (c2 == 'i' || c2 == 'l')) {
		unsigned k = c2 == 'i' ? 3 : 4;
		if (f->lig[k]) {
			*cp = 0xFB00 + k;
			return 3;
		}
		if (f->lig[k - 2])
			return 0;   /* f, then fi or fl */
	}
	unsigned k = c1 == 'i' ? 1 : c1 == 'l' ? 2 : c1 == 'f' ? 0 : 5;
	if (k < 5 && f->lig[k]) {
		*cp = 0xFB00 + k;
		return 2;
	}
	return 0;
}

/* The glyph of the next character (or ligature) of the text at *p, which
 * it passes; *cp is the character drawn. */
static unsigned next_glyph(const font *f, const char **p, const char *end,
			   uint32_t *cp)
{
	unsigned char c = (unsigned char)**p;
	if (c == 'f') {
		int n = ligature(f, *p, end, cp);
		if (n) {
			*p += n;
			return f->lig[*cp - 0xFB00];
		}
	}
	if (c < 0x80) {
		(*p)++;
		*cp = c;
		return f->page[0][c];
	}
	*cp = utf8_next(p, end);
	return font_glyph(f, *cp);
}

/* The kerning between two characters and their glyphs, 1/1000 em. */
static int pair_kern(const font *f, uint32_t lc, unsigned lg, uint32_t rc,
		     unsigned rg)
{
	if (lc < 128 && rc < 128)
		return f->ascii_kern[lc][rc];
	return font_kerning_left(f->kerning, lg) ? kern_1000(f, lg, rg) : 0;
}

int font_kern_1000(const font *f, uint32_t left, uint32_t right)
{
	return pair_kern(f, left, font_glyph(f, left), right,
			 font_glyph(f, right));
}

double font_text_width(const font *f, const char *utf8, size_t len,
		       double size)
{
	const char *p = utf8, *end = utf8 + len;
	int64_t sum = 0;    /* thousandths of an em */
	uint32_t prev = 0, cp;
	unsigned pg = 0;
	while (p < end) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x80 && c != 'f' && prev < 0x80) {
			sum += f->ascii_width[c] + f->ascii_kern[prev][c];
			prev = c;   /* its glyph is looked up when needed */
			p++;
			continue;
		}
		unsigned g = next_glyph(f, &p, end, &cp);
		sum += f->width[g];
		if (prev)
			sum += pair_kern(f, prev, prev < 0x80 ? f->page[0][prev] :
					 pg, cp, g);
		prev = cp;
		pg = g;
	}
	return (double)sum * size / 1000.0;
}

/* Appends the adjustment k before byte at of the set text to out. */
static void add_kern(font_setting *out, size_t at, int k)
{
	if (out->nkern == out->cap) {
		out->cap = out->cap ? 2 * out->cap : 16;
		out->kern = xrealloc(out->kern, out->cap * sizeof *out->kern);
	}
	out->kern[out->nkern++] = (font_kern){ at, k };
}

void font_set_text(const font *f, const char *utf8, size_t len,
		   font_setting *out)
{
	const char *p = utf8, *end = utf8 + len, *copied = utf8;
	uint32_t prev = 0, cp;
	unsigned pg = 0;
	buf_clear(&out->text);
	out->nkern = 0;
	out->changed = 0;
	while (p < end) {
		const char *from = p;
		unsigned g = next_glyph(f, &p, end, &cp);
		int k = prev ? pair_kern(f, prev, pg, cp, g) : 0;
		if (k)
			add_kern(out, out->text.len + (size_t)(from - copied), k);
		if (cp >= 0xFB00 && cp <= 0xFB04 && *from == 'f') {
			/* the letters become the ligature */
			char u[4];
			buf_put(&out->text, copied, (size_t)(from - copied));
			buf_put(&out->text, u, utf8_encode(cp, u));
			copied = p;
			out->changed = 1;
		}
		prev = cp;
		pg = g;
	}
	buf_put(&out->text, copied, (size_t)(end - copied));
}

void font_setting_free(font_setting *s)
{
	buf_free(&s->text);
	free(s->kern);
	memset(s, 0, sizeof *s);
}

uint32_t font_first_missing(const font *f, const char *utf8, size_t len)
{
	const char *p = utf8, *end = utf8 + len;
	while (p < end) {
		uint32_t cp = utf8_next(&p, end);
		if (!font_glyph(f, cp))
			return cp;
	}
	return 0;
}
