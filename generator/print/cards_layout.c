/* cards_layout.c - a card from a profile or a competency, fitted and
 * drawn; see cards_internal.h.
 *
 * Front: a panel in a light tint of the card's colour, inside a white
 * edge, with a band at the top holding the kind of card (and for a
 * competency a small CORP square, its category filled) and the title;
 * under the band the front's sections; the card's number at the foot.
 * Back: the same panel with the title in a narrow strip, the back's
 * sections, the source line and the number. The sections of one side are
 * set at one size, the largest that lets all of them fit. */
#include "cards_internal.h"
#include "sheet.h"
#include "util/diag.h"
#include "util/typo.h"

#include <math.h>
#include <string.h>

#define STEP 0.25

/* --- cards from the model -------------------------------------------- */

static const char *fill_rol(arena *a, const char *heading, const char *rol)
{
	const char *at = strstr(heading, "{rol}");
	if (!at)
		return heading;
	return arena_printf(a, "%.*s%s%s", (int)(at - heading), heading, rol,
			    at + 5);
}

/* Adds the section to side if the card has content for it; the CORP
 * legend is no section of the flow but is drawn at the side's foot. */
static void add_section(card *cd, int side, card_section s)
{
	if (s.kind == SEC_CORP) {
		cd->corp_side = side;
		return;
	}
	if (!s.text && !s.n_items)
		return;
	if (s.text && !s.text->text)
		return;
	cd->sides[side][cd->n_sides[side]++] = s;
}

static card_section profile_section(const card_style *st, arena *a,
				    const profile *p, card_section_kind k)
{
	card_section s = { k, st->heading[k], NULL, NULL, 0 };
	switch (k) {
	case SEC_HERKENNING:
		s.items = p->herkenning.items, s.n_items = p->herkenning.n;
		break;
	case SEC_NODIG:
		s.text = &p->nodig;
		break;
	case SEC_AANPAK:
		s.text = &p->aanpak;
		s.heading = fill_rol(a, s.heading, poh_rol_name(p->rol));
		break;
	case SEC_VRAGEN:
		s.items = p->vragen.items, s.n_items = p->vragen.n;
		break;
	case SEC_VALKUILEN:
		s.items = p->valkuilen.items, s.n_items = p->valkuilen.n;
		break;
	default:
		break;
	}
	return s;
}

static card *card_new(print_ctx *c, const card_style *st, card_deck d)
{
	card *cd = arena_alloc(c->a, sizeof *cd);
	for (int side = 0; side < 2; side++)
		cd->sides[side] = arena_alloc(c->a, (st->n_sides[d][side] + 1) *
					      sizeof *cd->sides[side]);
	cd->corp_side = -1;
	return cd;
}

/* A side with nothing on it prints as an empty card: say so. */
static void warn_empty(const card *cd)
{
	for (int side = 0; side < 2; side++)
		if (!cd->n_sides[side] && cd->corp_side != side && !cd->bad)
			diag_warning(cd->at.file, cd->at.line, cd->at.col,
				     "de %s van de kaart '%s' is leeg: er "
				     "staat geen van de onderdelen op die "
				     "cards.yaml daar zet",
				     side ? "achterkant" : "voorkant",
				     cd->title.text);
}

card *card_from_profile(print_ctx *c, const card_style *st,
			const profile *p, size_t i, size_t n)
{
	card *cd = card_new(c, st, DECK_PROFILES);
	cd->look = LOOK_PROFILE;
	cd->name = arena_printf(c->a, "profiel-%s", p->name);
	cd->eyebrow = st->soort_label[LOOK_PROFILE];
	cd->corp = -1;
	cd->title = p->titel;
	cd->bron = p->bron;
	cd->number = arena_printf(c->a, "%zu/%zu", i + 1, n);
	cd->item_title = p->titel.text;
	cd->page = p->page;
	cd->at = (diag_pos){ p->file, 1, 1 };
	cd->bad = p->bad;
	for (int side = 0; side < 2; side++)
		for (size_t j = 0; j < st->n_sides[DECK_PROFILES][side]; j++)
			add_section(cd, side, profile_section(st, c->a, p,
				    st->sides[DECK_PROFILES][side][j]));
	warn_empty(cd);
	return cd;
}

