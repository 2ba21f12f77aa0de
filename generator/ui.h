/* ui.h - the UI strings: layouts/i18n/LANG.yaml, a flat mapping of the
 * words the outputs print themselves ("Module", "pagina", "van", the
 * scripts' "js_..." texts).
 *
 * The installed theme's file is read first, then the project's own, whose
 * keys replace the theme's (theme.h). Loaded once per build and only read
 * after; the strings live in the arena given to ui_load(). */
#ifndef COACHKIT_UI_H
#define COACHKIT_UI_H

#include "theme.h"
#include "util/arena.h"
#include "util/strmap.h"

typedef struct ui_strings {
	strmap      map;     /* key -> const char *text */
	ptrvec      keys;    /* every key once, in the order first read */
	const char *file;    /* the project's file when it has one, else the
			      * theme's: where a warning about them points */
} ui_strings;

/* Reads the strings for language; 0, or -1 after reporting errors (a
 * missing file, a value that is not a text) at their file:line:col. */
int ui_load(ui_strings *u, arena *a, const theme *th, const char *language);

/* The text of key, or NULL when no file gives it (or u is NULL). */
const char *ui_get(const ui_strings *u, const char *key);

#endif
