/* cards.c - loading patient profiles and competencies; see cards.h. */
#include "cards.h"
#include "content/ynode.h"
#include "markdown/md.h"
#include "util/fs.h"

#include <ctype.h>
#include <string.h>

static const char *const rol_names[ROL_COUNT] = {
	"coach", "behandelaar", "poortwachter", "leraar"
};
static const char *const corp_keys[CORP_COUNT] = {
	"conceptueel", "operationeel", "relationeel", "persoonlijk"
};
static const char *const corp_labels[CORP_COUNT] = {
	"Conceptueel", "Operationeel", "Relationeel", "Persoonlijk"
};
static const char *const corp_meanings[CORP_COUNT] = {
	"het denken", "het doen", "de interactie met anderen", "het zijn"
};
static const char *const group_keys[GROUP_COUNT] = {
	"persoonsgericht", "leidinggevenden"
};

const char *poh_rol_name(poh_rol r)
{
	return r < ROL_COUNT ? rol_names[r] : "";
}

const char *corp_key(corp_kind k)
{
	return k < CORP_COUNT ? corp_keys[k] : "";
}

const char *corp_label(corp_kind k)
{
	return k < CORP_COUNT ? corp_labels[k] : "";
}

const char *corp_meaning(corp_kind k)
{
	return k < CORP_COUNT ? corp_meanings[k] : "";
}

size_t competency_group_count(const competency_group *g, corp_kind k)
{
	size_t n = 0;
	for (size_t i = 0; i < g->n; i++)
		n += g->items[i]->corp == k;
	return n;
}

/* The ASCII letter a two-byte UTF-8 Latin-1 letter (0xC3 lead) stands
 * for, or 0. */
static char latin1_base(unsigned char second)
{
	static const char map[64] =
		"AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUY\0s"
		"aaaaaaaceeeeiiii" "dnooooo\0ouuuuy\0y";
	return second >= 0x80 && second < 0xC0 ? map[second - 0x80] : 0;
}

char *cards_slug(arena *a, const char *name)
{
	size_t n = strlen(name);
	char *out = arena_alloc(a, n + 1), *o = out;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		char c = 0;
		if (isalnum(*p) && *p < 0x80)
			c = (char)tolower(*p);
		else if (*p == 0xC3 && p[1])
			c = (char)tolower((unsigned char)latin1_base(*++p));
		else if (*p >= 0x80)
			continue;       /* other bytes of a UTF-8 sequence */
		if (!c)
			c = '-';
		if (c == '-' && (o == out || o[-1] == '-'))
			continue;
		*o++ = c;
	}
	while (o > out && o[-1] == '-')
		o--;
	*o = '\0';
	return out;
}

/* --- reading values with their positions ----------------------------- */

/* A text value; an empty one is an error. */
static card_text text_at(const char *file, const ynode *map,
			 const char *key)
{
	card_text t = { yget_str(file, map, key), { NULL, 0, 0 } };
	const ynode *v = ymap_get(map, key);
	if (v && v->kind == YNODE_SCALAR && !t.text)    /* key: or key: ~ */
		diag_error(file, v->line, v->col, "'%s' is leeg", key);
	if (!t.text || !v)
		return (card_text){ NULL, { NULL, 0, 0 } };
	t.at = ypos(file, v);
	md_check_text(file, v->line, v->col, t.text);
	const char *p = t.text;
	while (isspace((unsigned char)*p))
		p++;
	if (!*p) {
		diag_error(file, v->line, v->col, "'%s' is leeg", key);
		t.text = NULL;
	}
	return t;
}

/* A list of texts (a single text is a list of one). */
static card_texts list_at(arena *a, const char *file, const ynode *map,
			  const char *key)
{
	card_texts l = { NULL, 0, { NULL, 0, 0 } };
	const ynode *v = ymap_get(map, key);
	if (!v)
		return l;
	l.at = ypos(file, v);
	if (v->kind == YNODE_MAP) {
		diag_error(file, v->line, v->col, "'%s' moet een lijst van "
			   "teksten zijn, niet een groep sleutels", key);
		return l;
	}
	size_t n = v->kind == YNODE_SEQ ? v->n : 1;
	if (n > CARDS_MAX_ITEMS) {
		diag_error(file, v->line, v->col, "'%s' heeft %zu items; er "
			   "passen er hoogstens %d op een kaart", key, n,
			   CARDS_MAX_ITEMS);
		return l;
	}
	l.items = arena_alloc(a, (n + 1) * sizeof *l.items);
	for (size_t i = 0; i < n; i++) {
		const ynode *it = v->kind == YNODE_SEQ ? v->items[i] : v;
		if (it->kind != YNODE_SCALAR) {
			diag_error(file, it->line, it->col, "'%s' moet een "
				   "lijst van teksten zijn; dit item is geen "
				   "tekst", key);
			continue;
		}
		if (!*it->str) {
			diag_error(file, it->line, it->col, "een leeg item "
				   "in '%s'", key);
			continue;
		}
		l.items[l.n++] = (card_text){ it->str, ypos(file, it) };
	}
	if (!l.n && n == 0)
		diag_error(file, v->line, v->col, "'%s' is leeg", key);
	return l;
}

