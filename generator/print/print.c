/* print.c - the print outputs: the hand-outs and the manual, and each
 * print product (print/product.h) behind the build's output interface;
 * see print.h. */
#include "print.h"
#include "cache.h"
#include "handout.h"
#include "util/diag.h"

#include <stdlib.h>
#include <string.h>

struct print_job {
	arena        a;
	typeset      ts;       /* for the products' checks */
	print_ctx    ctx;
	handouts    *handouts;
	const char  *dir;
};

print_job *print_begin(site *s, const resources *r, const char *dir,
		       int dump)
{
	if (!r->fonts_loaded)
		return NULL;
	print_job *j = xmalloc(sizeof *j);
	memset(j, 0, sizeof *j);
	arena_init(&j->a, 1 << 20);
	typeset_init(&j->ts, &r->fonts, &j->a);
	j->ctx = (print_ctx){ .s = s, .ts = &j->ts, .st = r->style,
			      .theme = &r->theme, .ui = &r->ui,
			      .diagrams = &r->diagrams, .charset = &r->chars,
			      .dump = dump, .a = &j->a };
	j->handouts = handouts_new(&j->ctx, dir);
	j->dir = dir;
	j->ctx.handouts = j->handouts;
	return j;
}

void print_free(print_job *j)
{
	if (!j)
		return;
	handouts_free(j->handouts);
	arena_free(&j->a);
	free(j);
}

/* What a job lays out with, and what it counts: its own, so that jobs
 * run side by side. */
typedef struct job_part {
	arena       a;
	typeset     ts;
	print_stats st;
	print_ctx   ctx;     /* the print job's, with a, ts and items own */
} job_part;

static void part_init(job_part *p, const print_job *pj)
{
	arena_init(&p->a, 0);
	typeset_init(&p->ts, pj->ts.fs, &p->a);
	memset(&p->st, 0, sizeof p->st);
	p->ctx = pj->ctx;
	p->ctx.a = &p->a;
	p->ctx.ts = &p->ts;
	p->ctx.items = (ptrvec){ 0 };
}

/* Adds what the part made to the build's figures. */
static void part_gather(const job_part *p, build_ctx *b)
{
	b->fig.pdfs += p->st.pdfs;
	b->fig.pdf_pages += p->st.pages;
	b->fig.forced += p->st.forced;
	if (p->st.held > b->fig.held)
		b->fig.held = p->st.held;
	b->fig.lines += p->ts.lines;
	b->fig.hyphens += p->ts.hyphens;
	b->fig.overfull += p->ts.overfull;
}

/* --- the hand-outs and the manual: a job each ------------------------- */

typedef struct handouts_state {
	print_job *pj;
	size_t     n;
	job_part  *parts;
	size_t    *make;       /* the products to make, the manual first */
	size_t     n_make;
} handouts_state;

/* When only lessons changed: the hand-outs of their modules and the
 * manual; else every product. The manual (the last) first: it is the
 * longest job. */
static void choose(handouts_state *h, const build_ctx *b)
{
	const site *s = b->s;
	char *want = arena_alloc(b->a, h->n);
	int some = b->changed_paths && !(b->changed & ~READS_LESSONS);
	for (size_t i = 0; some && i < b->changed_paths->len; i++) {
		const char *rel = b->changed_paths->items[i];
		const doc *d = !strncmp(rel, "content/", 8) ?
			       strmap_get(&s->by_rel, rel + 8) : NULL;
		if (d && d->module)
			want[d->module->index] = 1;
		else
			some = 0;   /* a lesson new or gone: all */
	}
	h->make = arena_alloc(b->a, h->n * sizeof *h->make);
	h->make[h->n_make++] = h->n - 1;
	for (size_t i = 0; i + 1 < h->n; i++)
		if (!some || want[i])
			h->make[h->n_make++] = i;
}

static void *handouts_out_new(build_ctx *b, const void *arg, int *bad)
{
	(void)arg;
	(void)bad;
	if (!b->print || b->only == ONLY_SITE)
		return NULL;
	handouts_state *h = arena_alloc(b->a, sizeof *h);
	h->pj = b->print;
	h->n = handouts_count(h->pj->handouts);
	h->parts = arena_alloc(b->a, h->n * sizeof *h->parts);
	for (size_t i = 0; i < h->n; i++)
		part_init(&h->parts[i], h->pj);
	choose(h, b);
	return h;
}