/* The literature as list items: "text (source)." */
static const card_text *sources(arena *a, const competency *k)
{
	card_text *out = arena_alloc(a, (k->n_literatuur + 1) * sizeof *out);
	for (size_t i = 0; i < k->n_literatuur; i++) {
		const competency_source *s = &k->literatuur[i];
		size_t len = strlen(s->tekst.text);
		int dot = len && s->tekst.text[len - 1] == '.';
		out[i].text = arena_printf(a, "%.*s (%s)%s",
					   (int)(len - (size_t)dot),
					   s->tekst.text, s->bron.text,
					   dot ? "." : "");
		out[i].at = s->tekst.at;
	}
	return out;
}

static card_section competency_section(const card_style *st, arena *a,
				       const competency *k,
				       card_section_kind kind)
{
	card_section s = { kind, st->heading[kind], NULL, NULL, 0 };
	switch (kind) {
	case SEC_DEFINITIE:
		s.text = &k->definitie;
		break;
	case SEC_TOELICHTING:
		s.text = &k->toelichting;
		break;
	case SEC_HUISARTS:
		s.text = &k->huisarts;
		break;
	case SEC_INTERVIEWS:
		s.items = k->interviews.items, s.n_items = k->interviews.n;
		break;
	case SEC_LITERATUUR:
		s.items = sources(a, k), s.n_items = k->n_literatuur;
		break;
	default:
		break;
	}
	return s;
}

card *card_from_competency(print_ctx *c, const card_style *st,
			   const competency *k, size_t n)
{
	const competency_group *g = k->group;
	card *cd = card_new(c, st, DECK_COMPETENCIES);
	cd->look = g->kind == GROUP_LEIDINGGEVENDEN ? LOOK_LEIDINGGEVENDEN :
		   LOOK_PERSOONSGERICHT;
	cd->name = arena_printf(c->a, "%s-%s", g->key, k->slug);
	cd->eyebrow = arena_printf(c->a, "%s \xC2\xB7 %s",
				   st->soort_label[cd->look],
				   corp_label(k->corp));
	cd->corp = (int)k->corp;
	cd->title = k->naam;
	cd->bron = g->bron;
	cd->number = arena_printf(c->a, "%zu/%zu", k->index + 1, n);
	/* both groups have a Cliëntgerichtheid */
	cd->item_title = g->kind == GROUP_LEIDINGGEVENDEN ?
		arena_printf(c->a, "%s (leidinggevende)", k->naam.text) :
		k->naam.text;
	cd->page = k->page;
	cd->at = k->at;
	cd->bad = k->bad;
	for (int side = 0; side < 2; side++)
		for (size_t j = 0; j < st->n_sides[DECK_COMPETENCIES][side];
		     j++)
			add_section(cd, side, competency_section(st, c->a, k,
				    st->sides[DECK_COMPETENCIES][side][j]));
	warn_empty(cd);
	return cd;
}

/* --- fitting a side --------------------------------------------------- */

typedef struct side_box {
	double x, y, w, h;
} side_box;

typedef enum { SIDE_FITS, SIDE_TALL, SIDE_WIDE } side_status;

/* Sets one text as a block at (x, *y) in width w and moves *y below it;
 * SIDE_WIDE (and *wide) when a word is wider than w. */
static side_status put_block(print_ctx *c, arena *a, card_face *f,
			     const card_text *t, const textfit_style *ts,
			     double size, double x, double *y, double w,
			     uint32_t colour, int bullet,
			     const card_text **wide)
{
	card_block *b = &f->blocks[f->n];
	const char *text = typo_quotes(a, t->text);
	if (textfit_set(c->ts, a, text, ts, size, w, -1, &b->f) ==
	    TEXTFIT_TOO_WIDE) {
		*wide = t;
		return SIDE_WIDE;
	}
	b->x = x, b->y = *y, b->w = w, b->colour = colour;
	b->bullet = bullet;
	*y += b->f.height;
	f->n++;
	return SIDE_FITS;
}

static size_t side_blocks(const card *cd, int side)
{
	size_t n = 0;
	for (size_t i = 0; i < cd->n_sides[side]; i++)
		n += 1 + (cd->sides[side][i].text ? 1 :
			  cd->sides[side][i].n_items);
	return n;
}

