/* md.c - parsing and the checking pass; see md.h. */
#include "md.h"
#include "media.h"
#include "refs.h"
#include "content/glossary.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/suggest.h"
#include "util/url.h"
#include "util/utf8.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int directive_check(md_doc *m, cmark_node *node, directive_kind kind,
		    const char *arg, const md_src *src);

void md_plain_text(cmark_node *node, buf *out)
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
	md_plain_text(node, &b);
	md_heading *h = arena_alloc(m->a, sizeof *h);
	h->level = cmark_node_get_heading_level(node);
	h->text = arena_strndup(m->a, b.data, b.len);
	h->id = make_id(m, h->text);
	buf_free(&b);
	cmark_node_set_user_data(node, h);
	ptrvec_push(m->a, &m->headings, h);
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

/* Where cmark's line l starts in text: cmark ends a line at "\n", "\r\n"
 * and a lone "\r". */
static const char *cmark_line(const char *p, const char *end, int l)
{
	for (int i = 1; i < l && p < end; i++) {
		while (p < end && *p != '\n' && *p != '\r')
			p++;
		if (p < end && *p == '\r' && p + 1 < end && p[1] == '\n')
			p++;
		if (p < end)
			p++;
	}
	return p;
}

/* The characters from p on that make up cmark's first `bytes` bytes of
 * the line, which has each NUL and each byte that is not UTF-8 as U+FFFD
 * (three bytes); never past the line's end. */
static int cmark_chars(const char *p, const char *end, int bytes)
{
	int chars = 0;
	for (int done = 0; done < bytes && p < end && *p != '\n' &&
	     *p != '\r'; chars++) {
		const char *at = p;
		uint32_t cp = *p ? utf8_next(&p, end) : (p++, UTF8_REPLACEMENT);
		done += cp == UTF8_REPLACEMENT ? 3 : (int)(p - at);
	}
	return chars;
}

int md_file_col(const md_doc *m, int line, int byte_col, int col_offset)
{
	if (!m->text || line < 1 || byte_col < 1)
		return byte_col;
	const char *p = m->text, *end = m->text + m->text_len;
	for (int i = 1; i < line && p < end; i++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		p = nl ? nl + 1 : end;
	}
	for (int i = 0; i < col_offset && p < end && *p != '\n'; i++)
		utf8_next(&p, end);
	return col_offset + cmark_chars(p, end, byte_col - 1) + 1;
}

void md_pos(const md_src *src, cmark_node *node, int *line, int *col)
{
	const char *end = src->text + src->len;
	int want = cmark_node_get_start_line(node);
	md_cursor fresh = { 1, src->text, 1, src->text };
	md_cursor *c = src->at ? src->at : &fresh;
	if (!c->p || c->line > want || c->p < src->text || c->p > end)
		*c = fresh;   /* from the start */
	const char *p = cmark_line(c->p, end, want - c->line + 1);
	/* the file counts lines at line feeds only */
	for (const char *q = c->p; q < p && (q = memchr(q, '\n',
	     (size_t)(p - q))) != NULL; q++) {
		c->file_line++;
		c->start = q + 1;
	}
	c->line = want;
	c->p = p;
	int before = (int)utf8_length(c->start, (size_t)(p - c->start));
	*line = c->file_line + src->line_offset;
	*col = before + cmark_chars(p, end, cmark_node_get_start_column(node)
				    - 1) + 1 + src->col_offset;
}

const char *md_file_line(md_doc *m, int line, size_t *len)
{
	if (!m->text)
		return NULL;
	const char *end = m->text + m->text_len;
	if (!m->lines) {
		size_t n = 1;
		for (const char *q = m->text; (q = memchr(q, '\n',
		     (size_t)(end - q))) != NULL; q++)
			n++;
		m->lines = arena_alloc(m->a, (n + 1) * sizeof *m->lines);
		m->lines[0] = m->text;
		size_t k = 1;
		for (const char *q = m->text; (q = memchr(q, '\n',
		     (size_t)(end - q))) != NULL; q++)
			m->lines[k++] = q + 1;
		m->n_lines = n;
	}
	if (line < 1 || (size_t)line > m->n_lines)
		return NULL;
	const char *p = m->lines[line - 1];
	if (p >= end)
		return NULL;
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	*len = (size_t)((nl ? nl : end) - p);
	if (*len && p[*len - 1] == '\r')
		(*len)--;
	return p;
}

