/* test_mustache_spec.c - run the official Mustache spec against the engine.
 *
 * Usage: test_mustache_spec [SPECDIR]
 *
 * Reads every .yml file in SPECDIR not starting with '~' (the optional
 * modules: lambdas, inheritance, dynamic names) with libyaml, renders each
 * test's template against its data and partials, and compares the output
 * with the expected text. Without SPECDIR it uses ../shared/spec/mustache
 * (relative to the project root, the current directory) and falls back to
 * the copy in tests/mustache-spec.
 *
 * Prints one line per file ("mustache/sections: 34/34 passed"), details of
 * each failing test, and last "N passed, M failed". Exits 0 only when no
 * test failed. */
#include "template/mustache.h"
#include "util/arena.h"
#include "util/buf.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#define DEFAULT_SPECDIR  "../shared/spec/mustache"
#define FALLBACK_SPECDIR "tests/mustache-spec"

/* the partials map of one test, served through mu_partial_fn */
typedef struct partial_src {
	yaml_document_t *doc;
	yaml_node_t     *map;    /* NULL when the test has no partials */
} partial_src;

typedef struct counts {
	int passed, failed;
} counts;

/* scalar - a node's text if it is a scalar, else NULL */
static const char *scalar(yaml_node_t *n, size_t *len)
{
	if (!n || n->type != YAML_SCALAR_NODE)
		return NULL;
	if (len)
		*len = n->data.scalar.length;
	return (const char *)n->data.scalar.value;
}

/* map_get - the value under key in a YAML mapping node, or NULL */
static yaml_node_t *map_get(yaml_document_t *doc, yaml_node_t *map,
                            const char *key)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return NULL;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top; p++) {
		const char *k = scalar(yaml_document_get_node(doc, p->key), NULL);
		if (k && strcmp(k, key) == 0)
			return yaml_document_get_node(doc, p->value);
	}
	return NULL;
}

/* is_number - whether s is a plain decimal number: [-+]d+[.d+][e[-+]d+] */
static int is_number(const char *s)
{
	const char *p = s;
	if (*p == '-' || *p == '+')
		p++;
	if (*p < '0' || *p > '9')
		return 0;
	while (*p >= '0' && *p <= '9')
		p++;
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return 0;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '-' || *p == '+')
			p++;
		if (*p < '0' || *p > '9')
			return 0;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return *p == '\0';
}

/* scalar_value - YAML scalar to mu_value: plain true/false, null/~/empty
 * and numbers are typed; everything else (and any quoted scalar) is a
 * string */
static mu_value *scalar_value(arena *a, yaml_node_t *n)
{
	size_t len;
	const char *s = scalar(n, &len);
	if (n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return mu_str(a, s, len);
	if (!strcmp(s, "true") || !strcmp(s, "True") || !strcmp(s, "TRUE"))
		return mu_bool(a, 1);
	if (!strcmp(s, "false") || !strcmp(s, "False") || !strcmp(s, "FALSE"))
		return mu_bool(a, 0);
	if (!strcmp(s, "null") || !strcmp(s, "Null") || !strcmp(s, "NULL") ||
	    !strcmp(s, "~") || len == 0)
		return mu_null(a);
	if (is_number(s))
		return mu_num(a, strtod(s, NULL));
	return mu_str(a, s, len);
}

/* to_value - convert a YAML node (recursively) to a mu_value */
static mu_value *to_value(arena *a, yaml_document_t *doc, yaml_node_t *n)
{
	if (!n)
		return mu_null(a);
	switch (n->type) {
	case YAML_SCALAR_NODE:
		return scalar_value(a, n);
	case YAML_SEQUENCE_NODE: {
		mu_value *list = mu_list(a);
		for (yaml_node_item_t *i = n->data.sequence.items.start;
		     i < n->data.sequence.items.top; i++)
			mu_list_push(a, list, to_value(a, doc,
			             yaml_document_get_node(doc, *i)));
		return list;
	}
	case YAML_MAPPING_NODE: {
		mu_value *map = mu_map(a);
		for (yaml_node_pair_t *p = n->data.mapping.pairs.start;
		     p < n->data.mapping.pairs.top; p++) {
			const char *k = scalar(yaml_document_get_node(doc, p->key),
			                       NULL);
			if (k)
				mu_map_set(a, map, k, to_value(a, doc,
				           yaml_document_get_node(doc, p->value)));
		}
		return map;
	}
	default:
		return mu_null(a);
	}
}

/* find_partial - mu_partial_fn over a test's `partials` mapping */
static const char *find_partial(void *ud, const char *name, size_t *len)
{
	partial_src *ps = ud;
	return scalar(map_get(ps->doc, ps->map, name), len);
}

/* print_visible - print s quoted, with control characters escaped */
static void print_visible(const char *label, const char *s, size_t len)
{
	printf("    %-9s \"", label);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '\n': fputs("\\n", stdout); break;
		case '\r': fputs("\\r", stdout); break;
		case '\t': fputs("\\t", stdout); break;
		case '\\': fputs("\\\\", stdout); break;
		case '"':  fputs("\\\"", stdout); break;
		default:
			if (c < 0x20 || c == 0x7f)
				printf("\\x%02x", c);
			else
				putchar(c);
		}
	}
	fputs("\"\n", stdout);
}

