/* output.c - the output folder and its staging folder; see output.h. */
#define _DEFAULT_SOURCE   /* syscall(), for getdents64 in a signal handler */
#include "output.h"
#include "build.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fs.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define MARKER ".coachkit"

static const char marker_text[] =
	"Deze map wordt door coachkit geschreven. Een build vervangt de hele "
	"map.\n";

/* --- where OUT may not be ------------------------------------------------ */

/* Why the resolved path out must not be replaced, or NULL. */
static const char *protected_reason(arena *a, const char *out,
				    const char *dir)
{
	if (!strcmp(out, "/"))
		return "het is de hoofdmap van het systeem";
	const char *homes[2] = { getenv("HOME"), NULL };
	struct passwd *pw = getpwuid(getuid());
	if (pw)
		homes[1] = pw->pw_dir;
	for (int i = 0; i < 2; i++) {
		const char *h = homes[i] && homes[i][0] ?
				path_resolve(a, homes[i]) : NULL;
		if (h && !strcmp(out, h))
			return "het is je thuismap";
	}
	const char *project = path_resolve(a, dir);
	if (project && !strcmp(out, project))
		return "het is de projectmap";
	if (project && path_within(project, out))
		return "de projectmap staat erin";
	const char *content = path_resolve(a, path_join(a, dir, "content"));
	if (content && !strcmp(out, content))
		return "het is de map content";
	if (content && path_within(content, out))
		return "de map content staat erin";
	if (content && path_within(out, content))
		return "het ligt in de map content";
	return NULL;
}

/* OUT as given without its trailing slashes ("/" stays "/"). */
static const char *trim_slashes(arena *a, const char *out)
{
	size_t n = strlen(out);
	while (n > 1 && out[n - 1] == '/')
		n--;
	return arena_strndup(a, out, n);
}

int output_open(output *o, arena *a, const char *dir, const char *out)
{
	o->shown = trim_slashes(a, out ? out : path_join(a, dir, "public"));
	o->staging = NULL;
	o->path = o->shown[0] ? path_resolve(a, o->shown) : NULL;
	if (!o->path) {
		diag_system("kan '%s' niet als uitvoermap gebruiken: %s",
			    o->shown, o->shown[0] ? syserr_text(errno) :
			    "de naam is leeg");
		return -1;
	}
	const char *why = protected_reason(a, o->path, dir);
	if (why) {
		diag_system("coachkit schrijft de uitvoer niet naar %s: %s. "
			    "Kies met -o een andere map.", o->shown, why);
		return -1;
	}
	if (!fs_is_dir(o->path)) {
		if (access(o->path, F_OK) == 0) {
			diag_system("%s bestaat al en is geen map; coachkit "
				    "vervangt het niet", o->shown);
			return -1;
		}
		return 0;
	}
	if (fs_is_file(path_join(a, o->path, MARKER)) ||
	    fs_is_empty_dir(o->path))
		return 0;
	diag_system("%s is niet leeg en niet door coachkit gemaakt (er staat "
		    "geen bestand %s in); coachkit vervangt de map niet. Kies "
		    "met -o een andere map, of verwijder hem zelf.", o->shown,
		    MARKER);
	return -1;
}

/* The Linux directory entry that getdents64 returns. */
struct dent64 {
	uint64_t       ino;
	int64_t        off;
	unsigned short reclen;
	unsigned char  type;
	char           name[];
};

/* --- a watchdog that clears up after the build, however it ends --------- */

/* Calls fn(dirfd, name, ud) for each entry of the folder dirfd but "."
 * and "..", with async-signal-safe calls only; entries fn removes or
 * moves are not missed (the folder is read again until a pass acts on
 * none). */
static void each_entry(int dirfd, int (*fn)(int, const char *, void *),
		       void *ud)
{
	_Alignas(8) char ents[2048];
	for (int acted = 1, passes = 0; acted && passes < 64; passes++) {
		acted = 0;
		lseek(dirfd, 0, SEEK_SET);
		long n;
		while ((n = syscall(SYS_getdents64, dirfd, ents,
				    sizeof ents)) > 0)
			for (long i = 0; i < n;) {
				struct dent64 *e = (struct dent64 *)(ents + i);
				i += e->reclen;
				if (strcmp(e->name, ".") && strcmp(e->name, ".."))
					acted |= fn(dirfd, e->name, ud);
			}
	}
}

static void remove_at(int dirfd, const char *name, int depth);

/* each_entry() over a folder being removed, depth levels down. */
static int remove_one(int dirfd, const char *name, void *ud)
{
	remove_at(dirfd, name, *(const int *)ud + 1);
	return 1;
}

