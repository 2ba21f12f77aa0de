/* excerpt.c - a diagnostic's source line and caret; see excerpt.h. */
#include "excerpt.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

/* Characters shown of a long line: this many before the column, and as
 * many in all. */
#define BEFORE 60
#define WIDTH  100

/* Reads line (1-based) of the file into buf (at most cap - 1 bytes, NUL
 * ended); its length, or -1 when the file has no such line. */
static long read_line(const char *file, int line, char *buf, size_t cap)
{
	FILE *in = fopen(file, "rb");
	if (!in)
		return -1;
	int l = 1, c, prev = 0;
	size_t n = 0;
	while ((c = getc(in)) != EOF) {
		int end = c == '\n' || c == '\r';
		if (c == '\n' && prev == '\r') {
			prev = c;
			continue;   /* "\r\n" is one line end */
		}
		prev = c;
		if (end) {
			if (l++ == line)
				break;
			continue;
		}
		if (l == line && n + 1 < cap)
			buf[n++] = (char)c;
	}
	fclose(in);
	buf[n] = '\0';
	return l >= line ? (long)n : -1;
}

/* One character of the line as shown: itself, a tab, or '?'. */
static void put_char(FILE *f, const char *at, const char *next)
{
	unsigned char c = (unsigned char)*at;
	if (c == '\t')
		fputc('\t', f);
	else if (c < 0x20 || c == 0x7F)
		fputc('?', f);
	else
		fwrite(at, 1, (size_t)(next - at), f);
}

void excerpt_print(FILE *f, const char *file, int line, int col)
{
	static const size_t cap = 64 * 1024;
	if (!file || line < 1)
		return;
	char *text = malloc(cap);
	if (!text)
		return;
	long len = read_line(file, line, text, cap);
	if (len < 0) {
		free(text);
		return;
	}
	/* the characters shown: [first, first + WIDTH) around the column */
	long first = col > BEFORE ? col - BEFORE : 0;
	int digits = snprintf(NULL, 0, "%d", line);
	fprintf(f, " %d | %s", line, first ? "..." : "");
	const char *p = text, *end = text + len;
	long i = 0;
	for (; p < end && i < first + WIDTH; i++) {
		const char *at = p;
		uint32_t cp = utf8_next(&p, end);
		if (i < first)
			continue;
		if (cp == UTF8_REPLACEMENT && !(p - at == 3))
			fputc('?', f);
		else
			put_char(f, at, p);
	}
	fputs(p < end ? "...\n" : "\n", f);
	if (col > 0) {
		fprintf(f, " %*s | %s", digits, "", first ? "   " : "");
		p = text;
		for (i = 0; i < col - 1 && p < end; i++) {
			const char *at = p;
			utf8_next(&p, end);
			if (i >= first)
				fputc(*at == '\t' ? '\t' : ' ', f);
		}
		for (; i < col - 1; i++)   /* past the end of the line */
			fputc(' ', f);
		fputs("^\n", f);
	}
	free(text);
}
