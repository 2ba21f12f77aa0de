/* search_shards.c - the search index written as small scripts that a
 * query loads on demand; see search.h for the files and their format. */
#include "search_int.h"
#include "util/fs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The bytes of a term shard, past which a new one begins (a single stem
 * with more postings has a shard of its own). */
#define SHARD_BYTES (12 * 1024)

/* Base-32 digits in 64 characters: the first 32 end a number, the other
 * 32 are its higher digits (assets/js/search.js reads them). */
static const char DIGITS[] =
	"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

/* A prefix whose stems span more than one shard: their postings merged. */
typedef struct merged {
	const char *prefix;
	size_t      lo, hi;     /* its stems: terms lo..hi-1 */
} merged;

/* One posting of a document, for its fragment. */
typedef struct entry {
	uint32_t id, passage, weight;
} entry;

typedef struct writer {
	search_index *x;
	size_t        shard_bytes;
	term        **terms;      /* by stem; a stem's id is its place */
	size_t        n;
	buf           posts;      /* per term, its documents, encoded */
	size_t       *off;        /* term i's: posts off[i]..off[i+1] */
	size_t       *bytes;      /* term i's in a shard: bytes[i+1]-bytes[i] */
	size_t       *first;      /* document d's passages: first[d] ..
				   * first[d+1]-1 */
	size_t        n_docs;
	size_t       *shards;     /* each shard's first term */
	size_t        n_shards, cap_shards;
	size_t        fill;       /* bytes of the last shard */
	merged       *merged;
	size_t        n_merged, cap_merged;
	arena         a;
	buf           out, path, scratch;
	strmap        names;      /* the files written (in a) */
	const char   *dir;
} writer;

/* A number: its higher base-32 digits, then its last. */
static void put_num(buf *b, uint32_t v)
{
	char d[8];
	int n = 0;
	d[n++] = DIGITS[v & 31];
	while ((v >>= 5) != 0)
		d[n++] = DIGITS[32 + (v & 31)];
	buf_grow(b, (size_t)n);
	while (n)
		b->data[b->len++] = d[--n];
	b->data[b->len] = '\0';
}

/* The value of a digit character. */
static uint32_t digit(char c)
{
	return c >= '0' && c <= '9' ? (uint32_t)(c - '0') :
	       c >= 'A' && c <= 'Z' ? (uint32_t)(c - 'A' + 10) :
	       c >= 'a' && c <= 'z' ? (uint32_t)(c - 'a' + 36) :
	       c == '-' ? 62 : 63;
}

/* The number at *s, which moves past it. */
static uint32_t get_num(const char **s)
{
	uint32_t v = 0, d;
	while ((d = digit(*(*s)++)) >= 32)
		v = v * 32 + (d - 32);
	return v * 32 + d;
}

/* The passages of every document: first[d] is document d's first. */
static void find_firsts(writer *w)
{
	search_index *x = w->x;
	w->n_docs = x->docs.len;
	w->first = xmalloc((w->n_docs + 1) * sizeof *w->first);
	size_t p = 0;
	for (size_t d = 0; d <= w->n_docs; d++) {
		while (p < x->passages.len &&
		       ((passage *)x->passages.items[p])->doc < d)
			p++;
		w->first[d] = p;
	}
}

/* Every term's postings per document: for each document that has it
 * (the distance from the one before, less one), its best passage's
 * weight less one. */
static void encode_docs(writer *w)
{
	w->off = xmalloc((w->n + 1) * sizeof *w->off);
	w->bytes = xmalloc((w->n + 1) * sizeof *w->bytes);
	w->bytes[0] = 0;
	for (size_t i = 0; i < w->n; i++) {
		const term *t = w->terms[i];
		w->off[i] = w->posts.len;
		uint32_t next = 0, doc = UINT32_MAX, best = 0;
		for (uint32_t k = 0; k <= t->len; k += 2) {
			uint32_t d = k < t->len ? ((passage *)w->x->passages.
				     items[t->post[k]])->doc : UINT32_MAX;
			if (d != doc && doc != UINT32_MAX) {
				put_num(&w->posts, doc - next);
				put_num(&w->posts, best - 1);
				next = doc + 1;
			}
			if (d != doc)
				best = 0;
			doc = d;
			if (k < t->len && t->post[k + 1] > best)
				best = t->post[k + 1];
		}
		/* in a shard: "stem", and "postings", */
		w->bytes[i + 1] = w->bytes[i] + strlen(t->stem) + 6 +
				  (w->posts.len - w->off[i]);
	}
	w->off[w->n] = w->posts.len;
}

