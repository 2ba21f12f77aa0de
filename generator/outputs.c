/* outputs.c - the table of outputs, and the stages that run their jobs;
 * see outputs.h. */
#include "outputs.h"
#include "docs.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/phases.h"
#include "util/pool.h"
#include "util/progress.h"
#include "util/strmap.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Each defined in its own file. */
extern const output_def handouts_output, poster_output, deskmat_output,
	cards_output, pocket_output, appendix_output, guide_output,
	worksheet_output,
	site_output,
	scorm_output, offline_output;

/* In the order their reports are printed and the materials page lists
 * what they made; the hand-outs first, as their jobs are the longest. */
static const output_def *const table[] = {
	&handouts_output,
	&poster_output,
	&deskmat_output,
	&cards_output,
	&pocket_output,
	&appendix_output,
	&guide_output,
	&worksheet_output,
	&site_output,
	&scorm_output,
	&offline_output,
};
#define N_OUTPUTS (sizeof table / sizeof *table)

static const char *const stage_names[STAGE_COUNT] = {
	"uitvoer maken", "overzichtspagina's", "SCORM-pakketten", "offline",
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One job of one output in a stage. */
typedef struct job {
	const output_def *o;
	void             *state;
	size_t            i;
	diag_capture      reports;
	double            secs;
} job;

typedef struct stage_run {
	job *jobs;
	int  stage;
} stage_run;

typedef struct worker {
	stage_run *run;
	int        index;
} worker;

static void run_job(void *ud, size_t k)
{
	worker *w = ud;
	job *j = &w->run->jobs[k];
	double t0 = now();
	diag_capture_begin(&j->reports);
	j->o->render(j->state, w->run->stage, j->i, w->index);
	diag_capture_end(&j->reports);
	j->secs = now() - t0;
	progress_step();
}

unsigned outputs_reads_of(const char *rel)
{
	static const struct { const char *prefix; unsigned reads; } kinds[] = {
		{ "content/site.yaml", READS_SITE },
		{ "content/pages/", READS_PAGES },
		{ "content/posters/", READS_POSTERS },
		{ "content/deskmats/", READS_DESKMATS },
		{ "content/profiles/", READS_PROFILES },
		{ "content/competencies.yaml", READS_COMPETENCIES },
		{ "content/pocket.yaml", READS_POCKET },
		/* the glossary's page, its terms marked on every lesson
		 * page and its section in the manual */
		{ "content/begrippen.yaml", READS_SITE },
		{ "content/diagrams/", READS_DIAGRAMS },
		{ "content/werkbladen/", READS_WORKSHEETS },
		{ "content/trainer/", READS_TRAINER },
		{ "layouts/html/", READS_SITE_THEME },
		{ "assets/", READS_SITE_THEME },
	};
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
		if (!strncmp(rel, kinds[i].prefix, strlen(kinds[i].prefix)))
			return kinds[i].reads;
	if (!strncmp(rel, "content/modules/", 16))
		return path_has_suffix(rel, "/_module.yaml") ? READS_SITE :
		       path_has_suffix(rel, ".md") ? READS_LESSONS :
		       READS_MEDIA;
	if (!strncmp(rel, "content/", 8))
		return READS_MEDIA;
	return READS_ALL;
}

/* The jobs of output o in stage: none when it reads nothing that
 * changed (what it made before is kept). */
static size_t jobs_of(const build_ctx *b, size_t o, void *state, int stage)
{
	if (!state || !(table[o]->reads & b->changed))
		return 0;
	return table[o]->jobs(state, stage);
}

/* Every job of the stage on the pool, then their reports in the table's
 * order, then each output's finish(). */
static void run_stage(build_ctx *b, void **states, int stage, strmap *seen,
		      phases *ph)
{
	size_t n = 0;
	for (size_t o = 0; o < N_OUTPUTS; o++)
		n += jobs_of(b, o, states[o], stage);
	stage_run run = { .stage = stage };
	run.jobs = xmalloc((n + 1) * sizeof *run.jobs);
	size_t k = 0;
	for (size_t o = 0; o < N_OUTPUTS; o++) {
		size_t m = jobs_of(b, o, states[o], stage);
		for (size_t i = 0; i < m; i++)
			run.jobs[k++] = (job){ table[o], states[o], i,
					       { 0 }, 0 };
	}
	int threads = b->jobs < 1 ? 1 : b->jobs;
	worker *ws = xmalloc((size_t)threads * sizeof *ws);
	void **wp = xmalloc((size_t)threads * sizeof *wp);
	for (int t = 0; t < threads; t++) {
		ws[t] = (worker){ &run, t };
		wp[t] = &ws[t];
	}
	progress_stage(stage_names[stage], n);
	if (n)
		pool_run(n, wp, threads, run_job);
	for (k = 0; k < n; k++) {
		diag_replay_once(&run.jobs[k].reports, seen, b->a);
		phases_job(ph, run.jobs[k].o->name, run.jobs[k].secs);
	}
	for (size_t o = 0; o < N_OUTPUTS; o++)
		if (states[o] && table[o]->finish &&
		    (table[o]->reads & b->changed))
			table[o]->finish(states[o], stage, b);
	free(wp);
	free(ws);
	free(run.jobs);
	if (n)   /* a stage without jobs is not worth a line */
		phases_mark(ph, stage_names[stage]);
}

struct outputs {
	void *states[N_OUTPUTS];
	int   begun[N_OUTPUTS];   /* new() called */
};

/* The hook of docs_check(): the document to each output that takes it. */
static void hand_doc(void *ud, size_t i, struct md_doc *m, int worker)
{
	outputs *os = ud;
	for (size_t o = 0; o < N_OUTPUTS; o++)
		if (os->states[o] && table[o]->doc)
			table[o]->doc(os->states[o], i, m, worker);
}

outputs *outputs_begin(build_ctx *b, doc_hook *hook)
{
	outputs *os = xmalloc(sizeof *os);
	memset(os, 0, sizeof *os);
	for (size_t o = 0; o < N_OUTPUTS; o++) {
		if (!table[o]->doc || !(table[o]->reads & b->changed))
			continue;
		int bad = 0;
		os->states[o] = table[o]->new(b, table[o]->arg, &bad);
		os->begun[o] = 1;
	}
	*hook = (doc_hook){ hand_doc, os };
	return os;
}

int outputs_run(outputs *os, build_ctx *b, phases *ph)
{
	void **states = os->states;
	for (size_t o = 0; o < N_OUTPUTS; o++) {
		int bad = 0;
		if (!os->begun[o])
			states[o] = table[o]->new(b, table[o]->arg, &bad);
	}
	phases_mark(ph, "uitvoer controleren");
	strmap seen = { 0 };
	int stages = b->out ? STAGE_COUNT : STAGE_MAKE + 1;
	for (int stage = 0; stage < stages; stage++) {
		if (diag_errors() || diag_system_errors())
			break;
		run_stage(b, states, stage, &seen, ph);
	}
	for (size_t o = 0; o < N_OUTPUTS; o++)
		if (states[o] && table[o]->free)
			table[o]->free(states[o]);
	free(os);
	return diag_errors() || diag_system_errors() ? -1 : 0;
}
