/* pages.c - the site's pages from the model; see pages.h. */
#include "pages.h"
#include "html.h"
#include "palette.h"
#include "search.h"
#include "sidenav.h"
#include "content/cards.h"
#include "content/pocket.h"
#include "content/glossary.h"
#include "minify.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/typo.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void site_writer_init(site_writer *w, site *s, const resources *r,
		      const char *out)
{
	memset(w, 0, sizeof *w);
	w->s = s;
	w->r = r;
	w->t = r->templates;
	w->out = out;
	arena_init(&w->page, 256 * 1024);
	arena_init(&w->keep, 0);
	if (r->fonts_loaded)
		typeset_init(&w->ts, &r->fonts, &w->keep);
	w->search = search_new(s->language);
}

void site_writer_free(site_writer *w)
{
	search_free(w->search);
	arena_free(&w->keep);
	arena_free(&w->page);
	buf_free(&w->html);
	buf_free(&w->frag);
}

static const char *ui(const site_writer *w, const char *key);

const char *site_page_id(arena *a, const char *url)
{
	return path_has_suffix(url, ".html") ?
	       arena_strndup(a, url, strlen(url) - strlen(".html")) : url;
}

#define NAV_MODULES 12   /* modules the footer lists by name */

/* A link to a page: {title, url, number}. */
static mu_value *link_to(html_ctx *h, const char *title, const char *url,
			 const char *number)
{
	mu_value *v = mu_map(h->a);
	mu_map_set(h->a, v, "title", html_text(h->a, title));
	mu_map_str(h->a, v, "url", html_url(h, url));
	mu_map_str(h->a, v, "number", number);
	return v;
}

static const char *module_number(arena *a, const module *m)
{
	return arena_printf(a, "%zu", m->index + 1);
}

static const char *lesson_number(arena *a, const doc *d)
{
	return arena_printf(a, "%zu.%zu", d->module->index + 1, d->index + 1);
}

