/* hyph.c - hyphenation points from libhyphen patterns; see hyph.h.
 *
 * A word is checked whole first (any digit, stray symbol or character
 * outside Latin-1 and it gets no points), then each part between hyphens
 * is lowercased into the dictionary's encoding, handed to libhyphen and
 * its odd-numbered positions mapped back through a table of the original
 * byte offsets. Positions are per character in both encodings: Latin-1
 * has one byte per character, and libhyphen renumbers by character for a
 * UTF-8 dictionary. */
#include "hyph.h"

#include <hyphen.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct hyph {
	HyphenDict *dict;
	int         left, right;   /* fewest letters before / after a break */
	int         utf8;          /* the dictionary is UTF-8, not Latin-1 */
};

/* One part of a word, lowercased to Latin-1, with the byte offset of each
 * letter in the original word. */
typedef struct hy_part {
	unsigned char lat[HYPH_MAX_WORD];
	size_t        off[HYPH_MAX_WORD];
	size_t        n;
	int           too_long;
} hy_part;

enum { CH_LETTER, CH_SEP, CH_PUNCT, CH_OTHER };

/* Writes a message to err (which may be NULL). */
static void set_err(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
	if (!err || !errlen)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* Is the dictionary's character set one we can feed? Sets *utf8. */
static int known_cset(const HyphenDict *d, int *utf8)
{
	char cs[MAX_NAME + 1];
	size_t n = strnlen(d->cset, MAX_NAME);
	memcpy(cs, d->cset, n);
	while (n && (cs[n - 1] == '\r' || cs[n - 1] == ' '))
		n--;
	cs[n] = '\0';
	*utf8 = d->utf8 || strcmp(cs, "UTF-8") == 0;
	return *utf8 || strcmp(cs, "ISO8859-1") == 0 ||
	       strcmp(cs, "ISO-8859-1") == 0 ||
	       strcmp(cs, "ISO8859-15") == 0 ||
	       strcmp(cs, "ISO-8859-15") == 0;
}

/* Loads the .dic file at path; NULL (with a message) when missing (*found
 * stays 0) or unusable (*found is 1). */
static hyph *load_file(const char *path, int *found, char *err,
		       size_t errlen)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	*found = 1;
	HyphenDict *d = hnj_hyphen_load_file(f);
	fclose(f);
	if (!d) {
		set_err(err, errlen, "kan de afbreekpatronen in %s niet lezen",
			path);
		return NULL;
	}
	int utf8 = 0;
	if (!known_cset(d, &utf8)) {
		set_err(err, errlen, "%s: de tekenset %s wordt niet "
			"ondersteund", path, d->cset);
		hnj_hyphen_free(d);
		return NULL;
	}
	hyph *h = malloc(sizeof *h);
	if (!h) {
		hnj_hyphen_free(d);
		set_err(err, errlen, "onvoldoende geheugen");
		return NULL;
	}
	h->dict = d;
	h->left = 2;
	h->right = 3;
	h->utf8 = utf8;
	return h;
}

/* Splits lang ("nl", "nl_NL", "nl-NL") into a lowercase language and an
 * uppercase region (the language again when absent). 0, or -1 if it is
 * not of that form. */
static int split_lang(const char *lang, char ll[4], char cc[4])
{
	size_t n = 0, m = 0;
	while (n < 4 && ((lang[n] >= 'a' && lang[n] <= 'z') ||
			 (lang[n] >= 'A' && lang[n] <= 'Z')))
		n++;
	if (n < 2 || n > 3)
		return -1;
	const char *r = lang + n;
	if (*r == '_' || *r == '-') {
		r++;
		while (m < 4 && ((r[m] >= 'a' && r[m] <= 'z') ||
				 (r[m] >= 'A' && r[m] <= 'Z')))
			m++;
		if (m < 2 || m > 3 || r[m])
			return -1;
	} else if (*r) {
		return -1;
	} else {
		r = lang;
		m = n;
	}
	for (size_t i = 0; i < n; i++)
		ll[i] = (char)(lang[i] | 0x20);
	ll[n] = '\0';
	for (size_t i = 0; i < m; i++)
		cc[i] = (char)(r[i] & ~0x20);
	cc[m] = '\0';
	return 0;
}

