/* materials.h - what the print outputs give the site: each printable
 * thing with its PDF and its preview, for the materials page
 * (materialen.html) and the page it belongs with. */
#ifndef COACHKIT_MATERIALS_H
#define COACHKIT_MATERIALS_H

#include "content/model.h"

typedef struct print_item {
	const char *kind;     /* "poster", "bureaulegger", "kaart", ... */
	const char *title;
	const char *pdf;      /* under OUT/print: "posters/naam.pdf" */
	const char *preview;  /* under OUT/print: "voorbeeld/naam.svg", or
			       * NULL */
	const doc  *page;     /* the lesson or page it belongs with, or NULL */
} print_item;

#endif
