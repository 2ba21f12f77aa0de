/* docs.c - every document, checked and written; see docs.h. */
#include "docs.h"
#include "markdown/refs.h"
#include "site/search.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/pool.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Reads and checks d into m, handing its headings and links to them to
 * refs (unless NULL); 0, or -1 when it cannot be used. */
static int check(site *s, const doc *d, md_doc *m, arena *a, buf *text,
		 md_refs *refs)
{
	if (fs_read_text(d->file, text) < 0) {
		diag_error(d->file, 0, 0, "kan het bestand niet lezen: %s",
			   syserr_text(errno));
		return -1;
	}
	*m = (md_doc){ .s = s, .d = d, .file = d->file, .rel = d->rel,
		       .text = text->data, .text_len = text->len, .a = a,
		       .refs = refs };
	md_doc_check(m, text->data + d->body_offset,
		     text->len - d->body_offset, d->body_line);
	return 0;
}

/* The documents in the build's order: the free pages, then every
 * module's lessons. */
static const doc **all_docs(site *s, size_t *n)
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

/* No site (a check, --only print): every document checked, one after
 * another. */
static void check_all(site *s, const doc **docs, size_t n, md_refs *refs)
{
	arena a;
	arena_init(&a, 0);
	buf text = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		md_doc m;
		if (check(s, docs[i], &m, &a, &text, refs) == 0)
			md_doc_free(&m);
		arena_reset(&a);
	}
	buf_free(&text);
	arena_free(&a);
}

/* --- the site's pages on several threads (util/pool.h) ------------------ */

typedef struct doc_jobs {
	site         *s;
	const doc   **docs;
	md_refs      *refs;
	diag_capture *reports;   /* per document */
} doc_jobs;

typedef struct worker {
	doc_jobs    *p;
	site_writer  w;          /* the main writer's, with its own memory */
	arena        a;
	buf          text;
} worker;

/* Document i on a worker: checked and written, its reports kept. */
static void write_job(void *ud, size_t i)
{
	worker *k = ud;
	doc_jobs *p = k->p;
	diag_capture_begin(&p->reports[i]);
	md_doc m;
	if (check(p->s, p->docs[i], &m, &k->a, &k->text, p->refs) == 0) {
		if (!diag_errors() && !diag_system_errors())
			site_write_doc(&k->w, p->docs[i], &m, i);
		md_doc_free(&m);
	}
	diag_capture_end(&p->reports[i]);
	arena_reset(&k->a);
}

static void worker_init(worker *k, doc_jobs *p, const site_writer *w)
{
	memset(k, 0, sizeof *k);
	k->p = p;
	k->w = *w;
	arena_init(&k->w.page, 256 * 1024);
	arena_init(&k->w.keep, 0);
	k->w.html = (buf)BUF_INIT;
	k->w.frag = (buf)BUF_INIT;
	k->w.quizzes = (strmap){ 0 };
	k->w.pages = 0;
	k->w.svgs_frozen = 1;
	k->w.search = search_new(w->s->language);
	arena_init(&k->a, 0);
}

/* What a worker made goes to the main writer: pages, quiz counts, its
 * part of the search index. */
static void worker_done(worker *k, site_writer *w, search_index **part)
{
	w->pages += k->w.pages;
	for (size_t i = 0; i < k->w.quizzes.cap; i++) {
		const strmap_entry *e = &k->w.quizzes.slots[i];
		if (e->key)
			strmap_put(&w->keep, &w->quizzes,
				   arena_strdup(&w->keep, e->key), e->value);
	}
	*part = k->w.search;
	k->w.search = NULL;
	site_writer_free(&k->w);
	buf_free(&k->text);
	arena_free(&k->a);
}

static void in_parallel(site *s, site_writer *w, const doc **docs, size_t n,
			int jobs, md_refs *refs)
{
	doc_jobs p = { .s = s, .docs = docs, .refs = refs };
	p.reports = xmalloc((n + 1) * sizeof *p.reports);
	memset(p.reports, 0, (n + 1) * sizeof *p.reports);
	if ((size_t)jobs > n)
		jobs = (int)n;
	if (jobs < 1)
		jobs = 1;
	site_draw_diagrams(w);   /* the workers only look them up */
	worker *k = xmalloc((size_t)jobs * sizeof *k);
	void **ks = xmalloc((size_t)jobs * sizeof *ks);
	for (int i = 0; i < jobs; i++) {
		worker_init(&k[i], &p, w);
		ks[i] = &k[i];
	}
	pool_run(n, ks, jobs, write_job);
	for (size_t i = 0; i < n; i++)
		diag_replay(&p.reports[i]);
	search_index **parts = xmalloc((size_t)jobs * sizeof *parts);
	for (int i = 0; i < jobs; i++)
		worker_done(&k[i], w, &parts[i]);
	search_merge(w->search, parts, (size_t)jobs);
	free(parts);
	free(ks);
	free(k);
	free(p.reports);
}

/* Print once every document is checked: each read and checked again (its
 * reports were printed then), then laid out. */
static void print_pass(site *s, print_job *pj, const doc **docs, size_t n)
{
	arena a;
	arena_init(&a, 0);
	buf text = BUF_INIT;
	for (size_t i = 0; i < n && !diag_errors() && !diag_system_errors();
	     i++) {
		diag_capture again;
		diag_capture_begin(&again);
		md_doc m;
		int ok = check(s, docs[i], &m, &a, &text, NULL) == 0;
		diag_capture_end(&again);
		free(again.text);
		if (ok) {
			print_add_doc(pj, docs[i], &m);
			md_doc_free(&m);
		}
		arena_reset(&a);
	}
	buf_free(&text);
	arena_free(&a);
}

void docs_process(site *s, site_writer *w, print_job *pj, int jobs,
		  phases *ph)
{
	size_t n;
	const doc **docs = all_docs(s, &n);
	md_refs *refs = md_refs_new();
	if (w)
		in_parallel(s, w, docs, n, jobs, refs);
	else
		check_all(s, docs, n, refs);
	md_refs_check(refs);
	md_refs_free(refs);
	phases_mark(ph, w ? "lessen: controle, html" : "lessen: controle");
	if (pj && !diag_errors() && !diag_system_errors())
		print_pass(s, pj, docs, n);
	phases_mark(ph, "lessen: drukopmaak");
}
