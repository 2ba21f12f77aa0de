/* font_subset.h - a font cut down to the characters a build draws.
 *
 * The PDF library builds, for every font it loads into every document, a
 * map from all 65,536 characters of the Basic Multilingual Plane to the
 * font's glyphs, searching the font's character map for each; with the
 * full Noto faces that is most of the work of writing a PDF. A subset of
 * a face with only the characters of the build (canvas/charset.h) has a
 * map of a few ranges, so the search is short, and it is smaller to read
 * and to embed. The glyphs, their advances and the kerning of the kept
 * characters stay as they are: layout measures with the full face. */
#ifndef COACHKIT_FONT_SUBSET_H
#define COACHKIT_FONT_SUBSET_H

#include <stddef.h>
#include "canvas/charset.h"

/* Writes the subset of the TrueType file src for the characters of cs to
 * dst. 0, or -1 with a reason in err (errlen bytes). */
int font_subset(const char *src, const charset *cs, const char *dst,
		char *err, size_t errlen);

#endif