/* Loads the patterns for a language code or a path; see hyph.h. */
hyph *hyph_load(const char *lang, char *err, size_t errlen)
{
	int found = 0;
	if (!lang || !*lang) {
		set_err(err, errlen, "geen taal opgegeven om af te breken");
		return NULL;
	}
	if (strchr(lang, '/')) {
		hyph *h = load_file(lang, &found, err, errlen);
		if (!h && !found)
			set_err(err, errlen, "geen afbreekpatronen in %s",
				lang);
		return h;
	}
	char ll[4], cc[4], full[32], shrt[32], path[300];
	if (split_lang(lang, ll, cc) < 0) {
		set_err(err, errlen, "ongeldige taalcode \"%.20s\"", lang);
		return NULL;
	}
	snprintf(full, sizeof full, "hyph_%s_%s.dic", ll, cc);
	snprintf(shrt, sizeof shrt, "hyph_%s.dic", ll);
	snprintf(path, sizeof path, "%s/%s", HYPH_DIR, full);
	hyph *h = load_file(path, &found, err, errlen);
	if (h || found)
		return h;
	snprintf(path, sizeof path, "%s/%s", HYPH_DIR, shrt);
	h = load_file(path, &found, err, errlen);
	if (h || found)
		return h;
	set_err(err, errlen, "geen afbreekpatronen voor \"%s\" (gezocht: "
		"%s/%s en %s)", lang, HYPH_DIR, full, shrt);
	return NULL;
}

/* Frees h and its dictionary. */
void hyph_free(hyph *h)
{
	if (!h)
		return;
	hnj_hyphen_free(h->dict);
	free(h);
}

/* Sets the fewest letters before and after a break. */
void hyph_set_min(hyph *h, int left, int right)
{
	if (!h)
		return;
	h->left = left < 1 ? 1 : left;
	h->right = right < 1 ? 1 : right;
}

/* Decodes the UTF-8 character at s[*i] (i < len) into *cp and advances
 * *i; -1 on invalid, overlong or surrogate sequences. */
static int utf8_next(const char *s, size_t len, size_t *i, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s + *i;
	size_t left = len - *i, n;
	uint32_t c = u[0], min;
	if (c < 0x80) {
		n = 1, min = 0;
	} else if ((c & 0xE0) == 0xC0) {
		n = 2, min = 0x80, c &= 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		n = 3, min = 0x800, c &= 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		n = 4, min = 0x10000, c &= 0x07;
	} else {
		return -1;
	}
	if (n > left)
		return -1;
	for (size_t k = 1; k < n; k++) {
		if ((u[k] & 0xC0) != 0x80)
			return -1;
		c = (c << 6) | (u[k] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return -1;
	*cp = c;
	*i += n;
	return 0;
}

/* What role a character plays in a word. */
static int char_class(uint32_t c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7))
		return CH_LETTER;
	if (c == '-' || c == 0x2010 || c == 0x2011)
		return CH_SEP;
	if (c == 0xAD || (c >= '0' && c <= '9'))
		return CH_OTHER;
	if ((c > ' ' && c < 0x7F) || (c >= 0xA0 && c <= 0xBF) ||
	    (c >= 0x2012 && c <= 0x205E))
		return CH_PUNCT;
	return CH_OTHER;
}

/* Finds the word's core [*s, *e) without leading and trailing
 * punctuation and checks it; 0 when it may be hyphenated. */
static int find_core(const char *w, size_t len, size_t *s, size_t *e)
{
	size_t i = 0, first = len, end = 0;
	uint32_t c;
	while (i < len) {
		size_t at = i;
		if (utf8_next(w, len, &i, &c) < 0)
			return -1;
		int k = char_class(c);
		if (k == CH_OTHER)
			return -1;
		if (k == CH_LETTER) {
			if (first == len)
				first = at;
			end = i;
		}
	}
	if (first == len)
		return -1;
	/* inside the core only letters and hyphens */
	for (i = first; i < end;) {
		if (utf8_next(w, len, &i, &c) < 0)
			return -1;
		if (char_class(c) == CH_PUNCT)
			return -1;
	}
	*s = first;
	*e = end;
	return 0;
}

