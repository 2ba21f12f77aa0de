/* typo.c - typographic quotes; see typo.h. */
#include "typo.h"
#include "buf.h"

#include <ctype.h>
#include <string.h>

/* Does a quote after byte c open rather than close? */
static int opens(int at_start, unsigned char c)
{
	return at_start || isspace(c) || c == '(' || c == '[' || c == '{' ||
	       c == '-' || c == '/';
}

const char *typo_quotes(arena *a, const char *s)
{
	if (!s || !strpbrk(s, "'\""))
		return s;
	buf b = BUF_INIT;
	for (size_t i = 0; s[i]; i++) {
		unsigned char prev = i ? (unsigned char)s[i - 1] : 0;
		if (s[i] == '\'')
			buf_puts(&b, opens(i == 0, prev) ? "\xE2\x80\x98" :
				 "\xE2\x80\x99");
		else if (s[i] == '"')
			buf_puts(&b, opens(i == 0, prev) ? "\xE2\x80\x9C" :
				 "\xE2\x80\x9D");
		else
			buf_putc(&b, s[i]);
	}
	const char *out = arena_strndup(a, b.data, b.len);
	buf_free(&b);
	return out;
}
