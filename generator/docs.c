/* docs.c - every document checked; see docs.h. */
#include "docs.h"
#include "markdown/md.h"
#include "markdown/refs.h"
#include "util/diag.h"
#include "util/pool.h"

#include <stdlib.h>
#include <string.h>

const doc **docs_all(site *s, size_t *n)
{
	size_t total = s->n_pages;
	for (size_t i = 0; i < s->n_modules; i++)
		total += s->modules[i]->n_lessons;
	const doc **docs = arena_alloc(s->a, (total + 1) * sizeof *docs);
	size_t k = 0;
	for (size_t i = 0; i < s->n_pages; i++)
		docs[k++] = s->pages[i];
	for (size_t i = 0; i < s->n_modules; i++)
		for (size_t j = 0; j < s->modules[i]->n_lessons; j++)
			docs[k++] = s->modules[i]->lessons[j];
	*n = total;
	return docs;
}

typedef struct checks {
	site         *s;
	const doc   **docs;
	md_refs      *refs;
	diag_capture *reports;   /* per document */
} checks;

typedef struct worker {
	checks *c;
	arena   a;
	buf     text;
} worker;

/* Document i on a worker, its reports kept. */
static void check_job(void *ud, size_t i)
{
	worker *k = ud;
	checks *c = k->c;
	diag_capture_begin(&c->reports[i]);
	md_doc m;
	if (md_doc_load(&m, c->s, c->docs[i], &k->a, &k->text, c->refs) == 0)
		md_doc_free(&m);
	diag_capture_end(&c->reports[i]);
	arena_reset(&k->a);
}

void docs_check(site *s, int jobs)
{
	size_t n;
	checks c = { .s = s, .refs = md_refs_new() };
	c.docs = docs_all(s, &n);
	c.reports = xmalloc((n + 1) * sizeof *c.reports);
	memset(c.reports, 0, (n + 1) * sizeof *c.reports);
	if ((size_t)jobs > n)
		jobs = (int)n;
	if (jobs < 1)
		jobs = 1;
	worker *k = xmalloc((size_t)jobs * sizeof *k);
	void **ks = xmalloc((size_t)jobs * sizeof *ks);
	for (int i = 0; i < jobs; i++) {
		k[i] = (worker){ .c = &c, .text = BUF_INIT };
		arena_init(&k[i].a, 0);
		ks[i] = &k[i];
	}
	pool_run(n, ks, jobs, check_job);
	for (size_t i = 0; i < n; i++)
		diag_replay(&c.reports[i]);
	for (int i = 0; i < jobs; i++) {
		arena_free(&k[i].a);
		buf_free(&k[i].text);
	}
	md_refs_check(c.refs);
	md_refs_free(c.refs);
	free(ks);
	free(k);
	free(c.reports);
}