const char *site_slug(arena *a, const char *title)
{
	char *out = arena_alloc(a, strlen(title) + 1);
	size_t n = 0;
	for (const unsigned char *c = (const unsigned char *)title; *c; c++) {
		int ok = (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9');
		if (*c >= 'A' && *c <= 'Z')
			out[n++] = (char)(*c - 'A' + 'a');
		else if (ok)
			out[n++] = (char)*c;
		else if (*c < 0x80 && n && out[n - 1] != '-')
			out[n++] = '-';
	}
	while (n && out[n - 1] == '-')
		n--;
	out[n] = '\0';
	return n ? out : "coachkit";
}

/* What every page has: site, strings, navigation, asset URLs. */
static mu_value *base_context(site_writer *w, html_ctx *h, const char *title,
			      const module *cur_module, const doc *cur_page)
{
	arena *a = h->a;
	const site *s = w->s;
	mu_value *v = mu_map(a), *sv = mu_map(a);
	mu_map_set(a, v, "site", sv);
	mu_map_set(a, sv, "title", html_text(a, s->title));
	html_put_text(a, sv, "subtitle", s->subtitle);
	html_put_text(a, sv, "description", s->description);
	html_put_text(a, sv, "organisation", s->organisation);
	mu_map_str(a, sv, "language", s->language);
	mu_map_str(a, sv, "primary", s->colour_primary);
	mu_map_str(a, sv, "accent", s->colour_accent);
	mu_map_str(a, sv, "primary_on_dark",
		   palette_on_dark_hex(a, s->colour_primary));
	mu_map_str(a, sv, "accent_on_dark",
		   palette_on_dark_hex(a, s->colour_accent));
	mu_map_str(a, sv, "dark_page", arena_printf(a, "#%06x",
		   (unsigned)PALETTE_DARK_PAGE));
	mu_map_set(a, v, "t", w->t->strings);
	mu_map_set(a, v, "title", html_text(a, title));
	mu_map_str(a, v, "home_url", html_url(h, "index.html"));
	/* for the scripts: where the root is, which page and course */
	const char *root = html_url(h, "index.html");
	mu_map_str(a, v, "root", arena_strndup(a, root, strlen(root) -
		   strlen("index.html")));
	mu_map_str(a, v, "page", h->page);
	mu_map_str(a, sv, "slug", site_slug(a, s->title));
	if (cur_module)
		mu_map_str(a, v, "module_slug", cur_module->slug);
	mu_map_bool(a, v, "in_modules", cur_module != NULL);
	/* the outline for the scripts (course.h): a module's pages need the
	 * module's alone, the home page's progress and the notes page every
	 * module's, the other pages the texts alone */
	int whole = !strcmp(h->page, "index.html") ||
		    !strcmp(h->page, "notities.html");
	mu_map_str(a, v, "course_js", html_url(h, cur_module ?
		   arena_printf(a, "cursus/%s.js", cur_module->slug) :
		   whole ? "cursus.js" : "teksten.js"));
	mu_map_str(a, v, "notes_url", html_url(h, "notities.html"));
	mu_map_str(a, v, "search_url", html_url(h, "zoeken.html"));
	if (w->s->pocket && !w->s->pocket->bad)
		mu_map_str(a, v, "pocket_url", html_url(h, "zakkaart.html"));
	mu_map_str(a, v, "assets", path_dirname(a, html_url(h, "assets/x")));
	mu_map_str(a, v, "generator", "coachkit " COACHKIT_VERSION);
	mu_map_str(a, v, "manual_pdf", html_url(h, "print/handleiding.pdf"));
	mu_map_str(a, v, "materials_url", html_url(h, "materialen.html"));
	if (s->n_trainer)
		mu_map_str(a, v, "trainer_url", html_url(h,
			   "trainer/index.html"));
	if (w->s->competencies->file)
		mu_map_str(a, v, "competencies_url",
			   html_url(h, "competenties.html"));
	if (w->s->glossary && !w->s->glossary->bad) {
		mu_map_str(a, v, "glossary_url", html_url(h, "begrippen.html"));
		mu_map_bool(a, v, "glossary_current",
			    !strcmp(h->page, "begrippen.html"));
	}
	/* the footer lists the first modules; a long course links to the
	 * overview for the rest */
	mu_value *mods = mu_list(a), *pages = mu_list(a);
	size_t listed = s->n_modules > NAV_MODULES ? NAV_MODULES - 1 :
			s->n_modules;
	if (listed < s->n_modules) {
		mu_value *more = mu_map(a);
		mu_map_num(a, more, "n", (double)s->n_modules);
		mu_map_str(a, more, "url", html_url(h, "index.html#modules-kop"));
		mu_map_set(a, v, "more_modules", more);
	}
	for (size_t i = 0; i < listed; i++) {
		const module *m = s->modules[i];
		mu_value *l = link_to(h, m->title, m->url, module_number(a, m));
		mu_map_bool(a, l, "current", m == cur_module);
		mu_list_push(a, mods, l);
	}
	for (size_t i = 0; i < s->n_pages; i++) {
		const doc *p = s->pages[i];
		mu_value *l = link_to(h, p->title, p->url, NULL);
		mu_map_bool(a, l, "current", p == cur_page);
		mu_list_push(a, pages, l);
	}
	mu_map_set(a, v, "nav_modules", mods);
	mu_map_set(a, v, "nav_pages", pages);
	return v;
}

/* Which scripts the page loads (foot.mustache), besides the course's
 * outline, the store and the search box every page has: progress on the
 * home, module and lesson pages, SCORM on a module's pages (the ones a
 * package holds), the quizzes, notes and glossary terms where the page
 * has them, search on the search page. */
static void page_scripts(const html_ctx *h, mu_value *ctx, const char *kind)
{
	arena *a = h->a;
	int module = !strcmp(kind, "module"), lesson = !strcmp(kind, "lesson");
	mu_value *v = mu_map(a);
	mu_map_bool(a, v, "progress", module || lesson || !strcmp(kind, "home"));
	mu_map_bool(a, v, "scorm", module || lesson);
	mu_map_bool(a, v, "quiz", h->n_quiz > 0);
	mu_map_bool(a, v, "notes", h->n_reflectie > 0 ||
		    !strcmp(kind, "notes"));
	mu_map_bool(a, v, "search", !strcmp(kind, "search"));
	mu_map_bool(a, v, "glossary", h->n_marked > 0);
	mu_map_set(a, ctx, "scripts", v);
}

/* Renders template name with ctx and writes it to url in the output;
 * the name is also the page's kind for the scripts (data-kind). */
static int write_page(site_writer *w, const html_ctx *h, const char *name,
		      mu_value *ctx, const char *url)
{
	mu_map_str(&w->page, ctx, "kind", name);
	page_scripts(h, ctx, name);
	buf_clear(&w->html);
	if (templates_render(w->t, name, ctx, &w->html) < 0)
		return -1;
	const char *path = path_join(&w->page, w->out, url);
	const char *dir = path_dirname(&w->page, path);
	if (fs_mkdir_p(dir) < 0 ||
	    fs_write(path, w->html.data, w->html.len) < 0) {
		diag_system("kan %s niet schrijven: %s", path,
			    syserr_text(errno));
		return -1;
	}
	w->pages++;
	return 0;
}

static void begin_page(site_writer *w, html_ctx *h, const char *url)
{
	arena_reset(&w->page);
	h->s = w->s;
	h->diagrams = &w->r->diagrams;
	h->ts = w->r->fonts_loaded ? &w->ts : NULL;
	h->svgs = &w->svgs;
	h->svg_a = &w->keep;
	h->svgs_frozen = w->svgs_frozen;
	h->t = w->t;
	h->a = &w->page;
	h->page_dir = path_dirname(&w->page, url);
	h->page = url;
	h->page_id = site_page_id(&w->page, url);
	h->n_quiz = h->n_reflectie = 0;
	h->glossary = NULL;
	h->terms_done = NULL;
	h->n_marked = 0;
}


static mu_value *module_summary(html_ctx *h, const module *m)
{
	arena *a = h->a;
	mu_value *v = link_to(h, m->title, m->url, module_number(a, m));
	mu_map_str(a, v, "slug", m->slug);
	html_put_text(a, v, "summary", m->summary);
	html_put_text(a, v, "doelgroep", m->doelgroep);
	if (m->duur)
		mu_map_num(a, v, "duur", m->duur);
	mu_map_num(a, v, "n_lessons", (double)m->n_lessons);
	mu_map_str(a, v, "pdf", html_url(h, arena_printf(a,
		   "print/handout-%s.pdf", m->slug)));
	mu_map_set(a, v, "leerdoelen", html_text_list(a, m->leerdoelen,
						m->n_leerdoelen));
	mu_map_bool(a, v, "has_leerdoelen", m->n_leerdoelen > 0);
	return v;
}

int site_write_home(site_writer *w)
{
	html_ctx h;
	begin_page(w, &h, "index.html");
	mu_value *v = base_context(w, &h, w->s->title, NULL, NULL);
	mu_value *mods = mu_list(h.a);
	for (size_t i = 0; i < w->s->n_modules; i++)
		mu_list_push(h.a, mods, module_summary(&h, w->s->modules[i]));
	mu_map_set(h.a, v, "modules", mods);
	mu_map_bool(h.a, v, "is_home", 1);
	return write_page(w, &h, "home", v, "index.html");
}

int site_write_trainer(site_writer *w)
{
	const site *s = w->s;
	if (!s->n_trainer)
		return 0;
	html_ctx h;
	begin_page(w, &h, "trainer/index.html");
	arena *a = h.a;
	mu_value *v = base_context(w, &h, ui(w, "trainersgids"), NULL, NULL);
	mu_map_str(a, v, "pdf", html_url(&h, "print/trainersgids.pdf"));
	mu_map_str(a, v, "werkbladen_url", html_url(&h,
		   "materialen.html#kop-werkblad"));
	mu_value *list = mu_list(a);
	for (size_t i = 0; i < s->n_trainer; i++) {
		const doc *d = s->trainer[i];
		mu_value *e = link_to(&h, d->title, d->url, NULL);
		html_put_text(a, e, "samenvatting", d->summary);
		mu_list_push(a, list, e);
	}
	mu_map_set(a, v, "chapters", list);
	return write_page(w, &h, "trainer", v, "trainer/index.html");
}

static mu_value *lesson_summary(html_ctx *h, const doc *d)
{
	mu_value *v = link_to(h, d->title, d->url, lesson_number(h->a, d));
	mu_map_str(h->a, v, "id", site_page_id(h->a, d->url));
	html_put_text(h->a, v, "samenvatting", d->summary);
	if (d->duur)
		mu_map_num(h->a, v, "duur", d->duur);
	return v;
}

int site_write_module(site_writer *w, const module *m)
{
	html_ctx h;
	begin_page(w, &h, m->url);
	const site *s = w->s;
	mu_value *v = base_context(w, &h, m->title, m, NULL);
	mu_map_set(h.a, v, "module", module_summary(&h, m));
	mu_value *lessons = mu_list(h.a);
	for (size_t i = 0; i < m->n_lessons; i++)
		mu_list_push(h.a, lessons, lesson_summary(&h, m->lessons[i]));
	mu_map_set(h.a, v, "lessons", lessons);
	if (m->n_lessons)
		mu_map_set(h.a, v, "first", lesson_summary(&h, m->lessons[0]));
	if (m->index > 0)
		mu_map_set(h.a, v, "prev", module_summary(&h,
			   s->modules[m->index - 1]));
	if (m->index + 1 < s->n_modules)
		mu_map_set(h.a, v, "next", module_summary(&h,
			   s->modules[m->index + 1]));
	sidenav_add(&h, v, m, NULL);
	return write_page(w, &h, "module", v, m->url);
}

static mu_value *toc(html_ctx *h, const md_doc *md)
{
	mu_value *list = mu_list(h->a);
	for (size_t i = 0; i < md->headings.len; i++) {
		const md_heading *hd = md->headings.items[i];
		if (hd->level < 2 || hd->level > 3)
			continue;
		mu_value *e = mu_map(h->a);
		mu_map_set(h->a, e, "text", html_text(h->a, hd->text));
		mu_map_set(h->a, e, "id", html_text(h->a, hd->id));
		mu_map_bool(h->a, e, "sub", hd->level == 3);
		mu_list_push(h->a, list, e);
	}
	return list;
}

/* Lesson-only parts of the context: module, position, previous/next. */
static void lesson_context(html_ctx *h, mu_value *v, const doc *d)
{
	const module *m = d->module;
	arena *a = h->a;
	mu_map_set(a, v, "module", module_summary(h, m));
	mu_map_str(a, v, "number", lesson_number(a, d));
	mu_map_num(a, v, "position", (double)d->index + 1);
	mu_map_num(a, v, "total", (double)m->n_lessons);
	if (d->index > 0)
		mu_map_set(a, v, "prev", lesson_summary(h,
			   m->lessons[d->index - 1]));
	else
		mu_map_set(a, v, "prev_module", module_summary(h, m));
	if (d->index + 1 < m->n_lessons)
		mu_map_set(a, v, "next", lesson_summary(h,
			   m->lessons[d->index + 1]));
	else if (m->index + 1 < h->s->n_modules)
		mu_map_set(a, v, "next_module", module_summary(h,
			   h->s->modules[m->index + 1]));
}

int site_write_doc(site_writer *w, const doc *d, md_doc *md, size_t order)
{
	html_ctx h;
	begin_page(w, &h, d->url);
	mu_value *v = base_context(w, &h, d->title, d->module,
				   d->kind == DOC_PAGE ? d : NULL);
	search_add(w->search, d, md, order);   /* before rendering changes md */
	if (d->kind == DOC_LESSON && w->s->glossary && !w->s->glossary->bad)
		h.glossary = w->s->glossary;   /* its terms marked */
	buf_clear(&w->frag);
	int rc = html_render_tree(&h, md->root, &w->frag);
	mu_map_set(h.a, v, "content", mu_str_ref(h.a, w->frag.data ?
		   w->frag.data : "", w->frag.len));
	html_put_text(h.a, v, "samenvatting", d->summary);
	if (d->duur)
		mu_map_num(h.a, v, "duur", d->duur);
	mu_map_set(h.a, v, "leerdoelen", html_text_list(h.a, d->leerdoelen,
						  d->n_leerdoelen));
	mu_map_bool(h.a, v, "has_leerdoelen", d->n_leerdoelen > 0);
	mu_value *contents = toc(&h, md);
	mu_map_set(h.a, v, "toc", contents);
	mu_map_bool(h.a, v, "has_toc", mu_list_len(contents) >= 2);
	if (doc_is_trainer(d))   /* a crumb back to the guide's contents */
		mu_map_set(h.a, v, "section", link_to(&h, ui(w, "trainersgids"),
			   "trainer/index.html", NULL));
	if (d->kind == DOC_LESSON) {
		lesson_context(&h, v, d);
		sidenav_add(&h, v, d->module, d);
		mu_map_str(h.a, v, "lesson_id", h.page_id);
		strmap_put(&w->keep, &w->quizzes, d->url,
			   (void *)(uintptr_t)h.n_quiz);
	}
	if (rc < 0)
		return -1;
	return write_page(w, &h, d->kind == DOC_LESSON ? "lesson" : "page", v,
			  d->url);
}

/* Removes the files under out/media/rel that no document links to any
 * more (a link to a folder keeps everything in it), and the folders that
 * leaves empty. */
static int prune_media(site_writer *w, const char *rel, arena *a)
{
	const char *dir = path_join(a, path_join(a, w->out, "media"), rel);
	ptrvec names = { 0 };
	if (fs_list(a, dir, &names) < 0)
		return errno == ENOENT ? 0 : -1;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < names.len; i++) {
		const char *r = rel[0] ? path_join(a, rel, names.items[i]) :
				names.items[i];
		if (strmap_get(&w->s->media, r))
			continue;
		const char *path = path_join(a, dir, names.items[i]);
		rc = fs_is_dir(path) ? prune_media(w, r, a) : unlink(path);
	}
	if (rc == 0 && rmdir(dir) < 0 && errno != ENOTEMPTY &&
	    errno != EEXIST)
		rc = -1;   /* a folder left empty goes too */
	return rc;
}

