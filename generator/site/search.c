/* search.c - the site's search index; see search.h. */
#include "search_int.h"

#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { W_TITLE = 10, W_HEADING = 5, W_TEXT = 1 };

/* Words too common to search for, as words and as stems ("dé" is "de");
 * the browser drops them from a query too (they are written into the
 * index). */
const char *const search_stop_words[] = {
	"aan", "al", "als", "bij", "dan", "dat", "de", "die", "dit", "door",
	"een", "en", "er", "het", "hij", "hoe", "in", "is", "je", "met",
	"na", "naar", "niet", "of", "om", "ook", "op", "over", "te", "tot",
	"uit", "van", "voor", "wat", "wel", "worden", "wordt", "zal", "ze",
	"zich", "zijn", "zo", NULL
};

static const char STOPPED[] = "";   /* the stem of a stop word */

search_index *search_new(const char *language)
{
	search_index *x = xmalloc(sizeof *x);
	memset(x, 0, sizeof *x);
	arena_init(&x->a, 1 << 16);
	x->root = x;
	x->stemmer = sb_stemmer_new(!strcmp(language, "nl") ? "dutch" :
				    language, "UTF_8");
	for (const char *const *w = search_stop_words; *w; w++)
		strmap_put(&x->a, &x->stop, *w, (void *)*w);
	return x;
}

search_index *search_part(search_index *x)
{
	search_index *p = xmalloc(sizeof *p);
	memset(p, 0, sizeof *p);
	arena_init(&p->a, 8192);
	p->root = x->root;
	return p;
}

void search_part_doc(search_index *part, const doc *d, size_t order)
{
	if (part->docs.len == 1) {
		part->docs.items[0] = (void *)d;
		part->orders.items[0] = (void *)(uintptr_t)order;
	}
}

void search_free(search_index *x)
{
	if (!x)
		return;
	for (size_t i = 0; i < x->parts.len; i++)
		search_free(x->parts.items[i]);
	for (size_t i = 0; i < x->order.len; i++)
		free(((term *)x->order.items[i])->post);
	if (x->stemmer)
		sb_stemmer_delete(x->stemmer);
	buf_free(&x->word);
	arena_free(&x->a);
	free(x);
}

/* The byte length of the UTF-8 sequence starting with c (1 for a stray
 * byte). */
