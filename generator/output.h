/* output.h - the output folder: whether a build may replace it, the
 * staging folder the build writes into, and putting that in its place.
 *
 * A build never writes into OUT itself. It writes into OUT.new-PID beside
 * it and, when everything succeeded, moves OUT aside (OUT.old-PID), moves
 * the staging folder in, and removes the old one. A small process forked
 * with the staging folder watches the build: should the build end without
 * committing or discarding it (stopped by a signal, even SIGKILL), it
 * removes the staging folder and puts back an output moved aside. Should
 * even that be killed, the next build into the same OUT does so.
 *
 * Strings live in the arena given to output_open(). */
#ifndef COACHKIT_OUTPUT_H
#define COACHKIT_OUTPUT_H

#include "util/arena.h"

typedef struct output {
	const char *path;     /* OUT: absolute, symbolic links resolved, no
			       * trailing slash */
	const char *shown;    /* OUT as given, for messages */
	const char *staging;  /* OUT.new-PID once made, else NULL */
	int         watch_fd; /* the watchdog's pipe, and its process */
	int         watch_pid;
} output;

/* Settles where OUT (as the user gave it; NULL: DIR/public) is and checks
 * that a build may replace it: never "/", the home folder, the project
 * folder DIR or a folder holding it, a folder holding the content or
 * inside it; otherwise a missing or empty folder, or one an earlier build
 * made (it has the marker file). 0, or -1 after reporting. */
int output_open(output *o, arena *a, const char *dir, const char *out);

/* Removes what interrupted builds left beside OUT, makes the staging
 * folder with the marker in it, and starts the watchdog that removes it
 * again should the process end before output_commit() or
 * output_discard(), giving back to OUT first what output_commit() carried
 * over from it with only (see there). Call it before starting threads. 0, or -1 after
 * reporting. */
int output_stage(output *o, int only, arena *a);

/* With only (ONLY_SITE or ONLY_PRINT, build.h) the part of the previous
 * OUT this build did not make is moved into the staging folder first.
 * Then the staging folder becomes OUT. 0, or -1 after reporting (the
 * previous OUT is then as it was). */
int output_commit(output *o, int only, arena *a);

/* Removes the staging folder: the build failed. */
void output_discard(output *o);

#endif