int site_write_media(site_writer *w, int kept)
{
	arena_reset(&w->page);
	arena *a = &w->page;
	int rc = 0;
	if (kept && prune_media(w, "", a) < 0) {
		diag_system("kan %s niet opruimen: %s",
			    path_join(a, w->out, "media"), syserr_text(errno));
		rc = -1;
	}
	const strmap *media = &w->s->media;
	for (size_t i = 0; i < media->cap; i++) {
		const char *rel = media->slots[i].key;
		if (!rel)
			continue;
		const char *dst = path_join(a, w->out,
					    arena_printf(a, "media/%s", rel));
		if (kept && access(dst, F_OK) == 0)
			continue;
		if (fs_mkdir_p(path_dirname(a, dst)) < 0 ||
		    fs_copy_tree(path_join(a, w->s->content, rel), dst) < 0) {
			diag_system("kan %s niet kopiëren: %s", rel,
				    syserr_text(errno));
			rc = -1;
		}
	}
	return rc;
}

int site_write_files(site_writer *w)
{
	int rc = 0;
	if (theme_copy(&w->r->theme, "assets",
		       path_join(&w->page, w->out, "assets"), minify_copy) < 0) {
		diag_system("kan de map assets niet kopiëren: %s",
			    syserr_text(errno));
		rc = -1;
	}
	return site_write_media(w, 0) < 0 ? -1 : rc;
}