/* Terms lo..hi-1 go to the last shard, or begin a new one when it is
 * full. */
static void put_unit(writer *w, size_t lo, size_t hi)
{
	size_t size = w->bytes[hi] - w->bytes[lo];
	if (!w->n_shards || w->fill + size > w->shard_bytes) {
		if (w->n_shards == w->cap_shards) {
			w->cap_shards = w->cap_shards ? w->cap_shards * 2 : 64;
			w->shards = xrealloc(w->shards, w->cap_shards *
					     sizeof *w->shards);
		}
		w->shards[w->n_shards++] = lo;
		w->fill = 0;
	}
	w->fill += size;
}

static void add_merged(writer *w, size_t lo, size_t hi, size_t len)
{
	if (w->n_merged == w->cap_merged) {
		w->cap_merged = w->cap_merged ? w->cap_merged * 2 : 16;
		w->merged = xrealloc(w->merged, w->cap_merged *
				     sizeof *w->merged);
	}
	char *p = arena_alloc(&w->a, len + 1);
	memcpy(p, w->terms[lo]->stem, len);
	p[len] = '\0';
	w->merged[w->n_merged++] = (merged){ p, lo, hi };
}

/* The byte length of the UTF-8 sequence starting with c. */
static size_t seq_len(unsigned char c)
{
	return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* Divides terms lo..hi-1, which share their first len bytes (chars
 * characters), into shards: together when they fit in one, else by the
 * character that follows, and then their prefix (of two characters or
 * more) gets its postings merged, since a query for it would need every
 * shard they span. So a prefix's stems are in one shard, or merged. */
static void plan(writer *w, size_t lo, size_t hi, size_t len, int chars)
{
	if (hi - lo == 1 || w->bytes[hi] - w->bytes[lo] <= w->shard_bytes) {
		put_unit(w, lo, hi);
		return;
	}
	if (chars >= 2)
		add_merged(w, lo, hi, len);
	size_t i = lo;
	if (!w->terms[i]->stem[len]) {   /* the prefix itself */
		put_unit(w, i, i + 1);
		i++;
	}
	while (i < hi) {
		const char *s = w->terms[i]->stem;
		size_t n = seq_len((unsigned char)s[len]);
		for (size_t k = 1; k < n; k++)
			if (!s[len + k])
				n = k;   /* not UTF-8: never from the words */
		size_t j = i + 1;
		while (j < hi && !strncmp(w->terms[j]->stem + len, s + len, n))
			j++;
		plan(w, i, j, len + n, chars + 1);
		i = j;
	}
}

/* Writes w->out to DIR/<kind><k>.js. */
/* The file kind + k in the folder, unless it holds the same already (a
 * preview keeps the previous build's files linked: only what changed is
 * written); its name is noted as one the index has. */
static int put_file(writer *w, char kind, size_t k)
{
	buf_clear(&w->path);
	buf_printf(&w->path, "%c%zu.js", kind, k);
	const char *name = arena_strdup(&w->a, w->path.data);
	strmap_put(&w->a, &w->names, name, (void *)name);
	buf_clear(&w->path);
	buf_printf(&w->path, "%s/%s", w->dir, name);
	return fs_write_changed(w->path.data, w->out.data, w->out.len,
				&w->scratch);
}

/* Removes the files of the folder that the index no longer has. */
static int prune(writer *w)
{
	ptrvec names = { 0 };
	if (fs_list(&w->a, w->dir, &names) < 0)
		return -1;
	for (size_t i = 0; i < names.len; i++)
		if (!strmap_get(&w->names, names.items[i]) &&
		    unlink(path_join(&w->a, w->dir, names.items[i])) < 0 &&
		    errno != ENOENT)
			return -1;
	return 0;
}

/* zoekindex.js: the stop words, the number of documents, each shard's
 * first stem and the merged prefixes. */
static int write_table(writer *w, const char *out)
{
	buf *b = &w->out;
	buf_clear(b);
	buf_puts(b, "CK_SEARCH.i({\"stop\":[");
	for (size_t i = 0; search_stop_words[i]; i++) {
		if (i)
			buf_putc(b, ',');
		buf_put_json(b, search_stop_words[i]);
	}
	buf_printf(b, "],\n\"docs\":%zu,\n\"shards\":[", w->n_docs);
	for (size_t i = 0; i < w->n_shards; i++) {
		buf_puts(b, i ? (i % 10 ? "," : ",\n") : "");
		buf_put_json(b, w->terms[w->shards[i]]->stem);
	}
	buf_puts(b, "],\n\"prefixes\":[");
	for (size_t i = 0; i < w->n_merged; i++) {
		buf_puts(b, i ? (i % 10 ? "," : ",\n") : "");
		buf_put_json(b, w->merged[i].prefix);
	}
	buf_puts(b, "]});\n");
	buf_clear(&w->path);
	buf_printf(&w->path, "%s/zoekindex.js", out);
	return fs_write_changed(w->path.data, b->data, b->len, &w->scratch);
}

/* t<k>.js: CK_SEARCH.t(k, first id, [stems], [postings]). */
static int write_shards(writer *w)
{
	for (size_t k = 0; k < w->n_shards; k++) {
		size_t lo = w->shards[k];
		size_t hi = k + 1 < w->n_shards ? w->shards[k + 1] : w->n;
		buf *b = &w->out;
		buf_clear(b);
		buf_printf(b, "CK_SEARCH.t(%zu,%zu,[", k, lo);
		for (size_t i = lo; i < hi; i++) {
			buf_puts(b, i > lo ? "," : "");
			buf_put_json(b, w->terms[i]->stem);
		}
		buf_puts(b, "],[");
		for (size_t i = lo; i < hi; i++) {
			buf_puts(b, i > lo ? ",\n\"" : "\"");
			buf_put(b, w->posts.data + w->off[i],
				w->off[i + 1] - w->off[i]);
			buf_putc(b, '"');
		}
		buf_puts(b, "]);\n");
		if (put_file(w, 't', k) < 0)
			return -1;
	}
	return 0;
}

static int by_number(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* The postings of terms lo..hi-1 merged into b: each document once, with
 * its best weight. best (zeroed, a slot per document) and seen are
 * scratch. */
static void merge_postings(writer *w, size_t lo, size_t hi, uint32_t *best,
			   uint32_t *seen, buf *b)
{
	size_t n = 0;
	for (size_t i = lo; i < hi; i++) {
		const char *s = w->posts.data + w->off[i];
		const char *end = w->posts.data + w->off[i + 1];
		uint32_t next = 0;
		while (s < end) {
			uint32_t d = next + get_num(&s);
			uint32_t wt = get_num(&s) + 1;
			next = d + 1;
			if (!best[d])
				seen[n++] = d;
			if (wt > best[d])
				best[d] = wt;
		}
	}
	if (n < w->n_docs / 8)
		qsort(seen, n, sizeof *seen, by_number);
	else   /* many: in order from the slots */
		for (uint32_t d = 0, k = 0; k < n; d++)
			if (best[d])
				seen[k++] = d;
	uint32_t next = 0;
	for (size_t k = 0; k < n; k++) {
		put_num(b, seen[k] - next);
		put_num(b, best[seen[k]] - 1);
		next = seen[k] + 1;
		best[seen[k]] = 0;
	}
}

/* p<k>.js: CK_SEARCH.p(k, first id, last id + 1, postings). */
static int write_merged(writer *w)
{
	uint32_t *best = xmalloc((w->n_docs + 1) * sizeof *best);
	uint32_t *seen = xmalloc((w->n_docs + 1) * sizeof *seen);
	memset(best, 0, (w->n_docs + 1) * sizeof *best);
	int rc = 0;
	for (size_t k = 0; rc == 0 && k < w->n_merged; k++) {
		const merged *m = &w->merged[k];
		buf_clear(&w->out);
		buf_printf(&w->out, "CK_SEARCH.p(%zu,%zu,%zu,\"", k, m->lo,
			   m->hi);
		merge_postings(w, m->lo, m->hi, best, seen, &w->out);
		buf_puts(&w->out, "\");\n");
		rc = put_file(w, 'p', k);
	}
	free(best);
	free(seen);
	return rc;
}

/* The snippet: cut at a word boundary near SNIPPET bytes, with "…". */
static void put_snippet(buf *out, const passage *p)
{
	size_t n = p->len;
	int cut = p->more;
	if (n > SNIPPET) {
		n = SNIPPET;
		while (n > SNIPPET / 2 && p->text[n] != ' ')
			n--;
		while (n && ((unsigned char)p->text[n] & 0xC0) == 0x80)
			n--;   /* never inside a character */
		cut = 1;
	}
	char keep[4];
	memcpy(keep, p->text + n, 4);   /* the text has room: KEEP + 4 */
	memcpy(p->text + n, cut ? "\xE2\x80\xA6" : "", cut ? 4 : 1);
	buf_put_json(out, p->text);
	memcpy(p->text + n, keep, 4);
}

/* d<n>.js: CK_SEARCH.d(n, url, title, context, [[anchor, heading,
 * snippet]], terms), the terms of document d as e[0..n-1]: for each stem
 * (by id), the distance from the one before less one, its number of
 * passages, and for each its place in the document and weight less one. */
static int write_doc(writer *w, size_t d, const entry *e, size_t n)
{
	const doc *dc = w->x->docs.items[d];
	buf *b = &w->out;
	buf_clear(b);
	buf_printf(b, "CK_SEARCH.d(%zu,", d);
	buf_put_json(b, dc->url);
	buf_putc(b, ',');
	buf_put_json(b, dc->title);
	buf_putc(b, ',');
	buf_put_json(b, dc->module ? dc->module->title : "");
	buf_puts(b, ",[");
	for (size_t p = w->first[d]; p < w->first[d + 1]; p++) {
		const passage *ps = w->x->passages.items[p];
		buf_puts(b, p > w->first[d] ? ",\n[" : "\n[");
		buf_put_json(b, ps->anchor);
		buf_putc(b, ',');
		buf_put_json(b, ps->heading);
		buf_putc(b, ',');
		put_snippet(b, ps);
		buf_putc(b, ']');
	}
	/* its stems by name, not by id: a page's piece stays the same file
	 * when other pages bring new stems (coachkit serve rewrites only
	 * what changed) */
	buf_puts(b, "],\n[");
	for (size_t i = 0; i < n; i++)
		if (!i || e[i].id != e[i - 1].id) {
			buf_puts(b, i ? "," : "");
			buf_put_json(b, w->terms[e[i].id]->stem);
		}
	buf_puts(b, "],\n\"");
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && e[j].id == e[i].id)
			j++;
		put_num(b, (uint32_t)(j - i));
		for (; i < j; i++) {
			put_num(b, e[i].passage);
			put_num(b, e[i].weight - 1);
		}
	}
	buf_puts(b, "\");\n");
	return put_file(w, 'd', d);
}

