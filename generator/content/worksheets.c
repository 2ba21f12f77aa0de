/* worksheets.c - loading content/werkbladen/; see worksheets.h. */
#include "worksheets.h"
#include "content/ynode.h"
#include "markdown/md.h"
#include "util/fs.h"

#include <string.h>

static const char *const sheet_keys[] = {
	"titel", "inleiding", "bron", "pagina", "onderdelen", NULL
};
static const char *const sheet_required[] = {
	"titel", "bron", "onderdelen", NULL
};

/* Each kind's key first, then the keys it may have besides. */
static const char *const kind_keys[WS_KINDS][4] = {
	[WS_VELDEN]  = { "velden", NULL },
	[WS_TEKST]   = { "tekst", NULL },
	[WS_VRAAG]   = { "vraag", "regels", NULL },
	[WS_VAK]     = { "vak", "hoogte", NULL },
	[WS_DIAGRAM] = { "diagram", "hoogte", "schrijven", NULL },
	[WS_SCHAAL]  = { "schaal", "items", "kolommen", NULL },
	[WS_STAPPEN] = { "stappen", "regels", NULL },
};

const char *worksheet_kind_name(ws_kind k)
{
	return kind_keys[k][0];
}

/* A required text at key of m: a string, not empty; NULL after
 * reporting. */
static const char *text_at(const char *file, const ynode *m, const char *key,
			   diag_pos *at)
{
	const ynode *v = ymap_get(m, key);
	const char *t = yget_str(file, m, key);
	*at = ypos(file, v);
	if (t && !*t) {
		diag_error(file, v->line, v->col, "'%s' is leeg", key);
		return NULL;
	}
	if (t)
		md_check_text(file, v->line, v->col, t);
	return t;
}

/* A list of texts at key of m, from min to max of them, none empty;
 * NULL after reporting. */
static const char **list_at(site *s, const char *file, const ynode *m,
			    const char *key, size_t min, size_t max,
			    size_t *n)
{
	const ynode *v = ymap_get(m, key);
	const char **list = yget_strlist(s->a, file, m, key, n);
	if (!list)
		return NULL;
	int bad = 0;
	if (*n < min || *n > max) {
		diag_error(file, v->line, v->col, "'%s' moet %zu tot %zu "
			   "items hebben, niet %zu", key, min, max, *n);
		bad = 1;
	}
	for (size_t i = 0; i < *n; i++)
		if (!*list[i]) {
			const ynode *it = v->kind == YNODE_SEQ ? v->items[i] : v;
			diag_error(file, it->line, it->col, "'%s': item %zu is "
				   "leeg", key, i + 1);
			bad = 1;
		}
	if (bad)
		*n = 0;
	return bad ? NULL : list;
}

/* Which kind part m is: the first of its keys that names one; a second
 * is an error there. -1 when none does (reported). */
static int part_kind(const char *file, const ynode *m)
{
	int kind = -1;
	for (size_t i = 0; i + 1 < m->n; i += 2)
		for (int k = 0; k < WS_KINDS; k++) {
			if (strcmp(m->items[i]->str, kind_keys[k][0]))
				continue;
			if (kind < 0)
				kind = k;
			else
				diag_error(file, m->items[i]->line,
					   m->items[i]->col, "een onderdeel is "
					   "één van velden, tekst, vraag, vak, "
					   "diagram, schaal of stappen; '%s' is "
					   "een tweede", kind_keys[k][0]);
		}
	if (kind < 0)
		diag_error(file, m->line, m->col, "een onderdeel heeft één "
			   "van velden, tekst, vraag, vak, diagram, schaal of "
			   "stappen nodig");
	return kind;
}

