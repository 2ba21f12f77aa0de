/* load.c - diagram files into the model; see diagram.h for the schema. */
#include "diagram_internal.h"
#include "content/ynode.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/syserr.h"

#include <errno.h>
#include <string.h>

static const char *const SOORTEN[] = {
	[DG_BOLLEN] = "bollen", [DG_CYCLUS] = "cyclus",
	[DG_SAMENSPEL] = "samenspel", [DG_KWADRANT] = "kwadrant",
};

/* Per soort: the keys allowed and those required (each list ends with
 * NULL). */
static const char *const *const ALLOWED[] = {
	[DG_BOLLEN] = (const char *const[]){ "titel", "soort", "bron",
		"midden", "onderdelen", NULL },
	[DG_CYCLUS] = (const char *const[]){ "titel", "soort", "bron",
		"midden", "onderdelen", NULL },
	[DG_SAMENSPEL] = (const char *const[]){ "titel", "soort", "bron",
		"uitkomst", "onderdelen", NULL },
	[DG_KWADRANT] = (const char *const[]){ "titel", "soort", "bron",
		"assen", "onderdelen", NULL },
};
static const char *const *const REQUIRED[] = {
	[DG_BOLLEN] = (const char *const[]){ "titel", "soort", "midden",
		"onderdelen", NULL },
	[DG_CYCLUS] = (const char *const[]){ "titel", "soort", "midden",
		"onderdelen", NULL },
	[DG_SAMENSPEL] = (const char *const[]){ "titel", "soort", "uitkomst",
		"onderdelen", NULL },
	[DG_KWADRANT] = (const char *const[]){ "titel", "soort", "assen",
		"onderdelen", NULL },
};
/* How many onderdelen each soort takes. */
static const size_t MIN_PARTS[] = { 4, 3, 2, 4 };
static const size_t MAX_PARTS[] = { 4, 6, 4, 4 };

static const char *const PART_KEYS[] = { "naam", "uitleg", NULL };
static const char *const PART_REQ[] = { "naam", NULL };
static const char *const AXIS_KEYS[] = { "horizontaal", "verticaal", NULL };

/* A text that must not be empty; NULL after reporting. */
static const char *text(const char *file, const ynode *map, const char *key)
{
	const char *s = yget_str(file, map, key);
	const ynode *v = ymap_get(map, key);
	if (v && v->kind == YNODE_SCALAR && (!s || !s[0])) {
		diag_error(file, v->line, v->col, "'%s' mag niet leeg zijn",
			   key);
		return NULL;
	}
	return s;
}

/* A part written as a text (its naam) or as a mapping of naam and
 * uitleg. */
static void parse_part(const char *file, const ynode *n, const char *what,
		       dg_part *out)
{
	memset(out, 0, sizeof *out);
	out->naam_at = out->uitleg_at = ypos(file, n);
	if (n->kind == YNODE_SCALAR) {
		if (!n->str[0])
			diag_error(file, n->line, n->col, "%s mag niet leeg "
				   "zijn", what);
		out->naam = n->str[0] ? n->str : NULL;
		return;
	}
	if (yexpect_map(file, n, what) < 0 ||
	    ycheck_map(file, n, what, PART_KEYS, PART_REQ))
		return;
	out->naam = text(file, n, "naam");
	out->naam_at = ypos(file, ymap_get(n, "naam"));
	out->uitleg = text(file, n, "uitleg");
	if (ymap_get(n, "uitleg"))
		out->uitleg_at = ypos(file, ymap_get(n, "uitleg"));
}

static void parse_parts(arena *a, diagram *d, const ynode *list)
{
	const char *what = SOORTEN[d->kind];
	if (list->kind != YNODE_SEQ) {
		diag_error(d->file, list->line, list->col, "'onderdelen' moet "
			   "een lijst zijn van items met naam en uitleg");
		return;
	}
	size_t lo = MIN_PARTS[d->kind], hi = MAX_PARTS[d->kind];
	if (list->n < lo || list->n > hi) {
		if (lo == hi)
			diag_error(d->file, list->line, list->col, "een "
				   "%s-diagram heeft %zu onderdelen, niet %zu",
				   what, lo, list->n);
		else
			diag_error(d->file, list->line, list->col, "een "
				   "%s-diagram heeft %zu tot %zu onderdelen, "
				   "niet %zu", what, lo, hi, list->n);
		return;
	}
	d->parts = arena_alloc(a, list->n * sizeof *d->parts);
	d->n_parts = list->n;
	for (size_t i = 0; i < list->n; i++)
		parse_part(d->file, list->items[i], "onderdeel", &d->parts[i]);
}

