/* build.h - the pipeline: load, check, render, replace the output. */
#ifndef COACHKIT_BUILD_H
#define COACHKIT_BUILD_H

#include "outputs.h"   /* ONLY_SITE, ONLY_PRINT */

typedef struct build_options {
	const char *dir;        /* the project folder; "." by default */
	const char *out;        /* NULL: DIR/public */
	int         check_only; /* validate, write nothing */
	int         quiet;      /* no summary line */
	int         verbose;    /* also the typesetting figures */
	int         only;       /* ONLY_SITE or ONLY_PRINT; 0: both */
	int         dump_layout;/* with ONLY_PRINT: text dumps of the PDFs'
				 * layout instead of the PDFs */
	int         jobs;       /* threads for the outputs' jobs; 0: one
				 * per processor */
	const char *base_url;   /* over site.yaml's base_url, or NULL */
	/* The files (paths from dir) that changed since the last build
	 * into out, or NULL: make everything. With only, what this build
	 * makes and does not need to make again is kept from out. */
	const ptrvec *changed;
	struct build_cache *cache; /* what builds in this process keep for
				  * the next (cache.h), or NULL */
	int         preview;      /* for serve: no SCORM packages, no list
				 * of files for the service worker */
} build_options;


/* Runs a build or a check. Returns the exit status: 0 ok, 1 content
 * errors, 2 system errors. */
int build_run(const build_options *o);

#endif
