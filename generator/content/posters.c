/* posters.c - loading content/posters/; see posters.h. */
#include "posters.h"
#include "content/ynode.h"
#include "util/fs.h"

#include <string.h>

static const char *const keys[] = {
	"kop", "onderkop", "tekst", "pagina", "formaat", "kleur", "diagram",
	NULL
};
static const char *const required[] = { "kop", "pagina", NULL };

static poster_text text_at(const char *file, const ynode *map,
			   const char *key)
{
	poster_text t = { yget_str(file, map, key), { NULL, 0, 0 } };
	const ynode *v = ymap_get(map, key);
	if (t.text && v)
		t.at = ypos(file, v);
	if (t.text && !*t.text) {
		diag_error(file, v->line, v->col, "'%s' is leeg", key);
		t.text = NULL;
	}
	return t;
}

/* One poster file; NULL after reporting an error. */
static poster *load_one(site *s, const char *name, const char *rel)
{
	const char *file = path_join(s->a, s->content, rel);
	int before = diag_errors();
	ynode *root = content_yaml_read(s, file, "een poster");
	if (!root)
		return NULL;
	ycheck_map(file, root, "poster", keys, required);
	poster *p = arena_alloc(s->a, sizeof *p);
	p->name = arena_strndup(s->a, name, strlen(name) - 5);
	p->file = file;
	p->kop = text_at(file, root, "kop");
	p->onderkop = text_at(file, root, "onderkop");
	p->tekst = text_at(file, root, "tekst");
	p->page = content_page_at(s, file, rel, root);
	p->formaat = yget_str(file, root, "formaat");
	p->formaat_at = ypos(file, ymap_get(root, "formaat"));
	const char *kleur = yget_str(file, root, "kleur");
	if (kleur && strcmp(kleur, "primary") && strcmp(kleur, "accent")) {
		const ynode *v = ymap_get(root, "kleur");
		diag_error(file, v->line, v->col, "'kleur' moet primary of "
			   "accent zijn, niet '%s'", kleur);
	}
	p->accent = kleur && !strcmp(kleur, "accent");
	p->diagram = yget_str(file, root, "diagram");
	if (p->diagram) {
		const ynode *v = ymap_get(root, "diagram");
		p->diagram_at = ypos(file, v);
		if (!strmap_get(&s->diagrams, p->diagram))
			diag_error(file, v->line, v->col, "er is geen diagram "
				   "'%s' in content/diagrams/", p->diagram);
	}
	p->bad = diag_errors() > before;
	return p;
}

int posters_load(site *s, posters *out)
{
	memset(out, 0, sizeof *out);
	ptrvec names, list = { 0 };
	if (content_yaml_files(s, "posters", "een poster", &names) < 0)
		return 1;
	int bad = 0;
	for (size_t i = 0; i < names.len; i++) {
		const char *name = names.items[i];
		poster *d = load_one(s, name, path_join(s->a, "posters", name));
		if (d)
			ptrvec_push(s->a, &list, d);
		bad += !d || d->bad;
	}
	out->items = (poster **)list.items;
	out->n = list.len;
	return bad;
}
