/* load.c - reading content/ into the model; see model.h.
 *
 * Only YAML is read here: site.yaml, each _module.yaml and the front matter
 * of every Markdown file. Bodies are left for the per-document passes. */
#include "model.h"
#include "cards.h"
#include "frontmatter.h"
#include "pocket.h"
#include "glossary.h"
#include "ynode.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/hash.h"
#include "util/syserr.h"
#include "util/url.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Output names the site itself uses; a module may not take them. */
/* Folders and pages of the site's own. */
static const char *const reserved_slugs[] = {
	"assets", "media", "print", "index", "scorm", "competenties", "cursus",
	"trainer", NULL
};
static const char *const reserved_pages[] = {
	"index", "materialen", "competenties", "notities", "zoeken",
	"zakkaart", "offline", NULL
};

/* Splits "NN-slug" (with an optional ".md") into a weight and a slug,
 * checking the slug is lowercase letters, digits and hyphens. */
static const char *parse_name(site *s, const char *file, const char *name,
			      int *weight)
{
	size_t n = strlen(name);
	if (path_has_suffix(name, ".md"))
		n -= 3;
	const char *p = name;
	*weight = 0;
	if (isdigit((unsigned char)p[0])) {
		const char *q = p;
		while (isdigit((unsigned char)*q))
			q++;
		if (*q == '-' && (size_t)(q - name) < n) {
			*weight = atoi(p);
			p = q + 1;
		}
	}
	size_t len = n - (size_t)(p - name);
	for (size_t i = 0; i < len; i++) {
		char c = p[i];
		if (!(islower((unsigned char)c) || isdigit((unsigned char)c) ||
		      c == '-')) {
			diag_error(file, 0, 0, "de naam '%s' mag alleen "
				   "kleine letters, cijfers en streepjes "
				   "bevatten (zoals 01-samen-beslissen)", name);
			return NULL;
		}
	}
	if (len == 0) {
		diag_error(file, 0, 0, "de naam '%s' heeft niets na het "
			   "nummer (zoals 01-samen-beslissen)", name);
		return NULL;
	}
	return arena_strndup(s->a, p, len);
}

static const char *const site_keys[] = {
	"title", "subtitle", "language", "organisation", "description",
	"base_url", "unsafe_html", "colours", "cmyk", "fonts", "print",
	"foreign_phrases", "voortgang", NULL
};
static const char *const site_required[] = { "title", NULL };
static const char *const colour_keys[] = { "primary", "accent", NULL };
static const char *const font_keys[] = { "serif", "sans", NULL };

/* Four percentages (C, M, Y, K) at key of map, as fractions in s's
 * arena; NULL when absent or after reporting what is wrong. */
static const double *get_cmyk(site *s, const ynode *map, const char *key)
{
	const ynode *v = ymap_get(map, key);
	if (!v)
		return NULL;
	double *out = arena_alloc(s->a, 4 * sizeof *out);
	int ok = v->kind == YNODE_SEQ && v->n == 4;
	for (size_t i = 0; ok && i < 4; i++) {
		const ynode *n = v->items[i];
		char *end = NULL;
		double d = n->kind == YNODE_SCALAR ? strtod(n->str, &end) : -1;
		ok = end && end != n->str && !*end && d >= 0 && d <= 100;
		out[i] = d / 100;
	}
	if (!ok) {
		diag_error(s->file, v->line, v->col, "'%s' onder 'cmyk' moet "
			   "een lijst van vier percentages zijn (cyaan, "
			   "magenta, geel, zwart, elk van 0 tot 100), zoals "
			   "[90, 30, 45, 30]", key);
		return NULL;
	}
	return out;
}

/* A font family named at key in map, and where, for errors found later. */
static const char *get_font(site *s, const ynode *map, const char *key,
			    diag_pos *at)
{
	const char *f = yget_str(s->file, map, key);
	if (!f)
		return NULL;
	const ynode *v = ymap_get(map, key);
	*at = (diag_pos){ s->file, v->line, v->col };
	if (!*f) {
		diag_error(s->file, v->line, v->col, "'%s' is leeg: noem de "
			   "familie van een lettertype", key);
		return NULL;
	}
	return f;
}