/* Removes name (in the folder dirfd) and everything under it, with
 * async-signal-safe calls only (the watchdog is forked from a process
 * that may have threads); gives up below 32 levels. */
static void remove_at(int dirfd, const char *name, int depth)
{
	if (unlinkat(dirfd, name, 0) == 0 || (errno != EISDIR &&
					       errno != EPERM))
		return;
	int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
			O_CLOEXEC);
	if (fd < 0)
		return;
	if (depth < 32)
		each_entry(fd, remove_one, &depth);
	close(fd);
	unlinkat(dirfd, name, AT_REMOVEDIR);
}

typedef struct give_back {
	int out;    /* the folder OUT */
	int only;   /* ONLY_SITE or ONLY_PRINT */
} give_back;

/* An entry of the staging folder that carry_over() took from OUT (the
 * same rule), and that OUT has not got again, goes back. */
static int give_back_one(int staging, const char *name, void *ud)
{
	const give_back *g = ud;
	if (name[0] == '.' || (g->only == ONLY_SITE) != !strcmp(name, "print"))
		return 0;
	if (faccessat(g->out, name, F_OK, AT_SYMLINK_NOFOLLOW) == 0)
		return 0;
	return renameat(staging, name, g->out, name) == 0;
}

/* What carry_over() moved from out into staging goes back; nothing
 * without only. Async-signal-safe. */
static void carry_back(const char *staging, const char *out, int only)
{
	if (!only)
		return;
	int from = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	give_back g = { open(out, O_RDONLY | O_DIRECTORY | O_CLOEXEC), only };
	if (from >= 0 && g.out >= 0)
		each_entry(from, give_back_one, &g);
	if (from >= 0)
		close(from);
	if (g.out >= 0)
		close(g.out);
}

/* The watchdog: waits until the build closes its end of the pipe, which
 * it does when it has put its output in place or given it up, or which
 * happens when it dies in any way (a signal, SIGKILL, the OOM killer).
 * Then whatever the build left is cleared: an output moved aside goes
 * back if nothing took its place (else it goes), what --only carried from
 * OUT into the staging folder goes back, and the staging folder goes. */
static void watch(int fd, const char *out, const char *staging,
		  const char *old, int only)
{
	static const int ignored[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT,
				       SIGPIPE };
	for (size_t i = 0; i < sizeof ignored / sizeof *ignored; i++)
		signal(ignored[i], SIG_IGN);   /* Ctrl-C reaches the group */
	int null = open("/dev/null", O_RDWR);
	if (null >= 0) {   /* hold no pipe of the caller's open */
		dup2(null, 0);
		dup2(null, 1);
		dup2(null, 2);
	}
	char c;
	while (read(fd, &c, 1) < 0 && errno == EINTR)
		;
	struct stat st;
	if (lstat(old, &st) == 0) {
		if (lstat(out, &st) < 0 && errno == ENOENT)
			rename(old, out);
		else
			remove_at(AT_FDCWD, old, 0);
	}
	carry_back(staging, out, only);
	remove_at(AT_FDCWD, staging, 0);
	_exit(0);
}

/* Starts the watchdog for o's staging folder; -1 (errno set) when it
 * cannot be forked. */
static int start_watch(output *o, int only, arena *a)
{
	int p[2];
	if (pipe(p) < 0)
		return -1;
	const char *old = arena_printf(a, "%s.old-%ld", o->path,
				       (long)getpid());
	pid_t pid = fork();
	if (pid < 0) {
		int e = errno;
		close(p[0]);
		close(p[1]);
		errno = e;
		return -1;
	}
	if (pid == 0) {
		close(p[1]);
		watch(p[0], o->path, o->staging, old, only);
	}
	close(p[0]);
	fcntl(p[1], F_SETFD, FD_CLOEXEC);
	o->watch_fd = p[1];
	o->watch_pid = pid;
	return 0;
}

/* Tells the watchdog the build is over, and waits until it has done. */
static void stop_watch(output *o)
{
	if (o->watch_pid <= 0)
		return;
	close(o->watch_fd);
	while (waitpid(o->watch_pid, NULL, 0) < 0 && errno == EINTR)
		;
	o->watch_pid = 0;
}

/* --- what interrupted builds left ---------------------------------------- */

/* The PID in name when it is base + ".new-PID" or ".old-PID" (kind set to
 * 'n' or 'o'); 0 otherwise. */
static long leftover_pid(const char *name, const char *base, char *kind)
{
	size_t n = strlen(base);
	if (strncmp(name, base, n) != 0 || (strncmp(name + n, ".new-", 5) &&
					    strncmp(name + n, ".old-", 5)))
		return 0;
	*kind = name[n + 1];
	const char *digits = name + n + 5;
	char *end;
	long pid = strtol(digits, &end, 10);
	return digits[0] >= '0' && digits[0] <= '9' && !*end && pid > 0 ?
	       pid : 0;
}

