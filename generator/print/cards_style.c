/* cards_style.c - layouts/print/cards.yaml; see cards_internal.h. */
#include "cards_internal.h"
#include "canvas/colour.h"
#include "impose.h"
#include "sheet.h"
#include "content/ynode.h"
#include "util/diag.h"
#include "util/fs.h"

#include <stdlib.h>
#include <string.h>

#define A6_WIDTH (105 * MM)

static const char *const section_keys[SEC_COUNT] = {
	"herkenning", "nodig", "aanpak", "vragen", "valkuilen",
	"definitie", "toelichting", "interviews", "literatuur", "huisarts",
	"corp"
};
static const char *const look_keys[LOOK_COUNT] = {
	"profiel", "persoonsgericht", "leidinggevenden"
};
/* Which sections each deck has. */
static const int deck_has[DECK_COUNT][SEC_COUNT] = {
	{ 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0 },
	{ 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1 },
};

const char *card_section_key(card_section_kind k)
{
	return k < SEC_COUNT ? section_keys[k] : "";
}

/* A colour made darker: share 0 is the colour, 1 black. */
static uint32_t shade(uint32_t colour, double share)
{
	uint32_t out = 0;
	for (int s = 0; s < 24; s += 8) {
		double v = (colour >> s) & 0xFF;
		out |= (uint32_t)(v * (1 - share) + 0.5) << s;
	}
	return out;
}

static void defaults(const print_ctx *c, card_style *st)
{
	static const card_section_kind sides[DECK_COUNT][2][4] = {
		{ { SEC_HERKENNING, SEC_NODIG }, { SEC_AANPAK, SEC_VRAGEN,
						   SEC_VALKUILEN } },
		{ { SEC_DEFINITIE, SEC_CORP }, { SEC_TOELICHTING,
			SEC_INTERVIEWS, SEC_LITERATUUR, SEC_HUISARTS } },
	};
	static const size_t n_sides[DECK_COUNT][2] = { { 2, 3 }, { 2, 4 } };
	*st = (card_style){
		.w = A6_WIDTH, .h = 148 * MM, .border = 4 * MM,
		.pad = 5 * MM, .band = 0.30, .strip = 11 * MM,
		.titel = { 21, 12 }, .soort = { 8, 6 },
		.side = { { 17, 6.5 }, { 11, 6.5 } },
		.strip_title = { 11, 7 }, .voet = 6.5,
		.colour = { c->st->accent, c->st->primary,
			    shade(c->st->primary, 0.35) },
		.soort_label = { "Voorbeeldprofiel", "Competentie",
				 "Competentie leidinggevende" },
		.heading = { "Herken je dit?", "Wat deze patiënt nodig heeft",
			     "De rol van de POH: {rol}", "Helpende vragen",
			     "Valkuilen", "", "Wat het vraagt",
			     "Uit de interviews", "Uit de literatuur",
			     "Voor de huisarts", "" },
		.calibration = "Druk dubbelzijdig af, omslaan over de lange "
			"kant. Houd het blad tegen het licht: valt het rode "
			"kruis van de achterkant midden op de schaal, dan "
			"klopt het; anders lees je af hoeveel millimeter het "
			"verschuift.",
	};
	for (int d = 0; d < DECK_COUNT; d++)
		for (int s = 0; s < 2; s++) {
			st->n_sides[d][s] = n_sides[d][s];
			for (size_t i = 0; i < n_sides[d][s]; i++)
				st->sides[d][s][i] = sides[d][s][i];
		}
}

/* --- values ----------------------------------------------------------- */

static void bad_value(const char *file, const ynode *n, const char *key,
		      const char *want)
{
	diag_error(file, n->line, n->col, "'%s' moet %s zijn", key, want);
}

/* "primary", "accent", either followed by "donker", or "#rrggbb". */
static void get_colour(const print_ctx *c, const char *file,
		       const ynode *m, const char *key, uint32_t *out)
{
	const char *v = yget_str(file, m, key);
	if (!v)
		return;
	size_t n = strcspn(v, " ");
	const char *rest = v + n + (v[n] == ' ');
	uint32_t base;
	if (!strncmp(v, "primary", n) && n == 7)
		base = c->st->primary;
	else if (!strncmp(v, "accent", n) && n == 6)
		base = c->st->accent;
	else if (colour_parse(v, &base) == 0)
		rest = "";
	else
		rest = NULL;
	if (!rest || (*rest && strcmp(rest, "donker")))
		bad_value(file, ymap_get(m, key), key, "primary, accent, "
			  "primary donker, accent donker of een kleur zoals "
			  "#0E6266");
	else
		*out = *rest ? shade(base, 0.35) : base;
}

