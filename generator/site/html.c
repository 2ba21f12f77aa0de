/* html.c - Markdown to HTML for the site; see html.h. */
#include "html.h"
#include "diagram/diagram.h"
#include "content/glossary.h"

#include "util/fs.h"
#include "util/typo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *html_url(html_ctx *h, const char *path)
{
	return path_relative(h->a, h->page_dir, path);
}

static const char *link_url(html_ctx *h, const md_link *l)
{
	if (l->target)
		return arena_printf(h->a, "%s%s", html_url(h, l->target->url),
				    l->fragment);
	if (l->media)
		return arena_printf(h->a, "%s%s",
			html_url(h, arena_printf(h->a, "media/%s", l->media)),
			l->fragment);
	return l->fragment;
}

/* Puts a custom block with the given HTML in place of node. */
static cmark_node *replace_with_html(cmark_node *node, const char *enter,
				     const char *exit)
{
	cmark_node *cb = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
	cmark_node_set_on_enter(cb, enter);
	cmark_node_set_on_exit(cb, exit);
	cmark_node_insert_before(node, cb);
	return cb;
}

static void render_heading(cmark_node *node)
{
	const md_heading *hd = cmark_node_get_user_data(node);
	buf b = BUF_INIT;
	buf_printf(&b, "<h%d id=\"", hd->level);
	buf_put_html(&b, hd->id, strlen(hd->id));
	buf_puts(&b, "\">");
	char close[8];
	snprintf(close, sizeof close, "</h%d>", hd->level);
	cmark_node *cb = replace_with_html(node, b.data, close);
	buf_free(&b);
	cmark_node *child;
	while ((child = cmark_node_first_child(node)) != NULL) {
		cmark_node_unlink(child);
		cmark_node_append_child(cb, child);
	}
	cmark_node_free(node);
}

/* An image alone in its paragraph becomes a figure with its caption. */
static void render_figure(html_ctx *h, cmark_node *img, const md_link *l)
{
	cmark_node *para = cmark_node_parent(img);
	buf b = BUF_INIT;
	const char *cap = typo_quotes(h->a, l->caption);
	buf_puts(&b, "<figcaption>");
	buf_put_html(&b, cap, strlen(cap));
	buf_puts(&b, "</figcaption></figure>\n");
	cmark_node *cb = replace_with_html(para, "<figure>", b.data);
	buf_free(&b);
	cmark_node_unlink(img);
	cmark_node_append_child(cb, img);
	cmark_node_free(para);
}

mu_value *html_text(arena *a, const char *s)
{
	s = typo_quotes(a, s);
	return s ? mu_str_ref(a, s, strlen(s)) : mu_null(a);
}

void html_put_text(arena *a, mu_value *map, const char *key, const char *s)
{
	mu_map_set(a, map, key, html_text(a, s));
}

mu_value *html_text_list(arena *a, const char **items, size_t n)
{
	mu_value *list = mu_list(a);
	for (size_t i = 0; i < n; i++)
		mu_list_push(a, list, html_text(a, items[i]));
	return list;
}

/* The options of quiz d in the order shown, each with its letter there
 * and as its value its index as written (what the store keeps, so that
 * an answer kept stays right when the order changes); the letters of the
 * right ones into key. */
static mu_value *quiz_options(html_ctx *h, const directive *d, buf *key)
{
	mu_value *list = mu_list(h->a);
	for (size_t k = 0; k < d->n_opties; k++) {
		size_t i = d->volgorde ? d->volgorde[k] : k;
		const quiz_option *o = &d->opties[i];
		mu_value *v = mu_map(h->a);
		char letter[2] = { (char)('A' + (k % 26)), 0 };
		mu_map_str(h->a, v, "letter", letter);
		mu_map_str(h->a, v, "value", arena_printf(h->a, "%zu", i));
		html_put_text(h->a, v, "tekst", o->tekst);
		mu_map_bool(h->a, v, "juist", o->juist);
		html_put_text(h->a, v, "feedback", o->feedback);
		mu_list_push(h->a, list, v);
		if (o->juist) {
			if (key->len)
				buf_puts(key, ", ");
			buf_puts(key, letter);
		}
	}
	return list;
}

/* Both drawings of a diagram, for the stylesheet to show one: the wide
 * one (class "diagram-wide") and the one for a phone ("diagram-narrow");
 * the wide one alone when the narrow one cannot be drawn. In h->svg_a. */
static const char *draw_both(html_ctx *h, const diagram *dg)
{
	size_t len;
	diagram_error e;
	const char *wide = diagram_svg(dg, h->ts, HTML_DIAGRAM_WIDTH,
				       h->svg_a, &len, &e);
	if (!wide)
		return NULL;
	const char *narrow = diagram_svg_narrow(dg, h->ts,
						HTML_DIAGRAM_NARROW,
						HTML_DIAGRAM_FLOOR, h->svg_a,
						&len, &e);
	if (!narrow)
		return wide;
	/* both begin "<svg " (finish_svg in diagram.c) */
	return arena_printf(h->svg_a, "<svg class=\"diagram-wide\"%s"
			    "<svg class=\"diagram-narrow\"%s", wide + 4,
			    narrow + 4);
}

