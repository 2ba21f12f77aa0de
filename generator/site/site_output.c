/* site_output.c - the site as an output of the build (outputs.h): the
 * home and module pages, a page per document, assets and media, then the
 * pages that list what other outputs made (materials), the script pages
 * and the search index. The SCORM packages (scorm.c) and the offline
 * list (offline.c) are outputs of their own. */
#include "docs.h"
#include "outputs.h"
#include "site/course.h"
#include "site/pages.h"
#include "site/search.h"
#include "util/diag.h"

#include <stdlib.h>
#include <string.h>

/* A thread's writer: the main writer's, with its own memory. */
typedef struct page_worker {
	site_writer w;
	arena       a;
	buf         text;
} page_worker;

typedef struct site_state {
	build_ctx   *b;
	site_writer  w;
	const doc  **docs;
	size_t       n;
	page_worker *workers;
	int          n_workers;
} site_state;

static void worker_init(page_worker *k, const site_writer *w)
{
	memset(k, 0, sizeof *k);
	k->w = *w;
	arena_init(&k->w.page, 256 * 1024);
	arena_init(&k->w.keep, 0);
	k->w.html = (buf)BUF_INIT;
	k->w.frag = (buf)BUF_INIT;
	k->w.quizzes = (strmap){ 0 };
	k->w.pages = 0;
	k->w.svgs_frozen = 1;
	k->w.search = search_new(w->s->language);
	k->text = (buf)BUF_INIT;
	arena_init(&k->a, 0);
}

/* What a worker made goes to the main writer: pages, quiz counts, its
 * part of the search index. */
static void worker_done(page_worker *k, site_writer *w,
			search_index **part)
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

static void *site_new(build_ctx *b, const void *arg, int *bad)
{
	(void)arg;
	(void)bad;
	if (!b->out || b->only == ONLY_PRINT)
		return NULL;
	site_state *st = xmalloc(sizeof *st);
	memset(st, 0, sizeof *st);
	st->b = b;
	site_writer_init(&st->w, b->s, b->r, b->out);
	st->w.jobs = b->jobs;
	st->docs = docs_all(b->s, &st->n);
	site_draw_diagrams(&st->w);   /* the workers only look them up */
	st->n_workers = b->jobs < 1 ? 1 : b->jobs;
	st->workers = xmalloc((size_t)st->n_workers * sizeof *st->workers);
	for (int i = 0; i < st->n_workers; i++)
		worker_init(&st->workers[i], &st->w);
	return st;
}

static size_t site_jobs(void *state, int stage)
{
	site_state *st = state;
	return stage == STAGE_MAKE ? st->n + 1 : stage == STAGE_LIST ? 1 : 0;
}

/* STAGE_MAKE: job 0 the home and module pages with the assets and
 * media, job i document i - 1. */
static void make_page(site_state *st, size_t i, page_worker *k)
{
	site_writer *w = &k->w;
	if (i == 0) {
		if (site_write_home(w) < 0)
			return;
		for (size_t m = 0; m < w->s->n_modules; m++)
			site_write_module(w, w->s->modules[m]);
		site_write_files(w);
		return;
	}
	md_doc m;
	if (md_doc_reload(&m, w->s, st->docs[i - 1], &k->a, &k->text) == 0) {
		site_write_doc(w, st->docs[i - 1], &m, i - 1);
		md_doc_free(&m);
	}
	arena_reset(&k->a);
}

/* STAGE_LIST: the pages that list what the other outputs made, and the
 * search index of every document. */
static void list_pages(site_state *st)
{
	site_writer *w = &st->w;
	site_write_materials(w, &st->b->items);
	site_write_competencies(w);
	site_write_script_page(w, "notes", "notities.html", "mijn_notities");
	site_write_script_page(w, "search", "zoeken.html", "zoeken");
	site_write_pocket(w);
	site_write_script_page(w, "offline", "offline.html", "offline_titel");
	site_write_course(w);
	site_write_search(w);
}

static void site_render(void *state, int stage, size_t i, int worker)
{
	site_state *st = state;
	if (stage == STAGE_MAKE)
		make_page(st, i, &st->workers[worker]);
	else
		list_pages(st);
}

/* The workers' pages, quiz counts and search parts go to the main writer
 * (the parts merged into its index, or dropped when the pages were not
 * all written); the workers go. */
static void end_workers(site_state *st, int merge)
{
	if (!st->workers)
		return;
	search_index **parts = xmalloc((size_t)st->n_workers * sizeof *parts);
	for (int i = 0; i < st->n_workers; i++)
		worker_done(&st->workers[i], &st->w, &parts[i]);
	if (merge)
		search_merge(st->w.search, parts, (size_t)st->n_workers);
	else
		for (int i = 0; i < st->n_workers; i++)
			search_free(parts[i]);
	free(parts);
	free(st->workers);
	st->workers = NULL;
}

static void site_finish(void *state, int stage, build_ctx *b)
{
	site_state *st = state;
	if (stage == STAGE_MAKE)
		end_workers(st, 1);
	b->fig.pages = st->w.pages;
}

static void site_free(void *state)
{
	site_state *st = state;
	end_workers(st, 0);   /* when the stage did not run */
	site_writer_free(&st->w);
	free(st);
}

const output_def site_output = {
	.name = "site", .reads = READS_SITE | READS_LESSONS | READS_PAGES |
	READS_MEDIA | READS_DIAGRAMS | READS_PROFILES | READS_COMPETENCIES |
	READS_POCKET | READS_OUTPUT,
	.new = site_new, .jobs = site_jobs, .render = site_render,
	.finish = site_finish, .free = site_free,
};