/* A mapping of names (in names, count n) to texts. */
static void get_texts(arena *a, const char *file, const ynode *root,
		      const char *key, const char *const *names, int n,
		      const char **out)
{
	const ynode *m = ymap_get(root, key);
	if (!m || yexpect_map(file, m, key) < 0)
		return;
	const char **allowed = arena_alloc(a, (size_t)(n + 1) * sizeof *allowed);
	memcpy(allowed, names, (size_t)n * sizeof *allowed);
	ycheck_map(file, m, key, allowed, NULL);
	for (int i = 0; i < n; i++) {
		const char *v = yget_str(file, m, names[i]);
		if (v)
			out[i] = v;
	}
}

/* --- the sides of a deck ---------------------------------------------- */

static int section_of(const char *name)
{
	for (int i = 0; i < SEC_COUNT; i++)
		if (!strcmp(name, section_keys[i]))
			return i;
	return -1;
}

static void get_side(const char *file, const ynode *v, card_deck d,
		     int side, card_style *st, int seen[SEC_COUNT])
{
	if (v->kind != YNODE_SEQ) {
		diag_error(file, v->line, v->col, "een kant moet een lijst van "
			   "onderdelen zijn, zoals [herkenning, nodig]");
		return;
	}
	st->n_sides[d][side] = 0;
	for (size_t i = 0; i < v->n; i++) {
		const ynode *it = v->items[i];
		int k = it->kind == YNODE_SCALAR ? section_of(it->str) : -1;
		if (k < 0 || !deck_has[d][k]) {
			diag_error(file, it->line, it->col, "geen onderdeel "
				   "van deze kaart: '%s'",
				   it->kind == YNODE_SCALAR ?
				   it->str : "?");
			continue;
		}
		if (seen[k]++) {
			diag_error(file, it->line, it->col, "'%s' staat twee "
				   "keer op de kaart", it->str);
			continue;
		}
		st->sides[d][side][st->n_sides[d][side]++] =
			(card_section_kind)k;
	}
}

static void get_deck(const char *file, const ynode *root, const char *key,
		     card_deck d, card_style *st)
{
	static const char *const keys[] = { "voorkant", "achterkant", NULL };
	const ynode *m = ymap_get(root, key);
	if (!m || yexpect_map(file, m, key) < 0)
		return;
	ycheck_map(file, m, key, keys, NULL);
	int seen[SEC_COUNT] = { 0 };
	for (int side = 0; side < 2; side++) {
		const ynode *v = ymap_get(m, keys[side]);
		if (v)
			get_side(file, v, d, side, st, seen);
	}
}

/* --- the file ----------------------------------------------------------- */

static void get_size(const char *file, const ynode *root, card_style *st)
{
	const char *f = yget_str(file, root, "formaat");
	if (f && sheet_size(f, &st->w, &st->h) < 0)
		bad_value(file, ymap_get(root, "formaat"), "formaat",
			  "een papierformaat zoals A6, A7 of 63x88mm");
	else if (f && (st->w < 40 * MM || st->h < 50 * MM ||
		       st->w > 210 * MM || st->h > 297 * MM))
		bad_value(file, ymap_get(root, "formaat"), "formaat",
			  "een kaart van 40x50mm tot A4");
}

static void get_letters(const char *file, const ynode *root,
			card_style *st)
{
	static const char *const keys[] = { "titel", "soort", "voorkant",
		"achterkant", "strooktitel", "voet", "familie", NULL };
	const ynode *m = ymap_get(root, "letters");
	if (!m || yexpect_map(file, m, "letters") < 0)
		return;
	ycheck_map(file, m, "letters", keys, NULL);
	print_yaml_range(file, m, "titel", &st->titel.max,
			 &st->titel.min);
	print_yaml_range(file, m, "soort", &st->soort.max,
			 &st->soort.min);
	print_yaml_range(file, m, "voorkant", &st->side[0].max,
			 &st->side[0].min);
	print_yaml_range(file, m, "achterkant", &st->side[1].max,
			 &st->side[1].min);
	print_yaml_range(file, m, "strooktitel", &st->strip_title.max,
			 &st->strip_title.min);
	print_yaml_length(file, m, "voet", PRINT_TYPE, &st->voet);
	const char *fam = yget_str(file, m, "familie");
	if (fam && strcmp(fam, "sans") && strcmp(fam, "serif"))
		bad_value(file, ymap_get(m, "familie"), "familie",
			  "sans of serif");
	st->serif = fam && !strcmp(fam, "serif");
}

