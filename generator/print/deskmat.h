/* deskmat.h - desk mats (bureauleggers, content/deskmats/): A3 landscape
 * by default, 600x400mm on request.
 *
 * Writes print/bureauleggers/NAME.pdf and an SVG preview per mat, and a
 * print_item for the site. Every panel's content is fitted to the panel;
 * what does not fit even at the smallest size is an error at its line,
 * so nothing on a mat ever overlaps or runs out of its panel. */
#ifndef COACHKIT_DESKMAT_H
#define COACHKIT_DESKMAT_H

#include "print/product.h"

/* See product.h. */
extern const print_product deskmat_product;

#endif
