/* font_kern.c - pair kerning from GPOS or 'kern'; see font_kern.h.
 *
 * Each pair adjustment subtable is kept as per-glyph arrays, so that a
 * pair is looked up without searching coverage or class tables:
 *   - format 1 (pairs listed per first glyph): cov[g] is 1 + the glyph's
 *     coverage index, its pairs are second[start[i]..start[i + 1]),
 *     sorted, with their values in value[];
 *   - format 2 (classes): cov[g] is 1 + the class of a covered first
 *     glyph, class2[g] the class of a second glyph, values[] the matrix.
 * The 'kern' table's format 0 pairs are kept sorted as left << 16 | right.
 * Every read goes through rd16() at an offset checked against the table
 * length by ok(). */
#include "font_kern.h"
#include "util/arena.h"

#include <stdlib.h>
#include <string.h>

/* More pair subtables than any font needs (the Noto faces have 2, no
 * font on a Debian machine with fonts-noto-core has more than 4; each
 * costs two arrays over all glyphs) mean a damaged or hostile table. */
#define KERN_MAX_SUBTABLES 256

typedef struct kern_sub {
	int       format;
	uint16_t *cov;          /* per glyph, 0: not covered */
	uint32_t *start;        /* format 1: per coverage index, + 1 */
	uint16_t *second;       /* format 1 */
	int16_t  *value;        /* format 1 */
	uint16_t *class2;       /* format 2: per glyph */
	int16_t  *values;       /* format 2: c1n x c2n */
	unsigned  c1n, c2n;
} kern_sub;

struct font_kerning {
	unsigned  num_glyphs;
	kern_sub *subs;
	size_t    nsubs, cap;
	size_t   *lookup_end;   /* the subtables of lookup i end there */
	size_t    nlookups;
	uint8_t  *left;         /* per glyph: starts some pair */
	uint32_t *pairs;        /* 'kern' format 0: left << 16 | right */
	int16_t  *pair_value;
	size_t    npairs;
};

/* A table in memory: len bytes at p. */
typedef struct tbl {
	const unsigned char *p;
	size_t               len;
} tbl;

static int ok(tbl t, size_t off, size_t n)
{
	return off <= t.len && n <= t.len - off;
}

static unsigned rd16(tbl t, size_t off)
{
	return (unsigned)t.p[off] << 8 | t.p[off + 1];
}

static uint32_t rd32(tbl t, size_t off)
{
	return (uint32_t)rd16(t, off) << 16 | rd16(t, off + 2);
}

/* The subtable at off of t: the rest of t from there, empty when off
 * lies past its end (so that every read of it fails ok()). */
static tbl sub_at(tbl t, size_t off)
{
	if (off > t.len)
		off = t.len;
	tbl s = { t.p + off, t.len - off };
	return s;
}

/* Bytes of a value record of this format. */
static size_t value_size(unsigned format)
{
	size_t n = 0;
	for (unsigned bit = 0; bit < 8; bit++)
		n += (format >> bit) & 1;
	return 2 * n;
}

/* The x advance of the value record at off (format vf), 0 if it has
 * none. */
static int x_advance(tbl t, size_t off, unsigned vf)
{
	if (!(vf & 4))
		return 0;
	size_t at = off + 2 * ((vf & 1) + ((vf >> 1) & 1));
	unsigned v = rd16(t, at);
	return v >= 0x8000 ? (int)v - 0x10000 : (int)v;
}

/* Fills out[g] = 1 + coverage index for the glyphs of the coverage table
 * c. 0, or -1 when it is malformed. */
