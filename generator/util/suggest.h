/* suggest.h - "did you mean ...?": the known name nearest to a mistyped
 * one.
 *
 * Distance is the optimal string alignment distance (insertions,
 * deletions, substitutions and swaps of neighbours), over bytes, ASCII
 * case ignored. A name is suggested when it differs in case only, or when
 * it is near enough to be a slip: at most 2 edits, and fewer than half
 * the length of the shorter name; of equals, the first given. */
#ifndef COACHKIT_SUGGEST_H
#define COACHKIT_SUGGEST_H

#include <stddef.h>

/* The candidate nearest to word, or NULL when none is near enough. */
const char *suggest(const char *word, const char *const *candidates,
		    size_t n);

/* The edit distance between a and b (ASCII case ignored), or a number
 * above limit when it is above limit. */
int suggest_distance(const char *a, const char *b, int limit);

#endif
