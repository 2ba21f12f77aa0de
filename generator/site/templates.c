/* templates.c - loading and rendering the site's templates; see templates.h. */
#include "templates.h"
#include "util/diag.h"
#include "util/fs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int load_one(templates *t, const theme *th, const char *name)
{
	tmpl *tp = arena_alloc(t->a, sizeof *tp);
	tp->file = theme_file(th, path_join(t->a, "layouts/html", name));
	tp->name = arena_strndup(t->a, name, strlen(name) - strlen(".mustache"));
	buf b = BUF_INIT;
	if (fs_read_text(tp->file, &b) < 0) {
		diag_error(tp->file, 0, 0, "kan het bestand niet lezen: %s",
			   syserr_text(errno));
		buf_free(&b);
		return -1;
	}
	tp->source = b.data ? b.data : xmalloc(1);
	tp->len = b.len;
	if (!b.data)
		tp->source[0] = '\0';
	mu_error err;
	tp->compiled = mu_compile(tp->source, tp->len, &err);
	ptrvec_push(t->a, &t->all, tp);
	if (!tp->compiled) {
		diag_error(tp->file, err.line, err.col, "%s", err.msg);
		return -1;
	}
	strmap_put(t->a, &t->by_name, tp->name, tp);
	return 0;
}

/* The UI strings as a mapping for {{t.key}}, and the scripts' keys. */
static void add_strings(templates *t, const ui_strings *ui)
{
	t->strings = mu_map(t->a);
	for (size_t i = 0; i < ui->keys.len; i++) {
		const char *k = ui->keys.items[i], *v = ui_get(ui, k);
		mu_map_set(t->a, t->strings, k, mu_str_ref(t->a, v, strlen(v)));
		if (!strncmp(k, "js_", 3))
			ptrvec_push(t->a, &t->script_keys, (void *)k);
	}
}

int templates_load(templates *t, arena *a, const theme *th,
		   const ui_strings *ui)
{
	memset(t, 0, sizeof *t);
	t->a = a;
	ptrvec names = {0};
	if (theme_list(th, "layouts/html", &names) < 0) {
		diag_error(path_join(a, th->own, "layouts/html"), 0, 0,
			   "kan de sjablonen niet lezen: %s",
			   syserr_text(errno));
		return -1;
	}
	int rc = 0;
	for (size_t i = 0; i < names.len; i++)
		if (path_has_suffix(names.items[i], ".mustache") &&
		    load_one(t, th, names.items[i]) < 0)
			rc = -1;
	add_strings(t, ui);
	return rc;
}

void templates_free(templates *t)
{
	for (size_t i = 0; i < t->all.len; i++) {
		tmpl *tp = t->all.items[i];
		mu_template_free(tp->compiled);
		free(tp->source);
	}
	t->all.len = 0;
}

static const char *partial(void *ud, const char *name, size_t *len)
{
	const tmpl *tp = strmap_get(&((templates *)ud)->by_name, name);
	if (!tp)
		return NULL;
	*len = tp->len;
	return tp->source;
}

int templates_render(templates *t, const char *name, const mu_value *ctx,
		     buf *out)
{
	const tmpl *tp = strmap_get(&t->by_name, name);
	if (!tp) {
		diag_system("er is geen sjabloon layouts/html/%s.mustache",
			    name);
		return -1;
	}
	mu_error err;
	if (mu_render(tp->compiled, ctx, partial, t, out, &err) < 0) {
		diag_error(tp->file, err.line, err.col, "%s", err.msg);
		return -1;
	}
	return 0;
}