const char *html_diagram(html_ctx *h, const char *name, const char **title)
{
	const diagram *dg = h->ts ? diagram_set_get(h->diagrams, name) : NULL;
	if (!dg)
		return NULL;
	if (title)
		*title = diagram_title(dg);
	const char *svg = strmap_get(h->svgs, name);
	if (!svg && !h->svgs_frozen) {
		svg = draw_both(h, dg);
		if (svg)   /* name may go with its document */
			strmap_put(h->svg_a, h->svgs,
				   arena_strdup(h->svg_a, name), (void *)svg);
	}
	return svg;
}

/* A diagram's inline SVG ("svg") and its title, when the fonts are at
 * hand (a build; a check draws nothing). */
static void diagram_context(html_ctx *h, const directive *d, mu_value *v)
{
	const char *title = NULL;
	const char *svg = html_diagram(h, d->name, &title);
	if (!d->titel && title)
		mu_map_set(h->a, v, "titel", html_text(h->a, title));
	if (svg)
		mu_map_str(h->a, v, "svg", svg);
}

/* The template context of a directive. */
static mu_value *directive_context(html_ctx *h, const directive *d)
{
	arena *a = h->a;
	mu_value *v = mu_map(a);
	mu_map_set(a, v, "t", h->t->strings);
	html_put_text(a, v, "titel", d->titel);
	html_put_text(a, v, "tekst", d->tekst);
	html_put_text(a, v, "wie", d->wie);
	html_put_text(a, v, "bron", d->bron);
	if (d->leeftijd)
		mu_map_num(a, v, "leeftijd", d->leeftijd);
	html_put_text(a, v, "vraag", d->vraag);
	html_put_text(a, v, "toelichting", d->toelichting);
	html_put_text(a, v, "uitleg", d->uitleg);
	mu_map_str(a, v, "naam", d->name);
	if (d->kind == DIRECTIVE_DIAGRAM)
		diagram_context(h, d, v);
	html_put_text(a, v, "onderschrift", d->onderschrift);
	mu_map_bool(a, v, "meerdere", d->meerdere);
	if (d->kind == DIRECTIVE_REFLECTIE)
		mu_map_num(a, v, "regels", d->regels);
	mu_map_set(a, v, "vragen", html_text_list(a, d->vragen, d->n_vragen));
	mu_map_bool(a, v, "has_vragen", d->n_vragen > 0);
	if (d->kind == DIRECTIVE_QUIZ || d->kind == DIRECTIVE_REFLECTIE) {
		/* quiz-1, reflectie-2: the anchor, and with the page the
		 * key the browser keeps answers and notes under */
		int n = d->kind == DIRECTIVE_QUIZ ? ++h->n_quiz :
			++h->n_reflectie;
		const char *id = arena_printf(a, "%s-%d",
					      directive_name(d->kind), n);
		mu_map_str(a, v, "id", id);
		mu_map_str(a, v, "key", arena_printf(a, "%s#%s",
			   h->page_id ? h->page_id : "", id));
	}
	if (d->kind == DIRECTIVE_QUIZ) {
		buf key = BUF_INIT;
		mu_map_set(a, v, "opties", quiz_options(h, d, &key));
		mu_map_str(a, v, "antwoord", key.data);
		buf_free(&key);
	}
	if (d->body) {
		buf body = BUF_INIT;
		html_render_tree(h, d->body, &body);
		mu_map_set(a, v, "inhoud", mu_str(a, body.data ? body.data : "",
						  body.len));
		buf_free(&body);
	}
	return v;
}

static int render_directive(html_ctx *h, cmark_node *node)
{
	const directive *d = cmark_node_get_user_data(node);
	buf out = BUF_INIT;
	const char *name = arena_printf(h->a, "directive-%s",
					directive_name(d->kind));
	int rc = templates_render(h->t, name, directive_context(h, d), &out);
	replace_with_html(node, out.data ? out.data : "", "");
	buf_free(&out);
	cmark_node_free(node);
	return rc;
}

/* The markup of a term's use: a link to its entry on the glossary page
 * with its explanation as a tooltip, shown by the style sheet while the
 * link is hovered or has the focus, and the link's description. */
