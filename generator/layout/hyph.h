/* hyph.h - where a word may be hyphenated, from libhyphen's patterns.
 *
 * hyph_load() reads a language's patterns once (per build); hyph_points()
 * then gives the places in a UTF-8 word where a hyphen may be inserted.
 * The Debian dictionaries (hyphen-nl: /usr/share/hyphen/hyph_nl_NL.dic)
 * are in ISO 8859-1, so words are lowercased to Latin-1 for the lookup
 * and the breaks mapped back to byte offsets in the UTF-8 word; a UTF-8
 * dictionary works as well.
 *
 * What counts as a word: leading and trailing punctuation (quotes,
 * brackets, full stops, commas, dashes ...) is ignored, and hyphens
 * inside ("-", U+2010, U+2011) split the word into parts that are
 * hyphenated on their own, so no break is ever added next to an existing
 * hyphen. A word (part) gets no points when it is shorter than
 * HYPH_MIN_WORD letters or longer than HYPH_MAX_WORD, or when the word
 * holds a digit, a soft hyphen (U+00AD: the author placed the breaks; the
 * caller treats those as hyphenation points itself), any other character
 * that is not a letter (an apostrophe as in "auto's"), a character outside
 * Latin-1, or invalid UTF-8. Breaks for which the patterns ask a spelling
 * change (libhyphen's non-standard hyphenation) are left out.
 *
 * Dutch drops a diaeresis at a break (pati-enten, ge-interviewd, zee-en):
 * hyph_drops_trema() tells the caller when to draw the plain vowel at the
 * start of the next line.
 *
 * Ownership: hyph_load() returns an object owned by the caller, released
 * with hyph_free(). hyph_points() does not allocate beyond libhyphen's own
 * temporary buffers, prints nothing and keeps no state between calls: a
 * loaded hyph may be shared by threads as long as nobody calls
 * hyph_set_min() meanwhile. */
#ifndef COACHKIT_HYPH_H
#define COACHKIT_HYPH_H

#include <stddef.h>

#define HYPH_DIR      "/usr/share/hyphen"
#define HYPH_MIN_WORD 5      /* letters */
#define HYPH_MAX_WORD 100    /* letters per part */

typedef struct hyph hyph;

/* Loads the patterns for lang: "nl" or "nl_NL" (also "nl-NL") looks for
 * HYPH_DIR/hyph_nl_NL.dic, then hyph_nl.dic; a lang containing '/' is the
 * path of a .dic file. Returns NULL and writes a one-line message to err
 * (may be NULL) when no file is found, the name is not a language code,
 * the file cannot be read or its character set is neither ISO8859-1 nor
 * UTF-8. */
hyph *hyph_load(const char *lang, char *err, size_t errlen);

void hyph_free(hyph *h);     /* NULL is fine */

/* Sets the fewest letters before (default 2) and after (default 3) a
 * break within a word part; values below 1 count as 1. */
void hyph_set_min(hyph *h, int left, int right);

/* Writes to points the byte offsets inside word[0..len) (UTF-8, need not
 * be NUL-terminated) where a hyphen may be inserted, in ascending order,
 * each on a character boundary; returns how many (at most max). h NULL
 * gives 0. */
size_t hyph_points(const hyph *h, const char *word, size_t len,
		   size_t *points, size_t max);

/* Does the character at byte offset point of word[0..len) carry a
 * diaeresis that Dutch drops when the word breaks there (ä ë ï ö ü and
 * capitals)? If so, writes the plain vowel (ASCII) to *plain and returns
 * the byte length of the accented character (2); else returns 0. */
size_t hyph_drops_trema(const char *word, size_t len, size_t point,
			char *plain);

#endif