/* Accepts "#rgb" or "#rrggbb". */
static const char *get_colour(site *s, const ynode *map, const char *key,
			      const char *dflt)
{
	const char *c = yget_str(s->file, map, key);
	if (!c)
		return dflt;
	size_t n = strlen(c);
	int ok = c[0] == '#' && (n == 4 || n == 7);
	for (size_t i = 1; ok && i < n; i++)
		ok = isxdigit((unsigned char)c[i]);
	if (!ok) {
		const ynode *v = ymap_get(map, key);
		diag_error(s->file, v->line, v->col, "de kleur '%s' moet als "
			   "#rrggbb geschreven zijn", c);
		return dflt;
	}
	return c;
}

/* voortgang: automatisch or handmatig (see model.h); 1 for automatisch,
 * the default, and after reporting any other value. */
static int get_voortgang(site *s, const ynode *map)
{
	const char *v = yget_str(s->file, map, "voortgang");
	if (!v || !strcmp(v, "automatisch"))
		return 1;
	if (!strcmp(v, "handmatig"))
		return 0;
	const ynode *n = ymap_get(map, "voortgang");
	diag_error(s->file, n->line, n->col, "'voortgang' moet 'automatisch' "
		   "(een les is afgerond als haar toetsvragen beantwoord zijn "
		   "en het einde in beeld is geweest) of 'handmatig' (alleen "
		   "met de knop 'Markeer als afgerond') zijn, niet '%s'", v);
	return 1;
}

static void load_site_yaml(site *s, buf *text)
{
	s->title = "coachkit";
	s->language = "nl";
	s->colour_primary = "#1d5c63";
	s->colour_accent = "#b4463a";
	s->voortgang_auto = 1;
	if (fs_read_text(s->file, text) < 0) {
		diag_error(s->file, 0, 0, "kan het bestand niet lezen: %s",
			   syserr_text(errno));
		return;
	}
	ynode *root = ynode_parse(s->a, s->file, text->data, text->len, 0, 0);
	if (!root || yexpect_map(s->file, root, "site.yaml") < 0)
		return;
	ycheck_map(s->file, root, "site.yaml", site_keys, site_required);
	const char *t = yget_str(s->file, root, "title");
	if (t)
		s->title = t;
	s->subtitle = yget_str(s->file, root, "subtitle");
	s->organisation = yget_str(s->file, root, "organisation");
	s->description = yget_str(s->file, root, "description");
	s->title_at = ypos(s->file, ymap_get(root, "title"));
	s->subtitle_at = ypos(s->file, ymap_get(root, "subtitle"));
	s->organisation_at = ypos(s->file, ymap_get(root, "organisation"));
	s->description_at = ypos(s->file, ymap_get(root, "description"));
	s->base_url = yget_str(s->file, root, "base_url");
	s->base_url_at = ypos(s->file, ymap_get(root, "base_url"));
	if (s->base_url && !url_is_web(s->base_url)) {
		const ynode *v = ymap_get(root, "base_url");
		diag_error(s->file, v->line, v->col, "'base_url' moet het "
			   "adres van de site op het web zijn, beginnend met "
			   "https:// of http:// (het komt in elke QR-code), "
			   "niet '%s'", s->base_url);
		s->base_url = NULL;
	}
	const char *lang = yget_str(s->file, root, "language");
	if (lang)
		s->language = lang;
	s->unsafe_html = yget_bool(s->file, root, "unsafe_html", 0);
	s->voortgang_auto = get_voortgang(s, root);
	s->foreign_phrases = yget_strlist(s->a, s->file, root,
					  "foreign_phrases",
					  &s->n_foreign_phrases);
	const ynode *colours = ymap_get(root, "colours");
	if (colours && yexpect_map(s->file, colours, "colours") == 0) {
		ycheck_map(s->file, colours, "colours", colour_keys, NULL);
		s->colour_primary = get_colour(s, colours, "primary",
					       s->colour_primary);
		s->colour_accent = get_colour(s, colours, "accent",
					      s->colour_accent);
	}
	const ynode *cmyk = ymap_get(root, "cmyk");
	if (cmyk && yexpect_map(s->file, cmyk, "cmyk") == 0) {
		ycheck_map(s->file, cmyk, "cmyk", colour_keys, NULL);
		s->cmyk_primary = get_cmyk(s, cmyk, "primary");
		s->cmyk_accent = get_cmyk(s, cmyk, "accent");
	}
	const char *print = yget_str(s->file, root, "print");
	if (print && !strcmp(print, "professional")) {
		s->print_professional = 1;
	} else if (print && strcmp(print, "office")) {
		const ynode *v = ymap_get(root, "print");
		diag_error(s->file, v->line, v->col, "'print' moet 'office' "
			   "(geen snijtekens, geen afloop) of 'professional' "
			   "(3 mm afloop, snijtekens) zijn, niet '%s'", print);
	}
	const ynode *fonts = ymap_get(root, "fonts");
	if (fonts && yexpect_map(s->file, fonts, "fonts") == 0) {
		ycheck_map(s->file, fonts, "fonts", font_keys, NULL);
		s->font_serif = get_font(s, fonts, "serif", &s->font_serif_at);
		s->font_sans = get_font(s, fonts, "sans", &s->font_sans_at);
	}
}

