/* typo.h - typographic quotes for text that does not pass through cmark. */
#ifndef COACHKIT_TYPO_H
#define COACHKIT_TYPO_H

#include "arena.h"

/* Returns s with straight quotes made typographic: ' after a letter or
 * digit is an apostrophe or closing quote (’), otherwise an opening one (‘);
 * " after a space, an opening bracket or at the start opens (“), else it
 * closes (”). Returns s itself when it has no straight quotes. NULL stays
 * NULL. */
const char *typo_quotes(arena *a, const char *s);

#endif
