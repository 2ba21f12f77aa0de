/* fuzz.h - what the libFuzzer harnesses share.
 *
 * Each harness (tests/fuzz/fuzz_NAME.c) defines LLVMFuzzerTestOneInput()
 * and, when it needs read-only resources (the bundled site, fonts,
 * hyphenation patterns), LLVMFuzzerInitialize(). The harnesses run from
 * the project root: they read content/, layouts/ and tests/fixtures/.
 *
 * Per input a harness keeps no state: its memory lives in an arena that
 * is freed before it returns, and diagnostics go into a capture that is
 * thrown away (fuzz_quiet_begin/end), so nothing is printed and the
 * global counts do not grow (FUZZ_SHOW=1 in the environment prints
 * them, to see what an input does). A broken invariant calls fuzz_fail(), which
 * aborts: libFuzzer then saves the input as a crash. */
#ifndef COACHKIT_FUZZ_H
#define COACHKIT_FUZZ_H

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/diag.h"
#include "util/fs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Reports a broken invariant and aborts. */
static inline void fuzz_fail(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));
static inline void fuzz_fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("fuzz: invariant broken: ", stderr);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/* Diagnostics of one input go into c and are discarded by end; the
 * errors reported in between are returned by end. */
static inline void fuzz_quiet_begin(diag_capture *c)
{
	diag_show_source(0);   /* the reports alone, no file read for them */
	diag_capture_begin(c);
	if (!c->f)
		fuzz_fail("cannot open a memory stream for diagnostics");
}

/* The lines of text and the length in bytes of its longest one. */
typedef struct fuzz_extent {
	int    lines;
	size_t longest;
} fuzz_extent;

static inline fuzz_extent fuzz_extent_of(const char *text, size_t len)
{
	fuzz_extent e = { 1, 0 };
	size_t start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && text[i] != '\n')
			continue;
		if (i - start > e.longest)
			e.longest = i - start;
		e.lines += i < len;
		start = i + 1;
	}
	return e;
}

/* Do cmark's positions in text map onto the file's lines and columns in
 * md_pos()? Not when text has a backslash at the end of a line: cmark
 * 0.30 keeps what follows that hard line break on the line before (the
 * reproducer is in tests/fuzz/found/); the harnesses check positions only
 * in other text. */
static inline int fuzz_md_mappable(const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *)text;
	for (size_t i = 0; i + 1 < len; i++)
		if (p[i] == '\\' && (p[i + 1] == '\n' || p[i + 1] == '\r'))
			return 0;
	return 1;
}

/* Checks that every report about file ("FILE:LINE:COL: error: ..." or
 * "FILE:LINE: warning: ...") names a place inside it: a line from 1 to
 * one past its last (the end of the text), a column from 1 to one past
 * its longest line. */
static inline void fuzz_check_reports(const char *reports, const char *file,
				      fuzz_extent e)
{
	size_t flen = strlen(file);
	for (const char *p = reports; p && *p;) {
		const char *nl = strchr(p, '\n'), *q = p + flen;
		int line = 0, col = 0, n = 0;
		if (!strncmp(p, file, flen) &&
		    (sscanf(q, ":%d:%d: %n", &line, &col, &n) == 2 ||
		     sscanf(q, ":%d: %n", &line, &n) == 1) && n &&
		    (!strncmp(q + n, "error: ", 7) ||
		     !strncmp(q + n, "warning: ", 9)) &&
		    (line < 1 || line > e.lines + 1 || col < 0 ||
		     (size_t)col > e.longest + 1))
			fuzz_fail("report outside the file (%d lines, longest "
				  "%zu bytes): %.*s", e.lines, e.longest,
				  (int)(nl ? nl - p : (long)strlen(p)), p);
		p = nl ? nl + 1 : NULL;
	}
}

/* Ends the capture; with file, checks the reports about it against the
 * extent of its text. Returns the errors reported. */
static inline int fuzz_quiet_end(diag_capture *c, const char *file,
				 fuzz_extent e)
{
	int errors = c->errors;
	diag_capture_end(c);
	if (getenv("FUZZ_SHOW") && c->text)
		fputs(c->text, stderr);
	if (file)
		fuzz_check_reports(c->text, file, e);
	diag_capture_free(c);
	c->text = NULL;
	return errors;
}

/* Stops the run when the harness is not started from the project root,
 * whose files it reads. */
static inline void fuzz_need_root(void)
{
	FILE *f = fopen("content/site.yaml", "r");
	if (!f) {
		fprintf(stderr, "fuzz: run from the project root (no "
			"content/site.yaml here)\n");
		exit(2);
	}
	fclose(f);
}

/* A stable hash of the input, to choose by: FNV-1a, its bits mixed at
 * the end (FNV's low bits alone are poor). */
static inline uint32_t fuzz_hash(const uint8_t *data, size_t size)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < size; i++)
		h = (h ^ data[i]) * 16777619u;
	h ^= h >> 16;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	return h;
}

/* Makes a temporary folder /tmp/fuzz-NAME-PID-XXXXXX into dir (64
 * bytes) that is removed at exit. A crash skips the exit handlers, so the
 * folders of processes that are gone are removed first. */
static char fuzz_dir[64];

static inline void fuzz_remove_dir(void)
{
	fs_remove_tree(fuzz_dir);
}

static inline const char *fuzz_tmpdir(const char *name)
{
	DIR *d = opendir("/tmp");
	char prefix[32], path[300];
	snprintf(prefix, sizeof prefix, "fuzz-%s-", name);
	for (struct dirent *e; d && (e = readdir(d));) {
		long pid = 0;
		if (strncmp(e->d_name, prefix, strlen(prefix)) ||
		    sscanf(e->d_name + strlen(prefix), "%ld-", &pid) != 1 ||
		    pid <= 0 || kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		snprintf(path, sizeof path, "/tmp/%s", e->d_name);
		fs_remove_tree(path);
	}
	if (d)
		closedir(d);
	snprintf(fuzz_dir, sizeof fuzz_dir, "/tmp/%s%ld-XXXXXX", prefix,
		 (long)getpid());
	if (!mkdtemp(fuzz_dir)) {
		perror("fuzz: mkdtemp");
		exit(2);
	}
	atexit(fuzz_remove_dir);
	return fuzz_dir;
}

/* The input as a NUL-terminated copy (malloc'd; the caller frees). */
static inline char *fuzz_strndup(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	if (size)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* Cuts data at its NUL bytes into at most max parts (the last part
 * keeps any further NULs); returns how many. Parts point into data. */
typedef struct fuzz_part {
	const char *text;
	size_t      len;
} fuzz_part;

static inline size_t fuzz_split(const uint8_t *data, size_t size,
				fuzz_part *parts, size_t max)
{
	size_t n = 0, start = 0;
	for (size_t i = 0; i <= size && n < max; i++) {
		if (i == size || (data[i] == '\0' && n + 1 < max)) {
			parts[n].text = (const char *)data + start;
			parts[n].len = i - start;
			n++;
			start = i + 1;
		}
	}
	return n;
}

#endif
