/* booklet.c - saddle-stitch page order; see booklet.h. */
#include "booklet.h"

size_t booklet_pages(size_t n)
{
	if (n == 0)
		return BOOKLET_SIGNATURE;
	return (n + BOOKLET_SIGNATURE - 1) / BOOKLET_SIGNATURE *
	       BOOKLET_SIGNATURE;
}

/* The two pages (0-based, left then right) of half-sheet s's side. */
static void spread(size_t n, size_t s, int back, size_t out[2])
{
	if (!back) {
		out[0] = n - 2 * s - 1;
		out[1] = 2 * s;
	} else {
		out[0] = 2 * s + 1;
		out[1] = n - 2 * s - 2;
	}
}

void booklet_side(size_t padded, size_t side, size_t slot[4])
{
	size_t sheet = side / 2;
	int back = (int)(side % 2);
	spread(padded, 2 * sheet, back, slot);
	spread(padded, 2 * sheet + 1, back, slot + 2);
}
