/* style.c - print styles from YAML; see style.h. */
#include "style.h"
#include "canvas/colour.h"
#include "content/ynode.h"
#include "util/diag.h"
#include "util/fs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

double print_length(const char *s)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (end == s || errno || v < 0)
		return -1;
	while (*end == ' ')
		end++;
	if (!strcmp(end, "mm"))
		return v * 72.0 / 25.4;
	if (!strcmp(end, "cm"))
		return v * 72.0 / 2.54;
	if (!strcmp(end, "pt") || !*end)
		return v;
	return -1;
}

static void defaults(print_style *st)
{
	*st = (print_style){
		.page_w = 595.276, .page_h = 841.89,
		.top = 62.36, .bottom = 68.03, .inner = 70.87, .outer = 56.69,
		.serif = "Noto Serif", .sans = "Noto Sans",
		.body = { 0, 10.5, 15, 0, 5 },
		.h1 = { 1, 22, 26, 0, 12 },
		.h2 = { 1, 14, 18, 14, 5 },
		.h3 = { 1, 11.5, 15, 10, 3 },
		.small = { 1, 8.5, 11, 0, 0 },
		.text = 0x1F2A2E, .muted = 0x56646A, .frame = 0xEAF1F1,
		.primary = 0x1D5C63, .accent = 0xB4463A,
	};
}

/* --- the bounds of every length in layouts/print/ --------------------- */

#define PT_PER_MM (72.0 / 25.4)

static const struct {
	double      lo, hi;     /* points */
	const char *text;
} measures[] = {
	[PRINT_PAPER]   = { 20 * PT_PER_MM, 2000 * PT_PER_MM,
			    "tussen 20mm en 2000mm" },
	[PRINT_MARGIN]  = { 0, 100 * PT_PER_MM, "tussen 0mm en 100mm" },
	[PRINT_BOX]     = { 5 * PT_PER_MM, 200 * PT_PER_MM,
			    "tussen 5mm en 200mm" },
	[PRINT_TYPE]    = { 4, 200, "tussen 4pt en 200pt" },
	[PRINT_LEADING] = { 4, 300, "tussen 4pt en 300pt" },
	[PRINT_SPACE]   = { 0, 200, "tussen 0pt en 200pt" },
};

int print_measure_ok(print_measure kind, double v)
{
	const double eps = 1e-6;   /* "2000mm" converted and back */
	return v >= measures[kind].lo - eps && v <= measures[kind].hi + eps;
}

const char *print_measure_bounds(print_measure kind)
{
	return measures[kind].text;
}

int print_yaml_length(const char *file, const ynode *map, const char *key,
		      print_measure kind, double *out)
{
	const char *s = yget_str(file, map, key);
	if (!s)
		return 0;
	const ynode *n = ymap_get(map, key);
	double v = print_length(s);
	if (v < 0) {
		diag_error(file, n->line, n->col, "'%s' moet een lengte zijn "
			   "zoals 20mm, 1.5cm of 10pt, niet '%s'", key, s);
		return -1;
	}
	if (!print_measure_ok(kind, v)) {
		diag_error(file, n->line, n->col, "'%s' moet %s liggen, niet "
			   "'%s'", key, measures[kind].text, s);
		return -1;
	}
	*out = v;
	return 0;
}

void print_yaml_range(const char *file, const ynode *map, const char *key,
		      double *max, double *min)
{
	static const char *const keys[] = { "max", "min", NULL };
	const ynode *v = ymap_get(map, key);
	if (!v || yexpect_map(file, v, key) < 0)
		return;
	ycheck_map(file, v, key, keys, NULL);
	int bad = print_yaml_length(file, v, "max", PRINT_TYPE, max);
	bad |= print_yaml_length(file, v, "min", PRINT_TYPE, min);
	if (!bad && *min > *max)
		diag_error(file, v->line, v->col, "'%s': min mag niet groter "
			   "zijn dan max", key);
}

void print_yaml_share(const char *file, const ynode *map, const char *key,
		      double lo, double hi, const char *of, double *out)
{
	const char *s = yget_str(file, map, key);
	if (!s)
		return;
	char *end;
	double x = strtod(s, &end);
	if (end == s || strcmp(end, "%") || !(x >= lo && x <= hi)) {
		const ynode *n = ymap_get(map, key);
		diag_error(file, n->line, n->col, "'%s' moet een deel van %s "
			   "zijn, van %g%% tot %g%%", key, of, lo, hi);
		return;
	}
	*out = x / 100;
}

diag_pos print_yaml_where(const char *file, const ynode *map,
			  const char *const *keys)
{
	for (size_t i = 0; keys && keys[i]; i++) {
		const ynode *n = ymap_get(map, keys[i]);
		if (n)
			return ypos(file, n);
	}
	return map ? ypos(file, map) : (diag_pos){ file, 1, 1 };
}

static const char *const text_keys[] = {
	"font", "size", "leading", "before", "after", NULL };

static void get_text_style(const char *file, const ynode *root,
			   const char *key, text_style *ts)
{
	const ynode *m = ymap_get(root, key);
	if (!m)
		return;
	if (yexpect_map(file, m, key) < 0) {
		return;
	}
	ycheck_map(file, m, key, text_keys, NULL);
	const char *font = yget_str(file, m, "font");
	if (font && strcmp(font, "serif") && strcmp(font, "sans")) {
		const ynode *n = ymap_get(m, "font");
		diag_error(file, n->line, n->col, "'font' moet serif of sans "
			   "zijn");
	} else if (font) {
		ts->sans = !strcmp(font, "sans");
	}
	print_yaml_length(file, m, "size", PRINT_TYPE, &ts->size);
	print_yaml_length(file, m, "leading", PRINT_LEADING, &ts->leading);
	print_yaml_length(file, m, "before", PRINT_SPACE, &ts->before);
	print_yaml_length(file, m, "after", PRINT_SPACE, &ts->after);
}

