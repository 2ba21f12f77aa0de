/* md.c - parsing and the checking pass; see md.h. */
#include "md.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fs.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

int directive_check(md_doc *m, cmark_node *node, directive_kind kind,
		    const char *arg, int line_offset);
int md_check_tree(md_doc *m, cmark_node *root, int line_offset,
		  int col_offset);

/* Appends the plain text under node (text, code, line breaks). */
static void plain_text(cmark_node *node, buf *out)
{
	cmark_iter *it = cmark_iter_new(node);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER)
			continue;
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			buf_puts(out, cmark_node_get_literal(n));
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			buf_putc(out, ' ');
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
}

/* Folds the Latin-1 letters of a two-byte UTF-8 sequence (é, ë, ï, ...)
 * to ASCII for ids; 0 for anything else. */
static char fold_latin1(unsigned char b1, unsigned char b2)
{
	static const char map[] =
		"aaaaaaaceeeeiiiidnooooo/ouuuuy//";   /* U+00E0..U+00FF */
	if (b1 == 0xC3 && b2 >= 0x80 && b2 <= 0xBF) {
		unsigned cp = 0xC0u + (b2 - 0x80u);
		char c = map[(cp - 0xC0u) & 31u];
		return c == '/' ? 0 : c;
	}
	return 0;
}

/* Makes an id from heading text, unique within the document. */
static const char *make_id(md_doc *m, const char *text)
{
	buf b = BUF_INIT;
	int dash = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		char c = 0;
		if (isalnum(*p))
			c = (char)tolower(*p);
		else if (*p >= 0xC0 && p[1])
			c = fold_latin1(p[0], p[1]);
		if (*p >= 0x80 && !c)
			continue;
		if (!c) {
			dash = b.len > 0;
			continue;
		}
		if (*p >= 0xC0)
			p++;
		if (dash)
			buf_putc(&b, '-');
		dash = 0;
		buf_putc(&b, c);
	}
	if (b.len == 0)
		buf_puts(&b, "sectie");
	const char *id = arena_strndup(m->a, b.data, b.len);
	for (int n = 2; strmap_get(&m->ids, id); n++)
		id = arena_printf(m->a, "%s-%d", b.data, n);
	strmap_put(m->a, &m->ids, id, (void *)id);
	buf_free(&b);
	return id;
}

static void check_heading(md_doc *m, cmark_node *node)
{
	buf b = BUF_INIT;
	plain_text(node, &b);
	md_heading *h = arena_alloc(m->a, sizeof *h);
	h->level = cmark_node_get_heading_level(node);
	h->text = arena_strndup(m->a, b.data, b.len);
	h->id = make_id(m, h->text);
	buf_free(&b);
	cmark_node_set_user_data(node, h);
	ptrvec_push(m->a, &m->headings, h);
}

/* Does url start with a scheme ("https:", "mailto:") or "//"? */
static int is_external(const char *url)
{
	if (url[0] == '/' && url[1] == '/')
		return 1;
	const char *p = url;
	if (!isalpha((unsigned char)*p))
		return 0;
	while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' ||
	       *p == '.')
		p++;
	return *p == ':';
}

/* Decodes %XX escapes (cmark percent-encodes link destinations). */
static char *url_decode(arena *a, const char *s, size_t n)
{
	char *out = arena_alloc(a, n + 1), *o = out;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '%' && i + 2 < n && isxdigit((unsigned char)s[i + 1]) &&
		    isxdigit((unsigned char)s[i + 2])) {
			char hex[3] = { s[i + 1], s[i + 2], 0 };
			*o++ = (char)strtol(hex, NULL, 16);
			i += 2;
		} else {
			*o++ = s[i];
		}
	}
	*o = '\0';
	return out;
}

/* Resolves a relative link or image target to a document or a file in
 * content/; reports what is wrong. pos_* give the error position. */
static md_link *resolve(md_doc *m, const char *url, int is_image, int line,
			int col)
{
	size_t path_len = strcspn(url, "#?");
	md_link *l = arena_alloc(m->a, sizeof *l);
	l->fragment = arena_strdup(m->a, url + strcspn(url, "#"));
	if (path_len == 0)
		return l;   /* "#section" within this page */
	const char *path = url_decode(m->a, url, path_len);
	const char *dir = path_dirname(m->a, m->rel);
	const char *rel = path_normalize(m->a, path_join(m->a, dir, path));
	if (!rel) {
		diag_error(m->file, line, col, "link '%s' points outside the "
			   "content folder", url);
		return NULL;
	}
	if (!is_image && path_has_suffix(rel, ".md")) {
		l->target = strmap_get(&m->s->by_rel, rel);
		if (!l->target) {
			diag_error(m->file, line, col, "link to '%s': there is "
				   "no content/%s", url, rel);
				return NULL;
		}
		return l;
	}
	const char *file = path_join(m->a, m->s->content, rel);
	if (!fs_is_file(file)) {
		diag_error(m->file, line, col, "%s '%s': there is no file %s",
			   is_image ? "image" : "link to", url, file);
		return NULL;
	}
	l->media = rel;
	if (!strmap_get(&m->s->media, rel)) {
		const char *kept = arena_strdup(m->s->a, rel);
		strmap_put(m->s->a, &m->s->media, kept, (void *)kept);
	}
	return l;
}