static const char *const doc_keys[] = {
	"title", "weight", "duur", "leerdoelen", "samenvatting", NULL
};
static const char *const doc_required[] = { "title", NULL };

/* Reads the front matter's YAML into d; errors are reported. */
static void read_front_matter(site *s, doc *d, const char *yaml, size_t len,
			      int first_line)
{
	const char *file = d->file;
	ynode *root = ynode_parse(s->a, file, yaml, len, first_line - 1, 0);
	if (!root || yexpect_map(file, root, "de front matter") < 0)
		return;
	if (root->n == 0)
		root->line = first_line - 1, root->col = 1;
	ycheck_map(file, root, d->kind == DOC_LESSON ? "les" : "pagina",
		   doc_keys, doc_required);
	const ynode *title = ymap_get(root, "title");
	const char *t = yget_str(file, root, "title");
	if (t)
		d->title = t;
	else if (title && title->kind == YNODE_SCALAR)
		diag_error(file, title->line, title->col,
			   "'title' mag niet leeg zijn");
	d->summary = yget_str(file, root, "samenvatting");
	d->title_at = ypos(file, title);
	d->summary_at = ypos(file, ymap_get(root, "samenvatting"));
	d->weight = (int)yget_int(file, root, "weight", -100000, 100000, 0);
	d->duur = (int)yget_int(file, root, "duur", 0, 100000, 0);
	d->leerdoelen = yget_strlist(s->a, file, root, "leerdoelen",
				     &d->n_leerdoelen);
}

/* read_front_matter(), or what the keeper kept of it. */
static void read_front(site *s, doc *d, const char *yaml, size_t len,
		       int first_line)
{
	const front_keeper *k = s->keeper;
	if (!k) {
		read_front_matter(s, d, yaml, len, first_line);
		return;
	}
	if (k->get(k->ud, d, s->a))
		return;
	diag_capture c;
	diag_capture_begin(&c);
	read_front_matter(s, d, yaml, len, first_line);
	diag_capture_end(&c);
	k->put(k->ud, d, &c);
	diag_replay(&c);
}

/* Reads a Markdown file's front matter into a new doc. A doc with errors
 * in its front matter is kept (links to it stay valid, and its body is
 * still checked); the errors stop the build. NULL if unreadable. */
static doc *load_doc(site *s, const char *file, const char *rel,
		     doc_kind kind, buf *text)
{
	if (fs_read_text(file, text) < 0) {
		diag_error(file, 0, 0, "kan het bestand niet lezen: %s",
			   syserr_text(errno));
		return NULL;
	}
	doc *d = arena_alloc(s->a, sizeof *d);
	d->kind = kind;
	d->file = file;
	d->title_at = d->summary_at = (diag_pos){ file, 0, 0 };
	d->rel = rel;
	d->title = path_basename(rel);
	frontmatter fm;
	int err;
	int split = frontmatter_split(text->data, text->len, &fm, &err);
	/* what every page reads of the document (cache.h) */
	d->front_hash = hash_mix(HASH_SEED, text->data, split == 0 ?
				 fm.body_offset : err == 1 ? 0 : text->len);
	if (split == 0) {
		read_front(s, d, text->data + fm.yaml_offset, fm.yaml_len,
			   fm.yaml_line);
		d->body_offset = fm.body_offset;
		d->body_line = fm.body_line;
	} else if (err == 1) {
		diag_error(file, 1, 1, "de front matter ontbreekt: begin het "
			   "bestand met een regel '---', dan de YAML (minstens "
			   "'title:') en een afsluitende regel '---'");
		d->body_line = 1;
	} else {
		diag_error(file, 1, 1, "de front matter wordt niet afgesloten "
			   "met een regel '---'");
		d->body_offset = text->len;
		d->body_line = 1;
	}
	d->hash = hash_mix(HASH_SEED, text->data, text->len);
	return d;
}

