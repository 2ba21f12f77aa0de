/* test_excerpt.c - the source line under a report, with its caret. */
#define _XOPEN_SOURCE 700   /* mkdtemp() */
#include "check.h"
#include "util/excerpt.h"
#include "util/fs.h"

#include <stdlib.h>
#include <unistd.h>

static char dir[64];

/* The excerpt of line:col of a file holding text. */
static const char *excerpt(const char *text, int line, int col)
{
	static char *out;
	static size_t len;
	char path[128];
	snprintf(path, sizeof path, "%s/f.md", dir);
	fs_write(path, text, strlen(text));
	free(out);
	out = NULL;
	FILE *f = open_memstream(&out, &len);
	excerpt_print(f, path, line, col);
	fclose(f);
	return out;
}

int main(void)
{
	snprintf(dir, sizeof dir, "/tmp/test_excerpt.XXXXXX");
	if (!mkdtemp(dir))
		return 2;
	CHECK_STR(excerpt("een\nZie [x](y.md).\n", 2, 5),
		  " 2 | Zie [x](y.md).\n   |     ^\n");
	CHECK_STR(excerpt("caf\xC3\xA9 [x](y.md)\n", 1, 6),
		  " 1 | caf\xC3\xA9 [x](y.md)\n   |      ^\n");
	CHECK_STR(excerpt("\tkop: a: b\n", 1, 8),
		  " 1 | \tkop: a: b\n   | \t      ^\n");
	CHECK_STR(excerpt("a\rb\r\nc [x]\n", 3, 3),
		  " 3 | c [x]\n   |   ^\n");
	CHECK_STR(excerpt("a\x1B[2Jb\xFF\n", 1, 0), " 1 | a?[2Jb?\n");
	CHECK_STR(excerpt("kort\n", 1, 9), " 1 | kort\n   |         ^\n");
	CHECK_STR(excerpt("een\n", 5, 1), "");
	CHECK_STR(excerpt("x\n", 10, 1), "");
	char line[400];
	memset(line, 'a', sizeof line - 2);
	line[200] = 'X';
	line[sizeof line - 2] = '\n';
	line[sizeof line - 1] = '\0';
	const char *e = excerpt(line, 1, 201);
	CHECK(e && !strncmp(e, " 1 | ...", 8));
	CHECK(e && strstr(e, "X") && strstr(e, "...\n"));
	const char *caret = e ? strchr(e, '\n') + 1 : NULL;
	const char *x = e ? strchr(e, 'X') : NULL;
	CHECK(caret && x && strchr(caret, '^') - caret == x - e);
	char path[128];
	snprintf(path, sizeof path, "%s/f.md", dir);
	unlink(path);
	rmdir(dir);
	return check_done();
}
