/* serve.c - coachkit serve; see serve.h.
 *
 * The site is built into a folder of its own under $TMPDIR (never the
 * project's public/), which the server serves. After a change the pages
 * are built first (--only site, which checks everything) and open pages
 * reload; then, unless only the site's own files changed (assets/,
 * layouts/html/), the PDFs that read what changed are built again (a
 * lesson: its module's hand-out and the manual; the others are kept) and
 * open PDFs reload. The fonts are kept from one build to the next; no
 * SCORM packages are made (nothing in the site links to them). A build
 * that fails leaves the last good site in place and shows its reports in
 * the terminal and over every open page. */
#include "serve.h"
#include "build.h"
#include "cache.h"
#include "http.h"
#include "watch.h"
#include "util/diag.h"
#include "util/fs.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* How long the files stay untouched before a rebuild: an editor saving
 * many files at once (or one in several writes) gives one. */
#define QUIET_MS 25

static int stop_pipe[2] = { -1, -1 };

static void on_stop(int sig)
{
	(void)sig;
	int e = errno;
	if (write(stop_pipe[1], "x", 1) < 0) {
		/* nothing to do: the pipe is full, a stop is pending */
	}
	errno = e;
}

typedef struct server {
	const serve_options *o;
	const char          *out;   /* the private output folder */
	http                *h;
	build_cache          cache; /* kept from one build to the next */
} server;

/* One build (only: ONLY_SITE, ONLY_PRINT or 0), its reports shown in the
 * terminal and, when it fails, over the open pages. Its exit status. */
static int build(server *sv, int only, const ptrvec *changed)
{
	diag_reset();
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	diag_set_stream(f);
	build_options bo = { .dir = sv->o->dir, .out = sv->out, .only = only,
			     .jobs = sv->o->jobs, .base_url = sv->o->base_url,
			     .changed = changed, .cache = &sv->cache,
			     .verbose = sv->o->verbose,
			     .preview = 1 };
	int rc = build_run(&bo);
	diag_set_stream(NULL);
	if (f)
		fclose(f);
	if (text && len)
		fwrite(text, 1, len, stderr);
	if (sv->h && rc == 0 && only == ONLY_PRINT)
		http_reload_pdfs(sv->h);
	else if (sv->h && rc == 0)
		http_reload(sv->h);
	else if (sv->h)
		http_errors(sv->h, text && len ? text :
			    "coachkit: de build is mislukt\n");
	free(text);
	fflush(stdout);
	return rc;
}

/* Whether a change to rel (from the project folder) can change a PDF:
 * everything but the site's own files. */
static int reaches_print(const char *rel)
{
	return strncmp(rel, "assets/", 7) && strcmp(rel, "assets") &&
	       strncmp(rel, "layouts/html/", 13);
}

static void rebuild(server *sv, const watch_changes *ch)
{
	int print = ch->structure;
	for (size_t i = 0; i < ch->paths.len && !print; i++)
		print = reaches_print(ch->paths.items[i]);
	printf("%zu %s gewijzigd\n", ch->paths.len,
	       ch->paths.len == 1 ? "bestand" : "bestanden");
	if (build(sv, ONLY_SITE, NULL) != 0 || !print)
		return;
	/* only the PDFs that read what changed, unless files came or went */
	build(sv, ONLY_PRINT, ch->structure ? NULL : &ch->paths);
}

static int is_loopback(const char *bind)
{
	return !strncmp(bind, "127.", 4) || !strcmp(bind, "::1");
}

/* Opens url in the desktop's browser, when there is one. */
static void open_browser(const char *url)
{
	pid_t pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		if (null >= 0) {
			dup2(null, 1);
			dup2(null, 2);
		}
		execlp("xdg-open", "xdg-open", url, (char *)NULL);
		_exit(127);
	}
	int status = 0;
	if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0)
		fprintf(stderr, "coachkit: kan geen browser openen; open %s "
			"zelf\n", url);
}

/* The private folder: $TMPDIR/coachkit-serve-XXXXXX. */
static char *private_folder(void)
{
	const char *tmp = getenv("TMPDIR");
	size_t n = strlen(tmp && *tmp ? tmp : "/tmp") + 32;
	char *dir = xmalloc(n);
	snprintf(dir, n, "%s/coachkit-serve-XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		diag_system("kan geen map maken in %s: %s",
			    tmp && *tmp ? tmp : "/tmp", syserr_text(errno));
		free(dir);
		return NULL;
	}
	return dir;
}

static void watch_loop(server *sv, watch *w)
{
	for (;;) {
		arena a;
		arena_init(&a, 0);
		watch_changes ch;
		int r = watch_wait(w, QUIET_MS, stop_pipe[0], &a, &ch);
		if (r > 0)
			rebuild(sv, &ch);
		arena_free(&a);
		if (r <= 0)
			return;
	}
}

int serve_run(const serve_options *o)
{
	if (!fs_is_dir(o->dir)) {
		diag_system("%s: geen map", o->dir);
		return 2;
	}
	if (pipe(stop_pipe) < 0) {
		diag_system("pipe: %s", syserr_text(errno));
		return 2;
	}
	struct sigaction sa = { .sa_handler = on_stop };
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	char *tmp = private_folder();
	if (!tmp)
		return 2;
	size_t n = strlen(tmp) + 8;
	char *out = xmalloc(n);
	snprintf(out, n, "%s/site", tmp);
	server sv = { .o = o, .out = out };
	cache_init(&sv.cache);
	int rc = 2;
	watch *w = NULL;
	build(&sv, 0, NULL);   /* a failed first build serves its reports */
	if (!fs_is_dir(out))
		fs_mkdir_p(out);
	char err[300];
	sv.h = http_start(out, o->bind, o->port, err, sizeof err);
	if (!sv.h) {
		fprintf(stderr, "coachkit: error: %s\n", err);
		goto done;
	}
	w = watch_new(o->dir);
	if (!w)
		goto done;
	if (!is_loopback(o->bind))
		fprintf(stderr, "coachkit: warning: %s is ook bereikbaar voor "
			"anderen op het netwerk; alleen op deze computer: "
			"--bind 127.0.0.1\n", o->bind);
	char url[300];
	snprintf(url, sizeof url, strchr(o->bind, ':') ? "http://[%s]:%d/" :
		 "http://%s:%d/", o->bind, o->port);
	printf("coachkit serve: %s (Ctrl-C stopt)\n", url);
	fflush(stdout);
	if (o->open)
		open_browser(url);
	watch_loop(&sv, w);
	printf("\ncoachkit serve: gestopt\n");
	rc = 0;
done:
	watch_free(w);
	http_stop(sv.h);
	cache_free(&sv.cache);
	fs_remove_tree(tmp);
	free(out);
	free(tmp);
	return rc;
}
