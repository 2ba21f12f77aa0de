/* check.h - the unit tests' few assertions.
 *
 * Each assertion prints "ok - what" or "FAIL - what (file:line)" with the
 * values involved; check_done() prints "N passed, M failed" and gives the
 * exit status. capture_begin()/capture_end() collect what diag reports. */
#ifndef COACHKIT_CHECK_H
#define COACHKIT_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util/buf.h"
#include "util/diag.h"

static int check_passed, check_failed;

static inline void check_result(int ok, const char *what, const char *file, int line)
{
	if (ok) {
		check_passed++;
		printf("ok - %s\n", what);
	} else {
		check_failed++;
		printf("FAIL - %s (%s:%d)\n", what, file, line);
	}
}

#define CHECK(cond) check_result(!!(cond), #cond, __FILE__, __LINE__)

#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	int ok_ = g_ && w_ ? strcmp(g_, w_) == 0 : g_ == w_; \
	check_result(ok_, #got " == " #want, __FILE__, __LINE__); \
	if (!ok_) \
		printf("    got:  [%s]\n    want: [%s]\n", g_ ? g_ : "(null)", \
		       w_ ? w_ : "(null)"); \
} while (0)

#define CHECK_INT(got, want) do { \
	long g_ = (long)(got), w_ = (long)(want); \
	check_result(g_ == w_, #got " == " #want, __FILE__, __LINE__); \
	if (g_ != w_) \
		printf("    got:  %ld\n    want: %ld\n", g_, w_); \
} while (0)

static char  *capture_text;
static size_t capture_len;
static FILE  *capture_file;

/* Sends diagnostics to a buffer and resets the counts. */
static inline void capture_begin(void)
{
	free(capture_text);
	capture_text = NULL;
	capture_file = open_memstream(&capture_text, &capture_len);
	diag_set_stream(capture_file);
	diag_show_source(0);   /* the tests compare the reports themselves */
	diag_reset();
}

/* Returns what was reported since capture_begin() (valid until the next
 * capture_begin()). */
static inline const char *capture_end(void)
{
	fclose(capture_file);
	capture_file = NULL;
	diag_set_stream(NULL);
	return capture_text ? capture_text : "";
}

/* The standard output of the shell command cmd (valid until the next
 * call); *status, when given, is its status as pclose() gives it. */
static inline const char *command_output(const char *cmd, int *status)
{
	static buf out = BUF_INIT;
	buf_clear(&out);
	buf_puts(&out, "");
	FILE *f = popen(cmd, "r");
	int rc = -1;
	if (f) {
		char chunk[4096];
		size_t n;
		while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
			buf_put(&out, chunk, n);
		rc = pclose(f);
	}
	if (status)
		*status = rc;
	return out.data;
}

/* The same, followed by "[exit N]": a check sees the status too. */
static inline const char *command_result(const char *cmd)
{
	static buf res = BUF_INIT;
	int rc;
	buf_clear(&res);
	buf_puts(&res, command_output(cmd, &rc));
	buf_printf(&res, "[exit %d]", rc);
	return res.data;
}

static inline int check_done(void)
{
	free(capture_text);
	printf("%d passed, %d failed\n", check_passed, check_failed);
	return check_failed ? 1 : 0;
}

#endif
