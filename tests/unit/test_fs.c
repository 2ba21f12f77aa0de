/* test_fs.c - paths: normalising and relative URLs. */
#define _XOPEN_SOURCE 700   /* realpath(), mkdtemp() */
#include "check.h"
#include "util/fs.h"

#include <stdlib.h>
#include <unistd.h>

static void test_normalize(arena *a)
{
	CHECK_STR(path_normalize(a, "modules/01-a/../02-b/x.md"),
		  "modules/02-b/x.md");
	CHECK_STR(path_normalize(a, "./a//b/./c"), "a/b/c");
	CHECK_STR(path_normalize(a, "a/.."), "");
	CHECK(path_normalize(a, "../x") == NULL);
	CHECK(path_normalize(a, "a/../../x") == NULL);
	CHECK(path_normalize(a, "/etc/passwd") == NULL);
}

static void test_relative(arena *a)
{
	CHECK_STR(path_relative(a, "", "index.html"), "index.html");
	CHECK_STR(path_relative(a, "", "mod/les.html"), "mod/les.html");
	CHECK_STR(path_relative(a, "mod", "mod/les.html"), "les.html");
	CHECK_STR(path_relative(a, "mod", "index.html"), "../index.html");
	CHECK_STR(path_relative(a, "mod", "other/les.html"),
		  "../other/les.html");
	CHECK_STR(path_relative(a, "ab", "a/x.html"), "../a/x.html");
	CHECK_STR(path_relative(a, "a", "ab/x.html"), "../ab/x.html");
	CHECK_STR(path_relative(a, "a/b", "a/c/x.html"), "../c/x.html");
	CHECK_STR(path_relative(a, "mod", "media/modules/mod/img.png"),
		  "../media/modules/mod/img.png");
}

static void test_names(arena *a)
{
	CHECK_STR(path_join(a, "dir", "f"), "dir/f");
	CHECK_STR(path_join(a, "dir/", "f"), "dir/f");
	CHECK_STR(path_join(a, "", "f"), "f");
	CHECK_STR(path_join(a, ".", "content"), "content");
	CHECK_STR(path_dirname(a, "a/b/c.md"), "a/b");
	CHECK_STR(path_dirname(a, "c.md"), "");
	CHECK_STR(path_basename("a/b/c.md"), "c.md");
	CHECK(path_has_suffix("x.md", ".md"));
	CHECK(!path_has_suffix("md", ".md"));
}

/* Absolute, links resolved, whether the path exists or not. */
static void test_resolve(arena *a)
{
	char tmpl[] = "/tmp/test_fs.XXXXXX";
	char *root = mkdtemp(tmpl);
	CHECK(root != NULL);
	if (!root)
		return;
	char *real = realpath(root, NULL);
	const char *d = path_join(a, root, "d");
	fs_mkdir_p(d);
	symlink(d, path_join(a, root, "link"));
	CHECK_STR(path_resolve(a, d), path_join(a, real, "d"));
	CHECK_STR(path_resolve(a, path_join(a, root, "d/")),
		  path_join(a, real, "d"));
	CHECK_STR(path_resolve(a, path_join(a, root, "link//.")),
		  path_join(a, real, "d"));
	CHECK_STR(path_resolve(a, path_join(a, root, "link/new/x/../y/")),
		  path_join(a, real, "d/new/y"));
	CHECK_STR(path_resolve(a, path_join(a, root, "nope/..")), real);
	CHECK_STR(path_resolve(a, "/"), "/");
	CHECK_STR(path_resolve(a, "//"), "/");
	CHECK(path_resolve(a, "") == NULL);
	CHECK(path_within("/a/b", "/a"));
	CHECK(path_within("/a", "/a"));
	CHECK(!path_within("/ab", "/a"));
	CHECK(!path_within("/a", "/a/b"));
	CHECK(path_within("/x", "/"));
	fs_remove_tree(root);
	free(real);
}

int main(void)
{
	arena a;
	arena_init(&a, 0);
	test_normalize(&a);
	test_relative(&a);
	test_names(&a);
	test_resolve(&a);
	arena_free(&a);
	return check_done();
}