static int read_coverage(tbl c, uint16_t *out, unsigned ng, unsigned *count)
{
	if (!ok(c, 0, 4))
		return -1;
	unsigned fmt = rd16(c, 0), n = rd16(c, 2);
	*count = 0;
	if (fmt == 1) {
		if (!ok(c, 4, 2 * (size_t)n))
			return -1;
		for (unsigned i = 0; i < n; i++) {
			unsigned g = rd16(c, 4 + 2 * (size_t)i);
			if (g < ng && !out[g])
				out[g] = (uint16_t)(i + 1);
		}
		*count = n;
		return 0;
	}
	if (fmt != 2 || !ok(c, 4, 6 * (size_t)n))
		return -1;
	for (unsigned i = 0; i < n; i++) {
		size_t r = 4 + 6 * (size_t)i;
		unsigned first = rd16(c, r), last = rd16(c, r + 2);
		unsigned idx = rd16(c, r + 4);
		for (unsigned g = first; g <= last && g < ng; g++) {
			unsigned k = idx + (g - first);
			if (k < 0xFFFF && !out[g])
				out[g] = (uint16_t)(k + 1);
			if (k + 1 > *count)
				*count = k + 1;
		}
	}
	return 0;
}

/* Fills out[g] with the class of each glyph from the class table c (0
 * for glyphs it does not name). 0, or -1 when it is malformed. */
static int read_classes(tbl c, uint16_t *out, unsigned ng)
{
	if (!ok(c, 0, 4))
		return -1;
	unsigned fmt = rd16(c, 0);
	if (fmt == 1) {
		if (!ok(c, 0, 6))
			return -1;
		unsigned first = rd16(c, 2), n = rd16(c, 4);
		if (!ok(c, 6, 2 * (size_t)n))
			return -1;
		for (unsigned i = 0; i < n && first + i < ng; i++)
			out[first + i] = (uint16_t)rd16(c, 6 + 2 * (size_t)i);
		return 0;
	}
	unsigned n = rd16(c, 2);
	if (fmt != 2 || !ok(c, 4, 6 * (size_t)n))
		return -1;
	for (unsigned i = 0; i < n; i++) {
		size_t r = 4 + 6 * (size_t)i;
		unsigned first = rd16(c, r), last = rd16(c, r + 2);
		for (unsigned g = first; g <= last && g < ng; g++)
			out[g] = (uint16_t)rd16(c, r + 4);
	}
	return 0;
}

static uint16_t *glyph_array(unsigned ng)
{
	uint16_t *a = xmalloc(sizeof *a * ng);
	memset(a, 0, sizeof *a * ng);
	return a;
}

/* A pair adjustment subtable of format 1 at t into s. */
static int read_pairs1(tbl t, kern_sub *s, unsigned ng)
{
	unsigned vf1 = rd16(t, 4), vf2 = rd16(t, 6), nsets = rd16(t, 8);
	size_t rec = 2 + value_size(vf1) + value_size(vf2);
	unsigned ncov;
	if (!ok(t, 10, 2 * (size_t)nsets) ||
	    read_coverage(sub_at(t, rd16(t, 2)), s->cov, ng, &ncov) < 0)
		return -1;
	size_t total = 0;
	for (unsigned i = 0; i < nsets; i++) {
		size_t at = rd16(t, 10 + 2 * (size_t)i);
		if (!ok(t, at, 2) || !ok(t, at + 2, rec * rd16(t, at)))
			return -1;
		total += rd16(t, at);
	}
	s->start = xmalloc(sizeof *s->start * ((size_t)nsets + 1));
	s->second = xmalloc(sizeof *s->second * (total ? total : 1));
	s->value = xmalloc(sizeof *s->value * (total ? total : 1));
	size_t k = 0;
	for (unsigned i = 0; i < nsets; i++) {
		size_t at = rd16(t, 10 + 2 * (size_t)i);
		s->start[i] = (uint32_t)k;
		for (unsigned j = 0, n = rd16(t, at); j < n; j++) {
			size_t r = at + 2 + rec * j;
			s->second[k] = (uint16_t)rd16(t, r);
			s->value[k++] = (int16_t)x_advance(t, r + 2, vf1);
		}
	}
	s->start[nsets] = (uint32_t)k;
	/* coverage indexes past the pair sets have no pairs */
	for (unsigned g = 0; g < ng; g++)
		if (s->cov[g] > nsets)
			s->cov[g] = 0;
	return 0;
}

