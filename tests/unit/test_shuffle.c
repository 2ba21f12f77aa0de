/* test_shuffle.c - the order of a quiz's options: a permutation, the same
 * for the same id on every machine, spread evenly over the ids. */
#include "check.h"
#include "markdown/shuffle.h"

#include <stdio.h>

/* Whether order[0..n) holds each of 0..n-1 once. */
static int is_permutation(const size_t *order, size_t n)
{
	int seen[16] = { 0 };
	for (size_t i = 0; i < n; i++) {
		if (order[i] >= n || seen[order[i]]++)
			return 0;
	}
	return 1;
}

int main(void)
{
	size_t a[8], b[8];
	shuffle_order("modules/01-een/01-begin.md#quiz-1", 4, a);
	shuffle_order("modules/01-een/01-begin.md#quiz-1", 4, b);
	CHECK(is_permutation(a, 4));
	CHECK(!memcmp(a, b, sizeof a[0] * 4));
	/* fixed by FNV-1a, splitmix64 and Fisher-Yates alone: a change here
	 * reorders every quiz of every course */
	char got[16];
	snprintf(got, sizeof got, "%zu%zu%zu%zu", a[0], a[1], a[2], a[3]);
	CHECK_STR(got, "2310");
	shuffle_order("", 1, a);
	CHECK_INT(a[0], 0);
	shuffle_order(NULL, 0, a);   /* nothing to order: no crash */

	/* over 4,000 ids, each option of four is first about as often */
	int first[4] = { 0 };
	for (int i = 0; i < 4000; i++) {
		char id[64];
		snprintf(id, sizeof id, "modules/%02d-m/les.md#quiz-%d", i / 7,
			 i % 7 + 1);
		shuffle_order(id, 4, b);
		if (!is_permutation(b, 4))
			break;
		first[b[0]]++;
	}
	for (int k = 0; k < 4; k++)
		CHECK(first[k] > 850 && first[k] < 1150);
	return check_done();
}
