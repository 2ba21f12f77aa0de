/* poster.h - nudging posters (content/posters/), A3 portrait by default.
 *
 * Writes print/posters/NAME.pdf for each poster and print/posters.pdf
 * with all of them, SVG previews in print/voorbeeld/, and a print_item
 * per poster for the site. The headline is set at the largest size that
 * fits its box; one that does not fit at the layout's minimum is an
 * error at its line. The QR code holds base_url plus the lesson's path,
 * and the address is printed under it. */
#ifndef COACHKIT_POSTER_H
#define COACHKIT_POSTER_H

#include "print/product.h"

/* See product.h. */
extern const print_product poster_product;

#endif
