/* test_search.c - the search index's words and stems, JSON strings, and
 * the shards it is written in (search.h). */
#include "check.h"
#include "content/model.h"
#include "markdown/md.h"
#include "site/search.h"
#include "util/buf.h"
#include "util/fs.h"

#include <stdint.h>
#include <unistd.h>

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

/* A document made for the index: its title, module and Markdown, with
 * its ## headings as sections. */
typedef struct test_doc {
	doc        d;
	module     m;
	md_doc     md;
	md_heading h[8];
	char       ids[8][16];
} test_doc;

static void make_doc(test_doc *t, const char *url, const char *title,
		     const char *text)
{
	memset(t, 0, sizeof *t);
	t->m.title = "Module";
	t->d.url = url;
	t->d.title = title;
	t->d.module = &t->m;
	t->md.root = cmark_parse_document(text, strlen(text), 0);
	cmark_iter *it = cmark_iter_new(t->md.root);
	int n = 0;
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *c = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER || n == 8 ||
		    cmark_node_get_type(c) != CMARK_NODE_HEADING)
			continue;
		cmark_node *txt = cmark_node_first_child(c);
		t->h[n].level = cmark_node_get_heading_level(c);
		t->h[n].text = txt ? cmark_node_get_literal(txt) : "";
		snprintf(t->ids[n], sizeof t->ids[n], "h%d", n + 1);
		t->h[n].id = t->ids[n];
		cmark_node_set_user_data(c, &t->h[n]);
		n++;
	}
	cmark_iter_free(it);
}

/* The numbers of a string in the shards' digits. */
static size_t numbers(const char *s, const char *end, uint32_t *out,
		      size_t max)
{
	static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				     "abcdefghijklmnopqrstuvwxyz-_";
	size_t n = 0;
	uint32_t v = 0;
	for (; s < end && *s != '"' && n < max; s++) {
		uint32_t d = (uint32_t)(strchr(digits, *s) - digits);
		if (d >= 32) {
			v = v * 32 + d - 32;
		} else {
			out[n++] = v * 32 + d;
			v = 0;
		}
	}
	return n;
}

/* The file dir/name, read into b (empty when missing). */
static const char *slurp(buf *b, const char *dir, const char *name)
{
	buf path = BUF_INIT;
	buf_printf(&path, "%s/%s", dir, name);
	buf_clear(b);
	if (fs_read(path.data, b) < 0)
		buf_clear(b);
	buf_free(&path);
	return b->data ? b->data : "";
}

/* The postings of stem in the shard file text: "doc:weight,..." */
static const char *postings_of(const char *text, const char *stem,
			       char *out, size_t size)
{
	char key[64];
	out[0] = '\0';
	snprintf(key, sizeof key, "\"%s\"", stem);
	const char *stems = strchr(text, '[');
	const char *posts = stems ? strstr(stems, "],[") : NULL;
	const char *at = stems ? strstr(stems, key) : NULL;
	if (!at || !posts || at > posts)
		return out;
	int index = 0;
	for (const char *p = stems; p < at; p++)
		index += *p == ',';
	const char *q = posts + 3;
	for (int i = 0; i < index; i++)
		q = strchr(q + 1, '"') + 2, q = strchr(q, '"');
	uint32_t v[64];
	size_t n = numbers(q + 1, text + strlen(text), v, 64);
	uint32_t next = 0;
	size_t len = 0;
	for (size_t i = 0; i + 1 < n; i += 2) {
		next += v[i];
		len += (size_t)snprintf(out + len, size - len, "%s%u:%u",
					i ? "," : "", next, v[i + 1] + 1);
		next++;
	}
	return out;
}

static const char *texts[][3] = {
	{ "a/een.html", "Patiënten", "Over de patiënt.\n\n## Zorg\n\n"
	  "Zorg voor patiënten en patiënt.\n" },
	{ "a/twee.html", "Zorgverleners", "Zorgverleners werken samen.\n\n"
	  "## Patiënt\n\nDe zorgvrager.\n" },
	{ "a/drie.html", "Derde", "Pagina over zorgpaden, zorgplannen en "
	  "zorgstandaarden.\n" },
};
#define N_TEXTS (sizeof texts / sizeof texts[0])

