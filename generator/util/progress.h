/* progress.h - a progress bar for long builds, on a terminal only.
 *
 * Shown on stderr once a build has run for a second, and only when
 * stderr is a terminal (never in a pipe, a file or a CI log) and TERM is
 * not "dumb"; redrawn at most ten times a second; progress_end() clears
 * it. Safe to call from the pool's threads. */
#ifndef COACHKIT_PROGRESS_H
#define COACHKIT_PROGRESS_H

#include <stddef.h>

/* Starts the clock; off when quiet. */
void progress_start(int quiet);
/* A stage of total jobs begins, named what (a static string). */
void progress_stage(const char *what, size_t total);
/* One more job of the stage is done. */
void progress_step(void);
/* Clears the bar, if it was shown. */
void progress_end(void);

#endif