static int cmp_doc(const void *x, const void *y)
{
	const doc *a = *(doc *const *)x, *b = *(doc *const *)y;
	if (a->weight != b->weight)
		return a->weight < b->weight ? -1 : 1;
	return strcmp(a->rel, b->rel);
}

static int cmp_module(const void *x, const void *y)
{
	const module *a = *(module *const *)x, *b = *(module *const *)y;
	if (a->weight != b->weight)
		return a->weight < b->weight ? -1 : 1;
	return strcmp(a->rel, b->rel);
}

/* Registers d under its rel path and gives it its slug and URL. */
static int add_doc(site *s, doc *d, const char *name, int name_weight,
		   const char *url_dir, strmap *slugs)
{
	d->slug = parse_name(s, d->file, name, &name_weight);
	if (!d->slug)
		return -1;
	if (d->weight == 0)
		d->weight = name_weight;
	doc *other = strmap_get(slugs, d->slug);
	if (other) {
		diag_error(d->file, 0, 0, "'%s' geeft dezelfde paginanaam als "
			   "%s", name, other->file);
		return -1;
	}
	strmap_put(s->a, slugs, d->slug, d);
	d->url = arena_printf(s->a, "%s%s%s.html", url_dir,
			      url_dir[0] ? "/" : "", d->slug);
	strmap_put(s->a, &s->by_rel, d->rel, d);
	return 0;
}

/* Loads the .md files of dir (a module's folder or pages/) as docs. */
static doc **load_docs(site *s, const char *dir, const char *rel_dir,
		       doc_kind kind, const char *url_dir, size_t *count,
		       buf *text)
{
	ptrvec names = {0}, docs = {0};
	strmap slugs = {0};
	if (fs_list(s->a, dir, &names) < 0) {
		diag_error(dir, 0, 0, "kan de map niet lezen: %s",
			   syserr_text(errno));
		*count = 0;
		return NULL;
	}
	for (size_t i = 0; i < names.len; i++) {
		const char *name = names.items[i];
		if (!path_has_suffix(name, ".md"))
			continue;
		const char *file = path_join(s->a, dir, name);
		const char *rel = path_join(s->a, rel_dir, name);
		doc *d = load_doc(s, file, rel, kind, text);
		if (d && add_doc(s, d, name, 0, url_dir, &slugs) == 0)
			ptrvec_push(s->a, &docs, d);
	}
	if (docs.len)
		qsort(docs.items, docs.len, sizeof *docs.items, cmp_doc);
	*count = docs.len;
	return (doc **)docs.items;
}

static const char *const module_keys[] = {
	"title", "summary", "weight", "duur", "doelgroep", "leerdoelen",
	"beheersing", NULL
};
static const char *const module_required[] = { "title", "summary", NULL };

