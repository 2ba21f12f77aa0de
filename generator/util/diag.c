/* diag.c - diagnostics sink; see diag.h. */
#include "diag.h"
#include "excerpt.h"

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

void diag_capture_begin(diag_capture *c)
{
	memset(c, 0, sizeof *c);
	c->f = open_memstream(&c->text, &c->len);
	if (c->f)
		capture = c;
}

void diag_capture_end(diag_capture *c)
{
	if (capture != c)
		return;
	capture = NULL;
	fclose(c->f);
	c->f = NULL;
}

void diag_replay(diag_capture *c)
{
	if (c->len)
		fwrite(c->text, 1, c->len, stream());
	n_errors += c->errors;
	n_warnings += c->warnings;
	n_system += c->system;
	free(c->text);
	c->text = NULL;
	c->len = 0;
}

void diag_report(diag_level level, const char *file, int line, int col,
		 const char *fmt, ...)
{
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