/* Lays out the sections of one side at size into f (blocks in a). */
static side_status side_at(print_ctx *c, arena *a, const card_style *st,
			   const card *cd, int side, uint32_t colour,
			   double size, side_box box, card_face *f,
			   const card_text **wide)
{
	textfit_style head = { 1, FACE_BOLD, size, 0, 1.2, 0, 0, NULL, 0 };
	textfit_style body = { !st->serif, FACE_REGULAR, size, 0, 1.3, 1, 1,
			       NULL, 0 };
	double y = box.y, indent = size * 0.95;
	f->blocks = arena_alloc(a, (side_blocks(cd, side) + 1) *
				sizeof *f->blocks);
	f->n = 0;
	f->size = size;
	side_status s = SIDE_FITS;
	for (size_t i = 0; s == SIDE_FITS && i < cd->n_sides[side]; i++) {
		const card_section *sec = &cd->sides[side][i];
		if (i)
			y += size * 0.8;
		if (sec->heading && *sec->heading) {
			card_text h = { sec->heading, sec->text ?
					sec->text->at : sec->items[0].at };
			s = put_block(c, a, f, &h, &head, size, box.x, &y,
				      box.w, colour, 0, wide);
			y += size * 0.2;
		}
		body.file = head.file = NULL;
		if (s == SIDE_FITS && sec->text) {
			body.file = sec->text->at.file;
			body.line = sec->text->at.line;
			s = put_block(c, a, f, sec->text, &body, size, box.x,
				      &y, box.w, c->st->text, 0, wide);
		}
		for (size_t k = 0; s == SIDE_FITS && k < sec->n_items; k++) {
			body.file = sec->items[k].at.file;
			body.line = sec->items[k].at.line;
			y += k ? size * 0.3 : 0;
			s = put_block(c, a, f, &sec->items[k], &body, size,
				      box.x + indent, &y, box.w - indent,
				      c->st->text, 1, wide);
		}
	}
	if (s == SIDE_FITS && y > box.y + box.h + 1e-6)
		s = SIDE_TALL;
	return s;
}

/* Tries size in a scratch arena, leaving the typeset's counts as they
 * were. */
static side_status side_try(print_ctx *c, const card_style *st,
			    const card *cd, int side, uint32_t colour,
			    double size, side_box box, const card_text **wide)
{
	arena scratch;
	arena_init(&scratch, 32768);
	typeset *ts = c->ts;
	int lines = ts->lines, hyphens = ts->hyphens, overfull = ts->overfull;
	card_face f;
	side_status s = side_at(c, &scratch, st, cd, side, colour, size, box,
				&f, wide);
	ts->lines = lines, ts->hyphens = hyphens, ts->overfull = overfull;
	arena_free(&scratch);
	return s;
}

/* The longest text of a side: the one most worth shortening. */
static const card_text *longest(const card *cd, int side)
{
	const card_text *best = NULL;
	size_t most = 0;
	for (size_t i = 0; i < cd->n_sides[side]; i++) {
		const card_section *s = &cd->sides[side][i];
		for (size_t k = 0; k < (s->text ? 1 : s->n_items); k++) {
			const card_text *t = s->text ? s->text : &s->items[k];
			if (strlen(t->text) > most)
				most = strlen(t->text), best = t;
		}
	}
	return best;
}

static void side_error(const card_style *st, const card *cd, int side,
		       side_status s, const card_text *wide)
{
	const char *which = side ? "achterkant" : "voorkant";
	if (s == SIDE_WIDE) {
		diag_error(wide->at.file, wide->at.line, wide->at.col, "een "
			   "woord van deze tekst is te breed voor de kaart, "
			   "zelfs op %.4g pt", st->side[side].min);
		return;
	}
	const card_text *t = longest(cd, side);
	diag_pos at = t ? t->at : cd->at;
	diag_error(at.file, at.line, at.col, "de %s van de kaart '%s' past "
		   "niet, zelfs op %.4g pt: maak deze tekst (de langste daar) "
		   "of een andere op die kant korter", which,
		   cd->title.text, st->side[side].min);
}

/* The size at step k of the range: max - k * STEP, the last one min. */
static double size_at(const card_range *r, int k, int last)
{
	return k >= last ? r->min : r->max - k * STEP;
}

