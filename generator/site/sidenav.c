/* sidenav.c - the side navigation of module and lesson pages; see
 * sidenav.h. */
#include "sidenav.h"
#include "pages.h"

/* One entry: {title, url, number, here}. */
static mu_value *entry(html_ctx *h, const char *title, const char *url,
		       const char *number, int here)
{
	mu_value *v = mu_map(h->a);
	mu_map_set(h->a, v, "title", html_text(h->a, title));
	mu_map_str(h->a, v, "url", html_url(h, url));
	mu_map_str(h->a, v, "number", number);
	mu_map_bool(h->a, v, "here", here);
	return v;
}

/* The lessons of m, d marked as the page (d may be NULL). */
static mu_value *lessons(html_ctx *h, const module *m, const doc *d)
{
	arena *a = h->a;
	mu_value *list = mu_list(a);
	for (size_t i = 0; i < m->n_lessons; i++) {
		const doc *l = m->lessons[i];
		mu_value *e = entry(h, l->title, l->url, arena_printf(a,
				    "%zu.%zu", m->index + 1, i + 1), l == d);
		mu_map_str(a, e, "id", site_page_id(a, l->url));
		mu_list_push(a, list, e);
	}
	return list;
}

/* A course of more modules lists those around the page's: a page stays
 * the same size however long the course grows (the home page lists them
 * all). */
#define SIDENAV_ALL    12
#define SIDENAV_AROUND 2

void sidenav_add(html_ctx *h, mu_value *v, const module *m, const doc *d)
{
	arena *a = h->a;
	const site *s = h->s;
	mu_value *nav = mu_map(a), *mods = mu_list(a);
	size_t from = 0, to = s->n_modules;
	if (s->n_modules > SIDENAV_ALL) {
		from = m->index > SIDENAV_AROUND ? m->index - SIDENAV_AROUND : 0;
		to = m->index + SIDENAV_AROUND + 1 < s->n_modules ?
		     m->index + SIDENAV_AROUND + 1 : s->n_modules;
		mu_value *more = mu_map(a);
		mu_map_str(a, more, "url", html_url(h, "index.html"));
		mu_map_num(a, more, "n", (double)s->n_modules);
		mu_map_set(a, nav, "more", more);
	}
	for (size_t i = from; i < to; i++) {
		const module *o = s->modules[i];
		mu_value *e = entry(h, o->title, o->url, arena_printf(a, "%zu",
				    i + 1), o == m && !d);
		mu_map_bool(a, e, "current", o == m);
		if (o == m)
			mu_map_set(a, e, "lessons", lessons(h, m, d));
		mu_list_push(a, mods, e);
	}
	mu_map_set(a, nav, "modules", mods);
	mu_map_set(a, v, "sidenav", nav);
	mu_map_bool(a, v, "keys", 1);
}
