/* deskmat.c - the desk mats; see deskmat.h.
 *
 * A title band across the top, a grid of panels filled row by row (a
 * panel may span columns; the rows share the height as their panels need
 * it), and a foot. Each panel (panel.h) is fitted to its box. Sizes are
 * set for A3 and scale with the paper's width. */
#include "deskmat.h"
#include "print.h"
#include "panel.h"
#include "sheet.h"
#include "content/deskmats.h"
#include "content/ynode.h"
#include "layout/textfit.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/typo.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define A3_LONG  (420 * MM)

typedef struct layout {
	const deskmat *d;
	double   w, h, k, m;
	textfit  title, subtitle, foot_l, foot_r;
	double   band_h;
	panel_box *panels;
	panel_sizes z;
} layout;

/* Places the panels row by row (a panel that does not fit the rest of a
 * row starts the next), and shares the height out among the rows as
 * their panels need it. */
static void place(print_ctx *c, layout *l, double top, double bottom)
{
	const deskmat *d = l->d;
	double gap = 6 * MM * l->k, inner_w = l->w - 2 * l->m;
	double col = (inner_w - gap * (d->columns - 1)) / d->columns;
	int rows = 0, used = d->columns;
	int *row_of = calloc(d->n_panels + 1, sizeof *row_of);
	double *row_need = calloc(d->n_panels + 1, sizeof *row_need);
	for (size_t i = 0; i < d->n_panels; i++) {
		panel_box *pl = &l->panels[i];
		pl->p = &d->panels[i];
		int span = pl->p->span;
		if (used + span > d->columns) {
			rows++;
			used = 0;
		}
		row_of[i] = rows - 1;
		pl->x = l->m + used * (col + gap);
		pl->w = col * span + gap * (span - 1);
		used += span;
		double n = panel_need(c, &l->z, pl->p, pl->w);
		if (n > row_need[rows - 1])
			row_need[rows - 1] = n;
	}
	double total = 0, avail = bottom - top - gap * (rows - 1);
	for (int r = 0; r < rows; r++)
		total += row_need[r];
	double y = top, *row_y = calloc((size_t)rows + 1, sizeof *row_y);
	for (int r = 0; r < rows; r++) {
		row_y[r] = y;
		row_need[r] = total > 0 ? avail * row_need[r] / total :
			      avail / rows;
		y += row_need[r] + gap;
	}
	for (size_t i = 0; i < d->n_panels; i++) {
		l->panels[i].y = row_y[row_of[i]];
		l->panels[i].h = row_need[row_of[i]];
	}
	free(row_y);
	free(row_of);
	free(row_need);
}

/* Whether the foot carries the imprint line: drukregel in
 * layouts/print/bureaulegger.yaml (default yes); *bad set after an
 * error. */
static int imprint_wanted(print_ctx *c, int *bad)
{
	static const char *const keys[] = { "drukregel", NULL };
	const char *file = print_layout_file(c, "bureaulegger");
	if (!fs_is_file(file))
		return 1;
	int before = diag_errors();
	ynode *root = ynode_read_map(c->a, file, "de opmaak van de "
				     "bureauleggers");
	if (!root) {
		*bad = 1;
		return 1;
	}
	ycheck_map(file, root, "bureauleggeropmaak", keys, NULL);
	int yes = yget_bool(file, root, "drukregel", 1);
	if (diag_errors() > before)
		*bad = 1;
	return yes;
}

static int lay_out(print_ctx *c, const deskmat *d, double w, double h,
		   int imprint, layout *l)
{
	memset(l, 0, sizeof *l);
	l->d = d;
	l->w = w;
	l->h = h;
	l->k = fmax(w, h) / A3_LONG;
	l->m = 12 * MM * l->k;
	double k = l->k, inner = w - 2 * l->m;
	l->z = (panel_sizes){ 15 * k, 9 * k, 18 * k, 8 * k, 5 * MM * k, 0 };
	int rc = 0;
	textfit_style ts = { 1, FACE_BOLD, 30 * k, 16 * k, 1.1, 0, 0,
			     d->titel_at.file, d->titel_at.line };
	if (d->titel && textfit_fit(c->ts, c->a, typo_quotes(c->a, d->titel),
			&ts, inner * 0.6, 30 * k * 1.1, &l->title) !=
	    TEXTFIT_OK) {
		diag_error(d->titel_at.file, d->titel_at.line,
			   d->titel_at.col, "de titel past niet op één "
			   "regel: maak hem korter");
		rc = -1;
	}
	if (d->ondertitel) {
		textfit_style ss = { 1, FACE_REGULAR, 13 * k, 8 * k, 1.2, 0, 0,
				     d->file, 0 };
		textfit_fit(c->ts, c->a, typo_quotes(c->a, d->ondertitel), &ss,
			    inner * 0.38, 2 * 13 * k * 1.2, &l->subtitle);
	}
	l->band_h = l->m + 16 * MM * k;
	textfit_style fs = { 1, FACE_REGULAR, 8 * k, 5, 1.2, 0, 0, NULL, 0 };
	textfit_style_at(&fs, print_org_at(c));
	textfit_fit(c->ts, c->a, c->s->organisation ? c->s->organisation :
		    c->s->title, &fs, inner / 2, 8 * k * 1.3, &l->foot_l);
	textfit_style is = { 1, FACE_REGULAR, PRINT_IMPRINT * k, 5, 1.2, 0, 0,
			     NULL, 0 };
	textfit_style_at(&is, print_ui_at(c));
	if (imprint)   /* small print: it is for the printer */
		textfit_fit(c->ts, c->a, print_imprint(c), &is, inner / 2,
			    8 * k * 1.3, &l->foot_r);
	l->panels = arena_alloc(c->a, (d->n_panels + 1) * sizeof *l->panels);
	double top = l->band_h + 6 * MM * k;
	double bottom = h - l->m - l->foot_l.height - 3 * MM * k;
	place(c, l, top, bottom);
	for (size_t i = 0; i < d->n_panels; i++)
		if (!d->panels[i].bad && panel_fit(c, &l->z, &l->panels[i]) < 0)
			rc = -1;
	return rc;
}

