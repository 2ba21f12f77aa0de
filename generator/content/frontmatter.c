/* frontmatter.c - see frontmatter.h. */
#include "frontmatter.h"

#include <string.h>

/* Is the line starting at p (ending at '\n', "\r\n" or end) exactly mark,
 * with optional trailing spaces? Sets *next to the start of the next line. */
static int is_fence(const char *p, const char *end, const char *mark,
		    const char **next)
{
	size_t m = strlen(mark);
	if ((size_t)(end - p) < m || memcmp(p, mark, m) != 0)
		return 0;
	const char *q = p + m;
	while (q < end && (*q == ' ' || *q == '\t'))
		q++;
	if (q < end && *q == '\r')
		q++;
	if (q < end && *q != '\n')
		return 0;
	*next = q < end ? q + 1 : q;
	return 1;
}

int frontmatter_split(const char *text, size_t len, frontmatter *fm, int *err)
{
	const char *p = text, *end = text + len, *next;
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	if (!is_fence(p, end, "---", &next)) {
		*err = 1;
		return -1;
	}
	fm->yaml_offset = (size_t)(next - text);
	fm->yaml_line = 2;
	int line = 2;
	for (p = next; p < end; line++) {
		if (is_fence(p, end, "---", &next) ||
		    is_fence(p, end, "...", &next)) {
			fm->yaml_len = (size_t)(p - text) - fm->yaml_offset;
			fm->body_offset = (size_t)(next - text);
			fm->body_line = line + 1;
			return 0;
		}
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		p = nl ? nl + 1 : end;
	}
	*err = 2;
	return -1;
}
