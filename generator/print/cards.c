/* cards.c - the profile and competency decks; see cards.h.
 *
 * Loads the content and the layout, makes a card of every profile and
 * competency and fits it (cards_layout.c), then writes each deck twice:
 * for a print shop (a page per card side, with bleed, crop marks and
 * boxes) and for an office printer (n-up on A4, backs mirrored for duplex,
 * impose.c); and once a calibration sheet for duplex printing. */
#include "cards.h"
#include "print.h"
#include "cards_internal.h"
#include "impose.h"
#include "sheet.h"
#include "util/diag.h"
#include "util/fs.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define A4_W (210 * MM)
#define A4_H (297 * MM)

/* A deck of laid-out cards. */
typedef struct deck {
	const char   *file;        /* "profielkaarten": its PDFs' stem */
	const char   *title;       /* of its PDFs */
	card_layout  *cards;
	size_t        n;
} deck;

/* --- making the decks ------------------------------------------------- */

static int by_size(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* The size three quarters of the cards of a look reach on a side: one
 * long card does not shrink the whole deck. sizes[0 .. n) are sorted. */
static double deck_size(double *sizes, size_t n)
{
	if (!n)
		return 0;
	qsort(sizes, n, sizeof *sizes, by_size);
	return sizes[n / 4];
}

/* Lays out the deck's cards: first each at its own sizes, which reports
 * what does not fit; then every card of one look at one size per side
 * (deck_size), so a deck reads as one; a card that does not fit that
 * size keeps its own. Only the second pass counts in the typeset. */
static int lay_out_deck(print_ctx *c, const card_style *st, deck *d,
			card **cards, size_t n)
{
	double *sizes = arena_alloc(c->a, (2 * LOOK_COUNT * n + 1) *
				    sizeof *sizes);
	size_t count[LOOK_COUNT] = { 0 };
	int rc = 0;
	typeset *ts = c->ts;
	int lines = ts->lines, hyphens = ts->hyphens, overfull = ts->overfull;
	for (size_t i = 0; i < n; i++) {
		card_layout l;
		int k = cards[i]->look;
		if (cards[i]->bad || card_lay_out(c, st, cards[i], NULL, &l) < 0) {
			rc = -1;      /* reported */
			continue;
		}
		for (int side = 0; side < 2; side++)
			sizes[(k * 2 + side) * n + count[k]] =
				l.face[side].size;
		count[k]++;
	}
	ts->lines = lines, ts->hyphens = hyphens, ts->overfull = overfull;
	double size[LOOK_COUNT][2];
	for (int k = 0; k < LOOK_COUNT; k++)
		for (int side = 0; side < 2; side++)
			size[k][side] = deck_size(&sizes[(k * 2 + side) * n],
						  count[k]);
	for (size_t i = 0; rc == 0 && i < n; i++)
		card_lay_out(c, st, cards[i], size[cards[i]->look],
			     &d->cards[d->n++]);
	return rc;
}

static int profile_deck(print_ctx *c, const card_style *st,
			const profiles *ps, deck *d)
{
	*d = (deck){ "profielkaarten", "Profielkaarten", NULL, 0 };
	d->cards = arena_alloc(c->a, (ps->n + 1) * sizeof *d->cards);
	card **cards = arena_alloc(c->a, (ps->n + 1) * sizeof *cards);
	for (size_t i = 0; i < ps->n; i++)
		cards[i] = card_from_profile(c, st, ps->items[i], i, ps->n);
	return lay_out_deck(c, st, d, cards, ps->n);
}

static int competency_deck(print_ctx *c, const card_style *st,
			   const competencies *cs, deck *d)
{
	size_t total = 0, n = 0;
	for (int g = 0; g < GROUP_COUNT; g++)
		total += cs->groups[g].n;
	*d = (deck){ "competentiekaarten", "Competentiekaarten", NULL, 0 };
	d->cards = arena_alloc(c->a, (total + 1) * sizeof *d->cards);
	card **cards = arena_alloc(c->a, (total + 1) * sizeof *cards);
	for (int g = 0; g < GROUP_COUNT; g++) {
		const competency_group *grp = &cs->groups[g];
		for (size_t i = 0; i < grp->n; i++)
			cards[n++] = card_from_competency(c, st, grp->items[i],
							  grp->n);
	}
	return lay_out_deck(c, st, d, cards, n);
}

/* --- the print shop's file -------------------------------------------- */

static int write_shop(print_ctx *c, const deck *d, const char *dir,
		      print_stats *ps)
{
	const card_style *st = d->cards[0].st;
	sheet sh = sheet_make(st->w, st->h, 1);
	canvas *cv = print_shop_canvas(c, d->title);
	for (size_t i = 0; i < d->n; i++)
		for (int side = 0; side < 2; side++) {
			sheet_begin(&sh, cv);
			card_draw(c, cv, &d->cards[i], side, sh.bleed, 1);
			sheet_end(&sh, cv);
		}
	return print_save(c, cv, dir, arena_printf(c->a, "%s-drukkerij.pdf",
			  d->file), ps);
}

/* --- n-up on A4 ----------------------------------------------------------- */

static void a4_page(print_ctx *c, canvas *cv, const sheet *sh,
		    const impose_grid *g, const deck *d, size_t first,
		    int side)
{
	const card_style *st = d->cards[0].st;
	int per = g->cols * g->rows;
	int n = (int)fmin(per, (double)(d->n - first));
	double m = sh->bleed + sh->slug;
	double bleed = fmin(g->gap / 2, SHEET_BLEED);
	sheet_begin(sh, cv);
	for (int i = 0; i < n; i++) {
		double r[4];
		impose_slot(g, i, side, r);
		canvas_origin(cv, m + r[0], m + r[1]);
		card_draw(c, cv, &d->cards[first + (size_t)i], side, bleed,
			  c->s->print_professional);
	}
	canvas_origin(cv, m, m);
	impose_marks(cv, g, n, side, st->border);
	sheet_end(sh, cv);
}

static int write_a4(print_ctx *c, const deck *d, const impose_grid *g,
		    const char *dir, print_stats *ps)
{
	sheet sh = sheet_make(A4_W, A4_H, c->s->print_professional);
	size_t per = (size_t)(g->cols * g->rows);
	canvas *cv = print_canvas(c, d->title);
	for (size_t first = 0; first < d->n; first += per) {
		a4_page(c, cv, &sh, g, d, first, 0);
		a4_page(c, cv, &sh, g, d, first, 1);
	}
	return print_save(c, cv, dir, arena_printf(c->a, "%s-a4.pdf",
			  d->file), ps);
}

/* --- previews and the site's items -------------------------------------- */

static const char *preview(print_ctx *c, const card_layout *l, int side,
			   const char *dir)
{
	canvas *cv = print_svg_canvas(c, l->cd->title.text);
	canvas_page_begin(cv, l->st->w, l->st->h, NULL);
	card_draw(c, cv, l, side, 0, 0);
	canvas_page_end(cv);
	const char *rel = arena_printf(c->a, "voorbeeld/kaart-%s%s.svg",
				       l->cd->name, side ? "-achter" : "");
	const char *path = path_join(c->a, dir, rel);
	char err[300];
	int rc = fs_mkdir_p(path_dirname(c->a, path)) == 0 ?
		 canvas_save(cv, path, err, sizeof err) :
		 (snprintf(err, sizeof err, "kan de map niet maken"), -1);
	if (rc < 0)
		diag_system("%s: %s", path, err);
	canvas_free(cv);
	return rc < 0 ? NULL : rel;
}

static int write_previews(print_ctx *c, const deck *d, const char *dir)
{
	int rc = 0;
	for (size_t i = 0; i < d->n; i++) {
		const card_layout *l = &d->cards[i];
		if (!preview(c, l, 0, dir) || !preview(c, l, 1, dir))
			rc = -1;
	}
	return rc;
}

/* What the site lists of a deck: each card with its front's preview. */
static void add_items(print_ctx *c, const deck *d)
{
	const char *pdf = arena_printf(c->a, "%s-a4.pdf", d->file);
	for (size_t i = 0; i < d->n; i++) {
		const card_layout *l = &d->cards[i];
		print_item_add(c, "kaart", l->cd->item_title, pdf,
			       arena_printf(c->a, "voorbeeld/kaart-%s.svg",
					    l->cd->name), l->cd->page);
	}
}

/* --- the calibration sheet ---------------------------------------------- */

static void calibration_text(canvas *cv, void *data, const char *text,
			     double x, double y, double w, double h,
			     int centre)
{
	print_ctx *c = data;
	textfit f;
	textfit_style ts = { 1, FACE_REGULAR, 8, 4, 1.25, 0, 0, NULL, 0 };
	textfit_fit(c->ts, c->a, text, &ts, w, h, &f);
	if (f.status != TEXTFIT_OK)
		return;
	textfit_place p = { x, y, w, h, centre ? TEXTFIT_CENTRE :
			    TEXTFIT_LEFT, TEXTFIT_TOP };
	textfit_draw(cv, &f, &p, 0x1F2A2E);
}

static int write_calibration(print_ctx *c, const card_style *st,
			     const impose_grid *g, const char *dir,
			     print_stats *ps)
{
	sheet sh = sheet_make(A4_W, A4_H, c->s->print_professional);
	canvas *cv = print_canvas(c, "Kalibratieblad voor kaarten");
	for (int back = 0; back < 2; back++) {
		sheet_begin(&sh, cv);
		impose_calibration(cv, g, back, calibration_text, c,
				   st->calibration);
		sheet_end(&sh, cv);
	}
	return print_save(c, cv, dir, "kaarten-kalibratie.pdf", ps);
}

/* --- the build ------------------------------------------------------------ */

static int write_deck(print_ctx *c, const deck *d, const impose_grid *g,
		      const char *dir, print_stats *ps)
{
	int rc = 0;
	if (!d->n)
		return 0;
	if (write_shop(c, d, dir, ps) < 0)
		rc = -1;
	if (write_a4(c, d, g, dir, ps) < 0)
		rc = -1;
	if (write_previews(c, d, dir) < 0)
		rc = -1;
	return rc;
}

/* The decks laid out by cards_check(). */
typedef struct cards_job {
	card_style  st;
	deck        decks[DECK_COUNT];
	impose_grid g;
} cards_job;

static void *cards_check(print_ctx *c, int *bad)
{
	/* the content's errors were reported when the model was loaded */
	*bad = c->s->cards_bad;
	const profiles *pr = c->s->profiles;
	const competencies *cs = c->s->competencies;
	if (!pr->n && !cs->groups[0].n && !cs->groups[1].n)
		return NULL;
	cards_job *j = arena_alloc(c->a, sizeof *j);
	if (card_style_load(c, &j->st) < 0) {
		*bad = 1;
		return NULL;
	}
	if (profile_deck(c, &j->st, pr, &j->decks[DECK_PROFILES]) < 0)
		*bad = 1;
	if (competency_deck(c, &j->st, cs, &j->decks[DECK_COMPETENCIES]) < 0)
		*bad = 1;
	if (!impose_grid_make(&j->g, A4_W, A4_H, j->st.w, j->st.h,
			      j->st.a4_margin, j->st.a4_gap)) {
		diag_error(j->st.file, 0, 0, "een kaart van dit formaat past "
			   "niet op A4 binnen de marge (a4: marge)");
		*bad = 1;
	}
	for (int i = 0; i < DECK_COUNT; i++)
		add_items(c, &j->decks[i]);
	return j;
}

static int cards_render(print_ctx *c, void *state, const char *dir,
			print_stats *ps)
{
	const cards_job *j = state;
	int rc = 0;
	for (int i = 0; i < DECK_COUNT; i++)
		if (write_deck(c, &j->decks[i], &j->g, dir, ps) < 0)
			rc = -1;
	if (write_calibration(c, &j->st, &j->g, dir, ps) < 0)
		rc = -1;
	return rc;
}

const print_product cards_product = {
	.name = "kaarten", .check = cards_check, .render = cards_render,
};

PRINT_OUTPUT(cards_output, "kaarten",
	     READS_SITE | READS_PROFILES | READS_COMPETENCIES, cards_product);
