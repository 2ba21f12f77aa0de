/* diag.c - diagnostics sink; see diag.h. */
#include "diag.h"
#include "excerpt.h"
#include "strmap.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static FILE *diag_stream;
static int   n_errors, n_warnings, n_system;
/* Reports shown with their source line so far: after DIAG_EXCERPTS, only
 * the reports themselves (each excerpt reads its file). */
static _Atomic int n_excerpts;
static int         excerpts_off;
#define DIAG_EXCERPTS 200
static _Thread_local diag_capture *capture;

static FILE *stream(void)
{
	return capture ? capture->f : diag_stream ? diag_stream : stderr;
}

/* A captured report: where its text starts, and what it was. */
struct diag_mark {
	size_t at;
	int    kind;    /* DIAG_WARNING, DIAG_ERROR, or 2: system */
};

/* Notes that a report of kind starts here in the captured text. */
static void mark(int kind)
{
	diag_capture *c = capture;
	if (!c)
		return;
	fflush(c->f);
	if (c->n_marks == c->cap_marks) {
		c->cap_marks = c->cap_marks ? 2 * c->cap_marks : 8;
		c->marks = xrealloc(c->marks, c->cap_marks * sizeof *c->marks);
	}
	c->marks[c->n_marks++] = (struct diag_mark){ c->len, kind };
}

void diag_capture_begin(diag_capture *c)
{
	memset(c, 0, sizeof *c);
	c->f = open_memstream(&c->text, &c->len);
	if (c->f) {
		c->outer = capture;
		capture = c;
	}
}

void diag_capture_end(diag_capture *c)
{
	if (capture != c)
		return;
	capture = c->outer;
	fclose(c->f);
	c->f = NULL;
}

void diag_capture_free(diag_capture *c)
{
	free(c->text);
	free(c->marks);
	c->text = NULL;
	c->marks = NULL;
	c->len = c->n_marks = c->cap_marks = 0;
}

void diag_replay_kept(const diag_capture *c)
{
	if (c->len)
		fwrite(c->text, 1, c->len, stream());
	n_errors += c->errors;
	n_warnings += c->warnings;
	n_system += c->system;
}

void diag_replay(diag_capture *c)
{
	diag_replay_kept(c);
	diag_capture_free(c);
}

void diag_replay_once(diag_capture *c, strmap *seen, arena *a)
{
	for (size_t i = 0; i < c->n_marks; i++) {
		size_t from = c->marks[i].at;
		size_t to = i + 1 < c->n_marks ? c->marks[i + 1].at : c->len;
		const char *key = arena_strndup(a, c->text + from, to - from);
		if (strmap_get(seen, key))
			continue;
		strmap_put(a, seen, key, (void *)key);
		fwrite(key, 1, to - from, stream());
		int kind = c->marks[i].kind;
		*(kind == DIAG_ERROR ? &n_errors : kind == DIAG_WARNING ?
		  &n_warnings : &n_system) += 1;
	}
	diag_capture_free(c);
}

void diag_report(diag_level level, const char *file, int line, int col,
		 const char *fmt, ...)
{
	mark(level);
	FILE *f = stream();
	if (file && line > 0 && col > 0)
		fprintf(f, "%s:%d:%d: ", file, line, col);
	else if (file && line > 0)
		fprintf(f, "%s:%d: ", file, line);
	else if (file)
		fprintf(f, "%s: ", file);
	fputs(level == DIAG_ERROR ? "error: " : "warning: ", f);
	va_list ap;
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	fputc('\n', f);
	if (file && line > 0 && !excerpts_off && n_excerpts++ < DIAG_EXCERPTS)
		excerpt_print(f, file, line, col);
	if (capture)
		*(level == DIAG_ERROR ? &capture->errors : &capture->warnings) += 1;
	else if (level == DIAG_ERROR)
		n_errors++;
	else
		n_warnings++;
}

void diag_system(const char *fmt, ...)
{
	mark(2);
	FILE *f = stream();
	fputs("coachkit: error: ", f);
	va_list ap;
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	fputc('\n', f);
	if (capture)
		capture->system++;
	else
		n_system++;
}

/* The counts include what this thread has captured so far. */
int diag_errors(void)
{
	return n_errors + (capture ? capture->errors : 0);
}

int diag_warnings(void)
{
	return n_warnings + (capture ? capture->warnings : 0);
}

int diag_system_errors(void)
{
	return n_system + (capture ? capture->system : 0);
}

void diag_reset(void)
{
	n_errors = n_warnings = n_system = 0;
	n_excerpts = 0;
}

void diag_show_source(int on)
{
	excerpts_off = !on;
}

void diag_set_stream(FILE *f)
{
	diag_stream = f;
}

FILE *diag_get_stream(void)
{
	return diag_stream ? diag_stream : stderr;
}

int diag_usage(const char *usage, const char *fmt, const char *arg)
{
	fputs("coachkit: ", stderr);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	fputs(usage, stderr);
	return 2;
}
