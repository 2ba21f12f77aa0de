/* ui.c - the UI strings of layouts/i18n; see ui.h. */
#include "ui.h"
#include "content/ynode.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fs.h"

#include <errno.h>
#include <string.h>

/* Adds the flat mapping in file, a key given again replacing its text. */
static int add_file(ui_strings *u, arena *a, const char *file)
{
	buf b = BUF_INIT;
	if (fs_read_text(file, &b) < 0) {
		diag_error(file, 0, 0, "kan de interfaceteksten niet lezen: %s",
			   syserr_text(errno));
		buf_free(&b);
		return -1;
	}
	ynode *map = ynode_parse(a, file, b.data, b.len, 0, 0);
	int rc = map && yexpect_map(file, map, "een taalbestand") == 0 ? 0 : -1;
	for (size_t i = 0; rc == 0 && i + 1 < map->n; i += 2) {
		const ynode *k = map->items[i], *v = map->items[i + 1];
		if (v->kind != YNODE_SCALAR) {
			diag_error(file, v->line, v->col, "'%s' moet een tekst "
				   "zijn", k->str);
			rc = -1;
			continue;
		}
		if (!strmap_get(&u->map, k->str))
			ptrvec_push(a, &u->keys, (void *)k->str);
		strmap_put(a, &u->map, k->str,
			   arena_strndup(a, v->str, v->len));
	}
	buf_free(&b);
	return rc;
}

int ui_load(ui_strings *u, arena *a, const theme *th, const char *language)
{
	memset(u, 0, sizeof *u);
	const char *rel = arena_printf(a, "layouts/i18n/%s.yaml", language);
	const char *own = path_join(a, th->own, rel);
	const char *base = th->base ? path_join(a, th->base, rel) : NULL;
	int have_own = fs_is_file(own), have_base = base && fs_is_file(base);
	u->file = have_own || !have_base ? own : base;
	if (!have_own && !have_base) {
		diag_error(own, 0, 0, "er zijn geen interfaceteksten voor de "
			   "taal '%s' (%s)", language, rel);
		return -1;
	}
	int rc = 0;
	if (have_base)
		rc = add_file(u, a, base);
	if (have_own)
		rc |= add_file(u, a, own);
	return rc;
}

const char *ui_get(const ui_strings *u, const char *key)
{
	return u ? strmap_get(&u->map, key) : NULL;
}