/* The lesson or page a pagina value names, from the file rel (a path in
 * content/); NULL after an error, or when absent. */
/* --- profiles --------------------------------------------------------- */

static const char *const profile_keys[] = {
	"titel", "rol", "herkenning", "nodig", "aanpak", "vragen",
	"valkuilen", "bron", "pagina", NULL
};
static const char *const profile_required[] = {
	"titel", "rol", "herkenning", "nodig", "aanpak", "vragen",
	"valkuilen", "bron", NULL
};

static void profile_rol(profile *p, const ynode *root)
{
	const char *r = yget_str(p->file, root, "rol");
	const ynode *v = ymap_get(root, "rol");
	if (!r)
		return;
	p->rol_at = ypos(p->file, v);
	for (int i = 0; i < ROL_COUNT; i++)
		if (!strcmp(r, rol_names[i])) {
			p->rol = (poh_rol)i;
			return;
		}
	diag_error(p->file, v->line, v->col, "'rol' moet coach, "
		   "behandelaar, poortwachter of leraar zijn, niet '%s'", r);
}

/* The name of a profile file: without ".yaml" and without a leading
 * "NN-" that orders it ("01-coach.yaml" is "coach"). */
static const char *profile_name(arena *a, const char *file_name)
{
	const char *p = file_name;
	while (isdigit((unsigned char)*p))
		p++;
	if (p > file_name && *p == '-' && p[1] && strcmp(p + 1, ".yaml"))
		file_name = p + 1;
	return arena_strndup(a, file_name, strlen(file_name) - 5);
}

/* One profile file; NULL when it is not a mapping (reported). */
static profile *profile_load(site *s, const char *name)
{
	const char *rel = path_join(s->a, "profiles", name);
	const char *file = path_join(s->a, s->content, rel);
	int before = diag_errors();
	ynode *root = content_yaml_read(s, file, "een patiëntprofiel");
	if (!root)
		return NULL;
	ycheck_map(file, root, "patiëntprofiel", profile_keys,
		   profile_required);
	profile *p = arena_alloc(s->a, sizeof *p);
	p->name = profile_name(s->a, name);
	p->file = file;
	p->titel = text_at(file, root, "titel");
	profile_rol(p, root);
	p->herkenning = list_at(s->a, file, root, "herkenning");
	p->nodig = text_at(file, root, "nodig");
	p->aanpak = text_at(file, root, "aanpak");
	p->vragen = list_at(s->a, file, root, "vragen");
	p->valkuilen = list_at(s->a, file, root, "valkuilen");
	p->bron = text_at(file, root, "bron");
	p->page = content_page_at(s, file, rel, root);
	p->bad = diag_errors() > before;
	return p;
}

/* "01-coach.yaml" and "coach.yaml" would give one card's files twice. */
static int profile_twice(const ptrvec *list, const profile *p)
{
	for (size_t i = 0; i < list->len; i++) {
		const profile *q = list->items[i];
		if (!strcmp(q->name, p->name)) {
			diag_error(p->file, 0, 0, "een tweede patiëntprofiel "
				   "met de naam '%s' (na %s)", p->name,
				   q->file);
			return 1;
		}
	}
	return 0;
}

int profiles_load(site *s, profiles *out)
{
	memset(out, 0, sizeof *out);
	const char *dir = path_join(s->a, s->content, "profiles");
	ptrvec names, list = { 0 };
	if (content_yaml_files(s, "profiles", "een patiëntprofiel",
			       &names) < 0)
		return 1;
	int bad = 0;
	for (size_t i = 0; i < names.len; i++) {
		const char *name = names.items[i];
		if (list.len == CARDS_MAX_FILES) {
			diag_error(dir, 0, 0, "meer dan %d patiëntprofielen; "
				   "de rest is weggelaten", CARDS_MAX_FILES);
			bad++;
			break;
		}
		profile *p = profile_load(s, name);
		if (p && profile_twice(&list, p))
			p->bad = 1;
		if (p)
			ptrvec_push(s->a, &list, p);
		bad += !p || p->bad;
	}
	out->items = (profile **)list.items;
	out->n = list.len;
	return bad;
}

/* --- competencies ----------------------------------------------------- */

static const char *const competency_keys[] = {
	"naam", "corp", "definitie", "toelichting", "interviews",
	"literatuur", "huisarts", "pagina", NULL
};
static const char *const competency_required[] = {
	"naam", "corp", "definitie", NULL
};
static const char *const group_allowed[] = {
	"titel", "inleiding", "bron", "pagina", "competenties", NULL
};
static const char *const group_required[] = {
	"titel", "competenties", NULL
};

static void competency_corp(competency *k, const char *file,
			    const ynode *map)
{
	const char *v = yget_str(file, map, "corp");
	const ynode *n = ymap_get(map, "corp");
	if (!v)
		return;
	k->corp_at = ypos(file, n);
	for (int i = 0; i < CORP_COUNT; i++)
		if (!strcmp(v, corp_keys[i])) {
			k->corp = (corp_kind)i;
			return;
		}
	diag_error(file, n->line, n->col, "'corp' moet conceptueel, "
		   "operationeel, relationeel of persoonlijk zijn, niet '%s'",
		   v);
}