int site_write_script_page(site_writer *w, const char *name,
			   const char *url, const char *title_key)
{
	html_ctx h;
	begin_page(w, &h, url);
	mu_value *v = base_context(w, &h, ui(w, title_key), NULL, NULL);
	mu_map_bool(h.a, v, arena_printf(h.a, "is_%s", name), 1);
	return write_page(w, &h, name, v, url);
}

int site_write_search(site_writer *w)
{
	if (search_write(w->search, w->out) < 0) {
		diag_system("kan de zoekindex in %s niet schrijven: %s",
			    w->out, syserr_text(errno));
		return -1;
	}
	return 0;
}

static const char *ui(const site_writer *w, const char *key)
{
	const char *s = ui_get(&w->r->ui, key);
	return s ? s : key;
}

/* A material: {title, pdf, preview, page: {title, url}}. */
static mu_value *material(html_ctx *h, const print_item *it)
{
	arena *a = h->a;
	mu_value *v = mu_map(a);
	mu_map_set(a, v, "title", html_text(a, it->title));
	mu_map_str(a, v, "pdf", html_url(h, arena_printf(a, "print/%s",
							    it->pdf)));
	if (it->preview)
		mu_map_str(a, v, "preview", html_url(h, arena_printf(a,
			   "print/%s", it->preview)));
	const doc *d = it->page;
	if (d)
		mu_map_set(a, v, "page", link_to(h, d->title, d->url,
			   d->module ? lesson_number(a, d) : NULL));
	return v;
}

