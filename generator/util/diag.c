/* diag.c - diagnostics sink; see diag.h. */
#include "diag.h"

#include <stdarg.h>

static FILE *diag_stream;
static int   n_errors, n_warnings, n_system;

static FILE *stream(void)
{
	return diag_stream ? diag_stream : stderr;
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
	if (level == DIAG_ERROR)
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
	n_system++;
}

int diag_errors(void)
{
	return n_errors;
}

int diag_warnings(void)
{
	return n_warnings;
}

int diag_system_errors(void)
{
	return n_system;
}

void diag_reset(void)
{
	n_errors = n_warnings = n_system = 0;
}

void diag_set_stream(FILE *f)
{
	diag_stream = f;
}
