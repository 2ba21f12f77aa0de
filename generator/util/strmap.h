/* strmap.h - string-keyed hash table in an arena.
 *
 * Keys are not copied: they must live as long as the map (put them in the
 * same arena). Entries cannot be removed; the whole map goes with its arena. */
#ifndef COACHKIT_STRMAP_H
#define COACHKIT_STRMAP_H

#include "arena.h"

typedef struct strmap_entry {
	const char *key;
	void       *value;
} strmap_entry;

typedef struct strmap {
	strmap_entry *slots;
	size_t        cap, len;   /* cap is 0 or a power of two */
} strmap;

void *strmap_get(const strmap *m, const char *key);
/* Sets key to value; returns the value it replaced, or NULL. */
void *strmap_put(arena *a, strmap *m, const char *key, void *value);

#endif
