/* utf8.c - decoding and encoding UTF-8; see utf8.h. */
#include "utf8.h"

/* Is b a continuation byte (10xxxxxx)? */
static int is_cont(unsigned char b)
{
	return (b & 0xC0) == 0x80;
}

/* Decodes a multi-byte sequence starting with lead byte s[0] from the n
 * bytes available at s; stores its length in *used and returns the code
 * point, or returns UTF8_REPLACEMENT with *used = 1 when it is ill-formed.
 * The lower bound on the second byte rejects overlongs (E0, F0), the upper
 * one surrogates (ED) and values above U+10FFFF (F4). */
static uint32_t decode_multi(const unsigned char *s, size_t n, size_t *used)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;
	size_t len;
	uint32_t cp;

	*used = 1;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		cp = c & 0x0F;
		lo = c == 0xE0 ? 0xA0 : 0x80;
		hi = c == 0xED ? 0x9F : 0xBF;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		cp = c & 0x07;
		lo = c == 0xF0 ? 0x90 : 0x80;
		hi = c == 0xF4 ? 0x8F : 0xBF;
	} else {
		return UTF8_REPLACEMENT;    /* 80-C1 (stray or overlong), F5-FF */
	}
	if (n < len || s[1] < lo || s[1] > hi)
		return UTF8_REPLACEMENT;
	for (size_t i = 1; i < len; i++) {
		if (!is_cont(s[i]))
			return UTF8_REPLACEMENT;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	*used = len;
	return cp;
}

uint32_t utf8_next(const char **p, const char *end)
{
	const unsigned char *s = (const unsigned char *)*p;
	if (*s < 0x80) {
		*p += 1;
		return *s;
	}
	size_t used;
	uint32_t cp = decode_multi(s, (size_t)(end - *p), &used);
	*p += used;
	return cp;
}

size_t utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return 0;
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp > 0x10FFFF)
		return 0;
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t utf8_length(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	size_t n = 0;
	while (p < end) {
		if ((unsigned char)*p < 0x80)
			p++;
		else
			utf8_next(&p, end);
		n++;
	}
	return n;
}

const char *utf8_invalid(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	while (p < end) {
		if ((unsigned char)*p < 0x80) {   /* the common case */
			p++;
			continue;
		}
		const char *at = p;
		if (utf8_next(&p, end) == UTF8_REPLACEMENT &&
		    !(p - at == 3 && (unsigned char)at[0] == 0xEF &&
		      (unsigned char)at[1] == 0xBF &&
		      (unsigned char)at[2] == 0xBD))
			return at;
	}
	return NULL;
}
