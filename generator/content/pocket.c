/* pocket.c - loading content/pocket.yaml; see pocket.h. */
#include "pocket.h"
#include "content/ynode.h"
#include "util/fs.h"

#include <string.h>

static const char *const keys[] = {
	"titel", "ondertitel", "pagina", "paginas", NULL
};
static const char *const required[] = { "titel", "paginas", NULL };

/* A page: a panel, or a title and `profielen: true`. */
static void load_page(site *s, const char *file, const ynode *m, pocket *p,
		      size_t i)
{
	static const char *const keys[] = { "titel", "profielen", NULL };
	static const char *const req[] = { "titel", NULL };
	if (m->kind != YNODE_MAP || !ymap_get(m, "profielen")) {
		panel_load(s, file, m, 1, &p->pages[i]);
		return;
	}
	panel *pn = &p->pages[i];
	int before = diag_errors();
	ycheck_map(file, m, "pagina", keys, req);
	pn->titel = yget_str(file, m, "titel");
	pn->at = ypos(file, m);
	const ynode *v = ymap_get(m, "profielen");
	pn->content_at = ypos(file, v);
	pn->kind = PANEL_VRAGEN;
	pn->span = 1;
	p->profiles[i] = yget_bool(file, m, "profielen", 0);
	if (!p->profiles[i])
		diag_error(file, v->line, v->col, "'profielen' kan alleen true "
			   "zijn; laat anders de pagina weg");
	pn->bad = diag_errors() > before;
}

pocket *pocket_load(site *s)
{
	const char *rel = "pocket.yaml";
	const char *file = path_join(s->a, s->content, rel);
	if (!fs_is_file(file))
		return NULL;
	pocket *p = arena_alloc(s->a, sizeof *p);
	p->file = file;
	int before = diag_errors();
	ynode *root = content_yaml_read(s, file, "de zakkaart");
	if (!root) {
		p->bad = 1;
		return p;
	}
	ycheck_map(file, root, "zakkaart", keys, required);
	p->titel = yget_str(file, root, "titel");
	p->ondertitel = yget_str(file, root, "ondertitel");
	p->page = content_page_at(s, file, rel, root);
	const ynode *list = ymap_get(root, "paginas");
	if (list && list->kind != YNODE_SEQ) {
		diag_error(file, list->line, list->col, "'paginas' moet een "
			   "lijst van pagina's zijn");
	} else if (list) {
		p->n_pages = list->n;
		p->pages = arena_alloc(s->a, (list->n + 1) * sizeof *p->pages);
		p->profiles = arena_alloc(s->a, (list->n + 1) *
					  sizeof *p->profiles);
		for (size_t i = 0; i < list->n; i++)
			load_page(s, file, list->items[i], p, i);
	}
	p->bad = diag_errors() > before;
	return p;
}
