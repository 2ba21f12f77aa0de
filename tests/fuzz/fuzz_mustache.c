/* fuzz_mustache.c - the Mustache engine: templates, data and partials.
 *
 * The input is cut at its NUL bytes: the template, then the data as YAML
 * (read with ynode and turned into a value tree: plain true/false, null
 * and numbers are typed, the rest are strings), then partials named "a",
 * "b", ... in turn; the name "self" gives the template itself, so
 * partials can recurse. The template is compiled and rendered against the
 * data, and every partial is compiled on its own too.
 *
 * Invariants checked: a compile or render error has a message and a
 * position from line 1 and column 1; rendering stops within the nesting
 * limit. */
#include "fuzz.h"
#include "content/ynode.h"
#include "template/mustache.h"

#include <errno.h>
#include <math.h>

#define MAX_PARTS 6

typedef struct input {
	fuzz_part parts[MAX_PARTS];
	size_t    n;
} input;

/* A plain scalar as a typed value; any other scalar as a string. */
static mu_value *scalar_value(arena *a, const ynode *n)
{
	if (!n->plain)
		return mu_str(a, n->str, n->len);
	if (!strcmp(n->str, "true") || !strcmp(n->str, "false"))
		return mu_bool(a, n->str[0] == 't');
	if (!n->len || !strcmp(n->str, "null") || !strcmp(n->str, "~"))
		return mu_null(a);
	char *end;
	errno = 0;
	double d = strtod(n->str, &end);
	if (end != n->str && !*end && !errno && isfinite(d))
		return mu_num(a, d);
	return mu_str(a, n->str, n->len);
}

/* The YAML tree as a value tree. */
static mu_value *to_value(arena *a, const ynode *n)
{
	if (n->kind == YNODE_SCALAR)
		return scalar_value(a, n);
	mu_value *v = n->kind == YNODE_SEQ ? mu_list(a) : mu_map(a);
	for (size_t i = 0; i < n->n; i++) {
		if (n->kind == YNODE_SEQ) {
			mu_list_push(a, v, to_value(a, n->items[i]));
		} else {
			mu_map_set(a, v, n->items[i]->str,
				   to_value(a, n->items[i + 1]));
			i++;
		}
	}
	return v;
}

/* The partials: "self" is the template, "a", "b", ... the parts after
 * the data. */
static const char *partial(void *ud, const char *name, size_t *len)
{
	const input *in = ud;
	size_t i = 0;
	if (!strcmp(name, "self"))
		i = 0;
	else if (name[0] >= 'a' && name[0] < 'a' + MAX_PARTS - 2 && !name[1])
		i = (size_t)(name[0] - 'a') + 2;
	else
		return NULL;
	if (i >= in->n)
		return NULL;
	*len = in->parts[i].len;
	return in->parts[i].text;
}

/* An error must say what and where. */
static void check_error(const mu_error *err, const char *what)
{
	if (!err->msg[0] || err->line < 1 || err->col < 1)
		fuzz_fail("%s error at %d:%d without a place or message: %s",
			  what, err->line, err->col, err->msg);
}

/* One input: data read, template compiled and rendered, partials
 * compiled. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	input in;
	in.n = fuzz_split(data, size, in.parts, MAX_PARTS);
	arena a;
	arena_init(&a, 0);
	diag_capture c;
	fuzz_quiet_begin(&c);
	mu_value *ctx = NULL;
	if (in.n > 1) {
		ynode *root = ynode_parse(&a, "data.yaml", in.parts[1].text,
					  in.parts[1].len, 0, 0);
		ctx = root ? to_value(&a, root) : NULL;
	}
	fuzz_quiet_end(&c, NULL, (fuzz_extent){ 0, 0 });
	mu_error err = { 0, 0, "" };
	mu_template *t = mu_compile(in.parts[0].text, in.parts[0].len, &err);
	if (!t) {
		check_error(&err, "compile");
	} else {
		buf out = BUF_INIT;
		if (mu_render(t, ctx, partial, &in, &out, &err) < 0)
			check_error(&err, "render");
		buf_free(&out);
		mu_template_free(t);
	}
	for (size_t i = 2; i < in.n; i++) {
		mu_template *p = mu_compile(in.parts[i].text, in.parts[i].len,
					    &err);
		if (!p)
			check_error(&err, "partial");
		mu_template_free(p);
	}
	arena_free(&a);
	return 0;
}
