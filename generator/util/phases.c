/* phases.c - a build's time by phase; see phases.h. */
#include "phases.h"

#include <string.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void phases_start(phases *p)
{
	memset(p, 0, sizeof *p);
	p->last = now();
}

void phases_mark(phases *p, const char *name)
{
	if (!p)
		return;
	double t = now();
	int i = 0;
	while (i < p->n && strcmp(p->names[i], name))
		i++;
	if (i == p->n && p->n < PHASES_MAX)
		p->names[p->n++] = name;
	if (i < p->n)
		p->secs[i] += t - p->last;
	p->last = t;
}

void phases_job(phases *p, const char *name, double secs)
{
	if (!p)
		return;
	int i = 0;
	while (i < p->n_jobs && strcmp(p->job_names[i], name))
		i++;
	if (i == p->n_jobs && p->n_jobs < PHASES_MAX)
		p->job_names[p->n_jobs++] = name;
	if (i < p->n_jobs) {
		p->job_secs[i] += secs;
		p->job_counts[i]++;
	}
}

/* "0,21" with a decimal comma, as the summary line writes seconds. */
static void seconds(char *out, size_t n, double s)
{
	snprintf(out, n, "%.2f", s);
	char *dot = strchr(out, '.');
	if (dot)
		*dot = ',';
}

void phases_print(const phases *p, FILE *f)
{
	double total = 0;
	for (int i = 0; i < p->n; i++)
		total += p->secs[i];
	fprintf(f, "fase                      tijd (s)  deel\n");
	for (int i = 0; i < p->n; i++) {
		char s[32];
		seconds(s, sizeof s, p->secs[i]);
		fprintf(f, "%-24s %9s  %3.0f%%\n", p->names[i], s,
			total > 0 ? 100 * p->secs[i] / total : 0);
	}
	char s[32];
	seconds(s, sizeof s, total);
	fprintf(f, "%-24s %9s\n", "totaal", s);
	if (!p->n_jobs)
		return;
	double busy = 0;
	for (int i = 0; i < p->n_jobs; i++)
		busy += p->job_secs[i];
	fprintf(f, "\nuitvoer                   taken  tijd (s)  deel\n");
	for (int i = 0; i < p->n_jobs; i++) {
		seconds(s, sizeof s, p->job_secs[i]);
		fprintf(f, "%-24s %6d %9s  %3.0f%%\n", p->job_names[i],
			p->job_counts[i], s,
			busy > 0 ? 100 * p->job_secs[i] / busy : 0);
	}
	seconds(s, sizeof s, busy);
	fprintf(f, "%-24s %6s %9s\n", "samen (alle threads)", "", s);
}
