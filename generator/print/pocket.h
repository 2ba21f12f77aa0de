/* pocket.h - the pocket reference (content/pocket.yaml): zakkaart.pdf,
 * A6 pages in reading order, and zakkaart-boekje.pdf, the same pages
 * imposed on A4 as a saddle-stitched booklet for duplex printing. */
#ifndef COACHKIT_POCKET_PRINT_H
#define COACHKIT_POCKET_PRINT_H

#include "print/product.h"

/* See product.h. */
extern const print_product pocket_product;

#endif
