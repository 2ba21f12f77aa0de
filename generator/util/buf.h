/* buf.h - growable byte buffer on the heap.
 *
 * The buffer owns its memory; buf_free() releases it. Contents are always
 * NUL-terminated after any append, so b->data can be used as a C string. */
#ifndef COACHKIT_BUF_H
#define COACHKIT_BUF_H

#include <stddef.h>

typedef struct buf {
	char  *data;
	size_t len, cap;
} buf;

#define BUF_INIT {NULL, 0, 0}

void buf_grow(buf *b, size_t extra);
void buf_put(buf *b, const char *s, size_t n);
void buf_puts(buf *b, const char *s);
void buf_putc(buf *b, char c);
void buf_printf(buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_put_html(buf *b, const char *s, size_t n);  /* escapes & < > " ' */
/* s as a JSON string literal, quotes included, safe inside <script>;
 * NULL gives "". */
void buf_put_json(buf *b, const char *s);
/* Line ends as "\n" only: "\r\n" and a lone "\r" become "\n" (a text
 * file's lines are then the lines cmark, libyaml and an editor see). */
void buf_normalize_eol(buf *b);
void buf_clear(buf *b);                              /* keeps the memory */
void buf_free(buf *b);

#endif