int site_write_materials(site_writer *w, const ptrvec *items)
{
	html_ctx h;
	begin_page(w, &h, "materialen.html");
	arena *a = h.a;
	const site *s = w->s;
	mu_value *v = base_context(w, &h, ui(w, "materialen"), NULL, NULL);
	mu_map_bool(a, v, "is_materials", 1);
	mu_map_str(a, v, "trainer_pdf", html_url(&h, "print/trainersgids.pdf"));
	mu_value *handouts = mu_list(a);
	for (size_t i = 0; i < s->n_modules; i++)
		mu_list_push(a, handouts, module_summary(&h, s->modules[i]));
	mu_map_set(a, v, "handouts", handouts);
	mu_value *groups = mu_list(a);
	mu_value *group = NULL;
	const char *kind = NULL;
	for (size_t i = 0; i < items->len; i++) {
		const print_item *it = items->items[i];
		if (!kind || strcmp(kind, it->kind)) {
			kind = it->kind;
			group = mu_map(a);
			mu_map_set(a, group, "title", html_text(a, ui(w,
				   arena_printf(a, "materiaal_%s", kind))));
			mu_map_str(a, group, "kind", kind);
			mu_map_set(a, group, "items", mu_list(a));
			mu_list_push(a, groups, group);
		}
		mu_list_push(a, (mu_value *)mu_map_get(group, "items"),
			     material(&h, it));
	}
	mu_map_set(a, v, "groups", groups);
	return write_page(w, &h, "materials", v, "materialen.html");
}