/* Reports an error at node's position. */
static void node_error(md_doc *m, const md_src *src, cmark_node *node,
		       const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void node_error(md_doc *m, const md_src *src, cmark_node *node,
		       const char *fmt, ...)
{
	int line, col;
	md_pos(src, node, &line, &col);
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_error(m->file, line, col, "%s", msg);
}

/* Keeps a link to heading id of the document target (a path in
 * content/) for md_refs_check(). */
static void add_frag(md_doc *m, const md_src *src, cmark_node *node,
		     const char *url, const char *target, const char *id)
{
	md_frag *f = arena_alloc(m->a, sizeof *f);
	f->file = m->file;
	f->url = arena_strdup(m->a, url);
	f->target = target;
	f->id = id;
	md_pos(src, node, &f->line, &f->col);
	ptrvec_push(m->a, &m->frags, f);
}

/* The name of the document beside rel (a missing .md path in content/)
 * whose name is nearest to rel's, or NULL. */
static const char *near_doc(md_doc *m, const char *rel)
{
	const char *dir = path_dirname(m->a, rel);
	const strmap *docs = &m->s->by_rel;
	ptrvec names = { 0 };
	for (size_t i = 0; i < docs->cap; i++) {
		const char *k = docs->slots[i].key;
		if (k && !strcmp(path_dirname(m->a, k), dir))
			ptrvec_push(m->a, &names, (void *)path_basename(k));
	}
	return suggest(path_basename(rel), (const char *const *)names.items,
		       names.len);
}

/* Resolves a relative link or image target to a document or a file in
 * content/; reports what is wrong and returns NULL then. */
static md_link *resolve(md_doc *m, const md_src *src, cmark_node *node,
			const char *url, int is_image)
{
	size_t path_len = strcspn(url, "#?");
	md_link *l = arena_alloc(m->a, sizeof *l);
	l->fragment = arena_strdup(m->a, url + strcspn(url, "#"));
	if (!strcmp(l->fragment, "#"))
		l->fragment = "";   /* the top of the page */
	if (path_len == 0) {    /* "#section" within this page */
		if (l->fragment[0] && m->d)
			add_frag(m, src, node, url, m->rel, l->fragment + 1);
		return l;
	}
	const char *path = url_decode(m->a, url, path_len);
	const char *dir = path_dirname(m->a, m->rel);
	const char *rel = path_normalize(m->a, path_join(m->a, dir, path));
	if (!rel) {
		node_error(m, src, node, "link '%s' wijst naar buiten de map "
			   "content", url);
		return NULL;
	}
	const char *file = path_join(m->a, m->s->content, rel);
	if (!is_image && path_has_suffix(rel, ".md")) {
		l->target = strmap_get(&m->s->by_rel, rel);
		if (!l->target) {
			const char *near = near_doc(m, rel);
			if (near)
				node_error(m, src, node, "link naar '%s': %s "
					   "bestaat niet; bedoelde je '%s'?",
					   url, file, near);
			else
				node_error(m, src, node, "link naar '%s': %s "
					   "bestaat niet", url, file);
			return NULL;
		}
		if (l->fragment[0])
			add_frag(m, src, node, url, l->target->rel,
				 l->fragment + 1);
		return l;
	}
	if (!fs_is_file(file)) {
		node_error(m, src, node, "%s '%s': het bestand %s bestaat "
			   "niet", is_image ? "afbeelding" : "link naar", url,
			   file);
		return NULL;
	}
	struct stat st;
	if (stat(file, &st) == 0 && st.st_size > MD_MAX_MEDIA_BYTES) {
		node_error(m, src, node, "%s '%s': het bestand is %.0f MB; "
			   "een bestand waar de inhoud naar linkt, mag "
			   "hoogstens %d MB zijn (zet grote video's op een "
			   "videosite en link daarnaar)",
			   is_image ? "afbeelding" : "link naar", url,
			   (double)st.st_size / (1024.0 * 1024.0),
			   (int)(MD_MAX_MEDIA_BYTES >> 20));
		return NULL;
	}
	if (!content_inside(m->s, file)) {
		node_error(m, src, node, "%s '%s': %s is een symbolische link "
			   "naar een bestand buiten de map content", is_image ?
			   "afbeelding" : "link naar", url, file);
		return NULL;
	}
	const char *why;
	if (is_image && media_check_image(m->s, rel, file, &why) ==
	    IMAGE_BAD) {
		node_error(m, src, node, "afbeelding '%s': %s", url, why);
		return NULL;
	}
	l->media = rel;
	ptrvec_push(m->a, &m->media, (void *)media_add(m->s, rel));
	return l;
}

/* Puts node's children in its place and frees it: a link that may not
 * leave the course keeps its text. */
static void unwrap(cmark_node *node)
{
	cmark_node *child;
	while ((child = cmark_node_first_child(node)) != NULL) {
		cmark_node_unlink(child);
		cmark_node_insert_before(node, child);
	}
	cmark_node_free(node);
}

/* The links under root whose target may not leave the course. */
static void find_refused(cmark_node *root, arena *a, ptrvec *found)
{
	cmark_iter *it = cmark_iter_new(root);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		const char *url;
		if (ev == CMARK_EVENT_ENTER &&
		    cmark_node_get_type(n) == CMARK_NODE_LINK &&
		    (url = cmark_node_get_url(n)) != NULL &&
		    url_classify(url) == URL_REFUSED)
			ptrvec_push(a, found, n);
	}
	cmark_iter_free(it);
}

