/* font_kern.h - the pair kerning of a TrueType font, for font.c.
 *
 * Read from GPOS as a shaper applies it to Latin text: the lookups of the
 * 'kern' feature of the script 'latn' (else 'DFLT'), default language,
 * in lookup order; in each lookup the first pair adjustment subtable
 * (type 2, formats 1 and 2, also behind an extension, type 9) that
 * applies to a pair gives its value, and the values of the lookups add
 * up. Only the first glyph's x advance counts. A font whose GPOS has no
 * 'kern' feature is kerned by its 'kern' table (format 0) when it has
 * one. Every offset is checked; a malformed table means no kerning.
 *
 * Ownership: font_kerning_read() returns an object owned by the caller,
 * freed with font_kerning_free(); it keeps nothing of the file and is
 * immutable, so threads may read it at once. */
#ifndef COACHKIT_FONT_KERN_H
#define COACHKIT_FONT_KERN_H

#include <stddef.h>
#include <stdint.h>

typedef struct font_kerning font_kerning;

/* The kerning of a font with num_glyphs glyphs from its GPOS table
 * (gpos_len bytes, or NULL) and 'kern' table (kern_len bytes, or NULL):
 * NULL when it has none or they cannot be read. */
font_kerning *font_kerning_read(const unsigned char *gpos, size_t gpos_len,
				const unsigned char *kern, size_t kern_len,
				unsigned num_glyphs);
void          font_kerning_free(font_kerning *k);   /* NULL is fine */

/* Does glyph left start any kerning pair? */
int font_kerning_left(const font_kerning *k, unsigned left);
/* The adjustment of the advance of glyph left before glyph right, in font
 * units (negative: closer). Glyph ids out of range give 0. */
int font_kerning_get(const font_kerning *k, unsigned left, unsigned right);

#endif
