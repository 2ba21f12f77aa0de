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
} phases;

void phases_start(phases *p);
void phases_mark(phases *p, const char *name);   /* p may be NULL */
void phases_print(const phases *p, FILE *f);

#endif
