/* guide.h - the trainer's guide (trainersgids.pdf), from the chapters of
 * content/trainer/ (site.trainer), set as the manual is (handout.h): a
 * cover listing the chapters, a table of contents, the chapters in
 * weight order each from a new page, and the sources page whole at the
 * end; running head, folios, bookmarks and links inside the PDF.
 * Nothing without chapters. */
#ifndef COACHKIT_GUIDE_H
#define COACHKIT_GUIDE_H

#include "print/product.h"

/* See product.h. */
extern const print_product guide_product;

#endif