/* A short text from YAML as HTML: its **bold** and paragraphs, nothing
 * raw (cmark's safe mode), typographic quotes. */
static const char *inline_md(arena *a, const char *text)
{
	if (!text)
		return NULL;
	const char *t = typo_quotes(a, text);
	cmark_node *root = cmark_parse_document(t, strlen(t), CMARK_OPT_SMART);
	if (!root)
		die_oom();
	md_unwrap_refused(root);   /* as md_check_text() reported */
	char *html = cmark_render_html(root, CMARK_OPT_SMART);
	cmark_node_free(root);
	const char *out = arena_strdup(a, html);
	free(html);
	return out;
}

/* competenties/persoonsgericht-clientgerichtheid.html */
static const char *competency_url(arena *a, const competency *cp)
{
	return arena_printf(a, "competenties/%s-%s.html", cp->group->key,
			    cp->slug);
}

static mu_value *competency_context(html_ctx *h, const competency *cp)
{
	arena *a = h->a;
	mu_value *v = mu_map(a);
	mu_map_set(a, v, "naam", html_text(a, cp->naam.text));
	mu_map_str(a, v, "id", arena_printf(a, "%s-%s", cp->group->key,
		   cp->slug));   /* unique: a name may be in both groups */
	mu_map_str(a, v, "url", html_url(h, competency_url(a, cp)));
	mu_map_str(a, v, "corp", corp_label(cp->corp));
	mu_map_str(a, v, "corp_betekenis", corp_meaning(cp->corp));
	mu_map_str(a, v, "definitie", inline_md(a, cp->definitie.text));
	mu_map_str(a, v, "toelichting", inline_md(a, cp->toelichting.text));
	mu_map_str(a, v, "huisarts", inline_md(a, cp->huisarts.text));
	mu_value *iv = mu_list(a);
	for (size_t i = 0; i < cp->interviews.n; i++)
		mu_list_push(a, iv, html_text(a, cp->interviews.items[i].text));
	mu_map_set(a, v, "interviews", iv);
	mu_map_bool(a, v, "has_interviews", cp->interviews.n > 0);
	mu_value *lit = mu_list(a);
	for (size_t i = 0; i < cp->n_literatuur; i++) {
		mu_value *l = mu_map(a);
		mu_map_set(a, l, "tekst", html_text(a,
			   cp->literatuur[i].tekst.text));
		mu_map_set(a, l, "bron", html_text(a,
			   cp->literatuur[i].bron.text));
		mu_list_push(a, lit, l);
	}
	mu_map_set(a, v, "literatuur", lit);
	mu_map_bool(a, v, "has_literatuur", cp->n_literatuur > 0);
	if (cp->page)
		mu_map_set(a, v, "page", link_to(h, cp->page->title,
			   cp->page->url, NULL));
	return v;
}

