/* minify.c - comments and needless white space out of CSS and
 * JavaScript; see minify.h. */
#include "minify.h"
#include "util/fs.h"

#include <errno.h>
#include <string.h>

static int is_word(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '$' || c >= 0x80;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Where the "* /" that closes a comment opened at s[i] ends (the index
 * after it), or 0 when it is not closed. */
static size_t comment_end(const char *s, size_t n, size_t i)
{
	for (size_t j = i + 2; j + 1 < n; j++)
		if (s[j] == '*' && s[j + 1] == '/')
			return j + 2;
	return 0;
}

static char last(const buf *b)
{
	return b->len ? b->data[b->len - 1] : '\n';
}

/* The quoted string at s[i] (quote q) copied to out; the index after it.
 * A string that a line break or the end cuts off is copied up to there. */
static size_t copy_string(const char *s, size_t n, size_t i, buf *out)
{
	char q = s[i];
	size_t j = i + 1;
	while (j < n && s[j] != q && s[j] != '\n')
		j += s[j] == '\\' && j + 1 < n ? 2 : 1;
	if (j < n && s[j] == q)
		j++;
	buf_put(out, s + i, j - i);
	return j;
}

/* --- CSS ------------------------------------------------------------- */

/* Characters around which CSS needs no space. Not ':' before (a
 * descendant's pseudo-class), '(' before (a media query's "and ("), nor
 * '+' and '-' (calc()). */
static int css_tight_before(char c)
{
	return c == '{' || c == '}' || c == ';' || c == ',' || c == '>' ||
	       c == ')' || c == '\n';
}

static int css_tight_after(char c)
{
	return c == '{' || c == '}' || c == ';' || c == ',' || c == '>' ||
	       c == ':' || c == '(' || c == '\n';
}

void minify_css(const char *s, size_t n, buf *out)
{
	size_t start = out->len;
	int space = 0;
	for (size_t i = 0; i < n;) {
		char c = s[i];
		if (c == '/' && i + 1 < n && s[i + 1] == '*') {
			size_t end = comment_end(s, n, i);
			if (!end) {   /* unclosed: keep the rest */
				buf_put(out, s + i, n - i);
				return;
			}
			i = end;
			space = 1;
			continue;
		}
		if (is_space(c) || c == '\n') {
			space = 1;
			i++;
			continue;
		}
		char prev = out->len > start ? last(out) : '\n';
		if (c == '}' && prev == ';')
			out->len--;   /* the last declaration's ';' */
		else if (space && !css_tight_after(prev) && !css_tight_before(c))
			buf_putc(out, ' ');
		space = 0;
		if (c == '"' || c == '\'') {
			i = copy_string(s, n, i, out);
			continue;
		}
		buf_putc(out, c);
		i++;
		if (c == '}')   /* a rule a line: diffs and errors stay readable */
			buf_putc(out, '\n');
	}
}

/* --- JavaScript ------------------------------------------------------ */

/* The words after which a '/' starts a regular expression. */
static int regex_keyword(const char *w, size_t n)
{
	static const char *const words[] = {
		"return", "typeof", "case", "do", "else", "in", "of", "void",
		"delete", "new", "throw", "instanceof", "yield", "await", NULL,
	};
	for (const char *const *k = words; *k; k++)
		if (strlen(*k) == n && !memcmp(*k, w, n))
			return 1;
	return 0;
}

/* Whether a '/' now starts a regular expression rather than dividing:
 * what was written before it (the output, from start) decides. */
static int regex_here(const buf *out, size_t start)
{
	size_t e = out->len;
	while (e > start && (out->data[e - 1] == ' ' || out->data[e - 1] == '\n'))
		e--;
	if (e == start)
		return 1;
	unsigned char p = (unsigned char)out->data[e - 1];
	if (p == ')' || p == ']')
		return 0;
	if (!is_word(p))
		return 1;
	size_t b = e;
	while (b > start && is_word((unsigned char)out->data[b - 1]))
		b--;
	return regex_keyword(out->data + b, e - b);
}

/* The regular expression literal at s[i] copied; the index after its
 * closing '/' (its flags follow as a word). */
static size_t copy_regex(const char *s, size_t n, size_t i, buf *out)
{
	size_t j = i + 1;
	int class = 0;
	while (j < n && s[j] != '\n' && (class || s[j] != '/')) {
		if (s[j] == '\\' && j + 1 < n)
			j++;
		else if (s[j] == '[')
			class = 1;
		else if (s[j] == ']')
			class = 0;
		j++;
	}
	if (j < n && s[j] == '/')
		j++;
	buf_put(out, s + i, j - i);
	return j;
}

/* The text of a template literal from s[i] (just after '`' or the '}' that
 * ends a "${...}") copied; the index after its closing '`', or after the
 * "${" that opens code (*code set). */
static size_t copy_template(const char *s, size_t n, size_t i, buf *out,
			    int *code)
{
	size_t j = i;
	*code = 0;
	while (j < n && s[j] != '`') {
		if (s[j] == '\\' && j + 1 < n)
			j++;
		else if (s[j] == '$' && j + 1 < n && s[j + 1] == '{') {
			j += 2;
			*code = 1;
			buf_put(out, s + i, j - i);
			return j;
		}
		j++;
	}
	if (j < n)
		j++;
	buf_put(out, s + i, j - i);
	return j;
}

/* Whether a space must stay between a and b: two words would merge, as
 * would "+ +", "- -", "/ /" or "/ *", and "1 .x" would read as a number. */
static int js_space_needed(char a, char b)
{
	if (is_word((unsigned char)a) && is_word((unsigned char)b))
		return 1;
	if ((a == '+' || a == '-') && (b == '+' || b == '-'))
		return 1;
	if (a == '/' && (b == '/' || b == '*'))
		return 1;
	return b == '.' && a >= '0' && a <= '9';
}

#define TEMPLATE_DEPTH 32

void minify_js(const char *s, size_t n, buf *out)
{
	size_t start = out->len;
	int space = 0, line = 0;
	/* the brace depth at which each open "${" of a template closes */
	int depth = 0, opens[TEMPLATE_DEPTH], nopen = 0;
	for (size_t i = 0; i < n;) {
		char c = s[i];
		if (c == '/' && i + 1 < n && s[i + 1] == '/') {
			while (i < n && s[i] != '\n')
				i++;
			continue;
		}
		if (c == '/' && i + 1 < n && s[i + 1] == '*') {
			size_t end = comment_end(s, n, i);
			if (!end) {
				buf_put(out, s + i, n - i);
				return;
			}
			if (memchr(s + i, '\n', end - i))
				line = 1;
			space = 1;
			i = end;
			continue;
		}
		if (c == '\n' || is_space(c)) {
			line |= c == '\n';
			space = 1;
			i++;
			continue;
		}
		int first = out->len == start;
		if (line && !first)
			buf_putc(out, '\n');   /* semicolon insertion reads it */
		else if (space && !first && js_space_needed(last(out), c))
			buf_putc(out, ' ');
		space = line = 0;
		if (c == '"' || c == '\'') {
			i = copy_string(s, n, i, out);
		} else if (c == '`' || (c == '}' && nopen &&
					opens[nopen - 1] == depth)) {
			int code;
			if (c == '}')
				nopen--;
			buf_putc(out, c);
			i = copy_template(s, n, i + 1, out, &code);
			if (code && nopen < TEMPLATE_DEPTH)
				opens[nopen++] = depth;
			else if (code) {   /* nested too deep: keep the rest */
				buf_put(out, s + i, n - i);
				return;
			}
		} else if (c == '/' && regex_here(out, start)) {
			i = copy_regex(s, n, i, out);
		} else {
			depth += c == '{' ? 1 : c == '}' ? -1 : 0;
			buf_putc(out, c);
			i++;
		}
	}
	if (out->len > start && last(out) != '\n')
		buf_putc(out, '\n');
}

/* --- files ----------------------------------------------------------- */

static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);
	return n >= t && !strcmp(s + n - t, tail);
}

int minify_copy(const char *src, const char *dst)
{
	int css = ends_with(src, ".css") && !ends_with(src, ".min.css");
	int js = ends_with(src, ".js") && !ends_with(src, ".min.js");
	if (!css && !js)
		return fs_copy_file(src, dst);
	buf in = {0}, out = {0};
	int rc = fs_read(src, &in);
	if (rc == 0) {
		if (css)
			minify_css(in.data ? in.data : "", in.len, &out);
		else
			minify_js(in.data ? in.data : "", in.len, &out);
		rc = fs_write(dst, out.data ? out.data : "", out.len);
	}
	int e = errno;
	buf_free(&in);
	buf_free(&out);
	errno = e;
	return rc;
}
