/* appendix.c - the competency appendix; see appendix.h.
 *
 * For each group of content/competencies.yaml: its introduction, the CORP
 * grid of its competencies, then every competency with its definition,
 * what it asks in practice, and the additions from the interviews and the
 * literature; at the end the entries of the sources page that it cites
 * (sources.h). Set by the hand-outs' engine (handout.h), so it has their
 * cover, contents, running head, folios and bookmarks. */
#include "appendix.h"
#include "print.h"
#include "blocks.h"
#include "handout.h"
#include "sources.h"
#include "canvas/canvas.h"
#include "content/cards.h"
#include "layout/textfit.h"
#include "util/diag.h"

#include <string.h>

#define CELL_PAD 8.0
#define GAP      6.0

/* Cells in reading order: conceptual and operational above, personal and
 * relational below, as the CORP diagram has them (the left column is
 * the less easily developed). */
static const corp_kind cell_kind[CORP_COUNT] = {
	CORP_CONCEPTUEEL, CORP_OPERATIONEEL, CORP_PERSOONLIJK,
	CORP_RELATIONEEL
};

/* The CORP grid: four cells, each its category and the names in it; in
 * a tagged PDF a Table of two rows (TR) of two cells (TD), each cell a
 * paragraph (P) of its category and one of each name. */
typedef struct grid {
	print_ctx  *c;
	textfit     head[CORP_COUNT];
	textfit    *names[CORP_COUNT];
	size_t      n[CORP_COUNT];
	double      row_h[2];
	canvas_tag  row[2], cell[CORP_COUNT], head_tag[CORP_COUNT];
	canvas_tag *name_tag[CORP_COUNT];
} grid;

/* The grid's elements inside table. */
static void grid_tags(grid *g, arena *a, canvas_tag *table)
{
	for (int r = 0; r < 2; r++)
		g->row[r] = (canvas_tag){ .role = "TR", .parent = table };
	for (int k = 0; k < CORP_COUNT; k++) {
		g->cell[k] = (canvas_tag){ .role = "TD",
					   .parent = &g->row[k / 2] };
		g->head_tag[k] = (canvas_tag){ .role = "P",
					       .parent = &g->cell[k] };
		g->name_tag[k] = arena_alloc(a, (g->n[k] + 1) *
					     sizeof *g->name_tag[k]);
		for (size_t i = 0; i < g->n[k]; i++)
			g->name_tag[k][i] = (canvas_tag){ .role = "P",
				.parent = &g->cell[k] };
	}
}

static double cell_height(const grid *g, int k)
{
	double h = 2 * CELL_PAD + g->head[k].height + 4;
	for (size_t i = 0; i < g->n[k]; i++)
		h += g->names[k][i].height;
	return h;
}

static void grid_make(print_ctx *c, const competency_group *grp, double w,
		      grid *g)
{
	memset(g, 0, sizeof *g);
	g->c = c;
	double cw = (w - GAP) / 2 - 2 * CELL_PAD;
	textfit_style hs = { 1, FACE_BOLD, 10, 10, 1.25, 0, 0, NULL, 0 };
	textfit_style ns = { 0, FACE_REGULAR, 9.5, 9.5, 1.35, 1, 0, NULL, 0 };
	for (int k = 0; k < CORP_COUNT; k++) {
		corp_kind kind = cell_kind[k];
		const char *head = arena_printf(c->a, "%s: %s",
			corp_label(kind), corp_meaning(kind));
		textfit_set(c->ts, c->a, head, &hs, 10, cw, -1, &g->head[k]);
		g->names[k] = arena_alloc(c->a, (grp->n + 1) *
					  sizeof *g->names[k]);
		for (size_t i = 0; i < grp->n; i++) {
			const competency *cp = grp->items[i];
			if (cp->corp != kind || !cp->naam.text)
				continue;
			ns.file = cp->naam.at.file;
			ns.line = cp->naam.at.line;
			textfit_set(c->ts, c->a, cp->naam.text, &ns, 9.5, cw,
				    -1, &g->names[k][g->n[k]++]);
		}
	}
	for (int r = 0; r < 2; r++) {
		double a = cell_height(g, 2 * r), b = cell_height(g, 2 * r + 1);
		g->row_h[r] = a > b ? a : b;
	}
}

