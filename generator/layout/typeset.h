/* typeset.h - what setting text needs for one product: its fonts (measured
 * from the files and registered with the canvas), hyphenation, and the
 * counts a build reports (lines, hyphens, overfull lines).
 *
 * A fontset is loaded once per build and shared read-only; a typeset lays
 * text out with it, and typeset_register() gives its fonts to each canvas
 * that draws the result. */
#ifndef COACHKIT_TYPESET_H
#define COACHKIT_TYPESET_H

#include "font.h"
#include "hyph.h"
#include "canvas/canvas.h"
#include "util/strmap.h"

enum { FACE_REGULAR, FACE_BOLD, FACE_ITALIC, FACE_BOLD_ITALIC, FACE_COUNT };

typedef struct family {
	const char *name;                /* lives as long as the fontset's
					  * loader says (not copied) */
	font       *faces[FACE_COUNT];
	char       *embed[FACE_COUNT];   /* the file PDFs embed (a subset,
					  * fontset_subset()); NULL: the
					  * face's own */
} family;

typedef struct fontset {
	family serif, sans;
	hyph  *hy;            /* NULL: no hyphenation for the language */
	/* Phrases in another language, never hyphenated (site.yaml
	 * foreign_phrases; layout/dutch.h). Not owned: the site's, set for
	 * each build. */
	const char *const *foreign;
	size_t             n_foreign;
} fontset;

/* Finds and loads both families in all four faces through fontconfig, and
 * the hyphenation patterns for lang. 0, or -1 (the serif) or -2 (the sans)
 * with a message in err (errlen bytes). Patterns are optional: without
 * them fs->hy is NULL and hyph_err (errlen bytes, may be NULL) says why. */
int  fontset_load(fontset *fs, const char *serif, const char *sans,
		  const char *lang, char *err, char *hyph_err, size_t errlen);
void fontset_free(fontset *fs);

struct charset;
/* Writes a subset of every face with the characters of cs into the
 * folder dir (layout/font_subset.h), for the PDFs to embed instead of the
 * whole faces. 0, or -1 with a reason in err (the whole faces stay). */
int  fontset_subset(fontset *fs, const struct charset *cs, const char *dir,
		    char *err, size_t errlen);

/* Font ids are the same on every canvas: the fonts are registered in one
 * order, serif faces then sans faces, so layout can happen before the
 * canvas exists. */
typedef struct typeset {
	const fontset *fs;
	int            lines, hyphens, overfull;
	strmap         missing;              /* typeset_once() keys */
	arena         *a;
} typeset;

void typeset_init(typeset *ts, const fontset *fs, arena *a);
/* Registers the fonts with a new canvas; 0, or -1 if an id came out
 * different from the one layout used. */
int  typeset_register(const typeset *ts, canvas *c);
/* 1 the first time key is seen, then 0: a lesson is set in its hand-out
 * and again in the manual, but each problem is reported once. */
int typeset_once(typeset *ts, const char *key);
const font *typeset_font(const typeset *ts, int sans, int face);
int         typeset_id(const typeset *ts, int sans, int face);

#endif
