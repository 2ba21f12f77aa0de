/* theme.c - the project's layouts and assets over the installed ones; see
 * theme.h. */
#include "theme.h"
#include "util/fs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The installed theme: PREFIX/share/coachkit beside the binary's bin/, or
 * the binary's own folder (a build in the source tree); NULL if neither
 * has layouts/. */
static const char *installed(arena *a)
{
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	const char *bin = path_dirname(a, exe);
	const char *shared = path_join(a, path_dirname(a, bin),
				       "share/coachkit");
	if (fs_is_dir(path_join(a, shared, "layouts")))
		return shared;
	if (fs_is_dir(path_join(a, bin, "layouts")))
		return bin;
	return NULL;
}

void theme_init(theme *t, arena *a, const char *dir)
{
	t->a = a;
	t->own = dir;
	t->base = installed(a);
	const char *own = t->base ? path_resolve(a, dir) : NULL;
	const char *base = t->base ? path_resolve(a, t->base) : NULL;
	if (own && base && !strcmp(own, base))
		t->base = NULL;   /* the source tree builds itself */
}

const char *theme_file(const theme *t, const char *rel)
{
	const char *own = path_join(t->a, t->own, rel);
	if (!t->base || fs_is_file(own))
		return own;
	return path_join(t->a, t->base, rel);
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int theme_list(const theme *t, const char *rel, ptrvec *names)
{
	ptrvec own = { 0 }, base = { 0 };
	int rc_own = fs_list(t->a, path_join(t->a, t->own, rel), &own);
	int rc_base = t->base ? fs_list(t->a, path_join(t->a, t->base, rel),
					&base) : -1;
	if (rc_own < 0 && rc_base < 0)
		return -1;
	for (size_t i = 0; i < own.len; i++)
		ptrvec_push(t->a, names, own.items[i]);
	for (size_t i = 0; i < base.len; i++) {
		int dup = 0;
		for (size_t k = 0; k < own.len && !dup; k++)
			dup = !strcmp(own.items[k], base.items[i]);
		if (!dup)
			ptrvec_push(t->a, names, base.items[i]);
	}
	if (names->len)
		qsort(names->items, names->len, sizeof *names->items,
		      cmp_name);
	return 0;
}

int theme_copy(const theme *t, const char *rel, const char *dst,
	       int (*copy)(const char *src, const char *dst))
{
	const char *base = t->base ? path_join(t->a, t->base, rel) : NULL;
	const char *own = path_join(t->a, t->own, rel);
	if (!copy)
		copy = fs_copy_file;
	if (base && fs_is_dir(base) && fs_copy_tree_with(base, dst, copy) < 0)
		return -1;
	if (fs_is_dir(own) && fs_copy_tree_with(own, dst, copy) < 0)
		return -1;
	return 0;
}