static module *load_module(site *s, const char *name, buf *text)
{
	module *m = arena_alloc(s->a, sizeof *m);
	const char *dir = path_join(s->a, path_join(s->a, s->content,
						    "modules"), name);
	m->rel = arena_printf(s->a, "modules/%s", name);
	m->file = path_join(s->a, dir, "_module.yaml");
	m->title_at = m->summary_at = m->doelgroep_at = m->leerdoelen_at =
		(diag_pos){ m->file, 0, 0 };
	m->slug = parse_name(s, dir, name, &m->weight);
	if (!m->slug)
		return NULL;
	for (const char *const *r = reserved_slugs; *r; r++)
		if (strcmp(*r, m->slug) == 0) {
			diag_error(dir, 0, 0, "de modulenaam '%s' is "
				   "gereserveerd voor de eigen bestanden van "
				   "de site", m->slug);
			return NULL;
		}
	m->url = arena_printf(s->a, "%s/index.html", m->slug);
	m->title = m->slug;
	m->beheersing = 80;
	if (fs_read_text(m->file, text) < 0) {
		diag_error(m->file, 0, 0, "kan het bestand niet lezen: %s "
			   "(elke modulemap heeft er een nodig)",
			   syserr_text(errno));
	} else {
		ynode *root = ynode_parse(s->a, m->file, text->data,
					  text->len, 0, 0);
		if (root && yexpect_map(m->file, root, "_module.yaml") == 0) {
			ycheck_map(m->file, root, "module", module_keys,
				   module_required);
			const char *t = yget_str(m->file, root, "title");
			if (t)
				m->title = t;
			m->summary = yget_str(m->file, root, "summary");
			m->doelgroep = yget_str(m->file, root, "doelgroep");
			m->title_at = ypos(m->file, ymap_get(root, "title"));
			m->summary_at = ypos(m->file,
					     ymap_get(root, "summary"));
			m->doelgroep_at = ypos(m->file,
					       ymap_get(root, "doelgroep"));
			m->leerdoelen_at = ypos(m->file,
						ymap_get(root, "leerdoelen"));
			m->weight = (int)yget_int(m->file, root, "weight",
					-100000, 100000, m->weight);
			m->duur = (int)yget_int(m->file, root, "duur", 0,
						100000, 0);
			m->beheersing = (int)yget_int(m->file, root,
					"beheersing", 0, 100, 80);
			m->leerdoelen = yget_strlist(s->a, m->file, root,
					"leerdoelen", &m->n_leerdoelen);
		}
	}
	m->lessons = load_docs(s, dir, m->rel, DOC_LESSON, m->slug,
			       &m->n_lessons, text);
	for (size_t i = 0; i < m->n_lessons; i++) {
		m->lessons[i]->module = m;
		m->lessons[i]->index = i;
	}
	return m;
}

static void load_modules(site *s, buf *text)
{
	const char *dir = path_join(s->a, s->content, "modules");
	ptrvec names = {0}, mods = {0};
	strmap slugs = {0};
	if (!fs_is_dir(dir))
		return;
	if (fs_list(s->a, dir, &names) < 0) {
		diag_error(dir, 0, 0, "kan de map niet lezen: %s",
			   syserr_text(errno));
		return;
	}
	for (size_t i = 0; i < names.len; i++) {
		const char *path = path_join(s->a, dir, names.items[i]);
		if (!fs_is_dir(path))
			continue;
		module *m = load_module(s, names.items[i], text);
		if (!m)
			continue;
		module *other = strmap_get(&slugs, m->slug);
		if (other) {
			diag_error(path, 0, 0, "module '%s' heeft dezelfde "
				   "naam als %s", m->slug, other->rel);
			continue;
		}
		strmap_put(s->a, &slugs, m->slug, m);
		ptrvec_push(s->a, &mods, m);
	}
	if (mods.len)
		qsort(mods.items, mods.len, sizeof *mods.items, cmp_module);
	s->modules = (module **)mods.items;
	s->n_modules = mods.len;
	for (size_t i = 0; i < s->n_modules; i++)
		s->modules[i]->index = i;
}

/* A free page may not take the name of a module's folder: pages live at
 * the root as slug.html, modules as slug/index.html, so that is only a
 * clash for the reserved names. */
static void load_pages(site *s, buf *text)
{
	const char *dir = path_join(s->a, s->content, "pages");
	if (!fs_is_dir(dir))
		return;
	s->pages = load_docs(s, dir, "pages", DOC_PAGE, "", &s->n_pages,
			     text);
	for (size_t i = 0; i < s->n_pages; i++)
		for (const char *const *r = reserved_pages; *r; r++)
			if (strcmp(s->pages[i]->slug, *r) == 0)
				diag_error(s->pages[i]->file, 0, 0, "een "
					   "pagina mag niet '%s' heten: de "
					   "site heeft zelf een pagina met die "
					   "naam", *r);
}

/* The chapters of the trainer's guide: the .md files of content/trainer/,
 * pages at trainer/SLUG.html (trainer/index.html lists them). */
static void load_trainer(site *s, buf *text)
{
	const char *dir = path_join(s->a, s->content, "trainer");
	if (!fs_is_dir(dir))
		return;
	s->trainer = load_docs(s, dir, "trainer", DOC_PAGE, "trainer",
			       &s->n_trainer, text);
	for (size_t i = 0; i < s->n_trainer; i++)
		if (!strcmp(s->trainer[i]->slug, "index"))
			diag_error(s->trainer[i]->file, 0, 0, "een hoofdstuk "
				   "van de trainersgids mag niet 'index' "
				   "heten: dat is de inhoud van de gids");
}

