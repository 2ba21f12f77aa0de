/* tree.c - the content folder holds all there is: no symbolic link in it
 * may lead outside it, and it holds files and folders only. See
 * content_check_tree() in model.h. */
#define _XOPEN_SOURCE 700   /* realpath() */
#include "model.h"
#include "util/fs.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Folders deeper than this are not looked into (and are an error). */
#define TREE_MAX_DEPTH 64

typedef struct walk {
	site       *s;
	const char *root;    /* the content folder, resolved */
	int         errors;
} walk;

/* Reports path (a symbolic link) when its target lies outside. */
static void check_link(walk *w, const char *path)
{
	char *real = realpath(path, NULL);
	if (!real)
		return;   /* a link to nothing: reported where it is used */
	if (!path_within(real, w->root)) {
		diag_error(path, 0, 0, "een symbolische link naar %s, buiten "
			   "de map content; coachkit leest niets buiten "
			   "content/ (kopieer wat je nodig hebt naar die map)",
			   real);
		w->errors++;
	}
	free(real);
}

/* A FIFO, socket or device has no place in the content: reading one
 * could wait for ever or never end. */
static void special(walk *w, const char *path)
{
	diag_error(path, 0, 0, "geen bestand of map (een pipe, socket of "
		   "apparaat); de map content bevat alleen bestanden en "
		   "mappen");
	w->errors++;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entries of dir, hidden ones too, sorted; -1 if it cannot be read. */
static int list_all(arena *a, const char *dir, ptrvec *names)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	struct dirent *e;
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			ptrvec_push(a, names, arena_strdup(a, e->d_name));
	closedir(d);
	if (names->len)
		qsort(names->items, names->len, sizeof *names->items,
		      cmp_name);
	return 0;
}

static void walk_dir(walk *w, const char *dir, int depth)
{
	if (depth > TREE_MAX_DEPTH) {
		diag_error(dir, 0, 0, "mappen meer dan %d niveaus diep",
			   TREE_MAX_DEPTH);
		w->errors++;
		return;
	}
	arena a;
	arena_init(&a, 0);
	ptrvec names = { 0 };
	if (list_all(&a, dir, &names) == 0) {   /* else: reported by the
						 * loader that reads it */
		for (size_t i = 0; i < names.len; i++) {
			const char *path = path_join(&a, dir, names.items[i]);
			struct stat st;
			if (lstat(path, &st) < 0)
				continue;
			if (S_ISLNK(st.st_mode))
				check_link(w, path);
			else if (S_ISDIR(st.st_mode))
				walk_dir(w, path, depth + 1);
			else if (!S_ISREG(st.st_mode))
				special(w, path);
		}
	}
	arena_free(&a);
}

int content_check_tree(site *s)
{
	if (!s->content_real)
		return 0;   /* reported by site_load */
	walk w = { .s = s, .root = s->content_real };
	walk_dir(&w, s->content, 0);
	return w.errors;
}

int content_inside(const site *s, const char *path)
{
	char *real = realpath(path, NULL);
	int inside = real && s->content_real &&
		     path_within(real, s->content_real);
	free(real);
	return inside;
}