/* One axis: a list of exactly two labels. */
static void parse_axis(const char *file, const ynode *assen, const char *key,
		       dg_part *two)
{
	const ynode *v = ymap_get(assen, key);
	if (!v) {
		diag_error(file, assen->line, assen->col, "assen: de "
			   "verplichte sleutel '%s' ontbreekt", key);
		return;
	}
	if (v->kind != YNODE_SEQ || v->n != 2) {
		diag_error(file, v->line, v->col, "'%s' moet een lijst van "
			   "twee teksten zijn: [%s]", key,
			   strcmp(key, "horizontaal") ?
			   "boven, onder" : "links, rechts");
		return;
	}
	for (size_t i = 0; i < 2; i++)
		if (v->items[i]->kind != YNODE_SCALAR)
			diag_error(file, v->items[i]->line, v->items[i]->col,
				   "'%s' moet een lijst van teksten zijn",
				   key);
		else
			parse_part(file, v->items[i], key, &two[i]);
}

static int find_soort(const char *file, const ynode *root, dg_kind *kind)
{
	const ynode *v = ymap_get(root, "soort");
	const char *s = yget_str(file, root, "soort");
	if (!v) {
		diag_error(file, root->line, root->col, "diagram: de "
			   "verplichte sleutel 'soort' ontbreekt");
		return -1;
	}
	for (size_t k = 0; s && k < sizeof SOORTEN / sizeof *SOORTEN; k++)
		if (!strcmp(s, SOORTEN[k])) {
			*kind = (dg_kind)k;
			return 0;
		}
	if (s)
		diag_error(file, v->line, v->col, "onbekende soort '%s': een "
			   "diagram is bollen, cyclus, samenspel of kwadrant",
			   s);
	return -1;
}

static void parse(arena *a, diagram *d, const ynode *root)
{
	const char *what = arena_printf(a, "%s-diagram", SOORTEN[d->kind]);
	ycheck_map(d->file, root, what, ALLOWED[d->kind], REQUIRED[d->kind]);
	d->titel = text(d->file, root, "titel");
	d->bron = text(d->file, root, "bron");
	const ynode *v;
	if ((v = ymap_get(root, "midden")) && d->kind <= DG_CYCLUS)
		parse_part(d->file, v, "midden", &d->midden);
	if ((v = ymap_get(root, "uitkomst")) && d->kind == DG_SAMENSPEL)
		parse_part(d->file, v, "uitkomst", &d->midden);
	if ((v = ymap_get(root, "assen")) && d->kind == DG_KWADRANT &&
	    yexpect_map(d->file, v, "assen") == 0) {
		ycheck_map(d->file, v, "assen", AXIS_KEYS, NULL);
		parse_axis(d->file, v, "horizontaal", &d->axis[DG_AXIS_LEFT]);
		parse_axis(d->file, v, "verticaal", &d->axis[DG_AXIS_TOP]);
	}
	if ((v = ymap_get(root, "onderdelen")))
		parse_parts(a, d, v);
}

/* "content/diagrams/5a.yaml" -> "5a" */
static const char *name_of(arena *a, const char *file)
{
	const char *base = path_basename(file);
	size_t n = strlen(base);
	if (path_has_suffix(base, ".yaml"))
		n -= 5;
	return arena_strndup(a, base, n);
}

diagram *diagram_load(arena *a, const char *file)
{
	int before = diag_errors();
	file = arena_strdup(a, file);
	buf text = BUF_INIT;
	if (fs_read_text(file, &text) < 0) {
		diag_error(file, 0, 0, "kan het diagram niet lezen: %s",
			   syserr_text(errno));
		buf_free(&text);
		return NULL;
	}
	if (text.len > DIAGRAM_MAX_FILE) {
		diag_error(file, 0, 0, "een diagrambestand mag hoogstens %d "
			   "KiB zijn, dit is %zu bytes",
			   DIAGRAM_MAX_FILE / 1024, text.len);
		buf_free(&text);
		return NULL;
	}
	ynode *root = ynode_parse(a, file, text.data ? text.data : "",
				  text.len, 0, 0);
	buf_free(&text);
	if (!root || yexpect_map(file, root, "een diagram") < 0)
		return NULL;
	diagram *d = arena_alloc(a, sizeof *d);
	d->file = file;
	d->name = name_of(a, file);
	if (find_soort(file, root, &d->kind) < 0)
		return NULL;
	parse(a, d, root);
	return diag_errors() > before ? NULL : d;
}

int diagram_set_load(diagram_set *s, arena *a, const char *dir)
{
	if (!fs_is_dir(dir))
		return 0;
	ptrvec names = { 0 };
	if (fs_list(a, dir, &names) < 0) {
		diag_error(dir, 0, 0, "kan de map met diagrammen niet lezen: "
			   "%s", syserr_text(errno));
		return 1;
	}
	int bad = 0;
	for (size_t i = 0; i < names.len; i++) {
		const char *path = path_join(a, dir, names.items[i]);
		if (!path_has_suffix(path, ".yaml")) {
			diag_warning(path, 0, 0, "weggelaten: een diagram is "
				     "een .yaml-bestand");
			continue;
		}
		diagram *d = diagram_load(a, path);
		if (!d) {
			bad++;
			continue;
		}
		strmap_put(a, &s->by_name, d->name, d);
		ptrvec_push(a, &s->all, d);
	}
	return bad;
}

const diagram *diagram_set_get(const diagram_set *s, const char *name)
{
	return strmap_get(&s->by_name, name);
}
