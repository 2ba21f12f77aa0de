/* diag.h - the one place diagnostics are reported.
 *
 * Messages are printed as "file:line:col: error: message" (or "warning")
 * to the diagnostics stream (stderr unless diag_set_stream says otherwise)
 * as they are found, each followed by the line it points at with a caret
 * under the column (util/excerpt.h; the first 200 reports of a run); the
 * build asks diag_errors() at the end and exits 1 when there were any.
 * line and col are 1-based; 0 leaves them out. */
#ifndef COACHKIT_DIAG_H
#define COACHKIT_DIAG_H

#include <stdio.h>

/* Messages are Dutch; a system error's text (errno) is syserr_text(). */
#include "syserr.h"

typedef enum { DIAG_WARNING, DIAG_ERROR } diag_level;

/* Where a value was written, for reporting a problem found later. */
typedef struct diag_pos {
	const char *file;
	int         line, col;
} diag_pos;

void diag_report(diag_level level, const char *file, int line, int col,
		 const char *fmt, ...) __attribute__((format(printf, 5, 6)));
#define diag_error(file, line, col, ...) \
	diag_report(DIAG_ERROR, file, line, col, __VA_ARGS__)
#define diag_warning(file, line, col, ...) \
	diag_report(DIAG_WARNING, file, line, col, __VA_ARGS__)

/* A system error (cannot read, cannot write): "coachkit: error: ..." */
void diag_system(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A usage error: "coachkit: " and fmt with arg on stderr, then the usage
 * text; returns 2, the exit status for it. */
int  diag_usage(const char *usage, const char *fmt, const char *arg);

/* Reports made on this thread between begin and end go into c instead
 * of the stream and the counts; diag_replay() prints and counts them
 * later (worker threads keep their documents' reports in order so).
 * Captures nest: end returns to the one begin found. */
typedef struct diag_capture {
	char  *text;
	size_t len;
	FILE  *f;
	int    errors, warnings, system;
	struct diag_mark *marks;   /* where each report starts in text */
	size_t n_marks, cap_marks;
	struct diag_capture *outer;   /* the capture it is inside, if any */
} diag_capture;
void diag_capture_begin(diag_capture *c);
void diag_capture_end(diag_capture *c);
void diag_replay(diag_capture *c);   /* frees c's text */
void diag_replay_kept(const diag_capture *c);   /* keeps it */
void diag_capture_free(diag_capture *c);   /* drops what c holds */

/* Like diag_replay(), but a report whose text (with its excerpt) is in
 * seen already is left out and not counted; seen gets the others (keys
 * in a). Two outputs that lay out the same lesson report it once. */
struct strmap;
struct arena;
void diag_replay_once(diag_capture *c, struct strmap *seen, struct arena *a);

int  diag_errors(void);
int  diag_warnings(void);
int  diag_system_errors(void);
void diag_reset(void);
void diag_set_stream(FILE *f);   /* NULL restores stderr */
FILE *diag_get_stream(void);     /* where reports go (not captures) */
void diag_show_source(int on);   /* the source lines (default on) */

#endif