static const char *term_markup(html_ctx *h, const glossary_entry *e,
			       const char *text, size_t len)
{
	buf b = BUF_INIT;
	const char *url = html_url(h, "begrippen.html");
	size_t n = ++h->n_marked;
	buf_puts(&b, "<span class=\"begrip\"><a class=\"begrip-link\" href=\"");
	buf_put_html(&b, url, strlen(url));
	buf_putc(&b, '#');
	buf_put_html(&b, e->id, strlen(e->id));
	buf_printf(&b, "\" aria-describedby=\"begrip-%zu\">", n);
	buf_put_html(&b, text, len);
	buf_printf(&b, "</a><span class=\"begrip-uitleg\" role=\"tooltip\" "
		   "id=\"begrip-%zu\">", n);
	if (e->afkorting) {
		const char *full = typo_quotes(h->a, e->afkorting);
		buf_puts(&b, "<span class=\"begrip-voluit\">");
		buf_put_html(&b, full, strlen(full));
		buf_puts(&b, ".</span> ");
	}
	const char *uitleg = typo_quotes(h->a, e->uitleg);
	buf_put_html(&b, uitleg, strlen(uitleg));
	buf_puts(&b, "</span></span>");
	const char *out = arena_strndup(h->a, b.data, b.len);
	buf_free(&b);
	return out;
}

/* Marks in text node n the first use on the page of each glossary term
 * (content/glossary.h): the text around it stays text, the term becomes
 * term_markup() (a custom inline, which cmark writes as it is). */
static void mark_terms(html_ctx *h, cmark_node *n)
{
	const glossary *g = h->glossary;
	const char *lit = cmark_node_get_literal(n);
	if (!lit)
		return;
	if (!h->terms_done)
		h->terms_done = arena_alloc(h->a, g->n + 1);
	const char *text = arena_strdup(h->a, lit);
	size_t len = strlen(text), from = 0, rest = 0, s0, e0;
	const glossary_entry *e;
	while ((e = glossary_scan(g, text, len, from, &s0, &e0)) != NULL) {
		from = e0;
		size_t k = (size_t)(e - g->items);
		if (h->terms_done[k])
			continue;
		h->terms_done[k] = 1;
		if (s0 > rest) {
			cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
			cmark_node_set_literal(t, arena_strndup(h->a, text + rest,
							       s0 - rest));
			cmark_node_insert_before(n, t);
		}
		cmark_node *m = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
		cmark_node_set_on_enter(m, term_markup(h, e, text + s0,
						       e0 - s0));
		cmark_node_set_on_exit(m, "");
		cmark_node_insert_before(n, m);
		rest = e0;
	}
	if (rest)
		cmark_node_set_literal(n, text + rest);
}

/* Collects the nodes to change first: cmark trees must not be changed
 * while an iterator walks them. With texts, also the text nodes outside
 * headings, links and images (where glossary terms are marked). */
static void collect(cmark_node *root, ptrvec *nodes, arena *a, int texts)
{
	cmark_iter *it = cmark_iter_new(root);
	cmark_event_type ev;
	int outside = 0;   /* headings, links, images we are in */
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(n);
		if (t == CMARK_NODE_HEADING || t == CMARK_NODE_LINK ||
		    t == CMARK_NODE_IMAGE)
			outside += ev == CMARK_EVENT_ENTER ? 1 :
				   ev == CMARK_EVENT_EXIT ? -1 : 0;
		if (ev != CMARK_EVENT_ENTER)
			continue;
		if (t == CMARK_NODE_TEXT && texts && !outside)
			ptrvec_push(a, nodes, n);
		switch (t) {
		case CMARK_NODE_HEADING:
		case CMARK_NODE_LINK:
		case CMARK_NODE_IMAGE:
		case CMARK_NODE_CODE_BLOCK:
		case CMARK_NODE_HTML_BLOCK:
		case CMARK_NODE_HTML_INLINE:
			ptrvec_push(a, nodes, n);
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
}

int html_render_tree(html_ctx *h, cmark_node *root, buf *out)
{
	ptrvec nodes = {0};
	int rc = 0;
	collect(root, &nodes, h->a, h->glossary != NULL);
	for (size_t i = 0; i < nodes.len; i++) {
		cmark_node *n = nodes.items[i];
		void *data = cmark_node_get_user_data(n);
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
			mark_terms(h, n);
			break;
		case CMARK_NODE_HEADING:
			if (data)
				render_heading(n);
			break;
		case CMARK_NODE_LINK:
			if (data)
				cmark_node_set_url(n, link_url(h, data));
			break;
		case CMARK_NODE_IMAGE:
			if (data)
				cmark_node_set_url(n, link_url(h, data));
			if (data && ((const md_link *)data)->figure)
				render_figure(h, n, data);
			break;
		case CMARK_NODE_CODE_BLOCK:
			if (data && render_directive(h, n) < 0)
				rc = -1;
			break;
		default:   /* raw HTML */
			if (!h->s->unsafe_html) {
				cmark_node_unlink(n);
				cmark_node_free(n);
			}
			break;
		}
	}
	int opts = h->s->unsafe_html ? CMARK_OPT_UNSAFE : 0;
	char *html = cmark_render_html(root, opts);
	buf_puts(out, html);
	free(html);
	return rc;
}
