/* pocket.h - the pocket reference (content/pocket.yaml): zakkaart.pdf,
 * A6 pages in reading order, and zakkaart-boekje.pdf, the same pages
 * imposed on A4 as a saddle-stitched booklet for duplex printing. */
#ifndef COACHKIT_POCKET_PRINT_H
#define COACHKIT_POCKET_PRINT_H

#include "print/product.h"

/* See product.h. */
int pocket_build(print_ctx *c, const char *dir, print_stats *st);

#endif
