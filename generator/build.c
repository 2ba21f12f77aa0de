/* build.c - the pipeline: content/ and the resources loaded, every
 * document and every output checked, then the outputs rendered as jobs
 * (outputs.h) into a staging folder, which replaces the output only when
 * everything succeeded. See build.h. */
#include "build.h"
#include "cache.h"
#include "docs.h"
#include "output.h"
#include "outputs.h"
#include "resources.h"
#include "content/model.h"
#include "print/print.h"
#include "site/pages.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/phases.h"
#include "util/progress.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* The processors online, for -j's default. */
static int processors(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* "0,21 s": the summary is Dutch, so a decimal comma, whatever the locale. */
static void format_seconds(char *out, size_t n, double s)
{
	snprintf(out, n, "%.2f s", s);
	char *dot = strchr(out, '.');
	if (dot)
		*dot = ',';
}

static const char *plural(int n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

static int summary(const build_options *o, site *s,
		   const build_figures *f, double t0)
{
	char secs[32];
	format_seconds(secs, sizeof secs, now() - t0);
	int errors = diag_errors(), warnings = diag_warnings();
	if (diag_system_errors())
		return 2;
	if (errors) {
		/* after the reports, where they went */
		fprintf(diag_get_stream(), "%d %s, %d %s; %s\n", errors,
			plural(errors, "fout", "fouten"), warnings,
			plural(warnings, "waarschuwing", "waarschuwingen"),
			o->check_only ? "niet in orde" :
			"er is niets geschreven");
		return 1;
	}
	if (o->quiet)
		return 0;
	size_t docs = s ? site_doc_count(s) : 0;
	char warned[64] = "";
	if (warnings)
		snprintf(warned, sizeof warned, ", %d %s", warnings,
			 plural(warnings, "waarschuwing", "waarschuwingen"));
	if (o->check_only)
		printf("%zu %s gecontroleerd: 0 fouten, %d %s in %s\n", docs,
		       docs == 1 ? "document" : "documenten", warnings,
		       plural(warnings, "waarschuwing", "waarschuwingen"),
		       secs);
	else
		printf("%d pagina's, %d PDF's (%d blz.)%s in %s\n", f->pages,
		       f->pdfs, f->pdf_pages, warned, secs);
	if (o->verbose && !o->check_only)
		printf("drukwerk: %d regels, %d afbrekingen, %d te brede "
		       "regels, %d geforceerde paginaovergangen; ten hoogste "
		       "%d opgemaakte blz. tegelijk\n", f->lines, f->hyphens,
		       f->overfull, f->forced, f->held);
	return 0;
}

/* With only print and the files that changed: what does not read them is
 * kept from the previous output (linked into the staging folder, where
 * what is made again replaces it). */
static void keep_unchanged(build_ctx *b, const build_options *o, arena *a)
{
	if (!o->changed || o->only != ONLY_PRINT || o->dump_layout)
		return;
	unsigned reads = 0;
	for (size_t i = 0; i < o->changed->len; i++)
		reads |= outputs_reads_of(o->changed->items[i]);
	const char *from = path_join(a, b->previous, "print");
	if (fs_is_dir(from) &&
	    fs_link_tree(from, path_join(a, b->out, "print")) == 0) {
		b->changed = reads;
		b->changed_paths = o->changed;
	}
}

int build_run(const build_options *o)
{
	double t0 = now();
	progress_start(o->quiet || o->check_only);
	phases ph;
	phases_start(&ph);
	arena a;
	arena_init(&a, 0);
	output out = { 0 };
	int have_out = !o->check_only &&
		       output_open(&out, &a, o->dir, o->out) == 0;
	/* load */
	site *s = site_load_kept(&a, o->dir,
				 o->cache ? cache_keeper(o->cache) : NULL);
	if (s && o->base_url)
		s->base_url = o->base_url;   /* checked by main.c */
	phases_mark(&ph, "inhoud laden");
	resources r = { 0 };
	if (s)
		resources_load(&r, &a, o->dir, s,
			       o->cache ? &o->cache->fonts : NULL);
	if (s && o->cache)
		cache_begin(o->cache, s, o->dir);
	phases_mark(&ph, "hulpbronnen laden");
	build_ctx b = { .s = s, .r = &r, .a = &a, .only = o->only,
			.preview = o->preview, .cache = o->cache,
			.dump = o->dump_layout, .changed = READS_ALL,
			.jobs = o->jobs > 0 ? o->jobs : processors() };
	/* the pages of a preview whose output the cache knows are written
	 * into the output itself, only those that changed, each file
	 * replaced whole (cache.h); a content error writes nothing */
	b.in_place = s && have_out && o->cache && o->cache->pages &&
		     o->only == ONLY_SITE && fs_is_dir(out.path);
	if (b.in_place) {
		b.out = out.path;
	} else if (s && have_out) {
		output_stage(&out, o->only, &a);
		b.out = out.staging;
		b.previous = out.path;
		keep_unchanged(&b, o, &a);
	}
	/* check, then render */
	if (s && (out.staging || o->check_only || b.in_place)) {
		doc_hook hook;
		outputs *os = outputs_begin(&b, &hook);
		docs_check(s, b.jobs, o->cache, &hook);
		phases_mark(&ph, "lessen controleren");
		const char *pdfs = b.out ? path_join(&a, b.out, "print") : NULL;
		/* with --only site too: the products are checked, and the
		 * site lists them */
		b.print = print_begin(s, &r, o->only == ONLY_SITE ? NULL : pdfs,
				      o->dump_layout);
		if (pdfs && o->only != ONLY_SITE && !o->dump_layout &&
		    b.print && !diag_errors())
			resources_subset(&r, s, path_join(&a, pdfs, ".fonts"));
		phases_mark(&ph, "lettersubsets");
		outputs_run(os, &b, &ph);
		resources_free(&r);   /* the subsets go before the commit */
	}
	int committed = b.in_place ? !diag_errors() && !diag_system_errors() :
			out.staging && !diag_errors() &&
			!diag_system_errors() &&
			output_commit(&out, o->only, &a) == 0;
	if (!committed && !b.in_place)
		output_discard(&out);
	if (o->cache)
		cache_end(o->cache, committed);
	phases_mark(&ph, "uitvoer plaatsen");
	progress_end();
	int rc = summary(o, s, &b.fig, t0);
	if (o->verbose && rc == 0 && !o->quiet)
		phases_print(&ph, stdout);
	print_free(b.print);
	resources_free(&r);
	arena_free(&a);
	return rc;
}