static int fit_side(print_ctx *c, const card_style *st, const card *cd,
		    int side, uint32_t colour, side_box box, double force,
		    card_face *f)
{
	const card_range *r = &st->side[side];
	int last = (int)ceil((r->max - r->min) / STEP - 1e-9);
	const card_text *wide = NULL;
	int good = -1;
	if (force > 0 && side_try(c, st, cd, side, colour, force, box,
				  &wide) == SIDE_FITS) {
		side_at(c, c->a, st, cd, side, colour, force, box, f, &wide);
		return 0;
	}
	if (side_try(c, st, cd, side, colour, r->max, box, &wide) ==
	    SIDE_FITS) {
		good = 0;
	} else {
		side_status s = side_try(c, st, cd, side, colour, r->min, box,
					 &wide);
		if (s != SIDE_FITS) {
			side_error(st, cd, side, s, wide);
			return -1;
		}
		int bad = 0;
		good = last;
		while (good - bad > 1) {
			int mid = (good + bad) / 2;
			if (side_try(c, st, cd, side, colour,
				     size_at(r, mid, last), box, &wide) ==
			    SIDE_FITS)
				good = mid;
			else
				bad = mid;
		}
	}
	side_at(c, c->a, st, cd, side, colour, size_at(r, good, last), box, f,
		&wide);
	return 0;
}

/* --- the card's fixed parts ------------------------------------------- */

/* A line that may shrink as far as it must (labels, the number). */
static void fit_free(print_ctx *c, textfit *out, const char *text,
		     double size, int face, double w)
{
	textfit_style ts = { 1, face, size, 3, 1.2, 0, 0, NULL, 0 };
	textfit_fit(c->ts, c->a, text, &ts, w, size * 1.25, out);
}

static int fit_title(print_ctx *c, const card_style *st, const card *cd,
		     const card_range *r, double w, double h, textfit *out,
		     const char *where)
{
	const card_text *t = &cd->title;
	textfit_style ts = { 1, FACE_BOLD, r->max, r->min, 1.12, 0, 0,
			     t->at.file, t->at.line };
	const char *text = typo_quotes(c->a, t->text);
	if (textfit_fit(c->ts, c->a, text, &ts, w, h, out) == TEXTFIT_OK) {
		textfit_balance(c->ts, c->a, text, &ts, out);
		return 0;
	}
	(void)st;
	diag_error(t->at.file, t->at.line, t->at.col, "deze titel past niet "
		   "in %s, zelfs op %.4g pt: maak hem korter", where, r->min);
	return -1;
}

static int fit_bron(print_ctx *c, const card_style *st, const card *cd,
		    double w, textfit *out)
{
	const card_text *t = &cd->bron;
	double max = st->voet, min = fmin(5, st->voet);
	textfit_style ts = { 1, FACE_ITALIC, max, min, 1.25, 1, 0,
			     t->at.file, t->at.line };
	const char *text = typo_quotes(c->a, t->text);
	if (textfit_fit(c->ts, c->a, text, &ts, w, 3 * 1.25 * max, out) ==
	    TEXTFIT_OK)
		return 0;
	diag_error(t->at.file, t->at.line, t->at.col, "deze bronregel past "
		   "niet in drie regels op de kaart, zelfs op %.4g pt: maak "
		   "hem korter", min);
	return -1;
}

/* The CORP square's side, and the room it takes in the band. */
static double corp_cell(const card_style *st)
{
	return 2.3 * MM * st->k;
}

/* The CORP legend: two rows of two cells. */
static double legend_cell_h(const card_style *st)
{
	return 9 * MM * st->k;
}

static double legend_gap(const card_style *st)
{
	return 1.4 * MM * st->k;
}

/* Fits the legend's names and meanings into their cells and takes its
 * height from the foot of box. */
static void lay_out_legend(print_ctx *c, const card_style *st,
			   card_layout *l, side_box *box)
{
	double g = legend_gap(st), ch = legend_cell_h(st);
	double cw = (box->w - g) / 2, inner = cw - 2 * 2 * MM * st->k;
	double size = fmax(7.5 * st->k, 5.5);
	for (int k = 0; k < CORP_COUNT; k++) {
		fit_free(c, &l->corp_name[k], corp_label((corp_kind)k), size,
			 FACE_BOLD, inner);
		fit_free(c, &l->corp_meaning[k], corp_meaning((corp_kind)k),
			 size, FACE_REGULAR, inner);
	}
	double h = 2 * ch + g;
	l->corp_x = box->x;
	l->corp_w = box->w;
	l->corp_y = box->y + box->h - h;
	box->h -= h + 3 * MM * st->k;
}