/* Every file of the index as written into dir, concatenated by name. */
static void all_files(buf *out, const char *dir)
{
	arena a;
	arena_init(&a, 0);
	ptrvec names = { 0 };
	buf b = BUF_INIT;
	buf_clear(out);
	buf_puts(out, slurp(&b, dir, "zoekindex.js"));
	const char *sub = path_join(&a, dir, "zoekindex");
	if (fs_list(&a, sub, &names) == 0)
		for (size_t i = 0; i < names.len; i++) {
			buf_printf(out, "== %s\n", (char *)names.items[i]);
			buf_puts(out, slurp(&b, sub, names.items[i]));
		}
	buf_free(&b);
	arena_free(&a);
}

static void test_shards(const char *dir)
{
	test_doc docs[N_TEXTS];
	for (size_t i = 0; i < N_TEXTS; i++)
		make_doc(&docs[i], texts[i][0], texts[i][1], texts[i][2]);
	search_index *x = search_new("nl");
	for (size_t i = 0; i < N_TEXTS; i++)
		search_add(x, &docs[i].d, &docs[i].md, i);
	CHECK_INT(search_write_shards(x, dir, 40), 0);
	buf b = BUF_INIT;
	char posts[256];
	const char *table = slurp(&b, dir, "zoekindex.js");
	CHECK(strstr(table, "CK_SEARCH.i({\"stop\":[\"aan\"") != NULL);
	CHECK(strstr(table, "\"docs\":3,") != NULL);
	/* "zorg..." spans shards of 40 bytes: merged */
	CHECK(strstr(table, "\"prefixes\":[\"zo\",\"zor\",\"zorg\"") !=
	      NULL);
	/* patient: in document 0's title (10) and its text (1) in one
	 * passage, in 1's heading (5) */
	const char *shard = NULL;
	char name[32];
	for (int k = 0; k < 40 && !shard; k++) {
		snprintf(name, sizeof name, "zoekindex/t%d.js", k);
		const char *t = slurp(&b, dir, name);
		if (strstr(t, "\"patient\""))
			shard = t;
	}
	CHECK(shard != NULL);
	CHECK_STR(postings_of(shard ? shard : "", "patient", posts,
			      sizeof posts), "0:11,1:5");
	/* the merged "zorg": documents 0 (its heading, 5, and text, 1), 1
	 * (its title, 10, and text: "zorgverlener") and 2 (1 each) */
	const char *zorg = slurp(&b, dir, "zoekindex/p2.js");
	CHECK(!strncmp(zorg, "CK_SEARCH.p(2,", 14));
	uint32_t v[16];
	const char *q = strchr(zorg, '"');
	size_t n = q ? numbers(q + 1, zorg + strlen(zorg), v, 16) : 0;
	CHECK_INT(n, 6);
	CHECK(n == 6 && v[0] == 0 && v[1] == 5 && v[2] == 0 && v[3] == 10 &&
	      v[4] == 0 && v[5] == 0);
	/* a document: its url, title, module, passages with anchors */
	const char *d0 = slurp(&b, dir, "zoekindex/d0.js");
	CHECK(!strncmp(d0, "CK_SEARCH.d(0,\"a/een.html\",\"Patiënten\","
		       "\"Module\",[\n[\"\",\"\",\"Over de patiënt.\"],\n"
		       "[\"#h1\",\"Zorg\",\"Zorg voor patiënten en patiënt."
		       "\"]],", 117));
	/* the same files when the documents were indexed in parts */
	buf one = BUF_INIT, two = BUF_INIT;
	all_files(&one, dir);
	search_free(x);
	x = search_new("nl");
	search_index *parts[2] = { search_part(x), search_part(x) };
	search_add(parts[1], &docs[0].d, &docs[0].md, 0);
	search_add(parts[0], &docs[1].d, &docs[1].md, 1);
	search_add(parts[1], &docs[2].d, &docs[2].md, 2);
	search_merge(x, parts, 2, 1);
	CHECK_INT(search_write_shards(x, dir, 40), 0);
	all_files(&two, dir);
	CHECK(one.len > 0 && one.len == two.len &&
	      !memcmp(one.data, two.data, one.len));
	search_free(x);
	buf_free(&one);
	buf_free(&two);
	buf_free(&b);
	for (size_t i = 0; i < N_TEXTS; i++)
		cmark_node_free(docs[i].md.root);
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

	char dir[] = "/tmp/test_search_XXXXXX";
	if (mkdtemp(dir)) {
		test_shards(dir);
		fs_remove_tree(dir);
	}
	return check_done();
}