void md_unwrap_refused(cmark_node *root)
{
	arena a;
	arena_init(&a, 4096);
	ptrvec found = { 0 };
	find_refused(root, &a, &found);
	for (size_t i = 0; i < found.len; i++)
		unwrap(found.items[i]);
	arena_free(&a);
}

void md_check_text(const char *file, int line, int col, const char *text)
{
	if (!text)
		return;
	cmark_node *root = cmark_parse_document(text, strlen(text),
						CMARK_OPT_SMART);
	if (!root)
		die_oom();
	arena a;
	arena_init(&a, 4096);
	ptrvec found = { 0 };
	find_refused(root, &a, &found);
	for (size_t i = 0; i < found.len; i++)
		diag_warning(file, line, col, "link naar '%s' is weggelaten "
			     "(de tekst blijft staan): alleen links met http, "
			     "https, mailto of tel mogen buiten de training "
			     "wijzen",
			     cmark_node_get_url(found.items[i]));
	arena_free(&a);
	cmark_node_free(root);
}

static int blank_text(const buf *b)
{
	for (size_t i = 0; i < b->len; i++)
		if (!isspace((unsigned char)b->data[i]))
			return 0;
	return 1;
}

/* An image's text and whether it is a figure: the only thing in its
 * paragraph, captioned by its title or else by its description. */
static void describe_image(md_doc *m, const md_src *src, cmark_node *node,
			   md_link *l, const buf *alt)
{
	l->alt = arena_strndup(m->a, alt->data ? alt->data : "", alt->len);
	cmark_node *parent = cmark_node_parent(node);
	l->figure = parent &&
		    cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH &&
		    cmark_node_first_child(parent) == node &&
		    cmark_node_last_child(parent) == node;
	const char *title = cmark_node_get_title(node);
	l->caption = title && title[0] ? arena_strdup(m->a, title) : l->alt;
	md_pos(src, node, &l->line, &l->col);
}

