/* suggest.c - the nearest known name; see suggest.h. */
#include "suggest.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LEN 128

static int min3(int a, int b, int c)
{
	int m = a < b ? a : b;
	return m < c ? m : c;
}

int suggest_distance(const char *a, const char *b, int limit)
{
	size_t n = strlen(a), m = strlen(b);
	if (n > MAX_LEN || m > MAX_LEN || (n > m ? n - m : m - n) >
	    (size_t)limit)
		return limit + 1;
	/* three rows of the table: two back, one back, this one */
	int rows[3][MAX_LEN + 1];
	int *pp = rows[0], *prev = rows[1], *cur = rows[2];
	for (size_t j = 0; j <= m; j++)
		prev[j] = (int)j;
	for (size_t i = 1; i <= n; i++) {
		cur[0] = (int)i;
		int best = cur[0];
		for (size_t j = 1; j <= m; j++) {
			int ca = tolower((unsigned char)a[i - 1]);
			int cb = tolower((unsigned char)b[j - 1]);
			int d = min3(prev[j] + 1, cur[j - 1] + 1,
				     prev[j - 1] + (ca != cb));
			if (i > 1 && j > 1 &&
			    ca == tolower((unsigned char)b[j - 2]) &&
			    tolower((unsigned char)a[i - 2]) == cb &&
			    pp[j - 2] + 1 < d)
				d = pp[j - 2] + 1;
			cur[j] = d;
			if (d < best)
				best = d;
		}
		if (best > limit)
			return limit + 1;
		int *t = pp;
		pp = prev;
		prev = cur;
		cur = t;
	}
	return prev[m];
}

const char *suggest(const char *word, const char *const *candidates,
		    size_t n)
{
	const char *best = NULL;
	int best_d = 3;
	size_t wl = strlen(word);
	for (size_t i = 0; i < n; i++) {
		size_t cl = strlen(candidates[i]);
		size_t shorter = wl < cl ? wl : cl;
		int d = suggest_distance(word, candidates[i], 2);
		if (d < best_d && d > 0 && (size_t)d * 2 < shorter) {
			best = candidates[i];
			best_d = d;
		} else if (d == 0 && strcmp(word, candidates[i])) {
			return candidates[i];   /* differs in case only */
		}
	}
	return best;
}
