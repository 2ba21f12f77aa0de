/* charset.h - the characters a build may draw, as a set of code points
 * of the Basic Multilingual Plane.
 *
 * The PDF backend gives libharu a character map of these characters only:
 * libharu builds the map of a font for every character its encoder
 * knows, which for all of Unicode costs tens of millions of instructions
 * per font and document. The set is made once per build from every text
 * file the build reads (content/, the layouts) and the characters
 * coachkit writes itself (typographic quotes and dashes, bullets, ...),
 * so it is the same for any -j. A character drawn that is not in it is an
 * error of the PDF, never a silent blank. */
#ifndef COACHKIT_CHARSET_H
#define COACHKIT_CHARSET_H

#include <stddef.h>
#include <stdint.h>

typedef struct charset {
	uint8_t bits[0x10000 / 8];
} charset;

/* Printable ASCII, Latin-1, General Punctuation, the ligatures ff, fi,
 * fl, ffi and ffl (layout/font.h sets them) and what coachkit's own texts
 * use. */
void charset_init(charset *cs);
void charset_add(charset *cs, uint32_t cp);
/* Every character of the UTF-8 text. */
void charset_add_text(charset *cs, const char *s, size_t len);
int  charset_has(const charset *cs, uint32_t cp);

/* Adds the characters of every .md, .yaml and .mustache file under dir
 * (recursively); a missing dir adds nothing. */
void charset_add_tree(charset *cs, const char *dir);

#endif