int card_lay_out(print_ctx *c, const card_style *st, const card *cd,
		 const double *force, card_layout *l)
{
	memset(l, 0, sizeof *l);
	l->cd = cd;
	l->st = st;
	l->colour = st->colour[cd->look];
	double W = st->w, H = st->h, b = st->border, pad = st->pad;
	double x = b + pad, w = W - 2 * x, gap = 2 * MM * st->k;
	double icon = cd->corp >= 0 && cd->corp_side != 0 ?
		      2 * corp_cell(st) + 3 * MM * st->k : 0;
	int rc = 0;
	l->band_h = H * st->band - b;
	fit_free(c, &l->eyebrow, cd->eyebrow, st->soort.max, FACE_BOLD,
		 w - icon);
	l->title_y = b + pad * 0.8 + l->eyebrow.height + gap;
	l->title_h = b + l->band_h - pad * 0.8 - l->title_y;
	if (fit_title(c, st, cd, &st->titel, w, l->title_h, &l->title,
		      "de band van de kaart") < 0 ||
	    fit_title(c, st, cd, &st->strip_title, w, 2 * st->strip -
		      pad * 0.6, &l->back_title,
		      "de strook op de achterkant van de kaart") < 0)
		return -1;
	/* the strip grows for a title of two lines */
	l->strip_h = fmax(st->strip, l->back_title.height + pad * 0.6);
	fit_free(c, &l->number, cd->number, st->voet, FACE_REGULAR, w);
	double foot = H - b - pad * 0.6 - l->number.height;
	side_box front = { x, b + l->band_h + pad * 0.9, w, 0 };
	front.h = foot - pad * 0.5 - front.y;
	double low = foot - pad * 0.5;
	if (cd->bron.text) {
		if (fit_bron(c, st, cd, w, &l->bron) < 0)
			rc = -1;
		l->bron_y = foot - pad * 0.4 - l->bron.height;
		low = l->bron_y - pad * 0.6;
	}
	side_box back = { x, b + l->strip_h + pad * 0.9, w, 0 };
	back.h = low - back.y;
	if (cd->corp_side >= 0)
		lay_out_legend(c, st, l, cd->corp_side ? &back : &front);
	for (int side = 0; side < 2; side++)
		if (fit_side(c, st, cd, side, l->colour, side ? back : front,
			     force ? force[side] : 0, &l->face[side]) < 0)
			rc = -1;
	return rc;
}

/* --- drawing ---------------------------------------------------------- */

static void draw_text(canvas *cv, const textfit *f, double x, double y,
		      double w, double h, textfit_halign ha,
		      textfit_valign va, uint32_t colour)
{
	textfit_place p = { x, y, w, h, ha, va };
	textfit_draw(cv, f, &p, colour);
}

/* The CORP square: conceptueel top left, operationeel top right,
 * persoonlijk bottom left, relationeel bottom right (as the CORP
 * diagram), the card's own category filled. */
static void draw_corp(canvas *cv, const card_layout *l, double x, double y)
{
	static const int cell_of[CORP_COUNT] = { 0, 1, 3, 2 };
	double q = corp_cell(l->st), g = 0.6 * MM * l->st->k;
	for (int k = 0; k < CORP_COUNT; k++) {
		int cell = cell_of[k];
		int own = k == l->cd->corp;
		canvas_style s = { own ? 0xFFFFFF : print_tint(l->colour, 0.3),
				   CANVAS_NONE, 0, 0, 0, 0 };
		canvas_rect(cv, x + (cell % 2) * (q + g), y + (cell / 2) *
			    (q + g), q, q, 0.4 * MM * l->st->k, &s);
	}
}

/* The panel and the coloured top (band or strip) of height top under
 * the border; full: both to the edge and into the bleed. */
static void draw_ground(canvas *cv, const card_layout *l, double top,
			double bleed, int full)
{
	const card_style *st = l->st;
	double b = st->border, r = 3 * MM * st->k;
	canvas_style panel = { print_tint(l->colour, 0.93), CANVAS_NONE, 0, 0,
			       0, 0 };
	canvas_style band = { l->colour, CANVAS_NONE, 0, 0, 0, 0 };
	if (b <= 0 || full) {       /* colour to the edge: it bleeds */
		canvas_rect(cv, -bleed, -bleed, st->w + 2 * bleed,
			    st->h + 2 * bleed, 0, &panel);
		canvas_rect(cv, -bleed, -bleed, st->w + 2 * bleed,
			    fmax(b, 0) + top + bleed, 0, &band);
		return;
	}
	canvas_rect(cv, b, b, st->w - 2 * b, st->h - 2 * b, r, &panel);
	canvas_rect(cv, b, b, st->w - 2 * b, top, r, &band);
	canvas_rect(cv, b, b + top - r, st->w - 2 * b, r, 0, &band);
}