int doc_is_trainer(const doc *d)
{
	return !strncmp(d->rel, "trainer/", 8);
}

/* The names of content/diagrams/NAME.yaml, for checking lessons. */
static void list_diagrams(site *s)
{
	const char *dir = path_join(s->a, s->content, "diagrams");
	ptrvec names = { 0 };
	if (!fs_is_dir(dir) || fs_list(s->a, dir, &names) < 0)
		return;
	for (size_t i = 0; i < names.len; i++) {
		const char *n = names.items[i];
		if (path_has_suffix(n, ".yaml")) {
			const char *name = arena_strndup(s->a, n,
							 strlen(n) - 5);
			strmap_put(s->a, &s->diagrams, name, (void *)name);
		}
	}
}

site *site_load(arena *a, const char *root)
{
	return site_load_kept(a, root, NULL);
}

site *site_load_kept(arena *a, const char *root, const front_keeper *k)
{
	site *s = arena_alloc(a, sizeof *s);
	s->a = a;
	s->keeper = k;
	s->root = root;
	s->content = path_join(a, root, "content");
	s->file = path_join(a, s->content, "site.yaml");
	s->title_at = s->subtitle_at = s->organisation_at = s->description_at =
		(diag_pos){ s->file, 0, 0 };
	if (!fs_is_dir(s->content)) {
		diag_system("%s: er is geen map content (verwacht: %s)",
			    root, s->content);
		return NULL;
	}
	s->content_real = path_resolve(a, s->content);
	/* Nothing is read from outside content/: a link leading out stops
	 * the loading before any file is read. */
	if (content_check_tree(s))
		return NULL;
	buf text = BUF_INIT;
	load_site_yaml(s, &text);
	load_modules(s, &text);
	load_pages(s, &text);
	load_trainer(s, &text);
	list_diagrams(s);
	buf_free(&text);
	s->profiles = arena_alloc(a, sizeof *s->profiles);
	s->competencies = arena_alloc(a, sizeof *s->competencies);
	s->cards_bad = profiles_load(s, s->profiles) +
		       competencies_load(s, s->competencies) > 0;
	s->pocket = pocket_load(s);
	s->glossary = glossary_load(s);
	s->keeper = NULL;
	return s;
}

size_t site_doc_count(const site *s)
{
	size_t n = s->n_pages + s->n_trainer;
	for (size_t i = 0; i < s->n_modules; i++)
		n += s->modules[i]->n_lessons;
	return n;
}

const doc *site_find_doc(site *s, const char *from, const char *link)
{
	if (!link || !path_has_suffix(link, ".md") || link[0] == '/')
		return NULL;
	const char *rel = path_normalize(s->a, path_join(s->a,
					 path_dirname(s->a, from), link));
	return rel ? strmap_get(&s->by_rel, rel) : NULL;
}

int content_yaml_files(site *s, const char *folder, const char *what,
		       ptrvec *names)
{
	*names = (ptrvec){ 0 };
	const char *dir = path_join(s->a, s->content, folder);
	ptrvec all = { 0 };
	if (!fs_is_dir(dir))
		return 0;
	if (fs_list(s->a, dir, &all) < 0) {
		diag_error(dir, 0, 0, "kan de map niet lezen: %s",
			   syserr_text(errno));
		return -1;
	}
	for (size_t i = 0; i < all.len; i++) {
		const char *name = all.items[i];
		if (path_has_suffix(name, ".yaml"))
			ptrvec_push(s->a, names, (void *)name);
		else
			diag_warning(path_join(s->a, dir, name), 0, 0,
				     "weggelaten: %s is een .yaml-bestand",
				     what);
	}
	return 0;
}

ynode *content_yaml_read(site *s, const char *file, const char *what)
{
	return ynode_read_map(s->a, file, what);
}

const doc *content_page_at(site *s, const char *file, const char *rel,
			   const ynode *map)
{
	const char *link = yget_str(file, map, "pagina");
	if (!link)
		return NULL;
	const doc *d = site_find_doc(s, rel, link);
	if (!d) {
		const ynode *v = ymap_get(map, "pagina");
		diag_error(file, v->line, v->col, "'pagina' wijst naar '%s', "
			   "maar dat is geen les of pagina: geef het pad van "
			   "het .md-bestand, vanaf dit bestand", link);
	}
	return d;
}
