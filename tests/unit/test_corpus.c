/* test_corpus.c - every CommonMark spec example (../shared/spec/commonmark)
 * through the checking pass and the site's HTML renderer: no crash, some
 * output for every non-blank input, and no raw HTML let through. */
#include "check.h"
#include "content/model.h"
#include "markdown/md.h"
#include "site/html.h"
#include "site/templates.h"
#include "util/fs.h"

#include <ctype.h>

static const char *corpus_dir(void)
{
	static const char *const dirs[] = {
		"../shared/spec/commonmark/examples",
		"tests/commonmark-examples",
	};
	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++)
		if (fs_is_dir(dirs[i]))
			return dirs[i];
	return NULL;
}

static int blank(const char *s)
{
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			return 0;
	return 1;
}

/* Is the input all raw HTML, which the site leaves out? cmark's own safe
 * rendering then has nothing but its "raw HTML omitted" comments. */
static int only_raw_html(const buf *text)
{
	char *html = cmark_markdown_to_html(text->data, text->len, 0);
	static const char omitted[] = "<!-- raw HTML omitted -->";
	for (char *p; (p = strstr(html, omitted)) != NULL;)
		memset(p, ' ', sizeof omitted - 1);
	int rc = blank(html);
	free(html);
	return rc;
}

/* Checks and renders one example; returns 0 when all is as it should be. */
static int run_example(site *s, templates *t, arena *a, const char *file,
		       const buf *text, buf *out)
{
	const doc *d = strmap_get(&s->by_rel, "modules/01-a/01-x.md");
	md_doc m = { .s = s, .d = d, .file = file, .rel = d->rel,
		     .text = text->data, .text_len = text->len, .a = a };
	md_doc_check(&m, text->data, text->len, 1);
	html_ctx h = { .s = s, .t = t, .a = a, .page_dir = "a" };
	buf_clear(out);
	html_render_tree(&h, m.root, out);
	md_doc_free(&m);
	arena_reset(a);
	if (out->len == 0 && !only_raw_html(text))
		return -1;
	if (out->data && (strstr(out->data, "<div") ||
			  strstr(out->data, "<script") ||
			  strstr(out->data, "raw HTML omitted")))
		return -2;
	return 0;
}

int main(void)
{
	const char *dir = corpus_dir();
	if (!dir) {
		printf("the CommonMark examples are not here; nothing to run\n");
		return check_done();
	}
	arena a, doc_arena;
	arena_init(&a, 0);
	arena_init(&doc_arena, 0);
	FILE *null = fopen("/dev/null", "w");
	diag_set_stream(null);
	site *s = site_load(&a, "tests/fixtures/links");
	templates t;
	theme th = { &a, ".", NULL };
	ui_strings ui;
	CHECK(s && ui_load(&ui, &a, &th, "nl") == 0 &&
	      templates_load(&t, &a, &th, &ui) == 0);
	ptrvec names = {0};
	fs_list(&a, dir, &names);
	buf text = BUF_INIT, out = BUF_INIT;
	int n = 0, bad = 0;
	for (size_t i = 0; s && i < names.len; i++) {
		const char *name = names.items[i];
		if (strlen(name) != 7 || !path_has_suffix(name, ".md"))
			continue;
		const char *file = path_join(&a, dir, name);
		if (fs_read(file, &text) < 0)
			continue;
		n++;
		int rc = run_example(s, &t, &doc_arena, file, &text, &out);
		if (rc != 0) {
			bad++;
			printf("FAIL - %s: %s\n", file, rc == -1 ?
			       "no output" : "raw HTML in the output");
		}
	}
	diag_set_stream(NULL);
	fclose(null);
	CHECK(n >= 655);
	CHECK_INT(bad, 0);
	printf("%d examples checked and rendered\n", n);
	buf_free(&text);
	buf_free(&out);
	if (s)
		templates_free(&t);
	arena_free(&doc_arena);
	arena_free(&a);
	return check_done();
}
