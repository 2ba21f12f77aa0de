/* style.c - print styles from YAML; see style.h. */
#include "style.h"
#include "content/ynode.h"
#include "util/diag.h"
#include "util/fs.h"

#include <ctype.h>
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

int print_colour(const char *s, uint32_t *out)
{
	size_t n = strlen(s);
	if (s[0] != '#' || (n != 4 && n != 7))
		return -1;
	for (size_t i = 1; i < n; i++)
		if (!isxdigit((unsigned char)s[i]))
			return -1;
	unsigned long v = strtoul(s + 1, NULL, 16);
	if (n == 4)
		v = ((v & 0xF00) << 12 | (v & 0xF00) << 8 | (v & 0xF0) << 8 |
		     (v & 0xF0) << 4 | (v & 0xF) << 4 | (v & 0xF));
	*out = (uint32_t)v;
	return 0;
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

void print_yaml_length(const char *file, const ynode *map, const char *key,
		       double *out)
{
	const char *s = yget_str(file, map, key);
	if (!s)
		return;
	double v = print_length(s);
	if (v < 0) {
		const ynode *n = ymap_get(map, key);
		diag_error(file, n->line, n->col, "'%s' must be a length such "
			   "as 20mm, 1.5cm or 10pt, not '%s'", key, s);
		return;
	}
	*out = v;
}

void print_yaml_range(const char *file, const ynode *map, const char *key,
		      double *max, double *min)
{
	static const char *const keys[] = { "max", "min", NULL };
	const ynode *v = ymap_get(map, key);
	if (!v || yexpect_map(file, v, key) < 0)
		return;
	ycheck_map(file, v, key, keys, NULL);
	print_yaml_length(file, v, "max", max);
	print_yaml_length(file, v, "min", min);
	if (*min <= 0 || *min > *max)
		diag_error(file, v->line, v->col, "'%s': min must be above 0 "
			   "and not larger than max", key);
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
		diag_error(file, n->line, n->col, "font must be serif or sans");
	} else if (font) {
		ts->sans = !strcmp(font, "sans");
	}
	print_yaml_length(file, m, "size", &ts->size);
	print_yaml_length(file, m, "leading", &ts->leading);
	print_yaml_length(file, m, "before", &ts->before);
	print_yaml_length(file, m, "after", &ts->after);
}

static void get_colour(const char *file, const ynode *map, const char *key,
		       uint32_t *out)
{
	const char *s = yget_str(file, map, key);
	if (s && print_colour(s, out) < 0) {
		const ynode *n = ymap_get(map, key);
		diag_error(file, n->line, n->col, "colour must be written as "
			   "#rrggbb, not '%s'", s);
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
	ycheck_map(file, root, "print style", top_keys, NULL);
	const ynode *m = section(file, root, "page", page_keys);
	print_yaml_length(file, m, "width", &st->page_w);
	print_yaml_length(file, m, "height", &st->page_h);
	m = section(file, root, "margins", margin_keys);
	print_yaml_length(file, m, "top", &st->top);
	print_yaml_length(file, m, "bottom", &st->bottom);
	print_yaml_length(file, m, "inner", &st->inner);
	print_yaml_length(file, m, "outer", &st->outer);
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

int print_style_load(print_style *st, arena *a, const char *file,
		     const site *s)
{
	defaults(st);
	int before = diag_errors();
	if (fs_is_file(file)) {
		ynode *root = ynode_read_map(a, file, "a print style");
		if (root)
			read_style(st, file, root);
	}
	if (s) {
		print_colour(s->colour_primary, &st->primary);
		print_colour(s->colour_accent, &st->accent);
		if (s->font_serif)
			st->serif = s->font_serif, st->serif_at = s->font_serif_at;
		if (s->font_sans)
			st->sans = s->font_sans, st->sans_at = s->font_sans_at;
	}
	return diag_errors() - before;
}