static void get_a4(const char *file, const ynode *root, card_style *st)
{
	static const char *const keys[] = { "marge", "tussenruimte", NULL };
	const ynode *m = ymap_get(root, "a4");
	if (!m || yexpect_map(file, m, "a4") < 0)
		return;
	ycheck_map(file, m, "a4", keys, NULL);
	print_yaml_length(file, m, "marge", PRINT_MARGIN, &st->a4_margin);
	print_yaml_length(file, m, "tussenruimte", PRINT_MARGIN, &st->a4_gap);
}

/* Lengths and the largest sizes follow the card's width; the smallest
 * sizes stay, but never above the largest. */
static void scale(card_style *st)
{
	double k = st->k = st->w / A6_WIDTH;
	st->border *= k;
	st->pad *= k;
	st->strip *= k;
	card_range *r[] = { &st->titel, &st->soort, &st->side[0],
			    &st->side[1], &st->strip_title };
	for (size_t i = 0; i < sizeof r / sizeof *r; i++) {
		r[i]->max *= k;
		if (r[i]->min > r[i]->max)
			r[i]->max = r[i]->min;
	}
	st->voet = st->voet * k < 5 ? 5 : st->voet * k;
}

static void read_file(print_ctx *c, const char *file, const ynode *root,
		      card_style *st)
{
	static const char *const keys[] = { "formaat", "rand", "binnenmarge",
		"band", "strook", "letters", "kleuren", "soorten", "kopjes",
		"profiel", "competentie", "a4", "kalibratie", NULL };
	ycheck_map(file, root, "kaartopmaak", keys, NULL);
	get_size(file, root, st);
	print_yaml_length(file, root, "rand", PRINT_MARGIN, &st->border);
	print_yaml_length(file, root, "binnenmarge", PRINT_MARGIN, &st->pad);
	print_yaml_share(file, root, "band", 15, 60, "de hoogte van de kaart",
			 &st->band);
	print_yaml_length(file, root, "strook", PRINT_BOX, &st->strip);
	get_letters(file, root, st);
	const ynode *k = ymap_get(root, "kleuren");
	if (k && yexpect_map(file, k, "kleuren") == 0) {
		ycheck_map(file, k, "kleuren", look_keys, NULL);
		for (int i = 0; i < LOOK_COUNT; i++)
			get_colour(c, file, k, look_keys[i], &st->colour[i]);
	}
	get_texts(c->a, file, root, "soorten", look_keys, LOOK_COUNT,
		  st->soort_label);
	get_texts(c->a, file, root, "kopjes", section_keys, SEC_COUNT,
		  st->heading);
	get_deck(file, root, "profiel", DECK_PROFILES, st);
	get_deck(file, root, "competentie", DECK_COMPETENCIES, st);
	get_a4(file, root, st);
	const char *cal = yget_str(file, root, "kalibratie");
	if (cal)
		st->calibration = cal;
}

/* What the values make together, before scaling (for A6 widths): the
 * edges must leave room for text, the strip must leave the back room,
 * and the card must fit on A4 inside the sheet's margin. */
static void check_room(const char *file, const ynode *root,
		       const card_style *st)
{
	static const char *const edges[] = { "binnenmarge", "rand", NULL };
	static const char *const strip[] = { "strook", NULL };
	static const char *const a4[] = { "marge", "tussenruimte", NULL };
	double k = st->w / A6_WIDTH;
	double text = A6_WIDTH - 2 * (st->border + st->pad);
	diag_pos at;
	if (text < 40 * MM) {
		at = print_yaml_where(file, root, edges);
		diag_error(at.file, at.line, at.col, "rand en binnenmarge "
			   "laten %.0fmm van de breedte van de kaart (op A6) "
			   "over voor tekst; dat moet minstens 40mm zijn",
			   text / MM);
	}
	if (st->strip * k > 0.4 * st->h) {
		at = print_yaml_where(file, root, strip);
		diag_error(at.file, at.line, at.col, "'strook' mag hoogstens "
			   "40%% van de hoogte van de kaart innemen");
	}
	impose_grid g;
	if (!impose_grid_make(&g, 210 * MM, 297 * MM, st->w, st->h,
			      st->a4_margin, st->a4_gap)) {
		at = print_yaml_where(file, ymap_get(root, "a4"), a4);
		diag_error(at.file, at.line, at.col, "een kaart van dit "
			   "formaat past niet op A4 binnen de marge (a4: "
			   "marge)");
	}
}

int card_style_load(print_ctx *c, card_style *st)
{
	defaults(c, st);
	const char *file = print_layout_file(c, "cards");
	st->file = file;
	int before = diag_errors();
	if (fs_is_file(file)) {
		ynode *root = ynode_read_map(c->a, file, "de kaartopmaak");
		if (root)
			read_file(c, file, root, st);
		if (root && diag_errors() == before)
			check_room(file, root, st);
	}
	scale(st);
	return diag_errors() > before ? -1 : 0;
}
