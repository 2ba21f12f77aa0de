/* test_mustache.c - engine tests beyond the official spec.
 *
 * Usage: test_mustache
 *
 * Checks the exact position and wording of syntax errors, errors raised
 * while rendering (a broken partial, runaway recursion), number formatting,
 * nested partial indentation, the partial cache and the value API. Output
 * follows test_mustache_spec: one line per group ("mustache/errors: 7/7
 * passed"), details of failures, and last "N passed, M failed"; exits 0
 * only when nothing failed. */
#include "template/mustache.h"
#include "util/arena.h"
#include "util/buf.h"

#include <stdio.h>
#include <string.h>

typedef struct group {
	const char *name;
	int passed, total;
} group;

/* name/source pairs, ended by a NULL name, served as partials */
typedef struct partial_def {
	const char *name, *src;
} partial_def;

/* find_partial - mu_partial_fn over a partial_def array */
static const char *find_partial(void *ud, const char *name, size_t *len)
{
	for (const partial_def *p = ud; p && p->name; p++) {
		if (strcmp(p->name, name) == 0) {
			*len = strlen(p->src);
			return p->src;
		}
	}
	return NULL;
}

/* print_visible - print s quoted, with control characters escaped */
static void print_visible(const char *label, const char *s)
{
	printf("    %-9s \"", label);
	for (; *s; s++) {
		switch (*s) {
		case '\n': fputs("\\n", stdout); break;
		case '\r': fputs("\\r", stdout); break;
		case '\t': fputs("\\t", stdout); break;
		case '"':  fputs("\\\"", stdout); break;
		case '\\': fputs("\\\\", stdout); break;
		default:   putchar(*s);
		}
	}
	fputs("\"\n", stdout);
}

/* record - count one result in g and report a failure */
static void record(group *g, const char *test, int ok)
{
	g->total++;
	if (ok)
		g->passed++;
	else
		printf("  FAIL mustache/%s: %s\n", g->name, test);
}

/* check_error - src must fail to compile (or, with partials, to render)
 * with exactly this line, column and message */
static void check_error(group *g, const char *test, const char *src,
                        const partial_def *partials, int line, int col,
                        const char *msg)
{
	mu_error err = { 0, 0, "" };
	buf out = BUF_INIT;
	mu_template *t = mu_compile(src, strlen(src), &err);
	int failed = !t;
	if (t)
		failed = mu_render(t, NULL, find_partial, (void *)partials,
		                   &out, &err) != 0;
	int ok = failed && err.line == line && err.col == col &&
	         strcmp(err.msg, msg) == 0;
	record(g, test, ok);
	if (!ok) {
		print_visible("template:", src);
		printf("    expected: %d:%d: %s\n", line, col, msg);
		if (failed)
			printf("    got:      %d:%d: %s\n", err.line, err.col,
			       err.msg);
		else
			printf("    got:      no error\n");
	}
	mu_template_free(t);
	buf_free(&out);
}

/* check_render - tpl rendered against ctx must give expected */
static void check_render(group *g, const char *test, const char *tpl,
                         const mu_value *ctx, const partial_def *partials,
                         const char *expected)
{
	mu_error err = { 0, 0, "" };
	buf out = BUF_INIT;
	mu_template *t = mu_compile(tpl, strlen(tpl), &err);
	int ok = t && mu_render(t, ctx, find_partial, (void *)partials, &out,
	                        &err) == 0 && strcmp(out.data, expected) == 0;
	record(g, test, ok);
	if (!ok) {
		print_visible("template:", tpl);
		print_visible("expected:", expected);
		if (err.msg[0])
			printf("    error:    %d:%d: %s\n", err.line, err.col,
			       err.msg);
		else
			print_visible("got:", out.data ? out.data : "");
	}
	mu_template_free(t);
	buf_free(&out);
}

/* test_errors - syntax errors and render-time errors */
static void test_errors(group *g)
{
	static const partial_def broken[] = {
		{ "card", "ok\n{{#x}}\n" }, { NULL, NULL } };
	static const partial_def loop[] = {
		{ "r", "r{{>r}}" }, { NULL, NULL } };
	check_error(g, "unclosed section", "a\n  {{#items}}\nx\n", NULL,
	            2, 3, "sectie 'items' wordt niet gesloten");
	check_error(g, "mismatched close tag", "{{#a}}\n x {{/b}}\n", NULL,
	            2, 4, "sectie 'a' gesloten door 'b'");
	check_error(g, "unclosed tag", "Hello\n  {{name", NULL,
	            2, 3, "tag niet gesloten: verwacht '}}'");
	check_error(g, "tag run into the next tag", "{{name and {{b}}", NULL,
	            1, 1, "tag niet gesloten: verwacht '}}'");
	check_error(g, "unclosed triple mustache", "x {{{name}}", NULL,
	            1, 3, "tag niet gesloten: verwacht '}}}'");
	check_error(g, "invalid set-delimiter", "x\n{{=<% =}}", NULL,
	            2, 1, "ongeldige tag voor scheidingstekens '=<%=': "
	            "verwacht twee scheidingstekens met witruimte ertussen");
	check_error(g, "set-delimiter with three parts", "{{=a b c=}}", NULL,
	            1, 1, "ongeldige tag voor scheidingstekens '=a b c=': "
	            "verwacht twee scheidingstekens met witruimte ertussen");
	check_error(g, "close without open", "x{{/a}}", NULL,
	            1, 2, "sluittag 'a' zonder open sectie");
	check_error(g, "empty name", "{{ }}", NULL, 1, 1, "lege tagnaam");
	check_error(g, "bad dotted name", "{{a..b}}", NULL,
	            1, 1, "ongeldige tagnaam 'a..b'");
	check_error(g, "error inside a partial", "{{>card}}", broken,
	            2, 1, "in partial 'card': sectie 'x' wordt niet gesloten");
	check_error(g, "runaway recursion", "{{>r}}", loop,
	            1, 2, "in partial 'r': partial 'r' is meer dan 100 "
	            "niveaus diep genest");
	check_error(g, "errors after custom delimiters", "{{=<% %>=}}\n<%#a%>",
	            NULL, 2, 1, "sectie 'a' wordt niet gesloten");
}