static void grid_draw(canvas *cv, void *ud, double x, double y, double w,
		      double h)
{
	grid *g = ud;   /* its tags get their ids */
	print_ctx *c = g->c;
	(void)h;
	double cw = (w - GAP) / 2;
	for (int k = 0; k < CORP_COUNT; k++) {
		int r = k / 2, col = k % 2;
		double cx = x + col * (cw + GAP);
		double cy = y + (r ? g->row_h[0] + GAP : 0);
		uint32_t colour = col ? c->st->primary : c->st->accent;
		canvas_style fill = { print_tint(colour, 0.9), CANVAS_NONE, 0,
				      0, 0, 0 };
		canvas_tag_set(cv, NULL);
		canvas_rect(cv, cx, cy, cw, g->row_h[r], 6, &fill);
		textfit_place at = { cx + CELL_PAD, cy + CELL_PAD,
				     cw - 2 * CELL_PAD, g->head[k].height,
				     TEXTFIT_LEFT, TEXTFIT_TOP };
		canvas_tag_set(cv, &g->head_tag[k]);
		textfit_draw(cv, &g->head[k], &at, colour);
		at.y += g->head[k].height + 4;
		for (size_t i = 0; i < g->n[k]; i++) {
			at.h = g->names[k][i].height;
			canvas_tag_set(cv, &g->name_tag[k][i]);
			textfit_draw(cv, &g->names[k][i], &at, c->st->text);
			at.y += at.h;
		}
	}
}

static void add_grid(print_ctx *c, blocks *b, const competency_group *grp)
{
	grid *g = arena_alloc(c->a, sizeof *g);
	double w = b->width - b->indent;
	grid_make(c, grp, w, g);
	vlist_glue(b->v, 6);
	vitem *box = vlist_add(b->v, V_BOX);
	box->x = b->indent;
	box->width = w;
	box->height = g->row_h[0] + GAP + g->row_h[1];
	box->draw = grid_draw;
	box->ud = g;
	box->tag = blocks_tag(b, "Table");
	grid_tags(g, c->a, box->tag);
	vlist_glue(b->v, 14);
}

/* A small coloured label: "Uit de interviews". */
static void label(print_ctx *c, blocks *b, const char *key)
{
	vlist_glue(b->v, 4);
	blocks_text(b, print_ui(c, key), &c->st->small, FACE_BOLD,
		    c->st->primary, blocks_ui_at(b));
	vlist_penalty(b->v, V_INFINITY);
	vlist_glue(b->v, 2);
	vlist_penalty(b->v, V_INFINITY);
}

static void markdown(blocks *b, const card_text *t)
{
	if (t->text)
		blocks_markdown(b, t->text, t->at.file, t->at.line);
}

static void add_competency(print_ctx *c, blocks *b, const competency *cp,
			   const char *group)
{
	const char *dest = arena_printf(c->a, "%s#%s", group, cp->slug);
	blocks_heading(b, 2, cp->naam.text, dest, 1, cp->naam.at);
	blocks_text(b, arena_printf(c->a, "CORP: %s (%s)",
		    corp_label(cp->corp), corp_meaning(cp->corp)),
		    &c->st->small, FACE_REGULAR, c->st->muted, cp->at);
	vlist_penalty(b->v, V_INFINITY);
	vlist_glue(b->v, 4);
	vlist_penalty(b->v, V_INFINITY);
	markdown(b, &cp->definitie);
	markdown(b, &cp->toelichting);
	if (cp->interviews.n) {
		label(c, b, "uit_interviews");
		blocks_list_begin(b);
		for (size_t i = 0; i < cp->interviews.n; i++)
			blocks_bullet(b, cp->interviews.items[i].text,
				      &c->st->body, c->st->text,
				      cp->interviews.items[i].at);
		blocks_list_end(b);
	}
	if (cp->n_literatuur) {
		label(c, b, "uit_literatuur");
		blocks_list_begin(b);
		for (size_t i = 0; i < cp->n_literatuur; i++) {
			const competency_source *s = &cp->literatuur[i];
			blocks_bullet(b, arena_printf(c->a, "%s (%s)",
				      s->tekst.text, s->bron.text),
				      &c->st->body, c->st->text, s->tekst.at);
		}
		blocks_list_end(b);
	}
	if (cp->huisarts.text) {
		label(c, b, "voor_huisarts");
		markdown(b, &cp->huisarts);
	}
	vlist_glue(b->v, 8);
}

