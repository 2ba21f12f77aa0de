/* shuffle.c - see shuffle.h. Byte by byte and with fixed-width integers,
 * so that the result does not depend on the machine's byte order or word
 * size. */
#include "shuffle.h"

#include <stdint.h>

/* FNV-1a over the bytes of s. */
static uint64_t id_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		h = (h ^ *p) * 1099511628211ULL;
	return h;
}

/* splitmix64: the next number of the sequence whose state is *x. */
static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

void shuffle_order(const char *id, size_t n, size_t *order)
{
	uint64_t state = id_hash(id ? id : "");
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	for (size_t i = n; i > 1; i--) {
		/* n is a handful of options: the modulo's bias is far below
		 * anything a reader could notice */
		size_t j = (size_t)(splitmix64(&state) % (uint64_t)i);
		size_t t = order[i - 1];
		order[i - 1] = order[j];
		order[j] = t;
	}
}
