/* typeset.c - fonts and counts for setting text; see typeset.h. */
#include "typeset.h"
#include "font_subset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int load_family(family *fam, const char *name, char *err,
		       size_t errlen)
{
	fam->name = name;
	for (int face = 0; face < FACE_COUNT; face++) {
		int bold = face == FACE_BOLD || face == FACE_BOLD_ITALIC;
		int italic = face == FACE_ITALIC || face == FACE_BOLD_ITALIC;
		char *path = font_find(name, bold, italic);
		if (!path) {
			snprintf(err, errlen, "het lettertype '%s' is niet "
				 "als TrueType geïnstalleerd (fc-list laat "
				 "zien welke er zijn)", name);
			return -1;
		}
		char why[200];
		fam->faces[face] = font_load(path, why, sizeof why);
		if (!fam->faces[face])
			snprintf(err, errlen, "%s: %s", path, why);
		free(path);
		if (!fam->faces[face])
			return -1;
	}
	return 0;
}

int fontset_load(fontset *fs, const char *serif, const char *sans,
		 const char *lang, char *err, char *hyph_err, size_t errlen)
{
	memset(fs, 0, sizeof *fs);
	int bad = load_family(&fs->serif, serif, err, errlen) < 0 ? -1 :
		  load_family(&fs->sans, sans, err, errlen) < 0 ? -2 : 0;
	if (bad) {
		fontset_free(fs);
		return bad;
	}
	char why[200];
	fs->hy = hyph_load(lang, why, sizeof why);   /* optional */
	if (!fs->hy && hyph_err)
		snprintf(hyph_err, errlen, "%s", why);
	return 0;
}

void fontset_free(fontset *fs)
{
	for (int face = 0; face < FACE_COUNT; face++) {
		font_free(fs->serif.faces[face]);
		font_free(fs->sans.faces[face]);
		free(fs->serif.embed[face]);
		free(fs->sans.embed[face]);
	}
	if (fs->hy)
		hyph_free(fs->hy);
	memset(fs, 0, sizeof *fs);
}

int fontset_subset(fontset *fs, const struct charset *cs, const char *dir,
		   char *err, size_t errlen)
{
	for (int sans = 0; sans < 2; sans++) {
		family *fam = sans ? &fs->sans : &fs->serif;
		for (int face = 0; face < FACE_COUNT; face++) {
			char path[4096];
			snprintf(path, sizeof path, "%s/%s-%d.ttf", dir,
				 sans ? "sans" : "serif", face);
			if (font_subset(font_file(fam->faces[face]), cs, path,
					err, errlen) < 0)
				return -1;
			free(fam->embed[face]);
			size_t n = strlen(path) + 1;
			fam->embed[face] = memcpy(xmalloc(n), path, n);
		}
	}
	return 0;
}

void typeset_init(typeset *ts, const fontset *fs, arena *a)
{
	memset(ts, 0, sizeof *ts);
	ts->fs = fs;
	ts->a = a;
}

int typeset_once(typeset *ts, const char *key)
{
	if (strmap_get(&ts->missing, key))
		return 0;
	const char *k = arena_strdup(ts->a, key);
	strmap_put(ts->a, &ts->missing, k, (void *)k);
	return 1;
}

int typeset_register(const typeset *ts, canvas *c)
{
	for (int sans = 0; sans < 2; sans++) {
		const family *fam = sans ? &ts->fs->sans : &ts->fs->serif;
		for (int face = 0; face < FACE_COUNT; face++) {
			canvas_face cf = (canvas_face)(
				(face == FACE_BOLD || face == FACE_BOLD_ITALIC ?
				 CANVAS_BOLD : 0) |
				(face >= FACE_ITALIC ? CANVAS_ITALIC : 0));
			int id = canvas_font(c, fam->embed[face] ?
					     fam->embed[face] :
					     font_file(fam->faces[face]),
					     fam->name, cf);
			if (id != typeset_id(ts, sans, face))
				return -1;
			canvas_font_setting(c, id, fam->faces[face]);
		}
	}
	return 0;
}

const font *typeset_font(const typeset *ts, int sans, int face)
{
	return (sans ? &ts->fs->sans : &ts->fs->serif)->faces[face];
}

int typeset_id(const typeset *ts, int sans, int face)
{
	(void)ts;
	return (sans ? FACE_COUNT : 0) + face;
}