/* A pair adjustment subtable of format 2 at t into s. */
static int read_pairs2(tbl t, kern_sub *s, unsigned ng)
{
	if (!ok(t, 0, 16))
		return -1;
	unsigned vf1 = rd16(t, 4), vf2 = rd16(t, 6);
	s->c1n = rd16(t, 12);
	s->c2n = rd16(t, 14);
	size_t rec = value_size(vf1) + value_size(vf2);
	size_t cells = (size_t)s->c1n * s->c2n;
	unsigned ncov;
	uint16_t *class1 = glyph_array(ng);
	s->class2 = glyph_array(ng);
	int rc = ok(t, 16, rec * cells) &&
		 read_coverage(sub_at(t, rd16(t, 2)), s->cov, ng, &ncov) == 0 &&
		 read_classes(sub_at(t, rd16(t, 8)), class1, ng) == 0 &&
		 read_classes(sub_at(t, rd16(t, 10)), s->class2, ng) == 0 ?
		 0 : -1;
	if (rc == 0 && !(vf1 & 4))
		s->c1n = 0;   /* no advances: it kerns nothing */
	if (rc == 0) {
		cells = (size_t)s->c1n * s->c2n;
		s->values = xmalloc(sizeof *s->values * (cells ? cells : 1));
		for (size_t i = 0; i < cells; i++)
			s->values[i] = (int16_t)x_advance(t, 16 + rec * i, vf1);
		for (unsigned g = 0; g < ng; g++)
			s->cov[g] = s->cov[g] && class1[g] < s->c1n ?
				    (uint16_t)(class1[g] + 1) : 0;
	}
	free(class1);
	return rc;
}

/* Adds the pair adjustment subtable at t (after any extension) to k. */
static int read_subtable(font_kerning *k, tbl t, unsigned type)
{
	if (type == 9) {
		if (!ok(t, 0, 8) || rd16(t, 0) != 1)
			return -1;
		type = rd16(t, 2);
		uint32_t off = rd32(t, 4);
		if (!ok(t, off, 0))
			return -1;
		t = sub_at(t, off);
	}
	if (type != 2)
		return 0;
	if (!ok(t, 0, 10))
		return -1;
	unsigned fmt = rd16(t, 0);
	if (fmt != 1 && fmt != 2)
		return 0;
	if (k->nsubs == KERN_MAX_SUBTABLES)
		return -1;
	if (k->nsubs == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 16;
		k->subs = xrealloc(k->subs, sizeof *k->subs * k->cap);
	}
	kern_sub *s = &k->subs[k->nsubs++];
	memset(s, 0, sizeof *s);
	s->format = (int)fmt;
	s->cov = glyph_array(k->num_glyphs);
	return fmt == 1 ? read_pairs1(t, s, k->num_glyphs) :
	       read_pairs2(t, s, k->num_glyphs);
}

/* The offset of the LangSys the shaper uses for Latin text: 'latn', else
 * 'DFLT', default language; 0 when there is none. */
static size_t find_langsys(tbl g, size_t list)
{
	if (!ok(g, list, 2))
		return 0;
	unsigned n = rd16(g, list);
	if (!ok(g, list + 2, 6 * (size_t)n))
		return 0;
	size_t best = 0;
	for (unsigned i = 0; i < n; i++) {
		size_t r = list + 2 + 6 * (size_t)i;
		uint32_t tag = rd32(g, r);
		size_t script = list + rd16(g, r + 4);
		if (!ok(g, script, 2) || !rd16(g, script))
			continue;
		if (tag == 0x6C61746E)          /* latn */
			return script + rd16(g, script);
		if (tag == 0x44464C54)          /* DFLT */
			best = script + rd16(g, script);
	}
	return best;
}

static int cmp_index(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
	return x < y ? -1 : x > y;
}

/* The lookup indexes of the 'kern' features of the LangSys at ls, sorted:
 * a malloc'd array of *n, or NULL. */