/* Adds text t, when there is one, to what the appendix cites. */
static void cite(buf *cited, const card_text *t)
{
	if (t->text)
		sources_cite(cited, t->text, strlen(t->text));
}

/* The appendix's texts, as sources_cite() makes them: what it cites. */
static void cited_texts(const competencies *comp, buf *cited)
{
	for (int k = 0; k < GROUP_COUNT; k++) {
		const competency_group *g = &comp->groups[k];
		cite(cited, &g->inleiding);
		cite(cited, &g->bron);
		for (size_t i = 0; g->present && i < g->n; i++) {
			const competency *cp = g->items[i];
			cite(cited, &cp->definitie);
			cite(cited, &cp->toelichting);
			cite(cited, &cp->huisarts);
			for (size_t l = 0; l < cp->n_literatuur; l++) {
				cite(cited, &cp->literatuur[l].tekst);
				cite(cited, &cp->literatuur[l].bron);
			}
		}
	}
}

/* The entries of the sources page that the appendix cites, on pages of
 * their own at its end. */
static void add_sources(print_ctx *c, blocks *b, const competencies *comp)
{
	const doc *d = sources_page(c->s, "bronnen");
	if (!d)
		return;
	buf cited = BUF_INIT;
	cited_texts(comp, &cited);
	sources_filter f = { NULL, &cited };
	sources_add(b, (site *)c->s, d, &f, print_ui(c, "bronnen_bijlage"));
	buf_free(&cited);
}

/* The appendix laid out as a document of the manual's kind. */
static void *appendix_check(print_ctx *c, int *bad)
{
	const competencies *comp = c->s->competencies;
	*bad = comp && comp->bad;
	if (!comp || comp->bad || !comp->file)
		return NULL;
	product *doc = handouts_doc(c->handouts, "competenties.pdf",
				    print_ui(c, "competenties_titel"),
				    print_ui(c, "bijlage"));
	blocks *b = handouts_doc_blocks(doc);
	const char **groups = arena_alloc(c->a, GROUP_COUNT * sizeof *groups);
	diag_pos *ats = arena_alloc(c->a, GROUP_COUNT * sizeof *ats);
	size_t n = 0;
	for (int k = 0; k < GROUP_COUNT; k++) {
		const competency_group *g = &comp->groups[k];
		if (!g->present)
			continue;
		ats[n] = g->titel.at;
		groups[n++] = g->titel.text;
		if (b->v->len)
			vlist_penalty(b->v, -V_INFINITY);
		b->tag_in = blocks_tag(b, "Sect");
		blocks_heading(b, 1, g->titel.text, arena_printf(c->a,
			       "competenties.pdf#%s", g->key), 0,
			       g->titel.at);
		markdown(b, &g->inleiding);
		add_grid(c, b, g);
		for (size_t i = 0; i < g->n; i++)
			add_competency(c, b, g->items[i], g->key);
		if (g->bron.text)
			blocks_text(b, g->bron.text, &c->st->small,
				    FACE_ITALIC, c->st->muted, g->bron.at);
		b->tag_in = NULL;
	}
	add_sources(c, b, comp);
	handouts_doc_cover(doc, print_ui(c, "competenties_intro"),
			   print_ui(c, "inhoud"), groups, ats, n);
	print_item_add(c, "competenties", print_ui(c, "competenties_titel"),
		       "competenties.pdf", NULL, NULL);
	return doc;
}

static int appendix_render(print_ctx *c, void *state, const char *dir,
			   print_stats *st)
{
	handouts_doc_blocks(state)->ts = c->ts;   /* the job's */
	return handouts_doc_write(c->handouts, state, dir, st);
}

static void appendix_release(void *state)
{
	handouts_doc_free(state);
}

const print_product appendix_product = {
	.name = "competenties", .check = appendix_check,
	.render = appendix_render, .release = appendix_release,
};

PRINT_OUTPUT(appendix_output, "competentiebijlage",
	     READS_SITE | READS_PAGES | READS_COMPETENCIES | READS_DIAGRAMS,
	     appendix_product);
