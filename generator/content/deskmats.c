/* deskmats.c - loading content/deskmats/; see deskmats.h. */
#include "deskmats.h"
#include "content/ynode.h"
#include "util/fs.h"

#include <string.h>

static const char *const mat_keys[] = {
	"titel", "ondertitel", "formaat", "kolommen", "pagina", "panelen", NULL
};
static const char *const mat_required[] = { "titel", "panelen", NULL };

static deskmat *load_one(site *s, const char *name, const char *rel)
{
	const char *file = path_join(s->a, s->content, rel);
	int before = diag_errors();
	ynode *root = content_yaml_read(s, file, "een bureaulegger");
	if (!root)
		return NULL;
	ycheck_map(file, root, "bureaulegger", mat_keys, mat_required);
	deskmat *d = arena_alloc(s->a, sizeof *d);
	d->name = arena_strndup(s->a, name, strlen(name) - 5);
	d->file = file;
	d->titel = yget_str(file, root, "titel");
	d->titel_at = ypos(file, ymap_get(root, "titel"));
	d->ondertitel = yget_str(file, root, "ondertitel");
	d->formaat = yget_str(file, root, "formaat");
	d->formaat_at = ypos(file, ymap_get(root, "formaat"));
	d->columns = (int)yget_int(file, root, "kolommen", 1, 6, 3);
	d->page = content_page_at(s, file, rel, root);
	const ynode *list = ymap_get(root, "panelen");
	if (list && list->kind != YNODE_SEQ) {
		diag_error(file, list->line, list->col, "'panelen' moet een "
			   "lijst van panelen zijn");
	} else if (list) {
		d->n_panels = list->n;
		d->panels = arena_alloc(s->a, (list->n + 1) * sizeof *d->panels);
		for (size_t i = 0; i < list->n; i++)
			panel_load(s, file, list->items[i], d->columns,
				   &d->panels[i]);
		if (!list->n)
			diag_error(file, list->line, list->col, "een "
				   "bureaulegger heeft minstens één paneel "
				   "nodig");
	}
	d->bad = diag_errors() > before;
	return d;
}

int deskmats_load(site *s, deskmats *out)
{
	memset(out, 0, sizeof *out);
	ptrvec names, list = { 0 };
	if (content_yaml_files(s, "deskmats", "een bureaulegger", &names) < 0)
		return 1;
	int bad = 0;
	for (size_t i = 0; i < names.len; i++) {
		const char *name = names.items[i];
		deskmat *d = load_one(s, name, path_join(s->a, "deskmats",
							  name));
		if (d)
			ptrvec_push(s->a, &list, d);
		bad += !d || d->bad;
	}
	out->items = (deskmat **)list.items;
	out->n = list.len;
	return bad;
}