/* The CORP grid of a group: its four categories with their names. */
static mu_value *corp_grid(html_ctx *h, const competency_group *g)
{
	static const corp_kind order[CORP_COUNT] = {
		CORP_CONCEPTUEEL, CORP_OPERATIONEEL, CORP_PERSOONLIJK,
		CORP_RELATIONEEL
	};
	arena *a = h->a;
	mu_value *cells = mu_list(a);
	for (int k = 0; k < CORP_COUNT; k++) {
		mu_value *cell = mu_map(a), *names = mu_list(a);
		mu_map_str(a, cell, "corp", corp_label(order[k]));
		mu_map_str(a, cell, "betekenis", corp_meaning(order[k]));
		mu_map_str(a, cell, "key", corp_key(order[k]));
		for (size_t i = 0; i < g->n; i++) {
			if (g->items[i]->corp != order[k])
				continue;
			mu_value *n = mu_map(a);
			mu_map_set(a, n, "naam", html_text(a,
				   g->items[i]->naam.text));
			mu_map_str(a, n, "id", g->items[i]->slug);
			mu_map_str(a, n, "url", html_url(h,
				   competency_url(a, g->items[i])));
			mu_list_push(a, names, n);
		}
		mu_map_set(a, cell, "namen", names);
		mu_list_push(a, cells, cell);
	}
	return cells;
}

/* A competency's own page, with its neighbours in its group. */
static int write_competency(site_writer *w, const competency_group *g,
			    size_t i)
{
	html_ctx h;
	const competency *cp = g->items[i];
	const char *url = competency_url(&w->page, cp);
	begin_page(w, &h, url);
	url = competency_url(h.a, cp);   /* the page arena was reset */
	arena *a = h.a;
	mu_value *v = base_context(w, &h, cp->naam.text, NULL, NULL);
	mu_map_bool(a, v, "is_competencies", 1);
	mu_map_set(a, v, "competentie", competency_context(&h, cp));
	mu_map_set(a, v, "groep", html_text(a, g->titel.text));
	mu_map_str(a, v, "overview", html_url(&h, arena_printf(a,
		   "competenties.html#%s", g->key)));
	if (i > 0)
		mu_map_set(a, v, "prev", competency_context(&h,
			   g->items[i - 1]));
	if (i + 1 < g->n)
		mu_map_set(a, v, "next", competency_context(&h,
			   g->items[i + 1]));
	return write_page(w, &h, "competency", v, url);
}

int site_write_competencies(site_writer *w)
{
	const competencies *cs = w->s->competencies;
	if (!cs || !cs->file || cs->bad)
		return 0;
	html_ctx h;
	begin_page(w, &h, "competenties.html");
	arena *a = h.a;
	mu_value *v = base_context(w, &h, ui(w, "competenties_titel"), NULL,
				   NULL);
	mu_map_bool(a, v, "is_competencies", 1);
	mu_map_str(a, v, "pdf", html_url(&h, "print/competenties.pdf"));
	mu_value *groups = mu_list(a);
	for (int k = 0; k < GROUP_COUNT; k++) {
		const competency_group *g = &cs->groups[k];
		if (!g->present)
			continue;
		mu_value *gv = mu_map(a), *items = mu_list(a);
		mu_map_set(a, gv, "titel", html_text(a, g->titel.text));
		mu_map_str(a, gv, "id", g->key);
		mu_map_str(a, gv, "inleiding", inline_md(a, g->inleiding.text));
		html_put_text(a, gv, "bron", g->bron.text);
		mu_map_set(a, gv, "grid", corp_grid(&h, g));
		for (size_t i = 0; i < g->n; i++)
			mu_list_push(a, items, competency_context(&h,
				     g->items[i]));
		mu_map_set(a, gv, "competenties", items);
		mu_list_push(a, groups, gv);
	}
	mu_map_set(a, v, "groups", groups);
	int rc = write_page(w, &h, "competencies", v, "competenties.html");
	for (int k = 0; k < GROUP_COUNT; k++)
		for (size_t i = 0; i < cs->groups[k].n; i++)
			if (write_competency(w, &cs->groups[k], i) < 0)
				rc = -1;
	return rc;
}

/* begrippen.html: the entries of content/begrippen.yaml in the file's
 * order, each with its anchor for the lessons' links to it; nothing
 * without that file or when it had errors. */
