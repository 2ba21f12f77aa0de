/* hash.c - see hash.h. FNV-1a's multiplier on 64-bit words, with a shift
 * so that high bits reach low ones. */
#include "hash.h"

#include <string.h>

#define PRIME 1099511628211ULL

uint64_t hash_mix(uint64_t h, const void *s, size_t n)
{
	const unsigned char *p = s;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		h = (h ^ w) * PRIME;
		h ^= h >> 29;
	}
	for (; i < n; i++)
		h = (h ^ p[i]) * PRIME;
	return (h ^ n) * PRIME;
}

uint64_t hash_u64(uint64_t h, uint64_t v)
{
	return hash_mix(h, &v, sizeof v);
}

uint64_t hash_str(uint64_t h, const char *s)
{
	return hash_mix(h, s ? s : "", s ? strlen(s) + 1 : 1);
}