/* run_test - render one test mapping; returns 1 when it passed */
static int run_test(const char *file, yaml_document_t *doc, yaml_node_t *t)
{
	size_t tlen = 0, elen = 0;
	const char *name = scalar(map_get(doc, t, "name"), NULL);
	const char *tpl = scalar(map_get(doc, t, "template"), &tlen);
	const char *expected = scalar(map_get(doc, t, "expected"), &elen);
	if (!name || !tpl || !expected) {
		printf("  FAIL mustache/%s: malformed test entry\n", file);
		return 0;
	}
	arena a;
	arena_init(&a, 0);
	mu_value *data = to_value(&a, doc, map_get(doc, t, "data"));
	partial_src ps = { doc, map_get(doc, t, "partials") };
	buf out = BUF_INIT;
	mu_error err = { 0, 0, "" };
	int ok = 0;
	mu_template *m = mu_compile(tpl, tlen, &err);
	if (m && mu_render(m, data, find_partial, &ps, &out, &err) == 0)
		ok = out.len == elen && memcmp(out.data, expected, elen) == 0;
	if (!ok) {
		printf("  FAIL mustache/%s: %s\n", file, name);
		print_visible("template:", tpl, tlen);
		print_visible("expected:", expected, elen);
		if (err.msg[0])
			printf("    error:    %d:%d: %s\n", err.line, err.col,
			       err.msg);
		else
			print_visible("got:", out.data ? out.data : "", out.len);
	}
	mu_template_free(m);
	buf_free(&out);
	arena_free(&a);
	return ok;
}

/* load_document - parse path into doc; returns 0 on success */
static int load_document(const char *path, yaml_document_t *doc)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	yaml_parser_t parser;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_file(&parser, f);
	int ok = yaml_parser_load(&parser, doc);
	if (!ok)
		fprintf(stderr, "%s:%lu: %s\n", path,
		        (unsigned long)parser.problem_mark.line + 1,
		        parser.problem ? parser.problem : "YAML error");
	yaml_parser_delete(&parser);
	fclose(f);
	if (ok && !yaml_document_get_root_node(doc)) {
		yaml_document_delete(doc);
		return -1;
	}
	return ok ? 0 : -1;
}

/* run_file - run every test of one spec file, adding to *c */
static void run_file(const char *dir, const char *fname, counts *c)
{
	char path[4096], stem[256];
	snprintf(path, sizeof path, "%s/%s", dir, fname);
	snprintf(stem, sizeof stem, "%.*s", (int)(strlen(fname) - 4), fname);
	yaml_document_t doc;
	yaml_node_t *tests = NULL;
	int loaded = load_document(path, &doc) == 0;
	if (loaded)
		tests = map_get(&doc, yaml_document_get_root_node(&doc), "tests");
	if (!tests || tests->type != YAML_SEQUENCE_NODE) {
		printf("mustache/%s: cannot read tests from %s\n", stem, path);
		c->failed++;
		if (loaded)
			yaml_document_delete(&doc);
		return;
	}
	int passed = 0, total = 0;
	for (yaml_node_item_t *i = tests->data.sequence.items.start;
	     i < tests->data.sequence.items.top; i++, total++)
		passed += run_test(stem, &doc, yaml_document_get_node(&doc, *i));
	printf("mustache/%s: %d/%d passed\n", stem, passed, total);
	c->passed += passed;
	c->failed += total - passed;
	yaml_document_delete(&doc);
}

/* cmp_names - qsort comparison of C strings */
static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* run_dir - run the core spec files of dir in name order; -1 if none */
static int run_dir(const char *dir, counts *c)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	char *names[64];
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 64) {
		size_t len = strlen(e->d_name);
		if (e->d_name[0] == '~' || e->d_name[0] == '.' || len < 5 ||
		    strcmp(e->d_name + len - 4, ".yml") != 0)
			continue;
		names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_names);
	for (size_t i = 0; i < n; i++) {
		run_file(dir, names[i], c);
		free(names[i]);
	}
	return n ? 0 : -1;
}

/* is_dir - whether path names a directory */
static int is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] :
	                  is_dir(DEFAULT_SPECDIR) ? DEFAULT_SPECDIR :
	                  FALLBACK_SPECDIR;
	counts c = { 0, 0 };
	if (run_dir(dir, &c) != 0) {
		fprintf(stderr, "test_mustache_spec: no spec files in %s\n", dir);
		c.failed++;
	}
	printf("%d passed, %d failed\n", c.passed, c.failed);
	return c.failed == 0 ? 0 : 1;
}
