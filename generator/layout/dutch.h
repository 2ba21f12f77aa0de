/* dutch.h - where Dutch typography keeps words together on a line, and
 * which words are in another language.
 *
 * dutch_tie() says whether the space between two words is a
 * non-breaking one: in a name with particles ("Van der Weijden", "van
 * den Berg"), after an initial or a title ("G. Elwyn", "dr. Jansen"),
 * between a reference word and its number ("module 6", "p. 5", "stap
 * 2") and between a number and its unit ("5 mm", "10 minuten", "€ 5").
 *
 * dutch_foreign() finds the words that belong to one of the author's
 * foreign phrases (site.yaml: foreign_phrases), compared without case
 * and without the punctuation around a word; such words are not
 * hyphenated with Dutch patterns.
 *
 * Words are UTF-8 tokens as they stand between spaces, punctuation
 * included. Nothing is allocated or kept: any thread may call these. */
#ifndef COACHKIT_DUTCH_H
#define COACHKIT_DUTCH_H

#include <stddef.h>

typedef struct dutch_word {
	const char *s;
	size_t      len;
} dutch_word;

/* 1 if the space between w[i] and w[i + 1] (of n words) must not break;
 * 0 otherwise, also when i + 1 >= n. */
int dutch_tie(const dutch_word *w, size_t n, size_t i);

/* Sets foreign[k] to 1 for every word w[k] that is part of an occurrence
 * of one of the phrases (words separated by spaces); leaves the others
 * as they are. */
void dutch_foreign(const dutch_word *w, size_t n,
		   const char *const *phrases, size_t n_phrases,
		   unsigned char *foreign);

#endif