/* test_numbers - numbers print as the shortest text that round-trips */
static void test_numbers(group *g, arena *a)
{
	static const struct { double d; const char *text; } cases[] = {
		{ 85.0, "85" }, { 1.210, "1.21" }, { 0.1, "0.1" },
		{ -3, "-3" }, { 1e20, "1e+20" }, { 2.5e-7, "2.5e-07" },
		{ 123456789012.0, "123456789012" }, { 1.0 / 3, "0.3333333333333333" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		mu_value *m = mu_map(a);
		mu_map_num(a, m, "n", cases[i].d);
		check_render(g, cases[i].text, "{{n}}", m, NULL, cases[i].text);
	}
}

/* test_partials - indentation of nested partials and the cache */
static void test_partials(group *g, arena *a)
{
	static const partial_def nest[] = {
		{ "inner", "a\n  {{>leaf}}\nb\n" }, { "leaf", "x\ny\n" },
		{ "inline", "<{{>leaf}}>" }, { NULL, NULL } };
	static const partial_def sect[] = {
		{ "p", "{{#list}}x\n{{/list}}y\n" }, { NULL, NULL } };
	check_render(g, "nested standalone indentation", "  {{>inner}}\n",
	             NULL, nest, "  a\n    x\n    y\n  b\n");
	check_render(g, "partial inline in an indented one is not indented",
	             " {{>inline}}\n", NULL, nest, " <x\ny\n>");
	check_render(g, "inline partial is not indented", "-{{>leaf}}-\n",
	             NULL, nest, "-x\ny\n-\n");
	mu_value *m = mu_map(a), *list = mu_list(a);
	mu_list_push(a, list, mu_num(a, 1));
	mu_list_push(a, list, mu_num(a, 2));
	mu_map_set(a, m, "list", list);
	check_render(g, "indent before a non-standalone close tag",
	             "  {{>p}}\n", m, sect, "  x\n  x\n  y\n");

	/* the cache must notice when a partial's text changes */
	partial_def changing[] = { { "p", "one" }, { NULL, NULL } };
	mu_template *t = mu_compile("[{{>p}}]", 8, NULL);
	buf out = BUF_INIT;
	int ok = t != NULL;
	for (int i = 0; ok && i < 3; i++) {
		buf_clear(&out);
		ok = mu_render(t, NULL, find_partial, changing, &out, NULL) == 0 &&
		     strcmp(out.data, i < 2 ? "[one]" : "[two!]") == 0;
		changing[0].src = i == 0 ? "one" : "two!";
	}
	record(g, "partial cache follows changed text", ok);
	mu_template_free(t);
	buf_free(&out);
}

/* test_values - the value API and interpolation of each kind */
static void test_values(group *g, arena *a)
{
	mu_value *m = mu_map(a);
	mu_map_str(a, m, "s", "first");
	mu_map_str(a, m, "s", "it's <b>");
	mu_map_str(a, m, "unset", NULL);
	mu_map_bool(a, m, "yes", 1);
	mu_map_set(a, m, "nil", mu_null(a));
	mu_map_set(a, m, "empty", mu_str_ref(a, "", 0));
	record(g, "mu_map_get", mu_map_get(m, "unset") == NULL &&
	       mu_kind_of(mu_map_get(m, "yes")) == MU_BOOL &&
	       mu_map_get(mu_map_get(m, "s"), "x") == NULL);
	check_render(g, "replaced key, escaping", "{{s}}|{{{s}}}", m, NULL,
	             "it&#39;s &lt;b&gt;|it's <b>");
	check_render(g, "booleans and null", "{{yes}}|{{nil}}|{{unset}}", m,
	             NULL, "true||");
	check_render(g, "empty string is truthy", "{{#empty}}t{{/empty}}"
	             "{{^nil}}n{{/nil}}", m, NULL, "tn");
	check_render(g, "reset to the default delimiters",
	             "{{=<% %>=}}<%s%><%={{ }}=%>{{yes}}", m, NULL,
	             "it&#39;s &lt;b&gt;true");
	check_render(g, "NULL context", "a{{x}}{{#x}}b{{/x}}{{^x}}c{{/x}}",
	             NULL, NULL, "ac");
}

/* finish - print a group's line and add it to the totals */
static void finish(const group *g, int *passed, int *failed)
{
	printf("mustache/%s: %d/%d passed\n", g->name, g->passed, g->total);
	*passed += g->passed;
	*failed += g->total - g->passed;
}

int main(void)
{
	arena a;
	arena_init(&a, 0);
	group errors = { "errors", 0, 0 }, numbers = { "numbers", 0, 0 };
	group partials = { "partials-extra", 0, 0 }, values = { "values", 0, 0 };
	test_errors(&errors);
	test_numbers(&numbers, &a);
	test_partials(&partials, &a);
	test_values(&values, &a);
	int passed = 0, failed = 0;
	finish(&errors, &passed, &failed);
	finish(&numbers, &passed, &failed);
	finish(&partials, &passed, &failed);
	finish(&values, &passed, &failed);
	printf("%d passed, %d failed\n", passed, failed);
	arena_free(&a);
	return failed == 0 ? 0 : 1;
}
