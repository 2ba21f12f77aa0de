/* build.c - the pipeline: content/ to the model, each document checked and
 * rendered in turn into a staging folder, which replaces the output only
 * when everything succeeded. See build.h. */
#include "build.h"
#include "docs.h"
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

/* The folder holding layouts/ and assets/: the project's own when it has
 * layouts/, else the ones installed with coachkit (PREFIX/share/coachkit),
 * else the ones beside the binary (a build in the source tree). */
static const char *theme_root(arena *a, const char *dir)
{
	if (fs_is_dir(path_join(a, dir, "layouts")))
		return dir;
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return dir;
	exe[n] = '\0';
	const char *bin = path_dirname(a, exe);
	const char *shared = path_join(a, path_dirname(a, bin),
				       "share/coachkit");
	if (fs_is_dir(path_join(a, shared, "layouts")))
		return shared;
	if (fs_is_dir(path_join(a, bin, "layouts")))
		return bin;
	return dir;
}

/* May OUT be replaced? Only if it does not exist, is an empty folder, or
 * carries the marker of an earlier build. */
static int check_output(const char *out, arena *a)
{
	if (!fs_is_dir(out)) {
		if (access(out, F_OK) == 0) {
			diag_system("%s exists and is not a folder; refusing "
				    "to replace it", out);
			return -1;
		}
		return 0;
	}
	if (fs_is_file(path_join(a, out, SITE_MARKER)))
		return 0;
	if (fs_is_empty_dir(out))
		return 0;
	diag_system("%s is not empty and was not made by coachkit (no %s "
		    "file in it); refusing to replace it. Choose another "
		    "folder with -o, or remove it yourself.", out, SITE_MARKER);
	return -1;
}

/* The site and the PDFs (or one of them: only), into the staging folder. */
static void render_all(site *s, site_writer *w, print_job *pj,
		       print_stats *ps, int only)
{
	int pages = only != ONLY_PRINT, pdfs = only != ONLY_SITE;
	if (pages) {
		if (site_write_home(w) < 0)
			return;
		for (size_t i = 0; i < s->n_modules; i++)
			site_write_module(w, s->modules[i]);
	}
	docs_process(s, pages ? w : NULL, pdfs ? pj : NULL, w->jobs);
	if (pages)
		site_write_files(w);
	else
		site_write_marker(w);
	if (pdfs && pj && !diag_errors() && !diag_system_errors())
		print_finish(pj, ps);
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
		site_write_search(w);
		scorm_write(s, w->out, w->jobs);
		/* last: it lists every file */
		offline_write(s, w->out, site_slug(s->a, s->title));
	}
}

/* With --only, what this build did not make is moved over from the
 * previous output: its print/ folder, or everything else. On a failure
 * what was moved goes back. */
static int carry_over(const char *out, const char *staging, int only,
		      arena *a)
{
	ptrvec names = { 0 };
	if (!only || !fs_is_dir(out) || fs_list(a, out, &names) < 0)
		return 0;
	size_t moved = 0;
	for (; moved < names.len; moved++) {
		const char *name = names.items[moved];
		int print = !strcmp(name, "print");
		if ((only == ONLY_SITE) != print)
			continue;
		if (rename(path_join(a, out, name),
			   path_join(a, staging, name)) < 0) {
			diag_system("cannot keep %s/%s: %s", out, name,
				    strerror(errno));
			break;
		}
	}
	if (moved == names.len)
		return 0;
	while (moved-- > 0) {
		const char *name = names.items[moved];
		if ((only == ONLY_SITE) == !strcmp(name, "print"))
			rename(path_join(a, staging, name),
			       path_join(a, out, name));
	}
	return -1;
}

/* Puts staging in place of out; the old output is removed afterwards. */
static int replace_output(const char *staging, const char *out, arena *a)
{
	const char *old = arena_printf(a, "%s.old-%ld", out, (long)getpid());
	int had_old = fs_is_dir(out);
	if (had_old && rename(out, old) < 0) {
		diag_system("cannot move %s aside: %s", out, strerror(errno));
		return -1;
	}
	if (rename(staging, out) < 0) {
		diag_system("cannot put the new output in %s: %s", out,
			    strerror(errno));
		if (had_old)
			rename(old, out);
		return -1;
	}
	if (had_old && fs_remove_tree(old) < 0)
		diag_system("cannot remove the previous output %s: %s", old,
			    strerror(errno));
	return 0;
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
		printf("print: %d regels, %d afbrekingen, %d te brede regels, "
		       "%d geforceerde paginaovergangen\n", ps->lines,
		       ps->hyphens, ps->overfull, ps->forced);
	return 0;
}

int build_run(const build_options *o)
{
	double t0 = now();
	arena a;
	arena_init(&a, 0);
	site *s = site_load(&a, o->dir);
	const char *out = o->out ? o->out : path_join(&a, o->dir, "public");
	templates t = {0};
	site_writer w = {0};
	print_job *pj = NULL;
	print_stats ps = {0};
	const char *staging = NULL;
	if (s && !o->check_only && check_output(out, &a) == 0) {
		staging = arena_printf(&a, "%s.new-%ld", out, (long)getpid());
		if (fs_remove_tree(staging) < 0 || fs_mkdir_p(staging) < 0) {
			diag_system("cannot create %s: %s", staging,
				    strerror(errno));
			staging = NULL;
		}
	}
	const char *theme = theme_root(&a, o->dir);
	if (s && templates_load(&t, &a, theme, s->language) == 0) {
		if (staging) {
			site_writer_init(&w, s, &t, staging);
			w.theme = theme;
			w.jobs = o->jobs > 0 ? o->jobs : processors();
			/* the site draws its diagrams with print's fonts */
			pj = print_begin(s, theme, t.strings,
					 o->only == ONLY_SITE ? NULL :
					 path_join(&a, staging, "print"));
			w.print = print_context(pj);
			render_all(s, &w, pj, &ps, o->only);
		} else if (o->check_only) {
			/* Typesetting too, for its warnings; nothing is paged
			 * or written. */
			pj = print_begin(s, theme, t.strings, NULL);
			docs_process(s, NULL, pj, 1);
			if (pj && !diag_errors())
				print_finish(pj, &ps);
		}
	}
	int failed = diag_errors() || diag_system_errors();
	if (staging && !failed)
		failed = carry_over(out, staging, o->only, &a) < 0;
	if (staging && !failed)
		replace_output(staging, out, &a);
	else if (staging)
		fs_remove_tree(staging);
	int rc = summary(o, s, w.pages, &ps, t0);
	print_free(pj);
	site_writer_free(&w);
	templates_free(&t);
	arena_free(&a);
	return rc;
}