static size_t seq_len(unsigned char c)
{
	return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* Whether the character at s (n bytes) is part of a word: ASCII letters
 * and digits, and every character beyond ASCII except the Latin-1 signs
 * and the general punctuation block (dashes, quotes, spaces). */
static int word_char(const unsigned char *s, size_t n)
{
	if (n == 1)
		return (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		       (*s >= '0' && *s <= '9');
	if (s[0] == 0xC2)
		return 0;                              /* U+0080..U+00BF */
	if (s[0] == 0xC3 && (s[1] == 0x97 || s[1] == 0xB7))
		return 0;                              /* × ÷ */
	if (s[0] == 0xE2 && (s[1] == 0x80 || s[1] == 0x81))
		return 0;                              /* U+2000..U+207F */
	return 1;
}

void search_words(const char *text,
		  void (*fn)(void *ud, const char *w, size_t len), void *ud)
{
	buf w = BUF_INIT;
	const unsigned char *s = (const unsigned char *)(text ? text : "");
	for (;;) {
		size_t n = *s ? seq_len(*s) : 0;
		for (size_t k = 1; k < n; k++)
			if (!s[k])
				n = k;   /* a cut-off sequence at the end */
		if (n && word_char(s, n)) {
			/* lowercase: ASCII, and Latin-1's À..Þ */
			buf_grow(&w, n);
			char *o = w.data + w.len;
			if (n == 1 && *s >= 'A' && *s <= 'Z')
				o[0] = (char)(*s + 32);
			else if (n == 2 && s[0] == 0xC3 && s[1] >= 0x80 &&
				 s[1] <= 0x9E) {
				o[0] = (char)0xC3;
				o[1] = (char)(s[1] + 32);
			} else
				memcpy(o, s, n);
			w.len += n;
			w.data[w.len] = '\0';
		} else if (w.len) {
			fn(ud, w.data, w.len);
			buf_clear(&w);
		}
		if (!n)
			break;
		s += n;
	}
	buf_free(&w);
}

const char *search_stem(search_index *x, const char *w, size_t len)
{
	if (!x->stemmer) {
		buf_clear(&x->word);
		buf_put(&x->word, w, len);
		return x->word.data;
	}
	const sb_symbol *st = sb_stemmer_stem(x->stemmer,
					      (const sb_symbol *)w, (int)len);
	buf_clear(&x->word);
	if (st)
		buf_put(&x->word, (const char *)st,
			(size_t)sb_stemmer_length(x->stemmer));
	else
		buf_put(&x->word, w, len);
	return x->word.data;
}

/* While a passage is being filled. */
typedef struct filler {
	search_index *x;
	passage      *p;
	uint32_t      index;     /* of p */
	int           weight;
} filler;

static term stopped;   /* what a stop word maps to */

/* The term of a word: stemmed once per distinct word by the root, then
 * looked up. */
static term *word_term(search_index *x, const char *w, size_t len)
{
	char small[64];
	memcpy(small, w, len);
	small[len] = '\0';
	search_index *r = x->root;
	const char *stem = strmap_get(&r->words, small);
	if (!stem) {
		stem = search_stem(r, w, len);
		if (strmap_get(&r->stop, small) || strmap_get(&r->stop, stem))
			stem = STOPPED;   /* "dé" is "de" */
		else
			stem = arena_strdup(&r->a, stem);
		strmap_put(&r->a, &r->words, arena_strdup(&r->a, small),
			   (void *)stem);
	}
	if (stem == STOPPED)
		return &stopped;
	term *t = strmap_get(&x->terms, stem);
	if (!t) {
		t = arena_alloc(&x->a, sizeof *t);
		memset(t, 0, sizeof *t);
		/* a part is kept longer than its root */
		t->stem = x == r ? stem : arena_strdup(&x->a, stem);
		strmap_put(&x->a, &x->terms, t->stem, t);
		ptrvec_push(&x->a, &x->order, t);
	}
	return t;
}

static void add_word(void *ud, const char *w, size_t len)
{
	filler *f = ud;
	if (len < 2 || len >= 64)
		return;
	term *t = word_term(f->x, w, len);
	if (t == &stopped)
		return;
	if (t->len && t->post[t->len - 2] == f->index) {
		t->post[t->len - 1] += (uint32_t)f->weight;
		return;
	}
	if (t->len + 2 > t->cap) {
		t->cap = t->cap ? t->cap * 2 : 4;
		t->post = xrealloc(t->post, t->cap * sizeof *t->post);
	}
	t->post[t->len++] = f->index;
	t->post[t->len++] = (uint32_t)f->weight;
}

/* Indexes text at the filler's weight and adds it to the snippet. */
static void put_text(filler *f, const char *text, int snippet)
{
	if (!text || !*text)
		return;
	search_words(text, add_word, f);
	passage *p = f->p;
	if (!snippet)
		return;
	if (p->len >= KEEP) {
		p->more = 1;
		return;
	}
	if (p->len && p->text[p->len - 1] != ' ')
		p->text[p->len++] = ' ';
	size_t n = strlen(text);
	if (n > KEEP - p->len) {
		n = KEEP - p->len;
		p->more = 1;
	}
	memcpy(p->text + p->len, text, n);
	p->len += (uint32_t)n;
	p->text[p->len] = '\0';
}

static void new_passage(filler *f, uint32_t doc, const char *anchor,
			const char *heading)
{
	search_index *x = f->x;
	passage *p = arena_alloc(&x->a, sizeof *p);
	memset(p, 0, sizeof *p);
	p->doc = doc;
	p->anchor = anchor ? arena_printf(&x->a, "#%s", anchor) : "";
	p->heading = heading ? arena_strdup(&x->a, heading) : "";
	p->text = arena_alloc(&x->a, KEEP + 4);   /* and "…" or NUL */
	p->text[0] = '\0';
	f->p = p;
	f->index = (uint32_t)x->passages.len;
	ptrvec_push(&x->a, &x->passages, p);
}

static void walk(filler *f, cmark_node *n);

/* A directive's words: its title, question and texts. */
static void put_directive(filler *f, const directive *d)
{
	put_text(f, d->titel, 1);
	put_text(f, d->vraag, 1);
	put_text(f, d->toelichting, 1);
	if (d->kind == DIRECTIVE_CITAAT)
		put_text(f, d->tekst, 1);
	for (size_t i = 0; i < d->n_opties; i++)
		put_text(f, d->opties[i].tekst, 0);
	for (size_t i = 0; i < d->n_vragen; i++)
		put_text(f, d->vragen[i], 1);
	put_text(f, d->onderschrift, 1);
	if (d->body)
		walk(f, d->body);
}

static void walk(filler *f, cmark_node *n)
{
	for (cmark_node *c = cmark_node_first_child(n); c;
	     c = cmark_node_next(c)) {
		cmark_node_type type = cmark_node_get_type(c);
		void *data = cmark_node_get_user_data(c);
		if (type == CMARK_NODE_HEADING && data &&
		    ((const md_heading *)data)->level <= 3 &&
		    f->p->doc != UINT32_MAX) {
			const md_heading *h = data;
			new_passage(f, f->p->doc, h->id, h->text);
			f->weight = W_HEADING;
			put_text(f, h->text, 0);
			f->weight = W_TEXT;
		} else if (type == CMARK_NODE_PARAGRAPH ||
			   type == CMARK_NODE_HEADING) {
			buf t = BUF_INIT;
			md_plain_text(c, &t);
			put_text(f, t.data, 1);
			buf_free(&t);
		} else if (type == CMARK_NODE_CODE_BLOCK && data) {
			put_directive(f, data);
		} else if (type == CMARK_NODE_CODE_BLOCK) {
			put_text(f, cmark_node_get_literal(c), 0);
		} else {
			walk(f, c);
		}
	}
}

void search_add(search_index *x, const doc *d, const md_doc *m,
		size_t order)
{
	if (!x)
		return;
	filler f = { x, NULL, 0, W_TITLE };
	uint32_t di = (uint32_t)x->docs.len;
	ptrvec_push(&x->a, &x->docs, (void *)d);
	ptrvec_push(&x->a, &x->orders, (void *)(uintptr_t)order);
	new_passage(&f, di, NULL, NULL);
	put_text(&f, d->title, 0);
	f.weight = W_TEXT;
	put_text(&f, d->summary, 1);
	walk(&f, m->root);
}

typedef struct doc_ref {
	size_t   order;
	size_t   part;
	uint32_t doc;       /* in its part */
	uint32_t first;     /* its first passage in its part */
} doc_ref;

static int by_order(const void *a, const void *b)
{
	const doc_ref *x = a, *y = b;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int by_passage(const void *a, const void *b)
{
	const uint32_t *x = a, *y = b;
	return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* Whether t's postings are in the passages' order. */
static int sorted(const term *t)
{
	for (uint32_t q = 2; q < t->len; q += 2)
		if (t->post[q] < t->post[q - 2])
			return 0;
	return 1;
}

static term *term_of(search_index *x, const char *stem)
{
	term *t = strmap_get(&x->terms, stem);
	if (!t) {
		t = arena_alloc(&x->a, sizeof *t);
		memset(t, 0, sizeof *t);
		t->stem = stem;   /* lives in a part, kept with x */
		strmap_put(&x->a, &x->terms, t->stem, t);
		ptrvec_push(&x->a, &x->order, t);
	}
	return t;
}

void search_merge(search_index *x, search_index *const *parts, size_t n,
		  int take)
{
	size_t total = 0;
	for (size_t i = 0; i < n; i++)
		total += parts[i]->docs.len;
	doc_ref *refs = xmalloc((total + 1) * sizeof *refs);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		search_index *p = parts[i];
		uint32_t pass = 0;
		for (uint32_t d = 0; d < p->docs.len; d++) {
			refs[k++] = (doc_ref){ (uintptr_t)p->orders.items[d],
					       i, d, pass };
			while (pass < p->passages.len &&
			       ((passage *)p->passages.items[pass])->doc == d)
				pass++;
		}
	}
	qsort(refs, total, sizeof *refs, by_order);
	/* the passages, document by document in the build's order: copies
	 * with the new document numbers (their texts stay the part's) */
	uint32_t **to = xmalloc((n + 1) * sizeof *to);
	for (size_t i = 0; i < n; i++)
		to[i] = xmalloc((parts[i]->passages.len + 1) * sizeof **to);
	for (k = 0; k < total; k++) {
		search_index *p = parts[refs[k].part];
		uint32_t gd = (uint32_t)x->docs.len;
		ptrvec_push(&x->a, &x->docs, p->docs.items[refs[k].doc]);
		ptrvec_push(&x->a, &x->orders, (void *)(uintptr_t)refs[k].order);
		for (uint32_t q = refs[k].first; q < p->passages.len &&
		     ((passage *)p->passages.items[q])->doc == refs[k].doc;
		     q++) {
			passage *ps = arena_alloc(&x->a, sizeof *ps);
			*ps = *(passage *)p->passages.items[q];
			ps->doc = gd;
			to[refs[k].part][q] = (uint32_t)x->passages.len;
			ptrvec_push(&x->a, &x->passages, ps);
		}
	}
	/* the postings, with the passages' new numbers */
	for (size_t i = 0; i < n; i++) {
		search_index *p = parts[i];
		for (size_t j = 0; j < p->order.len; j++) {
			term *pt = p->order.items[j];
			term *t = term_of(x, pt->stem);
			if (t->len + pt->len > t->cap) {
				t->cap = t->cap * 2 > t->len + pt->len ?
					 t->cap * 2 : t->len + pt->len;
				t->post = xrealloc(t->post, t->cap *
						   sizeof *t->post);
			}
			for (uint32_t q = 0; q < pt->len; q += 2) {
				t->post[t->len++] = to[i][pt->post[q]];
				t->post[t->len++] = pt->post[q + 1];
			}
			if (take) {   /* copied: not kept twice */
				free(pt->post);
				pt->post = NULL;
				pt->len = pt->cap = 0;
			}
		}
		if (take)
			ptrvec_push(&x->a, &x->parts, p);
		free(to[i]);
	}
	for (size_t j = 0; j < x->order.len; j++) {
		term *t = x->order.items[j];
		if (!sorted(t))   /* parts of one document each are */
			qsort(t->post, t->len / 2, 2 * sizeof *t->post,
			      by_passage);
	}
	free(to);
	free(refs);
}
