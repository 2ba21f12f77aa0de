/* watch.h - what changed under a project's content/, layouts/ and
 * assets/, through inotify.
 *
 * Every folder under the watched roots is watched, folders made later
 * too, and the project folder itself for content/, layouts/ or assets/
 * made, removed or renamed (nothing else there: a build's public/ may be
 * written into it). watch_wait() returns once a change has been
 * followed by quiet_ms without another, so that an editor saving fifty
 * files at once, or writing one in several steps, gives one rebuild. */
#ifndef COACHKIT_WATCH_H
#define COACHKIT_WATCH_H

#include "util/arena.h"

typedef struct watch watch;

/* Watches dir/content, dir/layouts and dir/assets (those that exist).
 * NULL after reporting a system error. */
watch *watch_new(const char *dir);
void   watch_free(watch *w);

/* What a wait saw. */
typedef struct watch_changes {
	ptrvec paths;        /* changed files, from the project folder
			      * ("content/modules/01-a/01-les.md"), each once */
	int    structure;    /* a file or folder was made, removed or
			      * renamed */
} watch_changes;

/* Blocks until something changed and then stayed quiet for quiet_ms,
 * or until stop_fd (may be -1) becomes readable. The paths live in a.
 * 1 with changes, 0 when stopped, -1 after a system error. */
int watch_wait(watch *w, int quiet_ms, int stop_fd, arena *a,
	       watch_changes *out);

#endif
