/* test_search.c - the search index's words and stems, and JSON strings. */
#include "check.h"
#include "site/search.h"
#include "util/buf.h"

typedef struct words {
	char text[512];
} words;

static void collect(void *ud, const char *w, size_t len)
{
	words *ws = ud;
	size_t n = strlen(ws->text);
	if (n + len + 2 >= sizeof ws->text)
		return;
	if (n)
		ws->text[n++] = '|';
	memcpy(ws->text + n, w, len);
	ws->text[n + len] = '\0';
}

static const char *split(words *ws, const char *text)
{
	ws->text[0] = '\0';
	search_words(text, collect, ws);
	return ws->text;
}

static const char *json(buf *b, const char *s)
{
	buf_clear(b);
	buf_put_json(b, s);
	return b->data;
}

int main(void)
{
	words ws;
	/* lowercase, accents kept, cut at punctuation, dashes and quotes */
	CHECK_STR(split(&ws, "Patiënten, de POH\xE2\x80\x99s \xE2\x80\x94 "
			"\xC3\x89\xC3\x89N test-case 2024!"),
		  "patiënten|de|poh|s|één|test|case|2024");
	CHECK_STR(split(&ws, "\xC2\xAB" "Zorg\xC2\xBB" " \xC3\x97 3"),
		  "zorg|3");
	CHECK_STR(split(&ws, "  ...  "), "");
	CHECK_STR(split(&ws, NULL), "");
	CHECK_STR(split(&ws, "cut\xC3"), "cut");   /* a broken last byte */

	search_index *x = search_new("nl");
	char a[64];
	snprintf(a, sizeof a, "%s", search_stem(x, "patiënten", 10));
	CHECK_STR(a, "patient");
	CHECK_STR(search_stem(x, "patiënt", 8), "patient");
	snprintf(a, sizeof a, "%s", search_stem(x, "zorgverleners", 13));
	CHECK_STR(a, search_stem(x, "zorgverlener", 12));
	CHECK_STR(search_stem(x, "lopen", 5), "lop");
	search_free(x);

	buf b = BUF_INIT;
	CHECK_STR(json(&b, "zeg \"ja\"\\"), "\"zeg \\\"ja\\\"\\\\\"");
	CHECK_STR(json(&b, "a\nb\tc"), "\"a\\u000ab\\u0009c\"");
	CHECK_STR(json(&b, "</script>"), "\"<\\/script>\"");
	CHECK_STR(json(&b, "x\xE2\x80\xA8y"), "\"x\\u2028y\"");
	CHECK_STR(json(&b, "é—"), "\"é—\"");
	CHECK_STR(json(&b, NULL), "\"\"");
	buf_free(&b);
	return check_done();
}