/* Removes the staging folders of builds that are gone; an output moved
 * aside by a build that died before putting its new one in place goes
 * back. */
static void sweep(output *o, arena *a)
{
	const char *parent = path_dirname(a, o->path);
	const char *base = path_basename(o->path);
	ptrvec names = { 0 };
	if (fs_list(a, parent[0] ? parent : "/", &names) < 0)
		return;
	for (size_t i = 0; i < names.len; i++) {
		char kind;
		long pid = leftover_pid(names.items[i], base, &kind);
		if (!pid || pid == (long)getpid() ||
		    kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		const char *left = path_join(a, parent[0] ? parent : "/",
					     names.items[i]);
		if (!fs_is_dir(left))
			continue;
		if (kind == 'o' && access(o->path, F_OK) != 0 &&
		    rename(left, o->path) == 0)
			continue;
		fs_remove_tree(left);
	}
}

int output_stage(output *o, int only, arena *a)
{
	sweep(o, a);
	const char *staging = arena_printf(a, "%s.new-%ld", o->path,
					   (long)getpid());
	if (fs_remove_tree(staging) < 0 || fs_mkdir_p(staging) < 0 ||
	    fs_write(path_join(a, staging, MARKER), marker_text,
		     sizeof marker_text - 1) < 0) {
		diag_system("kan %s niet maken: %s", staging,
			    syserr_text(errno));
		fs_remove_tree(staging);
		return -1;
	}
	o->staging = staging;
	if (start_watch(o, only, a) < 0) {
		diag_system("kan geen proces starten dat %s bewaakt: %s",
			    staging, syserr_text(errno));
		output_discard(o);
		return -1;
	}
	return 0;
}

/* --- putting the new output in place ------------------------------------ */

/* For the tests of the watchdog: with COACHKIT_TEST_STOP=point the build
 * stops itself (SIGSTOP) at that point of putting the output in place, so
 * that a test can kill it exactly there. */
static void test_stop(const char *point)
{
	const char *at = getenv("COACHKIT_TEST_STOP");
	if (at && !strcmp(at, point))
		raise(SIGSTOP);
}

/* With --only, what this build did not make is moved over from the
 * previous output: its print/ folder, or everything else. On a failure
 * what was moved goes back. */
static int carry_over(const output *o, int only, arena *a)
{
	ptrvec names = { 0 };
	if (!only || !fs_is_dir(o->path) || fs_list(a, o->path, &names) < 0)
		return 0;
	for (size_t i = 0; i < names.len; i++) {
		const char *name = names.items[i];
		if ((only == ONLY_SITE) != !strcmp(name, "print"))
			continue;
		if (rename(path_join(a, o->path, name),
			   path_join(a, o->staging, name)) < 0) {
			diag_system("kan %s/%s niet behouden: %s", o->shown,
				    name, syserr_text(errno));
			carry_back(o->staging, o->path, only);
			return -1;
		}
	}
	return 0;
}

/* Puts the staging folder in place of OUT; the old output is removed
 * afterwards. (Should the build die between the two renames, the
 * watchdog puts the old output back.) */
static int replace(output *o, arena *a)
{
	const char *old = arena_printf(a, "%s.old-%ld", o->path,
				       (long)getpid());
	int had_old = fs_is_dir(o->path);
	if (had_old && rename(o->path, old) < 0) {
		diag_system("kan %s niet opzijzetten: %s", o->shown,
			    syserr_text(errno));
		return -1;
	}
	test_stop("aside");
	if (rename(o->staging, o->path) < 0) {
		diag_system("kan de nieuwe uitvoer niet in %s zetten: %s",
			    o->shown, syserr_text(errno));
		if (had_old)
			rename(old, o->path);
		return -1;
	}
	o->staging = NULL;
	if (had_old && fs_remove_tree(old) < 0)
		diag_system("kan de vorige uitvoer %s niet verwijderen: %s",
			    old, syserr_text(errno));
	return 0;
}

int output_commit(output *o, int only, arena *a)
{
	if (carry_over(o, only, a) < 0) {
		output_discard(o);
		return -1;
	}
	test_stop("carried");
	if (replace(o, a) < 0) {
		carry_back(o->staging, o->path, only);
		output_discard(o);
		return -1;
	}
	stop_watch(o);
	return 0;
}

void output_discard(output *o)
{
	if (o->staging)
		fs_remove_tree(o->staging);
	o->staging = NULL;
	stop_watch(o);
}
