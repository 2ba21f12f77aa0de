/* test_utf8.c - decoding and encoding UTF-8. */
#include "check.h"
#include "util/utf8.h"

#define FFFD UTF8_REPLACEMENT

/* Decodes s[0..len) into out (at most max code points); returns how many. */
static size_t decode_all(const char *s, size_t len, uint32_t *out, size_t max)
{
	const char *p = s, *end = s + len;
	size_t n = 0;
	while (p < end && n < max) {
		const char *before = p;
		out[n++] = utf8_next(&p, end);
		if (p <= before || p > end)
			return (size_t)-1;    /* must advance, never overrun */
	}
	return n;
}

/* Does s (len bytes) decode to exactly the n code points want? */
static int decodes_to(const char *s, size_t len, const uint32_t *want,
		      size_t n)
{
	uint32_t got[64];
	size_t k = decode_all(s, len, got, 64);
	if (k != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (got[i] != want[i])
			return 0;
	return utf8_length(s, len) == n;
}

#define DECODES(lit, ...) do { \
	const uint32_t w_[] = { __VA_ARGS__ }; \
	CHECK(decodes_to(lit, sizeof(lit) - 1, w_, sizeof w_ / sizeof *w_)); \
} while (0)

/* Well-formed text of each sequence length. */
static void test_valid(void)
{
	DECODES("abc", 'a', 'b', 'c');
	DECODES("pati\xC3\xABnt", 'p', 'a', 't', 'i', 0xEB, 'n', 't');
	DECODES("\xE2\x80\x9C" "x\xE2\x80\x9D", 0x201C, 'x', 0x201D);
	DECODES("\xF0\x9D\x84\x9E", 0x1D11E);                    /* 𝄞 */
	DECODES("\xC2\x80\xDF\xBF", 0x80, 0x7FF);               /* 2-byte ends */
	DECODES("\xE0\xA0\x80\xEF\xBF\xBF", 0x800, 0xFFFF);     /* 3-byte ends */
	DECODES("\xED\x9F\xBF\xEE\x80\x80", 0xD7FF, 0xE000);    /* round surrogates */
	DECODES("\xF0\x90\x80\x80\xF4\x8F\xBF\xBF", 0x10000, 0x10FFFF);
	const char nul[] = { 'a', '\0', 'b' };
	const uint32_t want[] = { 'a', 0, 'b' };
	CHECK(decodes_to(nul, 3, want, 3));
	CHECK_INT(utf8_length("", 0), 0);
}

/* Stray, invalid and truncated bytes give U+FFFD one byte at a time. */
static void test_invalid(void)
{
	DECODES("\x80", FFFD);                         /* lone continuation */
	DECODES("a\xBF" "b", 'a', FFFD, 'b');
	DECODES("\xFE\xFF", FFFD, FFFD);
	DECODES("\xF5\x80\x80\x80", FFFD, FFFD, FFFD, FFFD);    /* > U+10FFFF */
	DECODES("\xF4\x90\x80\x80", FFFD, FFFD, FFFD, FFFD);    /* U+110000 */
	DECODES("\xC3", FFFD);                         /* truncated at end */
	DECODES("\xC3" "a", FFFD, 'a');                /* missing continuation */
	DECODES("\xE2\x80", FFFD, FFFD);
	DECODES("\xE2\x80" "a", FFFD, FFFD, 'a');
	DECODES("\xF0\x9D\x84", FFFD, FFFD, FFFD);
	/* truncated by the end pointer, not by the string */
	const char *s = "\xE2\x80\x9C";
	const char *p = s;
	CHECK_INT(utf8_next(&p, s + 2), FFFD);
	CHECK(p == s + 1);
}

/* Overlong encodings and UTF-16 surrogates are not code points. */
static void test_overlong_surrogate(void)
{
	DECODES("\xC0\xAF", FFFD, FFFD);               /* '/' in 2 bytes */
	DECODES("\xC1\xBF", FFFD, FFFD);
	DECODES("\xE0\x80\xAF", FFFD, FFFD, FFFD);     /* '/' in 3 bytes */
	DECODES("\xE0\x9F\xBF", FFFD, FFFD, FFFD);     /* U+07FF in 3 bytes */
	DECODES("\xF0\x80\x80\xAF", FFFD, FFFD, FFFD, FFFD);
	DECODES("\xF0\x8F\xBF\xBF", FFFD, FFFD, FFFD, FFFD); /* U+FFFF in 4 */
	DECODES("\xED\xA0\x80", FFFD, FFFD, FFFD);     /* U+D800 */
	DECODES("\xED\xBF\xBF", FFFD, FFFD, FFFD);     /* U+DFFF */
	DECODES("\xED\xA0\xBD\xED\xB8\x80",            /* CESU-8 pair */
		FFFD, FFFD, FFFD, FFFD, FFFD, FFFD);
}

/* Encoding: lengths, bytes, refusals, and the round trip through every
 * code point. */
static void test_encode(void)
{
	char out[4];
	CHECK_INT(utf8_encode('A', out), 1);
	CHECK(out[0] == 'A');
	CHECK_INT(utf8_encode(0xEB, out), 2);
	CHECK(memcmp(out, "\xC3\xAB", 2) == 0);
	CHECK_INT(utf8_encode(0x201D, out), 3);
	CHECK(memcmp(out, "\xE2\x80\x9D", 3) == 0);
	CHECK_INT(utf8_encode(0x1D11E, out), 4);
	CHECK(memcmp(out, "\xF0\x9D\x84\x9E", 4) == 0);
	CHECK_INT(utf8_encode(0xD800, out), 0);
	CHECK_INT(utf8_encode(0xDFFF, out), 0);
	CHECK_INT(utf8_encode(0x110000, out), 0);
	CHECK_INT(utf8_encode(0xFFFFFFFF, out), 0);

	unsigned long bad = 0, encodable = 0;
	for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
		size_t n = utf8_encode(cp, out);
		if (n == 0) {
			bad += !(cp >= 0xD800 && cp <= 0xDFFF);
			continue;
		}
		encodable++;
		const char *p = out;
		uint32_t back = utf8_next(&p, out + n);
		bad += back != cp || p != out + n;
	}
	CHECK_INT(bad, 0);
	CHECK_INT(encodable, 0x110000 - 0x800);
}

/* The first byte that is not UTF-8, or NULL. */
static void test_first_invalid(void)
{
	const char good[] = "pati\xC3\xABnt \xEF\xBF\xBD \xF0\x9D\x84\x9E";
	CHECK(utf8_invalid(good, sizeof good - 1) == NULL);
	const char bad[] = "caf\xE9 en";
	CHECK(utf8_invalid(bad, sizeof bad - 1) == bad + 3);
	const char cut[] = "ab\xC3";
	CHECK(utf8_invalid(cut, sizeof cut - 1) == cut + 2);
	const char over[] = "x\xC0\xAF";   /* overlong "/" */
	CHECK(utf8_invalid(over, sizeof over - 1) == over + 1);
	const char sur[] = "\xED\xA0\x80";  /* a surrogate */
	CHECK(utf8_invalid(sur, sizeof sur - 1) == sur);
	CHECK(utf8_invalid("", 0) == NULL);
}

int main(void)
{
	test_first_invalid();
	test_valid();
	test_invalid();
	test_overlong_surrogate();
	test_encode();
	return check_done();
}