/* Documents d0..d1-1: their postings gathered by document from every
 * term (cur: where each term's postings stand), then their fragments.
 * count[d] is document d's number of postings. */
static int write_batch(writer *w, size_t d0, size_t d1, size_t *cur,
		       const size_t *count, entry *e, size_t *at)
{
	at[0] = 0;
	for (size_t d = d0; d < d1; d++)
		at[d - d0 + 1] = at[d - d0] + count[d];
	size_t p1 = w->first[d1];
	for (size_t i = 0; i < w->n; i++) {
		const term *t = w->terms[i];
		size_t k = cur[i];
		for (; k < t->len && t->post[k] < p1; k += 2) {
			const passage *ps = w->x->passages.items[t->post[k]];
			e[at[ps->doc - d0]++] = (entry){ (uint32_t)i,
				(uint32_t)(t->post[k] - w->first[ps->doc]),
				t->post[k + 1] };
		}
		cur[i] = k;
	}
	for (size_t d = d0, s = 0; d < d1; s += count[d], d++)
		if (write_doc(w, d, e + s, count[d]) < 0)
			return -1;
	return 0;
}

/* Every document's fragment, a batch of documents at a time: a batch
 * holds at least as many postings as there are terms (so that going over
 * the terms once a batch stays linear) and not many more. */
