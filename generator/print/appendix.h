/* appendix.h - the competency appendix (competenties.pdf, A4) from
 * content/competencies.yaml: per group its CORP grid, then each
 * competency with its definition and the additions from the interviews
 * and the literature. */
#ifndef COACHKIT_APPENDIX_H
#define COACHKIT_APPENDIX_H

#include "print/product.h"

/* See product.h. */
extern const print_product appendix_product;

#endif
