/* pocket.c - loading content/pocket.yaml; see pocket.h. */
#include "pocket.h"
#include "content/ynode.h"
#include "util/buf.h"
#include "util/fs.h"

#include <errno.h>
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
	ycheck_map(file, m, "page", keys, req);
	pn->titel = yget_str(file, m, "titel");
	pn->at = (diag_pos){ file, m->line, m->col };
	const ynode *v = ymap_get(m, "profielen");
	pn->content_at = (diag_pos){ file, v->line, v->col };
	pn->kind = PANEL_VRAGEN;
	pn->span = 1;
	p->profiles[i] = yget_bool(file, m, "profielen", 0);
	if (!p->profiles[i])
		diag_error(file, v->line, v->col, "profielen can only be true; "
			   "leave the page out instead");
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
	buf text = BUF_INIT;
	if (fs_read(file, &text) < 0) {
		diag_error(file, 0, 0, "cannot read: %s", strerror(errno));
		p->bad = 1;
		return p;
	}
	ynode *root = ynode_parse(s->a, file, text.data, text.len, 0, 0);
	buf_free(&text);
	if (!root || yexpect_map(file, root, "the pocket reference") < 0) {
		p->bad = 1;
		return p;
	}
	ycheck_map(file, root, "pocket reference", keys, required);
	p->titel = yget_str(file, root, "titel");
	p->ondertitel = yget_str(file, root, "ondertitel");
	const char *link = yget_str(file, root, "pagina");
	if (link && !(p->page = site_find_doc(s, rel, link))) {
		const ynode *v = ymap_get(root, "pagina");
		diag_error(file, v->line, v->col, "pagina '%s' is not a "
			   "lesson or page: give the path of its .md file "
			   "from this file", link);
	}
	const ynode *list = ymap_get(root, "paginas");
	if (list && list->kind != YNODE_SEQ) {
		diag_error(file, list->line, list->col, "paginas must be a "
			   "list of pages");
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