/* literatuur: a list of {tekst, bron}. */
static void competency_sources(arena *a, competency *k, const char *file,
			       const ynode *map)
{
	static const char *const keys[] = { "tekst", "bron", NULL };
	const ynode *v = ymap_get(map, "literatuur");
	if (!v)
		return;
	if (v->kind != YNODE_SEQ || v->n > CARDS_MAX_ITEMS) {
		diag_error(file, v->line, v->col, "'literatuur' moet een lijst "
			   "van hoogstens %d items zijn, elk met tekst en bron",
			   CARDS_MAX_ITEMS);
		return;
	}
	k->literatuur = arena_alloc(a, (v->n + 1) * sizeof *k->literatuur);
	for (size_t i = 0; i < v->n; i++) {
		const ynode *it = v->items[i];
		if (yexpect_map(file, it, "een item van literatuur") < 0 ||
		    ycheck_map(file, it, "literatuur", keys, keys))
			continue;
		competency_source *src = &k->literatuur[k->n_literatuur];
		src->tekst = text_at(file, it, "tekst");
		src->bron = text_at(file, it, "bron");
		if (src->tekst.text && src->bron.text)
			k->n_literatuur++;
	}
}

static competency *competency_load(site *s, const char *file,
				   const ynode *map, competency_group *g)
{
	int before = diag_errors();
	competency *k = arena_alloc(s->a, sizeof *k);
	k->at = ypos(file, map);
	k->group = g;
	k->index = g->n;
	ycheck_map(file, map, "competentie", competency_keys,
		   competency_required);
	k->naam = text_at(file, map, "naam");
	k->slug = k->naam.text ? cards_slug(s->a, k->naam.text) : "";
	competency_corp(k, file, map);
	k->definitie = text_at(file, map, "definitie");
	k->toelichting = text_at(file, map, "toelichting");
	k->huisarts = text_at(file, map, "huisarts");
	k->interviews = list_at(s->a, file, map, "interviews");
	competency_sources(s->a, k, file, map);
	k->page = ymap_get(map, "pagina") ?
		  content_page_at(s, file, "competencies.yaml", map) : g->page;
	k->bad = diag_errors() > before;
	return k;
}

/* A name used twice in a group would give two cards one file name. */
static void check_unique(const char *file, const competency_group *g,
			 const competency *k)
{
	for (size_t i = 0; i < g->n; i++)
		if (*k->slug && !strcmp(g->items[i]->slug, k->slug)) {
			diag_error(file, k->naam.at.line, k->naam.at.col,
				   "een tweede competentie met de naam '%s' "
				   "in %s",
				   k->naam.text, g->key);
			return;
		}
}

static void group_items(site *s, const char *file, const ynode *list,
			competency_group *g)
{
	if (list->kind != YNODE_SEQ || !list->n ||
	    list->n > CARDS_MAX_ITEMS) {
		diag_error(file, list->line, list->col, "'competenties' moet "
			   "een lijst van 1 tot %d competenties zijn",
			   CARDS_MAX_ITEMS);
		return;
	}
	g->items = arena_alloc(s->a, list->n * sizeof *g->items);
	for (size_t i = 0; i < list->n; i++) {
		const ynode *it = list->items[i];
		if (yexpect_map(file, it, "een competentie") < 0)
			continue;
		competency *k = competency_load(s, file, it, g);
		check_unique(file, g, k);
		g->items[g->n++] = k;
	}
}

static void group_load(site *s, const char *file, const ynode *root,
		       competency_group *g)
{
	const ynode *map = ymap_get(root, g->key);
	if (!map)
		return;
	g->present = 1;
	if (yexpect_map(file, map, g->key) < 0)
		return;
	ycheck_map(file, map, g->key, group_allowed, group_required);
	g->titel = text_at(file, map, "titel");
	g->inleiding = text_at(file, map, "inleiding");
	g->bron = text_at(file, map, "bron");
	g->page = content_page_at(s, file, "competencies.yaml", map);
	const ynode *list = ymap_get(map, "competenties");
	if (list)
		group_items(s, file, list, g);
}

int competencies_load(site *s, competencies *out)
{
	static const char *const keys[] = { "persoonsgericht",
					    "leidinggevenden", NULL };
	memset(out, 0, sizeof *out);
	for (int i = 0; i < GROUP_COUNT; i++) {
		out->groups[i].kind = (competency_group_kind)i;
		out->groups[i].key = group_keys[i];
	}
	const char *file = path_join(s->a, s->content, "competencies.yaml");
	if (!fs_is_file(file))
		return 0;
	out->file = file;
	int before = diag_errors();
	ynode *root = content_yaml_read(s, file, "competencies.yaml");
	if (root) {
		ycheck_map(file, root, "competencies.yaml", keys, NULL);
		for (int i = 0; i < GROUP_COUNT; i++)
			group_load(s, file, root, &out->groups[i]);
	}
	int errors = diag_errors() - before;
	out->bad = errors > 0;
	return errors;
}
