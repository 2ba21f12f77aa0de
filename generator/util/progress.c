/* progress.c - the progress bar; see progress.h. */
#include "progress.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define WIDTH 30

static struct {
	pthread_mutex_t lock;
	pthread_cond_t  stop;
	pthread_t       ticker;     /* redraws while a long job runs */
	int             on, shown, ticking;
	double          start, last;
	const char     *what;
	size_t          done, total;
} bar = { .lock = PTHREAD_MUTEX_INITIALIZER,
	  .stop = PTHREAD_COND_INITIALIZER };

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void draw(void);

static void *tick(void *unused)
{
	(void)unused;
	pthread_mutex_lock(&bar.lock);
	while (bar.on) {
		struct timespec t;
		clock_gettime(CLOCK_REALTIME, &t);
		t.tv_nsec += 100 * 1000 * 1000;
		if (t.tv_nsec >= 1000 * 1000 * 1000) {
			t.tv_sec++;
			t.tv_nsec -= 1000 * 1000 * 1000;
		}
		pthread_cond_timedwait(&bar.stop, &bar.lock, &t);
		if (bar.on)
			draw();
	}
	pthread_mutex_unlock(&bar.lock);
	return NULL;
}

void progress_start(int quiet)
{
	const char *term = getenv("TERM");
	pthread_mutex_lock(&bar.lock);
	bar.on = !quiet && isatty(STDERR_FILENO) && term && *term &&
		 strcmp(term, "dumb") != 0;
	bar.shown = 0;
	bar.start = now();
	bar.last = 0;
	bar.what = "";
	bar.done = bar.total = 0;
	bar.ticking = bar.on && pthread_create(&bar.ticker, NULL, tick,
					       NULL) == 0;
	pthread_mutex_unlock(&bar.lock);
}

/* Draws the bar when a second has passed, and a tenth since the last
 * time. The lock is held. */
static void draw(void)
{
	double t = now();
	if (!bar.on || t - bar.start < 1.0 || t - bar.last < 0.1)
		return;
	bar.last = t;
	bar.shown = 1;
	size_t fill = bar.total ? bar.done * WIDTH / bar.total : 0;
	char line[WIDTH + 1];
	memset(line, '#', fill);
	memset(line + fill, '.', WIDTH - fill);
	line[WIDTH] = '\0';
	fprintf(stderr, "\r[%s] %zu/%zu %s\033[K", line, bar.done, bar.total,
		bar.what);
	fflush(stderr);
}

void progress_stage(const char *what, size_t total)
{
	pthread_mutex_lock(&bar.lock);
	bar.what = what;
	bar.done = 0;
	bar.total = total;
	draw();
	pthread_mutex_unlock(&bar.lock);
}

void progress_step(void)
{
	pthread_mutex_lock(&bar.lock);
	bar.done++;
	draw();
	pthread_mutex_unlock(&bar.lock);
}

void progress_end(void)
{
	pthread_mutex_lock(&bar.lock);
	if (bar.shown) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
	bar.on = bar.shown = 0;
	pthread_cond_broadcast(&bar.stop);
	int join = bar.ticking;
	bar.ticking = 0;
	pthread_mutex_unlock(&bar.lock);
	if (join)
		pthread_join(bar.ticker, NULL);
}
