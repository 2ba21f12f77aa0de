/* outputs.h - what a build makes, each output behind one small interface.
 *
 * A build loads the content and the resources, checks every document,
 * then asks each output of the table (outputs.c) for its state with new(),
 * which checks and lays out what the output reads and reports every
 * content error at its file:line:col. Only when no output found an error
 * does anything render: in stages, every job of every output of a stage
 * on the -j pool at once, each job writing its own files. Reports made in
 * jobs are printed afterwards in the table's order (a report two jobs
 * make is printed once), and finish() gathers what the jobs made on the
 * main thread, in the table's order: so the output is the same for any
 * -j.
 *
 * Adding an output is one file with its output_def, and one row in the
 * table. */
#ifndef COACHKIT_OUTPUTS_H
#define COACHKIT_OUTPUTS_H

#include "materials.h"
#include "resources.h"
#include "content/model.h"
#include "util/arena.h"

/* The stages, in order: each begins once the one before is written. */
enum {
	STAGE_MAKE,     /* pages and PDFs */
	STAGE_LIST,     /* pages that list what STAGE_MAKE made */
	STAGE_PACK,     /* packages of written files (SCORM) */
	STAGE_LAST,     /* the offline list of every file */
	STAGE_COUNT
};

/* What an output reads of the content, so that a change to a file
 * rebuilds only the outputs that read it. */
enum {
	READS_SITE         = 1 << 0,   /* site.yaml, modules */
	READS_LESSONS      = 1 << 1,
	READS_PAGES        = 1 << 2,
	READS_MEDIA        = 1 << 3,   /* images and linked files */
	READS_DIAGRAMS     = 1 << 4,
	READS_POSTERS      = 1 << 5,
	READS_DESKMATS     = 1 << 6,
	READS_PROFILES     = 1 << 7,
	READS_COMPETENCIES = 1 << 8,
	READS_POCKET       = 1 << 9,
	READS_OUTPUT       = 1 << 10,  /* files other outputs wrote */
	READS_SITE_THEME   = 1 << 11,  /* layouts/html/, assets/ */
	READS_WORKSHEETS   = 1 << 12,
	READS_TRAINER      = 1 << 13,  /* content/trainer/ */
	READS_ALL          = ~0u,
};

/* What a changed file (its path from the project folder) is to the
 * outputs: READS_LESSONS for "content/modules/01-a/01-les.md", ...,
 * READS_ALL for what every output may read (layouts/print/, i18n). */
unsigned outputs_reads_of(const char *rel);

/* --only site: the pages, without typesetting the lessons; the PDFs of
 * the previous output stay. --only print: the PDFs; the previous pages
 * stay. */
enum { ONLY_SITE = 1, ONLY_PRINT = 2 };

/* The figures a build prints. */
typedef struct build_figures {
	int pages;                          /* of the site */
	int pdfs, pdf_pages, forced;        /* PDFs, their pages, forced
					     * page breaks */
	int lines, hyphens, overfull;       /* typesetting */
	int held;                           /* laid-out pages held at once,
					     * at most (print_stats) */
} build_figures;

/* What every output gets: read-only while jobs run, except through
 * finish(). */
typedef struct build_ctx {
	site            *s;
	const resources *r;
	arena           *a;        /* lives as long as the build */
	const char      *out;      /* the staging folder; NULL: a check */
	int              in_place; /* out is OUT itself (a preview whose
				    * pages the cache knows: only what changed
				    * is written, cache.h) */
	const char      *previous; /* OUT as the last build left it, or NULL:
				    * with only, what this build keeps */
	int              only;     /* ONLY_SITE, ONLY_PRINT or 0 */
	int              dump;     /* --dump-layout: layout dumps, no PDFs */
	int              preview;  /* serve: no SCORM packages, no list of
				    * files for the service worker (serve
				    * sends a worker of its own) */
	int              jobs;     /* threads */
	unsigned         changed;  /* READS_* of what changed since the
				    * output was last built: only the outputs
				    * that read it render (the rest is kept) */
	const ptrvec    *changed_paths;   /* the same as paths from the
				    * project folder, or NULL: everything */
	struct build_cache *cache; /* what builds keep for the next, or
				    * NULL (cache.h) */
	struct print_job *print;   /* the print products' shared part, or
				    * NULL (print/print.h) */
	ptrvec           items;    /* print_item*, gathered by the print
				    * outputs' finish() for the site */
	build_figures    fig;
} build_ctx;

struct md_doc;
typedef struct output_def {
	const char *name;
	unsigned    reads;        /* READS_* */
	const void *arg;          /* given to new() */
	/* Checks and lays out; what render needs (in b->a or freed by
	 * free()), or NULL when there is nothing to make. Sets *bad when
	 * it reported an error. */
	void   *(*new)(build_ctx *b, const void *arg, int *bad);
	/* The number of jobs of state in stage. */
	size_t  (*jobs)(void *state, int stage);
	/* Job i of stage: on any thread, beside other jobs; worker is the
	 * thread's number (below b->jobs) for scratch kept per thread. */
	void    (*render)(void *state, int stage, size_t i, int worker);
	/* After the stage's jobs, on the main thread: gathers into b what
	 * the jobs made. May be NULL. */
	void    (*finish)(void *state, int stage, build_ctx *b);
	void    (*free)(void *state);   /* may be NULL */
	/* May be NULL. An output that has it gets its state from new()
	 * before the documents are checked (so new() may not rely on their
	 * check), and then each document whose check found no error, on the
	 * thread that checked it, while its tree is alive (docs.h): what it
	 * renders from it now it need not read again. What it writes goes
	 * into the staging folder, which an error found later discards. */
	void    (*doc)(void *state, size_t i, struct md_doc *m, int worker);
} output_def;

/* The outputs' states during a build. */
typedef struct outputs outputs;

struct doc_hook;
/* new() of the outputs that take documents as they are checked; *hook
 * (for docs_check()) hands the documents to them. */
outputs *outputs_begin(build_ctx *b, struct doc_hook *hook);

struct phases;
/* Every other output of the table: new() for each, then, unless an
 * error was reported, the stages (b->out NULL: only STAGE_MAKE, for
 * layout warnings). Frees os. 0, or -1 when something failed
 * (reported). */
int outputs_run(outputs *os, build_ctx *b, struct phases *ph);

#endif
