/* test_booklet.c - the page order of a saddle-stitched booklet. */
#include "check.h"
#include "print/booklet.h"

#include <stdio.h>

/* The four slots of a side as "a b / c d" with 1-based pages. */
static const char *side(size_t padded, size_t s)
{
	static char out[64];
	size_t slot[4];
	booklet_side(padded, s, slot);
	snprintf(out, sizeof out, "%zu %zu / %zu %zu", slot[0] + 1,
		 slot[1] + 1, slot[2] + 1, slot[3] + 1);
	return out;
}

int main(void)
{
	CHECK_INT(booklet_pages(0), 8);
	CHECK_INT(booklet_pages(1), 8);
	CHECK_INT(booklet_pages(8), 8);
	CHECK_INT(booklet_pages(9), 16);
	CHECK_INT(booklet_pages(14), 16);

	/* 8 pages, one sheet: halves 0 (outside) and 1 (inside) */
	CHECK_STR(side(8, 0), "8 1 / 6 3");
	CHECK_STR(side(8, 1), "2 7 / 4 5");

	/* 16 pages, two sheets */
	CHECK_STR(side(16, 0), "16 1 / 14 3");
	CHECK_STR(side(16, 1), "2 15 / 4 13");
	CHECK_STR(side(16, 2), "12 5 / 10 7");
	CHECK_STR(side(16, 3), "6 11 / 8 9");

	/* every page exactly once, and each spread sums to n + 1 */
	for (size_t n = 8; n <= 48; n += 8) {
		int seen[48] = { 0 }, sums = 1;
		for (size_t s = 0; s < n / 4; s++) {
			size_t slot[4];
			booklet_side(n, s, slot);
			for (int k = 0; k < 4; k++)
				seen[slot[k]]++;
			sums &= slot[0] + slot[1] + 2 == n + 1 &&
				slot[2] + slot[3] + 2 == n + 1;
		}
		int once = 1;
		for (size_t i = 0; i < n; i++)
			once &= seen[i] == 1;
		CHECK(once && sums);
	}
	return check_done();
}