static unsigned *kern_lookups(tbl g, size_t ls, size_t features, size_t *n)
{
	*n = 0;
	if (!ok(g, ls, 6) || !ok(g, features, 2))
		return NULL;
	unsigned nf = rd16(g, ls + 4), total = rd16(g, features);
	if (!ok(g, ls + 6, 2 * (size_t)nf) ||
	    !ok(g, features + 2, 6 * (size_t)total))
		return NULL;
	unsigned *idx = NULL;
	size_t cap = 0;
	for (unsigned i = 0; i < nf; i++) {
		unsigned fi = rd16(g, ls + 6 + 2 * (size_t)i);
		size_t r = features + 2 + 6 * (size_t)fi;
		if (fi >= total || rd32(g, r) != 0x6B65726E)   /* kern */
			continue;
		size_t f = features + rd16(g, r + 4);
		if (!ok(g, f, 4) || !ok(g, f + 4, 2 * (size_t)rd16(g, f + 2)))
			continue;
		for (unsigned j = 0; j < rd16(g, f + 2); j++) {
			if (*n == cap) {
				cap = cap ? 2 * cap : 16;
				idx = xrealloc(idx, sizeof *idx * cap);
			}
			idx[(*n)++] = rd16(g, f + 4 + 2 * (size_t)j);
		}
	}
	if (*n)
		qsort(idx, *n, sizeof *idx, cmp_index);
	return idx;
}

/* Reads the lookups of the 'kern' feature from GPOS. 0, or -1 when the
 * table is malformed. */
static int read_gpos(font_kerning *k, tbl g)
{
	if (!ok(g, 0, 10) || rd16(g, 0) != 1)
		return -1;
	size_t ls = find_langsys(g, rd16(g, 4)), lookups = rd16(g, 8), n;
	unsigned *idx = ls ? kern_lookups(g, ls, rd16(g, 6), &n) : NULL;
	if (!idx)
		return 0;
	int rc = ok(g, lookups, 2) ? 0 : -1;
	unsigned count = rc ? 0 : rd16(g, lookups);
	k->lookup_end = xmalloc(sizeof *k->lookup_end * n);
	for (size_t i = 0; i < n && rc == 0; i++) {
		if (i && idx[i] == idx[i - 1])
			continue;
		size_t at = lookups + 2 + 2 * (size_t)idx[i];
		if (idx[i] >= count || !ok(g, at, 2)) {
			rc = -1;
			break;
		}
		tbl l = sub_at(g, lookups + rd16(g, at));
		if (!ok(l, 0, 6) || !ok(l, 6, 2 * (size_t)rd16(l, 4))) {
			rc = -1;
			break;
		}
		for (unsigned s = 0; s < rd16(l, 4) && rc == 0; s++) {
			size_t off = rd16(l, 6 + 2 * (size_t)s);
			rc = ok(l, off, 0) ? read_subtable(k, sub_at(l, off),
							   rd16(l, 0)) : -1;
		}
		k->lookup_end[k->nlookups++] = k->nsubs;
	}
	free(idx);
	return rc;
}

/* Reads the first subtable of a version 0 'kern' table, if it is a
 * horizontal format 0 one. 0, or -1 when the table is malformed. */
static int read_kern(font_kerning *k, tbl t)
{
	if (!ok(t, 0, 4) || rd16(t, 0) != 0 || !rd16(t, 2))
		return 0;
	if (!ok(t, 4, 14))
		return -1;
	unsigned coverage = rd16(t, 8);
	if ((coverage >> 8) != 0 || (coverage & 0x0F) != 1)
		return 0;   /* not format 0, or not plain horizontal kerning */
	unsigned n = rd16(t, 10);
	if (!ok(t, 18, 6 * (size_t)n))
		return -1;
	k->pairs = xmalloc(sizeof *k->pairs * (n ? n : 1));
	k->pair_value = xmalloc(sizeof *k->pair_value * (n ? n : 1));
	for (unsigned i = 0; i < n; i++) {
		uint32_t key = rd32(t, 18 + 6 * (size_t)i);
		if (k->npairs && key <= k->pairs[k->npairs - 1])
			return -1;   /* must be sorted for the search */
		k->pairs[k->npairs] = key;
		k->pair_value[k->npairs++] = (int16_t)rd16(t, 22 + 6 *
							   (size_t)i);
	}
	return 0;
}

