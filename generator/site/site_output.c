/* site_output.c - the site as an output of the build (outputs.h): the
 * home and module pages, a page per document, assets and media, then the
 * pages that list what other outputs made (materials), the script pages
 * and the search index. The SCORM packages (scorm.c) and the offline
 * list (offline.c) are outputs of their own. */
#include "cache.h"
#include "docs.h"
#include "outputs.h"
#include "site/course.h"
#include "site/pages.h"
#include "site/search.h"
#include "util/diag.h"
#include "util/hash.h"

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
	size_t      *todo;        /* the documents whose pages to write */
	size_t       n_todo;
	doc_memo   **memos;       /* per document, with a cache */
	int          kept;        /* the previous pages are linked in: only
				   * todo is written (cache.h) */
	unsigned char *made;      /* per document: its page was written as
				   * it was checked (site_doc) */
	int          compact;     /* todo has lost the pages made so */
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

/* Which pages to write: every document's, or, when the build writes into
 * an output whose pages the cache knows (build.c), those of the
 * documents that changed. */
static void choose_pages(site_state *st, build_ctx *b)
{
	st->todo = xmalloc((st->n + 1) * sizeof *st->todo);
	if (b->cache) {
		st->memos = xmalloc((st->n + 1) * sizeof *st->memos);
		for (size_t i = 0; i < st->n; i++)
			st->memos[i] = cache_memo(b->cache, st->docs[i]);
		st->kept = b->cache->pages && b->in_place;
	}
	for (size_t i = 0; i < st->n; i++)
		if (!st->kept || !memo_paged(b->cache, st->memos[i],
					     st->docs[i]))
			st->todo[st->n_todo++] = i;
}

static void *site_new(build_ctx *b, const void *arg, int *bad)
{
	(void)arg;
	(void)bad;
	if (!b->out || b->only == ONLY_PRINT || diag_errors())
		return NULL;   /* with errors, nothing is rendered */
	site_state *st = xmalloc(sizeof *st);
	memset(st, 0, sizeof *st);
	st->b = b;
	site_writer_init(&st->w, b->s, b->r, b->out);
	st->w.jobs = b->jobs;
	st->docs = docs_all(b->s, &st->n);
	choose_pages(st, b);
	st->made = xmalloc(st->n + 1);
	memset(st->made, 0, st->n + 1);
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
	if (!st->compact) {   /* the pages made as they were checked go */
		size_t n = 0;
		for (size_t j = 0; j < st->n_todo; j++)
			if (!st->made[st->todo[j]])
				st->todo[n++] = st->todo[j];
		st->n_todo = n;
		st->compact = 1;
	}
	return stage == STAGE_MAKE ? st->n_todo + 1 :
	       stage == STAGE_LIST ? 1 : 0;
}

/* Document i's page from its tree m; with a cache, its search part and
 * quizzes go to its memo. */
static void write_doc(site_state *st, size_t i, md_doc *m, page_worker *k)
{
	site_writer *w = &k->w;
	const doc *d = st->docs[i];
	doc_memo *memo = st->memos ? st->memos[i] : NULL;
	search_index *root = w->search;
	if (memo)
		w->search = search_part(root);
	site_write_doc(w, d, m, i);
	if (memo) {
		memo_keep_page(memo, hash_mix(HASH_SEED, m->text,
					      m->text_len), w->search,
			       (int)(uintptr_t)strmap_get(&w->quizzes,
							  d->url));
		w->search = root;
	}
}

/* Document i read again for its page. */
static void make_doc(site_state *st, size_t i, page_worker *k)
{
	md_doc m;
	if (md_doc_reload(&m, k->w.s, st->docs[i], &k->a, &k->text) < 0)
		return;
	write_doc(st, i, &m, k);
	md_doc_free(&m);
}

/* Document i as it is checked (outputs.h): its page now, when it is one
 * to write. Not into an output the cache knows (in place), where a
 * content error found later must leave every page as it was. */
static void site_doc(void *state, size_t i, md_doc *m, int worker)
{
	site_state *st = state;
	if (st->b->in_place)   /* (kept pages imply it) */
		return;
	page_worker *k = &st->workers[worker];
	write_doc(st, i, m, k);
	arena_reset(&k->a);
	st->made[i] = 1;
}

/* STAGE_MAKE: job 0 the home and module pages with the assets and
 * media (with the previous pages kept: the media they did not link to),
 * job j the page of document todo[j - 1]. */
static void make_page(site_state *st, size_t j, page_worker *k)
{
	site_writer *w = &k->w;
	if (j == 0 && st->kept) {
		site_write_media(w, 1);
	} else if (j == 0) {
		if (site_write_home(w) < 0)
			return;
		for (size_t m = 0; m < w->s->n_modules; m++)
			site_write_module(w, w->s->modules[m]);
		site_write_trainer(w);
		site_write_files(w);
	} else {
		make_doc(st, st->todo[j - 1], k);
		arena_reset(&k->a);
	}
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
	site_write_glossary(w);
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
		search_merge(st->w.search, parts, (size_t)st->n_workers, 1);
	else
		for (int i = 0; i < st->n_workers; i++)
			search_free(parts[i]);
	free(parts);
	free(st->workers);
	st->workers = NULL;
}

/* With a cache: every document's quizzes and search part, from its
 * memo, whether its page was written now or before. */
static void gather_memos(site_state *st)
{
	site_writer *w = &st->w;
	search_index **parts = xmalloc((st->n + 1) * sizeof *parts);
	size_t n = 0;
	for (size_t i = 0; i < st->n; i++) {
		doc_memo *m = st->memos[i];
		const doc *d = st->docs[i];
		if (!m->paged)
			continue;   /* its page failed: reported */
		if (d->kind == DOC_LESSON)
			strmap_put(&w->keep, &w->quizzes, d->url,
				   (void *)(uintptr_t)m->quizzes);
		if (m->search) {
			search_part_doc(m->search, d, i);
			parts[n++] = m->search;
		}
	}
	search_merge(w->search, parts, n, 0);
	free(parts);
}

static void site_finish(void *state, int stage, build_ctx *b)
{
	site_state *st = state;
	if (stage == STAGE_MAKE) {
		end_workers(st, 1);
		if (st->memos) {
			b->cache->rendering = 1;   /* the output has new pages */
			gather_memos(st);
		}
	}
	b->fig.pages = st->w.pages;
}

static void site_free(void *state)
{
	site_state *st = state;
	end_workers(st, 0);   /* when the stage did not run */
	site_writer_free(&st->w);
	free(st->todo);
	free(st->made);
	free(st->memos);
	free(st);
}

const output_def site_output = {
	.name = "site", .reads = READS_SITE | READS_LESSONS | READS_PAGES |
	READS_MEDIA | READS_DIAGRAMS | READS_PROFILES | READS_COMPETENCIES |
	READS_POCKET | READS_TRAINER | READS_OUTPUT,
	.new = site_new, .jobs = site_jobs, .render = site_render,
	.finish = site_finish, .free = site_free, .doc = site_doc,
};
