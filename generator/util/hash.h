/* hash.h - a 64-bit hash of bytes, to notice that a file or a text
 * changed (not for hash tables, not against an attacker). */
#ifndef COACHKIT_HASH_H
#define COACHKIT_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_SEED 1469598103934665603ULL   /* FNV-1a's offset basis */

/* Mixes n bytes of s into h, eight at a time: changes when any byte
 * does, at memory speed. */
uint64_t hash_mix(uint64_t h, const void *s, size_t n);
/* The same for a number. */
uint64_t hash_u64(uint64_t h, uint64_t v);
/* And for a string with its end (NULL mixes as ""). */
uint64_t hash_str(uint64_t h, const char *s);

#endif
