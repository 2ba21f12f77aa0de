/* theme.h - where layouts/ and assets/ come from.
 *
 * A project may have its own layouts/ and assets/, whole or in part: one
 * template, one UI string file, only assets/style.css. Every file it does
 * not have comes from the installed theme (PREFIX/share/coachkit, or the
 * folder of the coachkit binary when it runs from its source tree). So a
 * file is looked up in the project first, then in the installed theme.
 * Strings live in the arena given to theme_init(). */
#ifndef COACHKIT_THEME_H
#define COACHKIT_THEME_H

#include "util/arena.h"

typedef struct theme {
	arena      *a;
	const char *own;    /* the project folder DIR */
	const char *base;   /* the installed theme, or NULL when it is DIR
			     * itself or cannot be found */
} theme;

void theme_init(theme *t, arena *a, const char *dir);

/* The path of rel ("layouts/print/poster.yaml"): the project's when it
 * has the file, else the installed theme's (which may not exist either:
 * the caller reports what it cannot read). */
const char *theme_file(const theme *t, const char *rel);

/* The names of the files in the folder rel of the project and of the
 * installed theme together, each once, sorted (no hidden files);
 * theme_file() says where each is. 0, or -1 (errno set) when neither
 * folder can be read. */
int theme_list(const theme *t, const char *rel, ptrvec *names);

/* Copies the folder rel to dst: the installed theme's files, then the
 * project's over them, each with copy() (NULL: fs_copy_file()). 0, or -1
 * with errno set. */
int theme_copy(const theme *t, const char *rel, const char *dst,
	       int (*copy)(const char *src, const char *dst));

#endif