static int write_docs(writer *w)
{
	size_t *count = xmalloc((w->n_docs + 1) * sizeof *count);
	memset(count, 0, (w->n_docs + 1) * sizeof *count);
	for (size_t i = 0; i < w->n; i++)
		for (uint32_t k = 0; k < w->terms[i]->len; k += 2)
			count[((passage *)w->x->passages.items[
			       w->terms[i]->post[k]])->doc]++;
	size_t want = w->n > 65536 ? w->n : 65536, cap = 0;
	size_t *cur = xmalloc((w->n + 1) * sizeof *cur);
	memset(cur, 0, (w->n + 1) * sizeof *cur);
	size_t *at = NULL;
	entry *e = NULL;
	int rc = 0;
	for (size_t d0 = 0, d1; rc == 0 && d0 < w->n_docs; d0 = d1) {
		size_t sum = 0;
		for (d1 = d0; d1 < w->n_docs && (d1 == d0 || sum +
		     count[d1] <= want); d1++)
			sum += count[d1];
		if (sum > cap) {
			cap = sum;
			e = xrealloc(e, cap * sizeof *e);
		}
		at = xrealloc(at, (d1 - d0 + 1) * sizeof *at);
		rc = write_batch(w, d0, d1, cur, count, e, at);
	}
	free(e);
	free(at);
	free(cur);
	free(count);
	return rc;
}