static void draw_legend(canvas *cv, const card_layout *l)
{
	static const int cell_of[CORP_COUNT] = { 0, 1, 3, 2 };
	const card_style *st = l->st;
	double g = legend_gap(st), ch = legend_cell_h(st);
	double cw = (l->corp_w - g) / 2, in = 2 * MM * st->k;
	for (int k = 0; k < CORP_COUNT; k++) {
		int cell = cell_of[k], own = k == l->cd->corp;
		double x = l->corp_x + (cell % 2) * (cw + g);
		double y = l->corp_y + (cell / 2) * (ch + g);
		canvas_style s = { own ? l->colour : print_tint(l->colour, 0.8),
				   CANVAS_NONE, 0, 0, 0, 0 };
		canvas_rect(cv, x, y, cw, ch, 1.5 * MM * st->k, &s);
		const textfit *n = &l->corp_name[k], *m = &l->corp_meaning[k];
		double ty = y + (ch - n->height - m->height) / 2;
		uint32_t ink = own ? 0xFFFFFF : l->colour;
		draw_text(cv, n, x + in, ty, cw - 2 * in, n->height,
			  TEXTFIT_LEFT, TEXTFIT_TOP, ink);
		draw_text(cv, m, x + in, ty + n->height, cw - 2 * in,
			  m->height, TEXTFIT_LEFT, TEXTFIT_TOP, ink);
	}
}

static void draw_face(canvas *cv, const card_face *f, uint32_t colour)
{
	for (size_t i = 0; i < f->n; i++) {
		const card_block *bl = &f->blocks[i];
		if (bl->bullet) {
			double size = f->size, lead = bl->f.leading;
			canvas_style dot = { colour, CANVAS_NONE, 0, 0, 0, 0 };
			canvas_circle(cv, bl->x - size * 0.55, bl->y + lead *
				      0.78 - size * 0.3, size * 0.14, &dot);
		}
		draw_text(cv, &bl->f, bl->x, bl->y, bl->w, bl->f.height,
			  TEXTFIT_LEFT, TEXTFIT_TOP, bl->colour);
	}
}

void card_draw(const print_ctx *c, canvas *cv, const card_layout *l,
	       int side, double bleed, int full)
{
	const card_style *st = l->st;
	double b = st->border, pad = st->pad, x = b + pad;
	double w = st->w - 2 * x;
	double top = side ? l->strip_h : l->band_h;
	draw_ground(cv, l, top, bleed, full);
	if (side) {
		draw_text(cv, &l->back_title, x, b, w, l->strip_h, TEXTFIT_LEFT,
			  TEXTFIT_MIDDLE, 0xFFFFFF);
	} else {
		draw_text(cv, &l->eyebrow, x, b + pad * 0.8, w,
			  l->eyebrow.height, TEXTFIT_LEFT, TEXTFIT_TOP,
			  print_tint(l->colour, 0.62));
		if (l->cd->corp >= 0 && l->cd->corp_side != 0)
			draw_corp(cv, l, st->w - x - 2 * corp_cell(st) -
				  0.6 * MM * st->k, b + pad * 0.8);
		draw_text(cv, &l->title, x, l->title_y, w, l->title_h,
			  TEXTFIT_LEFT, TEXTFIT_BOTTOM, 0xFFFFFF);
	}
	draw_face(cv, &l->face[side], l->colour);
	if (l->cd->corp_side == side && l->cd->corp >= 0)
		draw_legend(cv, l);
	double foot = st->h - b - pad * 0.6 - l->number.height;
	if (side && l->cd->bron.text)
		draw_text(cv, &l->bron, x, l->bron_y, w, l->bron.height,
			  TEXTFIT_LEFT, TEXTFIT_TOP, c->st->muted);
	draw_text(cv, &l->number, x, foot, w, l->number.height,
		  TEXTFIT_CENTRE, TEXTFIT_TOP, c->st->muted);
}