static void check_link(md_doc *m, const md_src *src, cmark_node *node)
{
	const char *url = cmark_node_get_url(node);
	int is_image = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
	buf alt = BUF_INIT;
	if (is_image) {
		md_plain_text(node, &alt);
		if (blank_text(&alt))
			node_error(m, src, node, "afbeelding '%s' heeft geen "
				   "alt-tekst: beschrijf wat erop staat tussen "
				   "de haken, ![zoals hier](%s)", url, url);
	}
	url_kind kind = url && url[0] ? url_classify(url) : URL_RELATIVE;
	if (!url || !url[0]) {
		node_error(m, src, node, "%s zonder doel",
			   is_image ? "afbeelding" : "link");
	} else if (kind != URL_RELATIVE && is_image) {
		node_error(m, src, node, "afbeelding '%s' staat op een andere "
			   "server: zet het bestand in content/ (de site haalt "
			   "niets van buiten op)", url);
	} else if (kind == URL_REFUSED) {
		int line, col;
		md_pos(src, node, &line, &col);
		diag_warning(m->file, line, col, "link naar '%s' is "
			     "weggelaten (de tekst blijft staan): alleen links "
			     "met http, https, mailto of tel mogen buiten de "
			     "training wijzen", url);
		ptrvec_push(m->a, &m->refused, node);
	} else if (kind == URL_ALLOWED) {
		/* leaves the course: nothing to resolve */
	} else if (url[0] == '/') {
		node_error(m, src, node, "link '%s' begint met '/': schrijf "
			   "het pad vanaf dit bestand, zodat de site vanuit "
			   "elke map werkt", url);
	} else {
		md_link *l = resolve(m, src, node, url, is_image);
		if (l && is_image)
			describe_image(m, src, node, l, &alt);
		if (l)
			cmark_node_set_user_data(node, l);
	}
	buf_free(&alt);
}

static void check_code_block(md_doc *m, const md_src *src, cmark_node *node)
{
	directive_kind kind;
	const char *arg;
	const char *info = cmark_node_get_fence_info(node), *near;
	if (directive_lookup(info, &kind, &arg)) {
		directive_check(m, node, kind, arg, src);
	} else if ((near = directive_near(info)) != NULL) {
		const char *word = info + strspn(info, " \t");
		int len = (int)strcspn(word, " \t"), line, col;
		md_pos(src, node, &line, &col);
		diag_warning(m->file, line, col, "'%.*s' is geen directief, "
			     "dus dit blok wordt als code getoond; bedoelde je "
			     "'%s'?", len, word, near);
	}
}

/* The column of word in the file's line where the text node that holds
 * it starts: where the line has it, from col on, else from its start (a
 * lazy line of a block quote starts further left than cmark's column
 * says); col when the line does not have it at all, kept inside the line. */
static int word_col(md_doc *m, int line, int col, const char *word,
		    size_t wlen)
{
	size_t len;
	const char *l = md_file_line(m, line, &len);
	if (!l)
		return col;
	const char *p = l, *end = l + len;
	for (int k = 1; k < col && p < end; k++)   /* col is in characters */
		utf8_next(&p, end);
	for (size_t from = (size_t)(p - l);; from = 0) {
		for (size_t i = from; i + wlen <= len; i++)
			if (!memcmp(l + i, word, wlen))
				return (int)utf8_length(l, i) + 1;
		if (!from)
			break;
	}
	int last = (int)utf8_length(l, len) + 1;
	return col < last ? col : last;
}

/* Warns about each abbreviation in capitals in text node n that the
 * glossary does not explain, once per document (content/glossary.h). */
static void check_abbr(md_doc *m, const md_src *src, cmark_node *n)
{
	const glossary *g = m->s ? m->s->glossary : NULL;
	const char *text = cmark_node_get_literal(n);
	if (!g || g->bad || !m->d || !text)
		return;
	size_t len = strlen(text), pos = 0, s0, e0;
	while (glossary_next_abbr(text, len, &pos, &s0, &e0)) {
		if (glossary_find(g, text + s0, e0 - s0))
			continue;
		const char *word = arena_strndup(m->a, text + s0, e0 - s0);
		if (strmap_get(&m->abbr_warned, word))
			continue;
		strmap_put(m->a, &m->abbr_warned, word, (void *)word);
		int line, col;
		md_pos(src, n, &line, &col);
		col = word_col(m, line, col + (int)utf8_length(text, s0), word,
			       e0 - s0);
		diag_warning(m->file, line, col, "de afkorting '%s' staat niet "
			     "in content/begrippen.yaml: zet haar erin (term, "
			     "afkorting, uitleg, bron), of schrijf haar voluit",
			     word);
	}
}

static int is_container(cmark_node_type t)
{
	return t == CMARK_NODE_BLOCK_QUOTE || t == CMARK_NODE_LIST ||
	       t == CMARK_NODE_ITEM || t == CMARK_NODE_EMPH ||
	       t == CMARK_NODE_STRONG || t == CMARK_NODE_LINK ||
	       t == CMARK_NODE_IMAGE;
}

