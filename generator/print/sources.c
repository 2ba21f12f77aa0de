/* sources.c - the sources in print; see sources.h. */
#include "sources.h"
#include "util/diag.h"

#include <string.h>

const doc *sources_page(const site *s, const char *slug)
{
	for (size_t i = 0; i < s->n_pages; i++)
		if (!strcmp(s->pages[i]->slug, slug))
			return s->pages[i];
	return NULL;
}

/* Whether byte c belongs to a word: a letter, a digit, or a byte of a
 * character beyond ASCII. */
static int word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c >= 0x80;
}

/* Appends the word w (len bytes) to out in lower case, after a space,
 * unless it is one that keys leave out. */
static void put_word(buf *out, const char *w, size_t len, int initial)
{
	if (initial || (len == 2 && !memcmp(w, "en", 2)) ||
	    (len == 3 && !memcmp(w, "and", 3)))
		return;
	if (!out->len || out->data[out->len - 1] != ' ')
		buf_putc(out, ' ');
	for (size_t i = 0; i < len; i++) {
		char c = w[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		buf_putc(out, c);
	}
	buf_putc(out, ' ');
}

void sources_cite(buf *cited, const char *text, size_t len)
{
	size_t i = 0;
	while (i < len) {
		if (!word_byte((unsigned char)text[i])) {
			i++;
			continue;
		}
		size_t w = i;
		while (i < len && word_byte((unsigned char)text[i]))
			i++;
		if (i - w == 1 && i + 3 <= len && (text[w] == 'z' ||
		    text[w] == 'Z') && !memcmp(text + i, ".d.", 3)) {
			put_word(cited, "zd", 2, 0);   /* z.d.: no year */
			i += 3;
			continue;
		}
		/* an initial: one letter and a full stop */
		int initial = i - w == 1 && i < len && text[i] == '.' &&
			      !(text[w] >= '0' && text[w] <= '9');
		put_word(cited, text + w, i - w, initial);
	}
}

/* Whether word w of a normalised text (up to a space) is a year. */
static int is_year(const char *w)
{
	size_t n = strcspn(w, " ");
	if (n == 2 && !memcmp(w, "zd", 2))
		return 1;
	if (n != 4)
		return 0;
	for (size_t i = 0; i < 4; i++)
		if (w[i] < '0' || w[i] > '9')
			return 0;
	return w[0] == '1' || w[0] == '2';
}

/* The key of entry n into key (" names year "), or 0 without one. */
static int entry_key(cmark_node *n, buf *key)
{
	cmark_node *p = cmark_node_get_type(n) == CMARK_NODE_ITEM ?
			cmark_node_first_child(n) : n;
	cmark_node *lead = p ? cmark_node_first_child(p) : NULL;
	if (!lead || cmark_node_get_type(lead) != CMARK_NODE_STRONG)
		return 0;
	buf text = BUF_INIT, all = BUF_INIT;
	md_plain_text(lead, &text);
	if (text.len)
		sources_cite(&all, text.data, text.len);
	buf_free(&text);
	/* the words up to the first year */
	size_t end = 0;
	for (size_t i = 1; i < all.len; i += strcspn(all.data + i, " ") + 1)
		if (is_year(all.data + i)) {
			end = i + strcspn(all.data + i, " ") + 1;
			break;
		}
	if (end > 1 + 5)   /* a name before the year */
		buf_put(key, all.data, end);
	buf_free(&all);
	return end > 1 + 5;
}

/* Whether a link under n leads to a lesson of module m. */
static int links_to(cmark_node *n, const module *m)
{
	if (!m)
		return 0;
	cmark_iter *it = cmark_iter_new(n);
	int found = 0;
	cmark_event_type ev;
	while (!found && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *c = cmark_iter_get_node(it);
		const md_link *l = ev == CMARK_EVENT_ENTER &&
			cmark_node_get_type(c) == CMARK_NODE_LINK ?
			cmark_node_get_user_data(c) : NULL;
		found = l && l->target && l->target->module == m;
	}
	cmark_iter_free(it);
	return found;
}

/* blocks_keep: the entries a filter keeps. */
static int keep_entry(cmark_node *n, void *ud)
{
	const sources_filter *f = ud;
	if (links_to(n, f->module))
		return 1;
	buf key = BUF_INIT;
	int cited = f->cited && f->cited->len && entry_key(n, &key) &&
		    strstr(f->cited->data, key.data);
	buf_free(&key);
	return cited;
}

int sources_add(blocks *b, site *s, const doc *d, const sources_filter *f,
		const char *intro)
{
	arena a;
	arena_init(&a, 0);
	buf text = BUF_INIT;
	md_doc m;
	int rc = md_doc_reload(&m, s, d, &a, &text);
	if (rc == 0) {
		if (b->v->len)
			vlist_penalty(b->v, -V_INFINITY);
		blocks_heading(b, 1, d->title, d->rel, 0, d->title_at);
		if (intro) {
			blocks_text(b, intro, &b->st->body, FACE_ITALIC,
				    b->st->muted, blocks_ui_at(b));
			vlist_glue(b->v, b->st->body.after * 2);
		}
		/* flush left, as lists of sources are set: long names,
		 * titles and addresses justify badly */
		b->ragged = 1;
		if (f)
			blocks_add_entries(b, &m, 2, keep_entry, (void *)f);
		else
			blocks_add_doc(b, &m, 2);
		b->ragged = 0;
		b->m = NULL;
		md_doc_free(&m);
	}
	buf_free(&text);
	arena_free(&a);
	return rc;
}