static void check_link(md_doc *m, cmark_node *node, int line, int col)
{
	const char *url = cmark_node_get_url(node);
	int is_image = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
	if (is_image) {
		buf alt = BUF_INIT;
		plain_text(node, &alt);
		int empty = 1;
		for (size_t i = 0; i < alt.len; i++)
			empty &= isspace((unsigned char)alt.data[i]) != 0;
		buf_free(&alt);
		if (empty) {
			diag_error(m->file, line, col, "image '%s' has no alt "
				   "text: describe it between the brackets, "
				   "![like this](%s)", url, url);
			}
	}
	if (!url || !url[0]) {
		diag_error(m->file, line, col, "%s without a target",
			   is_image ? "image" : "link");
		return;
	}
	if (is_external(url)) {
		if (is_image) {
			diag_error(m->file, line, col, "image '%s' is on "
				   "another host: put the file in content/ "
				   "(the site makes no outside requests)", url);
			}
		return;
	}
	if (url[0] == '/') {
		diag_error(m->file, line, col, "link '%s' starts with '/': "
			   "write a path relative to this file so the site "
			   "works from any folder", url);
		return;
	}
	md_link *l = resolve(m, url, is_image, line, col);
	if (l)
		cmark_node_set_user_data(node, l);
}

static void check_code_block(md_doc *m, cmark_node *node, int line_offset)
{
	directive_kind kind;
	const char *arg;
	if (!directive_lookup(cmark_node_get_fence_info(node), &kind, &arg))
		return;
	directive_check(m, node, kind, arg, line_offset);
}

static int is_container(cmark_node_type t)
{
	return t == CMARK_NODE_BLOCK_QUOTE || t == CMARK_NODE_LIST ||
	       t == CMARK_NODE_ITEM || t == CMARK_NODE_EMPH ||
	       t == CMARK_NODE_STRONG || t == CMARK_NODE_LINK ||
	       t == CMARK_NODE_IMAGE;
}

/* Checks the tree under root, whose line 1 is line line_offset + 1 of the
 * file and whose column 1 is column col_offset + 1. */
int md_check_tree(md_doc *m, cmark_node *root, int line_offset,
		  int col_offset)
{
	int before = diag_errors(), depth = 0, warned_html = 0;
	cmark_iter *it = cmark_iter_new(root);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(n);
		int line = cmark_node_get_start_line(n) + line_offset;
		int col = cmark_node_get_start_column(n) + col_offset;
		if (is_container(t))
			depth += ev == CMARK_EVENT_ENTER ? 1 : -1;
		if (ev != CMARK_EVENT_ENTER)
			continue;
		if (depth > MD_MAX_DEPTH) {
			diag_error(m->file, line, col, "Markdown nested deeper "
				   "than %d levels", MD_MAX_DEPTH);
				break;
		}
		switch (t) {
		case CMARK_NODE_HEADING:
			check_heading(m, n);
			break;
		case CMARK_NODE_LINK:
		case CMARK_NODE_IMAGE:
			check_link(m, n, line, col);
			break;
		case CMARK_NODE_CODE_BLOCK:
			check_code_block(m, n, line_offset);
			break;
		case CMARK_NODE_HTML_BLOCK:
		case CMARK_NODE_HTML_INLINE:
			if (!m->s->unsafe_html && !warned_html++)
				diag_warning(m->file, line, col, "raw HTML is "
					     "left out (set unsafe_html: true "
					     "in site.yaml to keep it)");
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
	return diag_errors() - before;
}

int md_doc_check(md_doc *m, const char *body, size_t len, int first_line)
{
	int opts = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8;
	m->root = cmark_parse_document(body, len, opts);
	if (!m->root)
		die_oom();
	return md_check_tree(m, m->root, first_line - 1, 0);
}

void md_doc_free(md_doc *m)
{
	for (size_t i = 0; i < m->extra.len; i++)
		cmark_node_free(m->extra.items[i]);
	m->extra.len = 0;
	if (m->root)
		cmark_node_free(m->root);
	m->root = NULL;
}