int md_check_tree(md_doc *m, cmark_node *root, const md_src *src)
{
	int before = diag_errors(), depth = 0, warned_html = 0;
	cmark_iter *it = cmark_iter_new(root);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(n);
		if (is_container(t))
			depth += ev == CMARK_EVENT_ENTER ? 1 : -1;
		if (ev != CMARK_EVENT_ENTER)
			continue;
		if (depth > MD_MAX_DEPTH) {
			node_error(m, src, n, "Markdown meer dan %d niveaus "
				   "diep genest", MD_MAX_DEPTH);
			break;
		}
		switch (t) {
		case CMARK_NODE_HEADING:
			check_heading(m, n);
			break;
		case CMARK_NODE_LINK:
		case CMARK_NODE_IMAGE:
			check_link(m, src, n);
			break;
		case CMARK_NODE_CODE_BLOCK:
			check_code_block(m, src, n);
			break;
		case CMARK_NODE_TEXT:
			check_abbr(m, src, n);
			break;
		case CMARK_NODE_HTML_BLOCK:
		case CMARK_NODE_HTML_INLINE:
			if (!m->s->unsafe_html && !warned_html++) {
				int line, col;
				md_pos(src, n, &line, &col);
				diag_warning(m->file, line, col, "HTML in de "
					     "tekst wordt weggelaten (zet "
					     "unsafe_html: true in site.yaml "
					     "om die te houden)");
			}
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
	for (size_t i = 0; i < m->refused.len; i++)
		unwrap(m->refused.items[i]);
	m->refused.len = 0;
	return diag_errors() - before;
}

/* Reports the first byte of body that is not UTF-8, at its line and
 * column (columns count characters, as everywhere). */
static int check_utf8(md_doc *m, const char *body, size_t len,
		      int first_line)
{
	const char *bad = utf8_invalid(body, len);
	if (!bad)
		return 0;
	int line = first_line;
	const char *start = body;
	for (const char *p = body; p < bad; p++)
		if (*p == '\n') {
			line++;
			start = p + 1;
		}
	diag_error(m->file, line, (int)utf8_length(start,
		   (size_t)(bad - start)) + 1, "de tekst is hier geen geldige "
		   "UTF-8 (byte 0x%02X); sla het bestand op als UTF-8",
		   (unsigned char)*bad);
	return 1;
}

int md_doc_check(md_doc *m, const char *body, size_t len, int first_line)
{
	int bad = check_utf8(m, body, len, first_line);
	int opts = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8;
	m->root = cmark_parse_document(body, len, opts);
	if (!m->root)
		die_oom();
	md_cursor at = { 0 };
	md_src src = { body, len, first_line - 1, 0, &at };
	int errors = md_check_tree(m, m->root, &src);
	if (m->refs)
		md_refs_add_doc(m->refs, m);
	return errors + bad;
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

int md_doc_load(md_doc *m, site *s, const doc *d, arena *a, buf *text,
		md_refs *refs)
{
	*m = (md_doc){ .s = s, .d = d, .file = d->file, .rel = d->rel,
		       .a = a, .refs = refs };
	if (fs_read_text(d->file, text) < 0) {
		diag_error(d->file, 0, 0, "kan het bestand niet lezen: %s",
			   syserr_text(errno));
		return -1;
	}
	m->text = text->data;
	m->text_len = text->len;
	md_doc_check(m, text->data + d->body_offset,
		     text->len - d->body_offset, d->body_line);
	return 0;
}

int md_doc_reload(md_doc *m, site *s, const doc *d, arena *a, buf *text)
{
	diag_capture again;
	diag_capture_begin(&again);
	int rc = md_doc_load(m, s, d, a, text, NULL);
	int errors = again.errors + again.system;
	diag_capture_end(&again);
	diag_capture_free(&again);
	if (rc == 0 && errors) {
		md_doc_free(m);
		rc = -1;
	}
	if (rc < 0)
		diag_system("%s is veranderd terwijl de build liep", d->file);
	return rc;
}