int site_write_glossary(site_writer *w)
{
	const glossary *g = w->s->glossary;
	if (!g || g->bad)
		return 0;
	html_ctx h;
	begin_page(w, &h, "begrippen.html");
	arena *a = h.a;
	mu_value *v = base_context(w, &h, g->titel ? g->titel :
				   ui(w, "begrippen"), NULL, NULL);
	mu_map_str(a, v, "inleiding", inline_md(a, g->inleiding));
	mu_value *list = mu_list(a);
	for (size_t i = 0; i < g->n; i++) {
		const glossary_entry *e = &g->items[i];
		mu_value *ev = mu_map(a);
		mu_map_str(a, ev, "id", e->id);
		html_put_text(a, ev, "term", e->term);
		html_put_text(a, ev, "afkorting", e->afkorting);
		html_put_text(a, ev, "uitleg", e->uitleg);
		html_put_text(a, ev, "bron", e->bron);
		mu_list_push(a, list, ev);
	}
	mu_map_set(a, v, "begrippen", list);
	mu_map_bool(a, v, "is_glossary", 1);
	return write_page(w, &h, "glossary", v, "begrippen.html");
}

/* A pocket page's content for the template. */
static mu_value *pocket_card(html_ctx *h, const panel *pn, size_t i,
			     int profiles)
{
	arena *a = h->a;
	mu_value *v = mu_map(a);
	mu_map_set(a, v, "titel", html_text(a, pn->titel));
	mu_map_str(a, v, "id", arena_printf(a, "kaart-%zu", i + 1));
	if (profiles) {
		mu_value *list = mu_list(a);
		for (size_t k = 0; k < h->s->profiles->n; k++) {
			const profile *pf = h->s->profiles->items[k];
			if (pf->bad || !pf->titel.text)
				continue;
			mu_value *e = mu_map(a);
			html_put_text(a, e, "titel", pf->titel.text);
			html_put_text(a, e, "rol", poh_rol_name(pf->rol));
			mu_map_str(a, e, "nodig", inline_md(a, pf->nodig.text));
			mu_list_push(a, list, e);
		}
		mu_map_set(a, v, "profielen", list);
		mu_map_bool(a, v, "has_profielen", mu_list_len(list) > 0);
		return v;
	}
	switch (pn->kind) {
	case PANEL_DIAGRAM: {
		const char *svg = html_diagram(h, pn->diagram, NULL);
		if (svg)
			mu_map_str(a, v, "svg", svg);
		break;
	}
	case PANEL_VRAGEN:
		mu_map_set(a, v, "vragen", html_text_list(a, pn->items,
							  pn->n_items));
		mu_map_bool(a, v, "has_vragen", pn->n_items > 0);
		break;
	case PANEL_STAPPEN:
		mu_map_set(a, v, "stappen", html_text_list(a, pn->items,
							   pn->n_items));
		mu_map_bool(a, v, "has_stappen", pn->n_items > 0);
		break;
	case PANEL_TEKST:
		mu_map_str(a, v, "tekst", inline_md(a, pn->tekst));
		break;
	}
	return v;
}

int site_write_pocket(site_writer *w)
{
	const pocket *p = w->s->pocket;
	if (!p || p->bad)
		return 0;
	html_ctx h;
	begin_page(w, &h, "zakkaart.html");
	mu_value *v = base_context(w, &h, p->titel, NULL, NULL);
	html_put_text(h.a, v, "ondertitel", p->ondertitel);
	mu_map_str(h.a, v, "pdf", html_url(&h, "print/zakkaart.pdf"));
	mu_map_str(h.a, v, "boekje", html_url(&h,
		   "print/zakkaart-boekje.pdf"));
	mu_value *cards = mu_list(h.a);
	for (size_t i = 0; i < p->n_pages; i++)
		mu_list_push(h.a, cards, pocket_card(&h, &p->pages[i], i,
			     p->profiles[i]));
	mu_map_set(h.a, v, "kaarten", cards);
	mu_map_bool(h.a, v, "is_pocket", 1);
	return write_page(w, &h, "pocket", v, "zakkaart.html");
}

void site_draw_diagrams(site_writer *w)
{
	const strmap *names = &w->s->diagrams;
	html_ctx h;
	begin_page(w, &h, "index.html");
	for (size_t i = 0; i < names->cap; i++)
		if (names->slots[i].key)
			html_diagram(&h, names->slots[i].key, NULL);
}