static void get_colour(const char *file, const ynode *map, const char *key,
		       uint32_t *out)
{
	const char *s = yget_str(file, map, key);
	if (s && colour_parse(s, out) < 0) {
		const ynode *n = ymap_get(map, key);
		diag_error(file, n->line, n->col, "de kleur moet als #rrggbb "
			   "geschreven zijn, niet '%s'", s);
	}
}

static const char *const top_keys[] = {
	"page", "margins", "fonts", "body", "heading1", "heading2",
	"heading3", "small", "colours", NULL };
static const char *const page_keys[] = { "width", "height", NULL };
static const char *const margin_keys[] = {
	"top", "bottom", "inner", "outer", NULL };
static const char *const font_keys[] = { "serif", "sans", NULL };
static const char *const colour_keys[] = { "text", "muted", "frame", NULL };

/* A sub-mapping of root, or NULL (reported when it is not a mapping). */
static const ynode *section(const char *file, const ynode *root,
			    const char *key, const char *const *keys)
{
	const ynode *m = ymap_get(root, key);
	if (!m)
		return NULL;
	if (yexpect_map(file, m, key) < 0) {
		return NULL;
	}
	ycheck_map(file, m, key, keys, NULL);
	return m;
}

/* A font family at key in map into *out, and where it was named. */
static void get_font(const char *file, const ynode *map, const char *key,
		     const char **out, diag_pos *at)
{
	const char *f = yget_str(file, map, key);
	if (!f)
		return;
	const ynode *n = ymap_get(map, key);
	*out = f;
	*at = (diag_pos){ file, n->line, n->col };
}

static void read_style(print_style *st, const char *file, const ynode *root)
{
	ycheck_map(file, root, "drukopmaak", top_keys, NULL);
	const ynode *m = section(file, root, "page", page_keys);
	print_yaml_length(file, m, "width", PRINT_PAPER, &st->page_w);
	print_yaml_length(file, m, "height", PRINT_PAPER, &st->page_h);
	m = section(file, root, "margins", margin_keys);
	print_yaml_length(file, m, "top", PRINT_MARGIN, &st->top);
	print_yaml_length(file, m, "bottom", PRINT_MARGIN, &st->bottom);
	print_yaml_length(file, m, "inner", PRINT_MARGIN, &st->inner);
	print_yaml_length(file, m, "outer", PRINT_MARGIN, &st->outer);
	m = section(file, root, "fonts", font_keys);
	get_font(file, m, "serif", &st->serif, &st->serif_at);
	get_font(file, m, "sans", &st->sans, &st->sans_at);
	get_text_style(file, root, "body", &st->body);
	get_text_style(file, root, "heading1", &st->h1);
	get_text_style(file, root, "heading2", &st->h2);
	get_text_style(file, root, "heading3", &st->h3);
	get_text_style(file, root, "small", &st->small);
	m = section(file, root, "colours", colour_keys);
	get_colour(file, m, "text", &st->text);
	get_colour(file, m, "muted", &st->muted);
	get_colour(file, m, "frame", &st->frame);
}

/* The page less its margins must leave room for text: TEXT_MIN each way.
 * Reported at the margins (or the page) the file sets. */
#define TEXT_MIN (25 * PT_PER_MM)

static void check_text_area(const print_style *st, const char *file,
			    const ynode *root)
{
	static const char *const sides[] = { "inner", "outer", NULL };
	static const char *const ends[] = { "top", "bottom", NULL };
	static const char *const page[] = { "width", "height", NULL };
	double w = st->page_w - st->inner - st->outer;
	double h = st->page_h - st->top - st->bottom;
	if (w >= TEXT_MIN && h >= TEXT_MIN)
		return;
	const ynode *margins = ymap_get(root, "margins");
	diag_pos at = margins ? print_yaml_where(file, margins,
						 w < TEXT_MIN ? sides : ends) :
		      print_yaml_where(file, ymap_get(root, "page"), page);
	diag_error(at.file, at.line, at.col, "de marges laten %.0fmm bij "
		   "%.0fmm van de pagina van %.0fmm bij %.0fmm over voor "
		   "tekst; dat moet in beide richtingen minstens %.0fmm zijn",
		   w / PT_PER_MM, h / PT_PER_MM,
		   st->page_w / PT_PER_MM, st->page_h / PT_PER_MM,
		   TEXT_MIN / PT_PER_MM);
}

int print_style_load(print_style *st, arena *a, const char *file,
		     const site *s)
{
	defaults(st);
	int before = diag_errors();
	if (fs_is_file(file)) {
		ynode *root = ynode_read_map(a, file, "een drukopmaak");
		if (root)
			read_style(st, file, root);
		if (root && diag_errors() == before)
			check_text_area(st, file, root);
	}
	if (s) {
		colour_parse(s->colour_primary, &st->primary);
		colour_parse(s->colour_accent, &st->accent);
		if (s->font_serif)
			st->serif = s->font_serif, st->serif_at = s->font_serif_at;
		if (s->font_sans)
			st->sans = s->font_sans, st->sans_at = s->font_sans_at;
	}
	return diag_errors() - before;
}