/* Frees what libhyphen allocated for non-standard hyphenation. */
static void free_nonstandard(char **rep, int *pos, int *cut, size_t n)
{
	if (rep)
		for (size_t i = 0; i < n; i++)
			free(rep[i]);
	free(rep);
	free(pos);
	free(cut);
}

/* Hyphenates one part, appending its points to points[*count..max). */
static void part_points(const hyph *h, const hy_part *p, size_t *points,
			size_t *count, size_t max)
{
	if (p->too_long || p->n < HYPH_MIN_WORD || *count >= max)
		return;
	char word[2 * HYPH_MAX_WORD + 1];
	char hy[2 * HYPH_MAX_WORD + 8];
	size_t wl = 0;
	for (size_t i = 0; i < p->n; i++) {
		unsigned char c = p->lat[i];
		if (h->utf8 && c >= 0x80) {
			word[wl++] = (char)(0xC0 | (c >> 6));
			word[wl++] = (char)(0x80 | (c & 0x3F));
		} else {
			word[wl++] = (char)c;
		}
	}
	word[wl] = '\0';
	memset(hy, 0, sizeof hy);
	char **rep = NULL;
	int *pos = NULL, *cut = NULL;
	if (hnj_hyphen_hyphenate3(h->dict, word, (int)wl, hy, NULL, &rep, &pos,
				  &cut, h->left, h->right, 0, 0) != 0) {
		free_nonstandard(rep, pos, cut, wl);
		return;
	}
	for (size_t k = 1; k < p->n && *count < max; k++) {
		/* hy[k - 1]: a break after letter k - 1, before letter k */
		if (!(hy[k - 1] & 1) || (rep && rep[k - 1]))
			continue;
		if (k < (size_t)h->left || p->n - k < (size_t)h->right)
			continue;
		points[(*count)++] = p->off[k];
	}
	free_nonstandard(rep, pos, cut, wl);
}

/* Finds the hyphenation points of a UTF-8 word; see hyph.h. */
size_t hyph_points(const hyph *h, const char *word, size_t len,
		   size_t *points, size_t max)
{
	size_t s, e, count = 0;
	if (!h || !word || !points || !max || len < HYPH_MIN_WORD ||
	    find_core(word, len, &s, &e) < 0)
		return 0;
	hy_part p;
	p.n = 0;
	p.too_long = 0;
	for (size_t i = s; i <= e;) {
		uint32_t c = '-';
		size_t at = i;
		if (i < e && utf8_next(word, len, &i, &c) < 0)
			return 0;     /* checked by find_core already */
		if (char_class(c) == CH_LETTER) {
			if (p.n == HYPH_MAX_WORD) {
				p.too_long = 1;
				continue;
			}
			if ((c >= 'A' && c <= 'Z') ||
			    (c >= 0xC0 && c <= 0xDE && c != 0xD7))
				c += 0x20;
			p.lat[p.n] = (unsigned char)c;
			p.off[p.n++] = at;
			continue;
		}
		part_points(h, &p, points, &count, max);   /* a hyphen or e */
		p.n = 0;
		p.too_long = 0;
		if (i == e)
			break;
	}
	return count;
}

/* Is there a vowel with a diaeresis at word[point]? See hyph.h. */
size_t hyph_drops_trema(const char *word, size_t len, size_t point,
			char *plain)
{
	static const char from[] = "\xE4\xEB\xEF\xF6\xFC\xC4\xCB\xCF\xD6\xDC";
	static const char to[] = "aeiouAEIOU";
	uint32_t c;
	size_t i = point;
	if (!word || point >= len || utf8_next(word, len, &i, &c) < 0 ||
	    c < 0xC0 || c > 0xFF)
		return 0;
	const char *hit = memchr(from, (int)c, sizeof from - 1);
	if (!hit)
		return 0;
	if (plain)
		*plain = to[hit - from];
	return i - point;
}
