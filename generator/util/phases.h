/* phases.h - where a build spends its time, for coachkit build -v.
 *
 * phases_mark() charges the time since the previous mark (or
 * phases_start()) to a named phase; a name used again adds to its phase.
 * phases_print() writes the table, in the order the phases first came.
 * Wall-clock time, from CLOCK_MONOTONIC. */
#ifndef COACHKIT_PHASES_H
#define COACHKIT_PHASES_H

#include <stdio.h>

#define PHASES_MAX 24

typedef struct phases {
	const char *names[PHASES_MAX];   /* static strings */
	double      secs[PHASES_MAX];
	int         n;
	double      last;
	/* the outputs' jobs: their time on every thread together */
	const char *job_names[PHASES_MAX];
	double      job_secs[PHASES_MAX];
	int         job_counts[PHASES_MAX];
	int         n_jobs;
} phases;

void phases_start(phases *p);
void phases_mark(phases *p, const char *name);   /* p may be NULL */
/* Charges secs of one job to output name (a second table: jobs run side
 * by side, so their times add up to more than the wall clock's). */
void phases_job(phases *p, const char *name, double secs);
void phases_print(const phases *p, FILE *f);

#endif
