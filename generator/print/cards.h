/* cards.h - patient-profile cards and competency cards.
 *
 * One card per profile of content/profiles/ and one per competency of
 * content/competencies.yaml (see content/cards.h), A6 by default (or any
 * size layouts/print/cards.yaml names, such as 63x88mm). The front has a
 * coloured band with the kind of card (Voorbeeldprofiel, or Competentie
 * and its CORP category), the title and the main text; the back the rest.
 * Every text is fitted with textfit: the sections of one side at one
 * size, the largest from the layout's maximum down to its minimum. A
 * side that does not fit at the minimum is an error at the longest text
 * of that side (a word too wide for the card: at its own text), so
 * nothing on a card can overlap or run out of it.
 *
 * The content is the model's profiles and competencies (content/cards.h).
 *
 * Its render writes into dir:
 *   profielkaarten-drukkerij.pdf     one card side per page, front then
 *   competentiekaarten-drukkerij.pdf back, with 3 mm bleed, crop marks,
 *                                    TrimBox and BleedBox (always)
 *   profielkaarten-a4.pdf            the cards n-up on A4 with cut marks:
 *   competentiekaarten-a4.pdf        fronts on odd pages, backs on even
 *                                    pages placed for duplex printing with
 *                                    long-edge flip (impose.h); with
 *                                    `print: professional` the A4 sheets
 *                                    get bleed and boxes too
 *   kaarten-kalibratie.pdf           a duplex test sheet (impose.h)
 *   voorbeeld/kaart-GROUP-NAME.svg   each card's front, and
 *   voorbeeld/kaart-GROUP-NAME-achter.svg  its back, at the finished
 *                                    size; GROUP is profiel,
 *                                    persoonsgericht or leidinggevenden,
 *                                    NAME the profile's file name or the
 *                                    competency's slug
 * and adds a print_item of kind "kaart" for each card, in deck order
 * (its title, with " (leidinggevende)" after a leidinggevende's
 * competency; its front as the preview; the A4 PDF of its deck; its
 * pagina as the page). Decks without cards write nothing. */
#ifndef COACHKIT_PRINT_CARDS_H
#define COACHKIT_PRINT_CARDS_H

#include "print/product.h"

/* See product.h. */
extern const print_product cards_product;

#endif