/* The values of a part of kind p->kind. */
static void part_values(site *s, const char *file, const ynode *m,
			ws_part *p)
{
	const char *key = kind_keys[p->kind][0];
	switch (p->kind) {
	case WS_VELDEN:
		p->items = list_at(s, file, m, key, 1, 6, &p->n_items);
		break;
	case WS_STAPPEN:
		p->items = list_at(s, file, m, key, 1, 12, &p->n_items);
		p->regels = (int)yget_int(file, m, "regels", 0, 10, 0);
		break;
	case WS_SCHAAL:
		p->labels = list_at(s, file, m, key, 2, 6, &p->n_labels);
		p->items = list_at(s, file, m, "items", 1, 30, &p->n_items);
		p->columns = list_at(s, file, m, "kolommen", 1, 3,
				     &p->n_columns);
		if (!ymap_get(m, "items"))
			diag_error(file, m->line, m->col, "een schaal heeft "
				   "'items' nodig: een rij per item");
		break;
	case WS_DIAGRAM:
		p->text = text_at(file, m, key, &p->content_at);
		p->schrijven = yget_bool(file, m, "schrijven", 0);
		if (p->text && !strmap_get(&s->diagrams, p->text))
			diag_error(file, p->content_at.line, p->content_at.col,
				   "er is geen diagram '%s' in "
				   "content/diagrams/", p->text);
		break;
	default:   /* tekst, vraag, vak */
		p->text = text_at(file, m, key, &p->content_at);
		if (p->kind == WS_VRAAG)
			p->regels = (int)yget_int(file, m, "regels", 1, 20, 2);
		break;
	}
	p->hoogte = yget_str(file, m, "hoogte");
	p->hoogte_at = ypos(file, ymap_get(m, "hoogte"));
}

/* Part m of file into p; p->at.line stays 0 when it is unusable. */
static void load_part(site *s, const char *file, const ynode *m, ws_part *p)
{
	memset(p, 0, sizeof *p);
	if (yexpect_map(file, m, "een onderdeel") < 0)
		return;
	int k = part_kind(file, m);
	if (k < 0)
		return;
	p->kind = (ws_kind)k;
	p->at = ypos(file, m);
	p->content_at = ypos(file, ymap_get(m, kind_keys[k][0]));
	ycheck_map(file, m, arena_printf(s->a, "onderdeel %s",
		   kind_keys[k][0]), kind_keys[k], NULL);
	part_values(s, file, m, p);
}

/* The parts of w, under the key 'onderdelen' of root. */
static void load_parts(site *s, worksheet *w, const ynode *root)
{
	const char *file = w->file;
	const ynode *list = ymap_get(root, "onderdelen");
	if (!list)
		return;
	for (size_t i = 0; i + 1 < root->n; i += 2)   /* the key's place */
		if (root->items[i + 1] == list)
			w->onderdelen_at = ypos(file, root->items[i]);
	if (list->kind != YNODE_SEQ || !list->n) {
		diag_error(file, list->line, list->col, "'onderdelen' moet "
			   "een lijst van onderdelen zijn, met minstens één");
		return;
	}
	w->parts = arena_alloc(s->a, list->n * sizeof *w->parts);
	for (size_t i = 0; i < list->n; i++) {
		load_part(s, file, list->items[i], &w->parts[w->n_parts]);
		if (w->parts[w->n_parts].at.line)
			w->n_parts++;
	}
}

/* One worksheet file; NULL when it cannot be read (reported). */
static worksheet *load_one(site *s, const char *name, const char *rel)
{
	const char *file = path_join(s->a, s->content, rel);
	int before = diag_errors();
	ynode *root = content_yaml_read(s, file, "een werkblad");
	if (!root)
		return NULL;
	ycheck_map(file, root, "werkblad", sheet_keys, sheet_required);
	worksheet *w = arena_alloc(s->a, sizeof *w);
	w->name = arena_strndup(s->a, name, strlen(name) - 5);
	w->file = file;
	w->titel = text_at(file, root, "titel", &w->titel_at);
	w->inleiding = text_at(file, root, "inleiding", &w->inleiding_at);
	w->bron = text_at(file, root, "bron", &w->bron_at);
	w->page = content_page_at(s, file, rel, root);
	load_parts(s, w, root);
	w->bad = diag_errors() > before;
	return w;
}

int worksheets_load(site *s, worksheets *out)
{
	memset(out, 0, sizeof *out);
	ptrvec names, list = { 0 };
	if (content_yaml_files(s, "werkbladen", "een werkblad", &names) < 0)
		return 1;
	int bad = 0;
	for (size_t i = 0; i < names.len; i++) {
		const char *name = names.items[i];
		worksheet *w = load_one(s, name, path_join(s->a, "werkbladen",
							   name));
		if (w)
			ptrvec_push(s->a, &list, w);
		bad += !w || w->bad;
	}
	out->items = (worksheet **)list.items;
	out->n = list.len;
	return bad;
}
