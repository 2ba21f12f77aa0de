/* resources.h - what a build loads once, before it renders anything, and
 * only reads after: the theme, the UI strings, the site's templates, the
 * print style, the fonts with their measurements and the hyphenation
 * patterns, the diagrams of content/diagrams/, and the characters the
 * PDFs may draw.
 *
 * Every output gets the same resources (read-only, so outputs may render
 * on several threads at once). resources_load() reports every problem
 * through diag at its file:line:col; resources_free() releases what does
 * not live in the arena and removes the font subsets. */
#ifndef COACHKIT_RESOURCES_H
#define COACHKIT_RESOURCES_H

#include "theme.h"
#include "ui.h"
#include "canvas/charset.h"
#include "content/model.h"
#include "diagram/diagram.h"
#include "layout/typeset.h"

struct templates;
struct print_style;

/* Fonts kept from one build to the next (coachkit serve): loading them
 * is the dearest part of the resources. A build that asks for the same
 * families and language borrows them. */
typedef struct font_cache {
	char   *serif, *sans, *lang;   /* what fs was loaded for */
	fontset fs;
	int     loaded;
} font_cache;
void font_cache_free(font_cache *c);

typedef struct resources {
	arena              *a;
	theme               theme;
	ui_strings          ui;
	struct templates   *templates;   /* layouts/html (site/templates.h) */
	struct print_style *style;       /* layouts/print/handout.yaml, whose
					  * families every product sets in
					  * (print/style.h) */
	fontset             fonts;       /* both families, four faces, and
					  * the patterns of the language */
	diagram_set         diagrams;
	charset             chars;       /* what content and layouts write
					  * (resources_subset()) */
	const char         *subsets;     /* the folder of the font subsets,
					  * or NULL (resources_subset()) */
	int                 fonts_loaded;
	int                 fonts_borrowed;   /* from a font_cache */
} resources;

/* Loads the resources of project dir for the model s into r (its strings
 * in a); the fonts from cache when it has them (cache may be NULL), into
 * it when not. 0, or -1 after reporting errors; resources_free() either
 * way. */
int  resources_load(resources *r, arena *a, const char *dir, const site *s,
		    font_cache *cache);

/* Collects in r->chars every character the content of s and the layouts
 * write (the PDFs draw no other), then makes subsets of the fonts with
 * them into dir, for every PDF of the build to embed instead of the whole
 * faces (layout/font_subset.h); when that fails the whole faces stay,
 * which is slower but the same on paper. A build that writes PDFs calls
 * it before drawing any; the folder is removed by resources_free(). */
void resources_subset(resources *r, const site *s, const char *dir);

void resources_free(resources *r);

#endif
