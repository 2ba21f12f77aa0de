/* resources.c - loading what every output reads; see resources.h. */
#include "resources.h"
#include "print/style.h"
#include "site/templates.h"
#include "util/diag.h"
#include "util/fs.h"

#include <stdlib.h>
#include <string.h>

void font_cache_free(font_cache *c)
{
	if (c->loaded)
		fontset_free(&c->fs);
	free(c->serif);
	free(c->sans);
	free(c->lang);
	memset(c, 0, sizeof *c);
}

/* The fonts from the cache, when it holds these; 1 or 0. */
static int borrow(resources *r, const site *s, font_cache *c)
{
	const print_style *st = r->style;
	if (!c || !c->loaded || strcmp(c->serif, st->serif) ||
	    strcmp(c->sans, st->sans) || strcmp(c->lang, s->language))
		return 0;
	r->fonts = c->fs;   /* its embed[] are NULL: subsets are r's own */
	r->fonts_loaded = r->fonts_borrowed = 1;
	return 1;
}

/* Lends r's new fonts to the cache, which keeps them. */
static void lend(resources *r, const site *s, font_cache *c)
{
	if (!c)
		return;
	font_cache_free(c);
	c->fs = r->fonts;
	c->serif = strdup(r->style->serif);
	c->sans = strdup(r->style->sans);
	c->lang = strdup(s->language);
	/* the names the fontset shows: its own now, not the build's */
	c->fs.serif.name = r->fonts.serif.name = c->serif;
	c->fs.sans.name = r->fonts.sans.name = c->sans;
	c->loaded = r->fonts_borrowed = 1;
}

/* The families the print style names, or an error at the line naming
 * them. */
static int load_fonts(resources *r, const site *s, font_cache *cache)
{
	char err[300], hyph_err[300] = "";
	const print_style *st = r->style;
	if (borrow(r, s, cache))
		return 0;
	int bad = fontset_load(&r->fonts, st->serif, st->sans, s->language,
			       err, hyph_err, sizeof err);
	if (bad) {
		diag_pos at = bad == -1 ? st->serif_at : st->sans_at;
		if (at.file)
			diag_error(at.file, at.line, at.col, "%s", err);
		else
			diag_error(s->file, 0, 0, "%s; noem een ander "
				   "lettertype onder 'fonts:'", err);
		return -1;
	}
	r->fonts_loaded = 1;
	lend(r, s, cache);
	if (!r->fonts.hy)
		diag_warning(s->file, 0, 0, "woorden worden niet "
			     "afgebroken: %s", hyph_err);
	return 0;
}

/* Every character the content and the layouts write, for the subsets. */
static void collect_chars(resources *r, const site *s)
{
	charset_init(&r->chars);
	charset_add_tree(&r->chars, s->content);
	charset_add_tree(&r->chars, path_join(r->a, r->theme.own, "layouts"));
	if (r->theme.base)
		charset_add_tree(&r->chars, path_join(r->a, r->theme.base,
						      "layouts"));
}

int resources_load(resources *r, arena *a, const char *dir, const site *s,
		   font_cache *cache)
{
	memset(r, 0, sizeof *r);
	r->a = a;
	theme_init(&r->theme, a, dir);
	int rc = ui_load(&r->ui, a, &r->theme, s->language);
	r->templates = arena_alloc(a, sizeof *r->templates);
	if (templates_load(r->templates, a, &r->theme, &r->ui) < 0)
		rc = -1;
	r->style = arena_alloc(a, sizeof *r->style);
	const char *style = theme_file(&r->theme, "layouts/print/handout.yaml");
	if (print_style_load(r->style, a, style, s) ||
	    load_fonts(r, s, cache) < 0)
		rc = -1;
	r->fonts.foreign = s->foreign_phrases;
	r->fonts.n_foreign = s->n_foreign_phrases;
	diagram_set_load(&r->diagrams, a, path_join(a, s->content, "diagrams"));
	return rc;
}

/* Drops the subsets: the PDFs embed the whole faces. */
static void drop_subsets(resources *r)
{
	for (int sans = 0; sans < 2; sans++)
		for (int face = 0; face < FACE_COUNT; face++) {
			family *f = sans ? &r->fonts.sans : &r->fonts.serif;
			free(f->embed[face]);
			f->embed[face] = NULL;
		}
	if (r->subsets)
		fs_remove_tree(r->subsets);
	r->subsets = NULL;
}

void resources_subset(resources *r, const site *s, const char *dir)
{
	char err[300];
	if (!r->fonts_loaded)
		return;
	collect_chars(r, s);
	r->subsets = dir;
	if (fs_mkdir_p(dir) < 0 ||
	    fontset_subset(&r->fonts, &r->chars, dir, err, sizeof err) < 0)
		drop_subsets(r);
}

void resources_free(resources *r)
{
	drop_subsets(r);   /* the folder, and the faces' paths into it */
	if (r->templates)
		templates_free(r->templates);
	if (r->fonts_loaded && !r->fonts_borrowed)
		fontset_free(&r->fonts);
	r->fonts_loaded = r->fonts_borrowed = 0;
}
