/* docs.c - every document checked; see docs.h. */
#include "docs.h"
#include "cache.h"
#include "markdown/md.h"
#include "markdown/media.h"
#include "markdown/refs.h"
#include "util/hash.h"
#include "util/diag.h"
#include "util/pool.h"

#include <stdlib.h>
#include <string.h>

const doc **docs_all(site *s, size_t *n)
{
	size_t total = s->n_pages + s->n_trainer;
	for (size_t i = 0; i < s->n_modules; i++)
		total += s->modules[i]->n_lessons;
	const doc **docs = arena_alloc(s->a, (total + 1) * sizeof *docs);
	size_t k = 0;
	for (size_t i = 0; i < s->n_pages; i++)
		docs[k++] = s->pages[i];
	for (size_t i = 0; i < s->n_trainer; i++)
		docs[k++] = s->trainer[i];
	for (size_t i = 0; i < s->n_modules; i++)
		for (size_t j = 0; j < s->modules[i]->n_lessons; j++)
			docs[k++] = s->modules[i]->lessons[j];
	*n = total;
	return docs;
}

typedef struct checks {
	site         *s;
	const doc   **docs;
	size_t       *todo;      /* the documents to check */
	md_refs      *refs;
	diag_capture *reports;   /* per document */
	const char ***media;     /* per document: the files it links to */
	size_t       *n_media;
	doc_memo    **memos;     /* per document, or NULL: no cache */
	const doc_hook *hook;
	diag_capture *hooked;    /* per document: the hook's reports */
} checks;

typedef struct worker {
	checks *c;
	arena   a;
	buf     text;
	int     index;
} worker;

/* Document todo[j] on a worker, its reports kept; with a cache, in its
 * memo with its own headings and links. */
static void check_job(void *ud, size_t j)
{
	worker *k = ud;
	checks *c = k->c;
	size_t i = c->todo[j];
	doc_memo *memo = c->memos ? c->memos[i] : NULL;
	diag_capture_begin(&c->reports[i]);
	md_doc m;
	int rc = md_doc_load(&m, c->s, c->docs[i], &k->a, &k->text,
			     memo ? md_refs_new() : c->refs);
	diag_capture_end(&c->reports[i]);
	if (rc == 0 && m.media.len) {
		c->n_media[i] = m.media.len;
		c->media[i] = xmalloc(m.media.len * sizeof *c->media[i]);
		memcpy(c->media[i], m.media.items,
		       m.media.len * sizeof *c->media[i]);
	}
	if (memo)
		memo_keep_check(memo, rc == 0 ? hash_mix(HASH_SEED,
				k->text.data, k->text.len) : 0,
				&c->reports[i], &m);
	if (rc == 0 && c->hook && !c->reports[i].errors &&
	    !c->reports[i].system) {
		diag_capture_begin(&c->hooked[i]);
		c->hook->fn(c->hook->ud, i, &m, k->index);
		diag_capture_end(&c->hooked[i]);
	}
	if (rc == 0)
		md_doc_free(&m);
	arena_reset(&k->a);
}

/* A kept check in its place: its reports, its headings and links, the
 * files document i links to. */
static void replay_memo(checks *c, size_t i, const doc_memo *m)
{
	diag_replay_kept(&m->reports);
	if (m->refs)
		md_refs_merge(c->refs, m->refs);
	free(c->media[i]);
	c->n_media[i] = m->n_media;
	c->media[i] = xmalloc((m->n_media + 1) * sizeof *c->media[i]);
	for (size_t k = 0; k < m->n_media; k++)
		c->media[i][k] = media_add(c->s, m->media[k]);
}

/* Document i's files, in the model (the check is the model's last
 * step). */
static void set_media(checks *c, size_t i)
{
	doc *d = (doc *)c->docs[i];
	d->n_media = c->n_media[i];
	d->media = arena_alloc(c->s->a, (d->n_media + 1) * sizeof *d->media);
	if (d->n_media)
		memcpy(d->media, c->media[i], d->n_media * sizeof *d->media);
	free(c->media[i]);
}

void docs_check(site *s, int jobs, build_cache *cache, const doc_hook *hook)
{
	size_t n;
	checks c = { .s = s, .refs = md_refs_new(), .hook = hook };
	c.docs = docs_all(s, &n);
	c.reports = xmalloc((n + 1) * sizeof *c.reports);
	memset(c.reports, 0, (n + 1) * sizeof *c.reports);
	if (hook) {
		c.hooked = xmalloc((n + 1) * sizeof *c.hooked);
		memset(c.hooked, 0, (n + 1) * sizeof *c.hooked);
	}
	c.todo = xmalloc((n + 1) * sizeof *c.todo);
	c.media = xmalloc((n + 1) * sizeof *c.media);
	memset(c.media, 0, (n + 1) * sizeof *c.media);
	c.n_media = xmalloc((n + 1) * sizeof *c.n_media);
	memset(c.n_media, 0, (n + 1) * sizeof *c.n_media);
	size_t todo = 0;
	if (cache)
		c.memos = xmalloc((n + 1) * sizeof *c.memos);
	for (size_t i = 0; i < n; i++) {
		if (cache)
			c.memos[i] = cache_memo(cache, c.docs[i]);
		if (!cache || !memo_checked(c.memos[i], c.docs[i]))
			c.todo[todo++] = i;
	}
	if ((size_t)jobs > todo)
		jobs = (int)todo;
	if (jobs < 1)
		jobs = 1;
	worker *k = xmalloc((size_t)jobs * sizeof *k);
	void **ks = xmalloc((size_t)jobs * sizeof *ks);
	for (int i = 0; i < jobs; i++) {
		k[i] = (worker){ .c = &c, .text = BUF_INIT, .index = i };
		arena_init(&k[i].a, 0);
		ks[i] = &k[i];
	}
	pool_run(todo, ks, jobs, check_job);
	for (size_t i = 0; i < n; i++) {
		if (c.memos && c.memos[i]->checked)
			replay_memo(&c, i, c.memos[i]);
		else
			diag_replay(&c.reports[i]);
		if (c.hooked)
			diag_replay(&c.hooked[i]);
		set_media(&c, i);
	}
	for (int i = 0; i < jobs; i++) {
		arena_free(&k[i].a);
		buf_free(&k[i].text);
	}
	md_refs_check(c.refs);
	md_refs_free(c.refs);
	free(ks);
	free(k);
	free(c.todo);
	free(c.media);
	free(c.n_media);
	free(c.memos);
	free(c.reports);
	free(c.hooked);
}
