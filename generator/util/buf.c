/* buf.c - growable byte buffer; see buf.h. */
#include "buf.h"
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buf_grow(buf *b, size_t extra)
{
	if (b->cap - b->len > extra)
		return;
	size_t cap = b->cap ? b->cap : 256;
	while (cap - b->len <= extra)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void buf_put(buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void buf_puts(buf *b, const char *s)
{
	buf_put(b, s, strlen(s));
}

void buf_putc(buf *b, char c)
{
	buf_grow(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void buf_printf(buf *b, const char *fmt, ...)
{
	if (!fmt)   /* never so; says as much to gcc's -Wformat-truncation */
		return;
	/* Format straight into the free space; a second time only when it
	 * was too small. */
	buf_grow(b, 128);
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	if (n <= 0) {
		b->data[b->len] = '\0';
		return;
	}
	if ((size_t)n >= b->cap - b->len) {
		buf_grow(b, (size_t)n);
		va_start(ap, fmt);
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	b->len += (size_t)n;
}

void buf_normalize_eol(buf *b)
{
	char *cr = b->data ? memchr(b->data, '\r', b->len) : NULL;
	if (!cr)
		return;
	size_t o = (size_t)(cr - b->data);
	for (size_t i = o; i < b->len; i++) {
		if (b->data[i] != '\r') {
			b->data[o++] = b->data[i];
			continue;
		}
		b->data[o++] = '\n';
		if (i + 1 < b->len && b->data[i + 1] == '\n')
			i++;
	}
	b->len = o;
	b->data[o] = '\0';
}

void buf_put_html(buf *b, const char *s, size_t n)
{
	size_t start = 0;
	for (size_t i = 0; i < n; i++) {
		const char *rep;
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		buf_put(b, s + start, i - start);
		buf_puts(b, rep);
		start = i + 1;
	}
	buf_put(b, s + start, n - start);
}

void buf_put_json(buf *b, const char *s)
{
	buf_putc(b, '"');
	size_t start = 0, i = 0;
	for (; s && s[i]; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[8] = "";
		if (c == '"' || c == '\\')
			snprintf(esc, sizeof esc, "\\%c", c);
		else if (c < 0x20)
			snprintf(esc, sizeof esc, "\\u%04x", c);
		else if (c == '/' && i && s[i - 1] == '<')
			strcpy(esc, "\\/");   /* no "</script>" in a script */
		else if (c == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
			 ((unsigned char)s[i + 2] == 0xA8 ||
			  (unsigned char)s[i + 2] == 0xA9)) {
			/* U+2028 and U+2029 end a line in older JavaScript */
			snprintf(esc, sizeof esc, "\\u202%c",
				 s[i + 2] == (char)0xA8 ? '8' : '9');
			buf_put(b, s + start, i - start);
			buf_puts(b, esc);
			i += 2;
			start = i + 1;
			continue;
		} else
			continue;
		buf_put(b, s + start, i - start);
		buf_puts(b, esc);
		start = i + 1;
	}
	buf_put(b, s ? s + start : "", i - start);
	buf_putc(b, '"');
}

void buf_clear(buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

void buf_free(buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
