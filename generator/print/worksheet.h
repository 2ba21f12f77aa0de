/* worksheet.h - the worksheets (werkbladen, content/werkbladen/): one A4
 * page each, to fill in by hand.
 *
 * Writes print/werkbladen/NAME.pdf per sheet, print/werkbladen.pdf with
 * every sheet, an SVG preview per sheet, and a print_item for the site.
 * A sheet whose parts do not fit its page is an error at its file, never
 * a page that runs over. */
#ifndef COACHKIT_WORKSHEET_H
#define COACHKIT_WORKSHEET_H

#include "print/product.h"

/* See product.h. */
extern const print_product worksheet_product;

#endif
