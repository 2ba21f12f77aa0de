/* booklet.h - small pages imposed for a saddle-stitched booklet.
 *
 * Four pages of A6 (or any quarter of the sheet) fit each side of an A4
 * sheet: two spreads, one above the other. Printed duplex (long-edge
 * flip), each sheet is cut across the middle into two half-sheets; laid
 * in order, one on the next, and folded together down the middle they are
 * a booklet in reading order. Half-sheet s (0-based) of a booklet of n
 * pages carries on its front pages n - 2s and 2s + 1 and on its back
 * 2s + 2 and n - 2s - 1 (1-based, left and right), so n is padded with
 * blank pages to a multiple of 8 (the signature: one A4 sheet). */
#ifndef COACHKIT_BOOKLET_H
#define COACHKIT_BOOKLET_H

#include <stddef.h>

#define BOOKLET_SIGNATURE 8   /* pages per sheet, both sides */

/* Pages after padding: n rounded up to a multiple of BOOKLET_SIGNATURE. */
size_t booklet_pages(size_t n);

/* Where page slots go on sheet side `side` (0 = the front of sheet 0, 1
 * its back, 2 the front of sheet 1 ...) of a booklet of padded pages:
 * slot[0] top left, slot[1] top right, slot[2] bottom left, slot[3]
 * bottom right, each a 0-based page index (>= the real page count means
 * a blank page). */
void booklet_side(size_t padded, size_t side, size_t slot[4]);

#endif
