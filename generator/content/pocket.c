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
		for (size_t i = 0; i < list->n; i++)
			panel_load(s, file, list->items[i], 1, &p->pages[i]);
	}
	p->bad = diag_errors() > before;
	return p;
}
