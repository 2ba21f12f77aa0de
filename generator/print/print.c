/* print.c - every print product of a build; see print.h. */
#include "print.h"
#include "handout.h"
#include "poster.h"
#include "deskmat.h"
#include "pocket.h"
#include "appendix.h"
#include "content/cards.h"
#include "content/pocket.h"
#include "cards.h"
#include "diagram/diagram.h"
#include "canvas/charset.h"
#include "util/diag.h"
#include "util/fs.h"

#include <stdlib.h>
#include <string.h>

/* The products besides the hand-outs and the manual, in the order the
 * materials page lists them. */
static const print_product *const products[] = {
	&poster_product, &deskmat_product, &cards_product, &pocket_product,
	&appendix_product,
};
#define N_PRODUCTS (sizeof products / sizeof *products)

struct print_job {
	arena        a;
	site        *s;
	fontset      fs;
	print_style  st;
	typeset      ts;
	diagram_set  diagrams;
	profiles     profiles;
	competencies competencies;
	charset      chars;
	print_ctx    ctx;
	handouts    *handouts;
	const char  *dir;
	void        *states[N_PRODUCTS]; /* after print_check() */
	const char  *fonts_dir;   /* the font subsets, or NULL */
	int          checked;
};

/* The subsets of the fonts, once no PDF needs them any more. */
static void remove_fonts(print_job *j)
{
	if (j->fonts_dir)
		fs_remove_tree(j->fonts_dir);
	j->fonts_dir = NULL;
}


/* The fonts the style names, or an error at the line naming them. */
static int load_fonts(print_job *j)
{
	char err[300], hyph_err[300] = "";
	int bad = fontset_load(&j->fs, j->st.serif, j->st.sans,
			       j->s->language, err, hyph_err, sizeof err);
	if (bad) {
		diag_pos at = bad == -1 ? j->st.serif_at : j->st.sans_at;
		if (at.file)
			diag_error(at.file, at.line, at.col, "%s", err);
		else
			diag_error(j->s->file, 0, 0, "%s; noem een ander "
				   "lettertype onder 'fonts:'", err);
		return -1;
	}
	if (!j->fs.hy)
		diag_warning(j->s->file, 0, 0, "woorden worden niet "
			     "afgebroken: %s", hyph_err);
	return 0;
}

/* The PDFs embed subsets of the faces with the build's characters, made
 * once into dir/.fonts (layout/font_subset.h); when that cannot be done
 * they embed the whole faces, which is slower but the same on paper. */
static void subset_fonts(print_job *j, const char *dir)
{
	char err[300];
	j->fonts_dir = path_join(&j->a, dir, ".fonts");
	if (fs_mkdir_p(j->fonts_dir) < 0 ||
	    fontset_subset(&j->fs, &j->chars, j->fonts_dir, err,
			   sizeof err) < 0) {
		for (int sans = 0; sans < 2; sans++)
			for (int face = 0; face < FACE_COUNT; face++) {
				family *f = sans ? &j->fs.sans : &j->fs.serif;
				free(f->embed[face]);
				f->embed[face] = NULL;
			}
		remove_fonts(j);
	}
}

print_job *print_begin(site *s, const theme *theme, const mu_value *strings,
		       const char *dir, int dump)
{
	print_job *j = xmalloc(sizeof *j);
	memset(j, 0, sizeof *j);
	arena_init(&j->a, 1 << 20);
	j->s = s;
	const char *style = theme_file(theme, "layouts/print/handout.yaml");
	if (print_style_load(&j->st, &j->a, style, s) || load_fonts(j) < 0) {
		print_free(j);
		return NULL;
	}
	typeset_init(&j->ts, &j->fs, &j->a);
	diagram_set_load(&j->diagrams, &j->a,
			 path_join(&j->a, s->content, "diagrams"));
	charset_init(&j->chars);
	charset_add_tree(&j->chars, s->content);
	charset_add_tree(&j->chars, path_join(&j->a, theme->own, "layouts"));
	if (theme->base)
		charset_add_tree(&j->chars, path_join(&j->a, theme->base,
						      "layouts"));
	if (dir && !dump)
		subset_fonts(j, dir);
	j->ctx = (print_ctx){ .s = s, .ts = &j->ts, .st = &j->st,
			      .theme = theme, .strings = strings,
			      .diagrams = &j->diagrams, .charset = &j->chars,
			      .dump = dump, .a = &j->a };
	int bad = profiles_load(s, &j->profiles);
	bad += competencies_load(s, &j->competencies);
	j->ctx.profiles = &j->profiles;
	j->ctx.competencies = &j->competencies;
	j->ctx.cards_bad = bad > 0;
	j->ctx.pocket = pocket_load(s);
	j->handouts = handouts_new(&j->ctx, dir);
	j->dir = dir;
	j->ctx.handouts = j->handouts;
	return j;
}

void print_add_doc(print_job *j, const doc *d, const md_doc *m)
{
	if (j)
		handouts_add_doc(j->handouts, d, m);
}

const print_ctx *print_context(const print_job *j)
{
	return j ? &j->ctx : NULL;
}

int print_check(print_job *j)
{
	int bad_any = 0;
	for (size_t i = 0; i < N_PRODUCTS; i++) {
		int bad = 0;
		j->states[i] = products[i]->check(&j->ctx, &bad);
		bad_any |= bad;
	}
	j->checked = 1;
	return bad_any ? -1 : 0;
}

int print_finish(print_job *j, print_stats *st)
{
	memset(st, 0, sizeof *st);
	int rc = handouts_build(j->handouts, st);
	if (!j->checked && print_check(j) < 0)
		rc = -1;
	for (size_t i = 0; j->dir && rc == 0 && i < N_PRODUCTS; i++)
		if (j->states[i] &&
		    products[i]->render(&j->ctx, j->states[i], j->dir, st) < 0)
			rc = -1;
	remove_fonts(j);
	st->lines = j->ts.lines;
	st->hyphens = j->ts.hyphens;
	st->overfull = j->ts.overfull;
	return rc;
}

void print_free(print_job *j)
{
	if (!j)
		return;
	for (size_t i = 0; i < N_PRODUCTS; i++)
		if (j->states[i] && products[i]->release)
			products[i]->release(j->states[i]);
	handouts_free(j->handouts);
	remove_fonts(j);
	fontset_free(&j->fs);
	arena_free(&j->a);
	free(j);
}