/* Marks the glyphs that start a pair. */
static void mark_left(font_kerning *k)
{
	k->left = xmalloc(k->num_glyphs);
	memset(k->left, 0, k->num_glyphs);
	for (size_t i = 0; i < k->nsubs; i++)
		for (unsigned g = 0; g < k->num_glyphs; g++)
			k->left[g] |= k->subs[i].cov[g] != 0;
	for (size_t i = 0; i < k->npairs; i++)
		if ((k->pairs[i] >> 16) < k->num_glyphs)
			k->left[k->pairs[i] >> 16] = 1;
}

font_kerning *font_kerning_read(const unsigned char *gpos, size_t gpos_len,
				const unsigned char *kern, size_t kern_len,
				unsigned num_glyphs)
{
	font_kerning *k = xmalloc(sizeof *k);
	memset(k, 0, sizeof *k);
	k->num_glyphs = num_glyphs;
	tbl g = { gpos, gpos_len }, t = { kern, kern_len };
	int rc = gpos ? read_gpos(k, g) : 0;
	if (rc == 0 && !k->nsubs && kern)
		rc = read_kern(k, t);
	if (rc < 0 || (!k->nsubs && !k->npairs)) {
		font_kerning_free(k);
		return NULL;
	}
	mark_left(k);
	return k;
}

void font_kerning_free(font_kerning *k)
{
	if (!k)
		return;
	for (size_t i = 0; i < k->nsubs; i++) {
		kern_sub *s = &k->subs[i];
		free(s->cov);
		free(s->start);
		free(s->second);
		free(s->value);
		free(s->class2);
		free(s->values);
	}
	free(k->subs);
	free(k->lookup_end);
	free(k->left);
	free(k->pairs);
	free(k->pair_value);
	free(k);
}

int font_kerning_left(const font_kerning *k, unsigned left)
{
	return k && left < k->num_glyphs && k->left[left];
}

/* The value a subtable gives the pair, in *v; 0 when it does not apply
 * (and the next subtable of the lookup is tried). */
static int sub_value(const kern_sub *s, unsigned left, unsigned right,
		     int *v)
{
	unsigned c = s->cov[left];
	if (!c)
		return 0;
	if (s->format == 2) {
		unsigned c2 = s->class2[right];
		if (c2 >= s->c2n)
			return 0;
		*v = s->values[(size_t)(c - 1) * s->c2n + c2];
		return 1;
	}
	size_t lo = s->start[c - 1], hi = s->start[c];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->second[mid] < right)
			lo = mid + 1;
		else if (s->second[mid] > right)
			hi = mid;
		else {
			*v = s->value[mid];
			return 1;
		}
	}
	return 0;
}

int font_kerning_get(const font_kerning *k, unsigned left, unsigned right)
{
	if (!k || left >= k->num_glyphs || right >= k->num_glyphs ||
	    !k->left[left])
		return 0;
	int sum = 0;
	size_t s = 0;
	for (size_t l = 0; l < k->nlookups; l++) {
		int v;
		for (; s < k->lookup_end[l]; s++)
			if (sub_value(&k->subs[s], left, right, &v)) {
				sum += v;
				break;
			}
		s = k->lookup_end[l];
	}
	if (!k->npairs)
		return sum;
	uint32_t key = (uint32_t)left << 16 | right;
	size_t lo = 0, hi = k->npairs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (k->pairs[mid] < key)
			lo = mid + 1;
		else if (k->pairs[mid] > key)
			hi = mid;
		else
			return k->pair_value[mid];
	}
	return 0;
}
