/* watch.c - inotify on a project's folders; see watch.h. */
#include "watch.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/strmap.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#define EVENTS (IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | \
		IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_ATTRIB)

struct watch {
	int         fd;
	const char *dir;
	arena       a;
	strmap      by_wd;   /* "wd" -> the folder's path from dir */
	int         root_wd; /* dir itself: content/ made again, renamed */
};

static const char *const roots[] = { "content", "layouts", "assets" };

/* Whether name (in dir itself) is one of the watched folders. */
static int is_root(const char *name)
{
	for (size_t i = 0; i < sizeof roots / sizeof *roots; i++)
		if (!strcmp(name, roots[i]))
			return 1;
	return 0;
}

/* Watches the folder rel (from w->dir) and every folder under it. */
static void add_tree(watch *w, const char *rel, int depth)
{
	const char *path = path_join(&w->a, w->dir, rel);
	int wd = inotify_add_watch(w->fd, path, EVENTS | IN_ONLYDIR);
	if (wd < 0)
		return;   /* gone already, or not a folder */
	strmap_put(&w->a, &w->by_wd, arena_printf(&w->a, "%d", wd),
		   (void *)rel);
	ptrvec names = { 0 };
	if (depth > 32 || fs_list(&w->a, path, &names) < 0)
		return;
	for (size_t i = 0; i < names.len; i++) {
		const char *child = path_join(&w->a, rel, names.items[i]);
		if (fs_is_dir(path_join(&w->a, w->dir, child)))
			add_tree(w, child, depth + 1);
	}
}

watch *watch_new(const char *dir)
{
	watch *w = xmalloc(sizeof *w);
	memset(w, 0, sizeof *w);
	arena_init(&w->a, 0);
	w->dir = arena_strdup(&w->a, dir);
	w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (w->fd < 0) {
		diag_system("kan %s niet in de gaten houden: %s", dir,
			    syserr_text(errno));
		watch_free(w);
		return NULL;
	}
	for (size_t i = 0; i < sizeof roots / sizeof *roots; i++)
		add_tree(w, roots[i], 0);
	w->root_wd = inotify_add_watch(w->fd, dir, IN_CREATE | IN_DELETE |
				       IN_MOVED_FROM | IN_MOVED_TO |
				       IN_ONLYDIR);
	if (w->root_wd >= 0)
		strmap_put(&w->a, &w->by_wd, arena_printf(&w->a, "%d",
			   w->root_wd), "");
	return w;
}

void watch_free(watch *w)
{
	if (!w)
		return;
	if (w->fd >= 0)
		close(w->fd);
	arena_free(&w->a);
	free(w);
}

/* One event: the path it names, noted once; a folder made is watched.
 * In the project folder itself only content/, layouts/ and assets/
 * count: a build's public/ may well be written there. */
static void note(watch *w, const struct inotify_event *e, arena *a,
		 strmap *seen, watch_changes *out)
{
	const char *folder = strmap_get(&w->by_wd, arena_printf(a, "%d",
								 e->wd));
	if (!folder || (e->wd == w->root_wd && (!e->len || !is_root(e->name))))
		return;
	const char *rel = e->len ? path_join(a, folder, e->name) : folder;
	if (e->mask & (IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
		       IN_DELETE_SELF))
		out->structure = 1;
	if ((e->mask & (IN_CREATE | IN_MOVED_TO)) && (e->mask & IN_ISDIR))
		add_tree(w, arena_strdup(&w->a, rel), 0);
	if (!strmap_get(seen, rel)) {
		strmap_put(a, seen, rel, (void *)rel);
		ptrvec_push(a, &out->paths, (void *)rel);
	}
}

/* Reads what is queued; 0, or -1 after a system error. */
static int drain(watch *w, arena *a, strmap *seen, watch_changes *out)
{
	char data[8192]
		__attribute__((aligned(__alignof__(struct inotify_event))));
	for (;;) {
		ssize_t n = read(w->fd, data, sizeof data);
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return 0;
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			diag_system("inotify: %s", syserr_text(errno));
			return -1;
		}
		for (char *p = data; p < data + n;) {
			const struct inotify_event *e = (void *)p;
			p += sizeof *e + e->len;
			note(w, e, a, seen, out);
		}
	}
}

int watch_wait(watch *w, int quiet_ms, int stop_fd, arena *a,
	       watch_changes *out)
{
	memset(out, 0, sizeof *out);
	strmap seen = { 0 };
	int got = 0;
	for (;;) {
		struct pollfd fds[2] = { { w->fd, POLLIN, 0 },
					 { stop_fd, POLLIN, 0 } };
		int r = poll(fds, stop_fd >= 0 ? 2 : 1, got ? quiet_ms : -1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			diag_system("poll: %s", syserr_text(errno));
			return -1;
		}
		if (stop_fd >= 0 && fds[1].revents)
			return 0;
		if (r == 0)
			return 1;   /* quiet for quiet_ms after a change */
		if (drain(w, a, &seen, out) < 0)
			return -1;
		got = out->paths.len > 0 || out->structure;
	}
}