static void draw(print_ctx *c, canvas *cv, const layout *l, double bleed)
{
	double m = l->m, w = l->w, h = l->h;
	canvas_style band = { c->st->primary, CANVAS_NONE, 0, 0, 0, 0 };
	canvas_rect(cv, -bleed, -bleed, w + 2 * bleed, l->band_h + bleed, 0,
		    &band);
	textfit_place at = { m, m, w - 2 * m, l->band_h - m,
			     TEXTFIT_LEFT, TEXTFIT_MIDDLE };
	textfit_draw(cv, &l->title, &at, 0xFFFFFF);
	if (l->d->ondertitel) {
		at.halign = TEXTFIT_RIGHT;
		textfit_draw(cv, &l->subtitle, &at, print_tint(c->st->primary, 0.7));
	}
	for (size_t i = 0; i < l->d->n_panels; i++)
		panel_draw(c, cv, &l->z, &l->panels[i], i % 2 ?
			   c->st->accent : c->st->primary);
	double fy = h - m - l->foot_l.height;
	at = (textfit_place){ m, fy, (w - 2 * m) / 2, l->foot_l.height,
			      TEXTFIT_LEFT, TEXTFIT_TOP };
	textfit_draw(cv, &l->foot_l, &at, c->st->muted);
	at.x = w / 2;
	at.halign = TEXTFIT_RIGHT;
	at.valign = TEXTFIT_BOTTOM;
	textfit_draw(cv, &l->foot_r, &at, c->st->muted);
}

/* The SVG preview at the finished size, under dir. */
static const char *preview(print_ctx *c, const layout *l, const char *dir)
{
	canvas *cv = print_svg_canvas(c, l->d->titel);
	canvas_page_begin(cv, l->w, l->h, NULL);
	draw(c, cv, l, 0);
	canvas_page_end(cv);
	return print_svg_save(c, cv, dir, arena_printf(c->a,
			      "voorbeeld/bureaulegger-%s.svg", l->d->name));
}

/* The desk mats of the content, loaded and laid out. */
typedef struct deskmat_job {
	deskmats ds;
	layout  *ls;
} deskmat_job;

static void *deskmat_check(print_ctx *c, int *bad)
{
	deskmat_job *j = arena_alloc(c->a, sizeof *j);
	*bad = deskmats_load((site *)c->s, &j->ds) != 0;
	int imprint = imprint_wanted(c, bad);
	j->ls = arena_alloc(c->a, (j->ds.n + 1) * sizeof *j->ls);
	for (size_t i = 0; i < j->ds.n; i++) {
		double w = 420 * MM, h = 297 * MM;   /* A3 landscape */
		if (print_paper(j->ds.items[i]->formaat,
				j->ds.items[i]->formaat_at, &w, &h) < 0 ||
		    lay_out(c, j->ds.items[i], w, h, imprint,
			    &j->ls[i]) < 0)
			*bad = 1;
		const deskmat *d = j->ds.items[i];
		print_item_add(c, "bureaulegger", d->titel, arena_printf(c->a,
			       "bureauleggers/%s.pdf", d->name),
			       arena_printf(c->a, "voorbeeld/bureaulegger-%s.svg",
					    d->name), d->page);
	}
	return j->ds.n ? j : NULL;
}

static int deskmat_render(print_ctx *c, void *state, const char *dir,
			  print_stats *st)
{
	const deskmat_job *j = state;
	int rc = 0;
	for (size_t i = 0; i < j->ds.n; i++) {
		const layout *l = &j->ls[i];
		sheet sh = sheet_make(l->w, l->h, c->s->print_professional);
		canvas *cv = print_canvas(c, l->d->titel);
		sheet_begin(&sh, cv);
		draw(c, cv, l, sh.bleed);
		sheet_end(&sh, cv);
		const char *pdf = arena_printf(c->a, "bureauleggers/%s.pdf",
					       l->d->name);
		if (print_save(c, cv, dir, pdf, st) < 0 || !preview(c, l, dir))
			rc = -1;
	}
	return rc;
}

const print_product deskmat_product = {
	.name = "bureauleggers", .check = deskmat_check,
	.render = deskmat_render,
};

PRINT_OUTPUT(deskmat_output, "bureauleggers",
	     READS_SITE | READS_DESKMATS | READS_DIAGRAMS, deskmat_product);
