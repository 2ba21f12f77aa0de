/* shuffle.h - the order a quiz shows its options in.
 *
 * The order is a Fisher-Yates shuffle driven by splitmix64, seeded by a
 * byte-wise FNV-1a hash of the quiz's id (the lesson's path in content/
 * and the quiz's number in it, "modules/01-x/02-y.md#quiz-1"), so that the
 * site, the SCORM packages and the printed answer key show the same order
 * on every machine and every build. */
#ifndef COACHKIT_SHUFFLE_H
#define COACHKIT_SHUFFLE_H

#include <stddef.h>

/* Fills order[0..n) with the indices 0..n-1 in the order for id: order[k]
 * is the option shown k-th. The same id and n always give the same
 * order. */
void shuffle_order(const char *id, size_t n, size_t *order);

#endif