static size_t handouts_out_jobs(void *state, int stage)
{
	handouts_state *h = state;
	return stage == STAGE_MAKE ? h->n_make : 0;
}

static void handouts_out_render(void *state, int stage, size_t i, int worker)
{
	(void)stage;
	(void)worker;
	handouts_state *h = state;
	size_t k = h->make[i];
	job_part *p = &h->parts[k];
	handouts_make(h->pj->handouts, k, &p->ts, &p->st);
}

static void handouts_out_finish(void *state, int stage, build_ctx *b)
{
	handouts_state *h = state;
	if (stage != STAGE_MAKE)
		return;
	for (size_t i = 0; i < h->n; i++)
		part_gather(&h->parts[i], b);
	/* and what the products' checks set */
	b->fig.lines += h->pj->ts.lines;
	b->fig.hyphens += h->pj->ts.hyphens;
	b->fig.overfull += h->pj->ts.overfull;
}

static void handouts_out_free(void *state)
{
	handouts_state *h = state;
	for (size_t i = 0; i < h->n; i++)
		arena_free(&h->parts[i].a);
}

const output_def handouts_output = {
	.name = "hand-outs", .reads = READS_SITE | READS_LESSONS |
	READS_PAGES | READS_MEDIA | READS_DIAGRAMS, .new = handouts_out_new,
	.jobs = handouts_out_jobs, .render = handouts_out_render,
	.finish = handouts_out_finish, .free = handouts_out_free,
};

/* --- a print product: checked in new(), rendered as one job ------------ */

typedef struct product_state {
	const print_product *p;
	print_job           *pj;
	void                *checked;   /* what p->check() laid out */
	job_part             part;
} product_state;

void *print_output_new(build_ctx *b, const void *arg, int *bad)
{
	if (!b->print)
		return NULL;
	const print_product *p = arg;
	print_ctx *c = &b->print->ctx;
	/* only the pages: what the product lists on them, as the check of a
	 * build before found it (cache.h) */
	if (b->cache && b->only == ONLY_SITE) {
		const product_memo *m = cache_product(b->cache, p->name, b->s,
						      b->a, &b->items);
		if (m) {
			*bad = m->reports.errors > 0;
			return NULL;
		}
	}
	diag_capture reports;
	if (b->cache)
		diag_capture_begin(&reports);
	void *checked = p->check(c, bad);
	if (b->cache) {
		diag_capture_end(&reports);
		cache_keep_product(b->cache, p->name, &reports,
				   c->items.items, c->items.len);
		diag_replay(&reports);
	}
	/* what it makes, for the site (also when only the site is built:
	 * the PDFs of the previous build stay) */
	for (size_t i = 0; i < c->items.len; i++)
		ptrvec_push(b->a, &b->items, c->items.items[i]);
	c->items.len = 0;
	if (!checked)
		return NULL;
	product_state *ps = xmalloc(sizeof *ps);
	memset(ps, 0, sizeof *ps);
	ps->p = p;
	ps->pj = b->print;
	ps->checked = checked;
	part_init(&ps->part, ps->pj);
	return ps;
}

size_t print_output_jobs(void *state, int stage)
{
	product_state *ps = state;
	return stage == STAGE_MAKE && ps->pj->dir ? 1 : 0;
}

void print_output_render(void *state, int stage, size_t i, int worker)
{
	(void)stage;
	(void)i;
	(void)worker;
	product_state *ps = state;
	ps->p->render(&ps->part.ctx, ps->checked, ps->pj->dir, &ps->part.st);
}

void print_output_finish(void *state, int stage, build_ctx *b)
{
	if (stage == STAGE_MAKE)
		part_gather(&((product_state *)state)->part, b);
}

void print_output_free(void *state)
{
	product_state *ps = state;
	if (ps->p->release)
		ps->p->release(ps->checked);
	arena_free(&ps->part.a);
	free(ps);
}
