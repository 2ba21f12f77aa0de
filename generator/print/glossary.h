/* glossary.h - the glossary in print: content/begrippen.yaml set as a
 * section of the manual, before the sources (print/handout.c).
 *
 * The section starts on a new page with the glossary's title as a heading
 * of outline level 0 (in the contents), its introduction, then each entry
 * kept whole: the term in bold with an abbreviation's full name, the
 * explanation, and where the sources use it in small type. */
#ifndef COACHKIT_PRINT_GLOSSARY_H
#define COACHKIT_PRINT_GLOSSARY_H

#include "blocks.h"
#include "content/glossary.h"

/* The destination of the section's heading in the PDF. */
#define PRINT_GLOSSARY_DEST "begrippen"

/* Adds glossary g to b (nothing when it is NULL or had errors). */
void print_glossary_add(blocks *b, const glossary *g);

#endif
