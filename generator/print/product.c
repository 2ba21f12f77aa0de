/* product.c - what print products share; see product.h. */
#include "product.h"
#include "util/diag.h"
#include "util/fs.h"

#include <string.h>

void print_item_add(print_ctx *c, const char *kind, const char *title,
		    const char *pdf, const char *preview, const char *page)
{
	print_item *it = arena_alloc(c->a, sizeof *it);
	*it = (print_item){ kind, title, pdf, preview, page };
	ptrvec_push(c->a, &c->items, it);
}

const char *print_layout_file(const print_ctx *c, const char *name)
{
	return path_join(c->a, c->theme, arena_printf(c->a,
			 "layouts/print/%s.yaml", name));
}

canvas *print_canvas(const print_ctx *c, const char *title)
{
	const char *lang = !strcmp(c->s->language, "nl") ? "nl-NL" :
			   c->s->language;
	canvas_info info = { title, c->s->organisation, c->s->title,
			     "coachkit " COACHKIT_VERSION, lang };
	canvas *cv = canvas_pdf_new(&info);
	typeset_register(c->ts, cv);   /* ids follow the fontset's order */
	return cv;
}

int print_save(const print_ctx *c, canvas *cv, const char *dir,
	       const char *file, print_stats *st)
{
	char err[300];
	const char *path = path_join(c->a, dir, file);
	int pages = canvas_page_count(cv);
	int rc = fs_mkdir_p(path_dirname(c->a, path));
	if (rc == 0)
		rc = canvas_save(cv, path, err, sizeof err);
	else
		snprintf(err, sizeof err, "cannot create its folder");
	if (rc < 0)
		diag_system("%s: %s", path, err);
	else if (st) {
		st->pdfs++;
		st->pages += pages;
	}
	canvas_free(cv);
	return rc < 0 ? -1 : 0;
}