static int by_stem(const void *a, const void *b)
{
	return strcmp((*(term *const *)a)->stem, (*(term *const *)b)->stem);
}

static void writer_free(writer *w)
{
	buf_free(&w->posts);
	buf_free(&w->out);
	buf_free(&w->path);
	buf_free(&w->scratch);
	free(w->off);
	free(w->bytes);
	free(w->first);
	free(w->shards);
	free(w->merged);
	arena_free(&w->a);
}

int search_write_shards(search_index *x, const char *out,
			size_t shard_bytes)
{
	/* by stem: the same files however the documents were divided */
	if (x->order.len)
		qsort(x->order.items, x->order.len, sizeof *x->order.items,
		      by_stem);
	writer w;
	memset(&w, 0, sizeof w);
	w.x = x;
	w.shard_bytes = shard_bytes;
	w.terms = (term **)x->order.items;
	w.n = x->order.len;
	arena_init(&w.a, 0);
	w.dir = path_join(&w.a, out, "zoekindex");
	find_firsts(&w);
	encode_docs(&w);
	if (w.n)
		plan(&w, 0, w.n, 0, 0);
	int rc = fs_mkdir_p(w.dir) < 0 || write_shards(&w) < 0 ||
		 write_merged(&w) < 0 || write_docs(&w) < 0 ||
		 prune(&w) < 0 || write_table(&w, out) < 0 ? -1 : 0;
	int e = errno;
	writer_free(&w);
	errno = e;
	return rc;
}

int search_write(search_index *x, const char *out)
{
	return search_write_shards(x, out, SHARD_BYTES);
}
