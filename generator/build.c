/* build.c - the pipeline: content/ to the model, each document checked and
 * rendered in turn into a staging folder, which replaces the output only
 * when everything succeeded. See build.h. */
#include "build.h"
#include "docs.h"
#include "output.h"
#include "theme.h"
#include "content/model.h"
#include "site/pages.h"
#include "site/course.h"
#include "site/offline.h"
#include "site/scorm.h"
#include "print/print.h"
#include "site/templates.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/phases.h"

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

/* The site and the PDFs (or one of them: only), into the staging folder. */
static void render_all(site *s, site_writer *w, print_job *pj,
		       print_stats *ps, int only, phases *ph)
{
	int pages = only != ONLY_PRINT, pdfs = only != ONLY_SITE;
	if (pages) {
		if (site_write_home(w) < 0)
			return;
		for (size_t i = 0; i < s->n_modules; i++)
			site_write_module(w, s->modules[i]);
		phases_mark(ph, "start- en modulepagina's");
	}
	docs_process(s, pages ? w : NULL, pdfs ? pj : NULL, w->jobs, ph);
	if (pages)
		site_write_files(w);
	phases_mark(ph, "media en assets");
	if (pdfs && pj && !diag_errors() && !diag_system_errors())
		print_finish(pj, ps);
	phases_mark(ph, "PDF's");
	if (pages && !diag_errors() && !diag_system_errors()) {
		site_write_materials(w, print_context(pj));
		site_write_competencies(w, print_context(pj));
		site_write_script_page(w, "notes", "notities.html",
				       "mijn_notities");
		site_write_script_page(w, "search", "zoeken.html", "zoeken");
		site_write_pocket(w);
		site_write_script_page(w, "offline", "offline.html",
				       "offline_titel");
		site_write_course(w);
		phases_mark(ph, "overige pagina's");
		site_write_search(w);
		phases_mark(ph, "zoekindex");
		scorm_write(s, w->out, w->jobs);
		phases_mark(ph, "SCORM-pakketten");
		/* last: it lists every file */
		offline_write(s, w->out, site_slug(s->a, s->title));
		phases_mark(ph, "offline");
	}
}

static int summary(const build_options *o, site *s, int pages,
		   const print_stats *ps, double t0)
{
	char secs[32];
	format_seconds(secs, sizeof secs, now() - t0);
	int errors = diag_errors(), warnings = diag_warnings();
	if (diag_system_errors())
		return 2;
	if (errors) {
		fprintf(stderr, "%d %s, %d %s; %s\n", errors,
			plural(errors, "fout", "fouten"), warnings,
			plural(warnings, "waarschuwing", "waarschuwingen"),
			o->check_only ? "niet in orde" :
			"er is niets geschreven");
		return 1;
	}
	if (o->quiet)
		return 0;
	if (o->check_only)
		printf("%zu documenten gecontroleerd: 0 fouten, %d %s in %s\n",
		       s ? site_doc_count(s) : 0, warnings,
		       plural(warnings, "waarschuwing", "waarschuwingen"),
		       secs);
	else
		printf("%d pagina's, %d PDF's (%d blz.)%s in %s\n", pages,
		       ps->pdfs, ps->pages, warnings ? (warnings == 1 ?
		       ", 1 waarschuwing" : ", waarschuwingen") : "", secs);
	if (o->verbose && !o->check_only)
		printf("drukwerk: %d regels, %d afbrekingen, %d te brede "
		       "regels, %d geforceerde paginaovergangen\n", ps->lines,
		       ps->hyphens, ps->overfull, ps->forced);
	return 0;
}

int build_run(const build_options *o)
{
	double t0 = now();
	phases ph;
	phases_start(&ph);
	arena a;
	arena_init(&a, 0);
	output out = { 0 };
	int have_out = !o->check_only &&
		       output_open(&out, &a, o->dir, o->out) == 0;
	site *s = site_load(&a, o->dir);
	phases_mark(&ph, "inhoud laden");
	templates t = {0};
	site_writer w = {0};
	print_job *pj = NULL;
	print_stats ps = {0};
	if (s && have_out)
		output_stage(&out, o->only, &a);
	theme th;
	theme_init(&th, &a, o->dir);
	if (s && templates_load(&t, &a, &th, s->language) == 0) {
		phases_mark(&ph, "sjablonen");
		if (out.staging) {
			site_writer_init(&w, s, &t, out.staging);
			w.theme = &th;
			w.jobs = o->jobs > 0 ? o->jobs : processors();
			/* the site draws its diagrams with print's fonts */
			pj = print_begin(s, &th, t.strings,
					 o->only == ONLY_SITE ? NULL :
					 path_join(&a, out.staging, "print"),
					 o->dump_layout);
			w.print = print_context(pj);
			phases_mark(&ph, "letters en stijl");
			if (pj)
				print_check(pj);
			phases_mark(&ph, "drukwerk controleren");
			render_all(s, &w, pj, &ps, o->only, &ph);
		} else if (o->check_only) {
			/* Typesetting too, for its warnings; nothing is paged
			 * or written. */
			pj = print_begin(s, &th, t.strings, NULL, 0);
			phases_mark(&ph, "letters en stijl");
			if (pj)
				print_check(pj);
			phases_mark(&ph, "drukwerk controleren");
			docs_process(s, NULL, pj, 1, &ph);
			if (pj && !diag_errors())
				print_finish(pj, &ps);
			phases_mark(&ph, "PDF's (alleen opmaak)");
		}
	}
	if (out.staging && !diag_errors() && !diag_system_errors())
		output_commit(&out, o->only, &a);
	else
		output_discard(&out);
	phases_mark(&ph, "uitvoer plaatsen");
	int rc = summary(o, s, w.pages, &ps, t0);
	if (o->verbose && rc == 0 && !o->quiet)
		phases_print(&ph, stdout);
	print_free(pj);
	site_writer_free(&w);
	templates_free(&t);
	arena_free(&a);
	return rc;
}
