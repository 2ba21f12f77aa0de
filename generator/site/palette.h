/* palette.h - the course colours as the dark theme shows them.
 *
 * site.yaml's primary and accent are chosen for a light page. The dark
 * theme (the "Dark mode" block of assets/style.css) draws text, links,
 * buttons and outlines in the same colours on a page of PALETTE_DARK_PAGE,
 * so each is made lighter, keeping its hue and saturation (HSL), until
 * its contrast with that page is at least PALETTE_ON_DARK_RATIO; a colour
 * light enough already stays as it is. 6:1 on the page leaves 4.5:1 on
 * the lighter surfaces of the dark theme (the footer, the tinted boxes),
 * and 4.5:1 for the page's colour as text on a button of that colour.
 * The templates get them as site.primary_on_dark and site.accent_on_dark,
 * which head.mustache sets as --primary-on-dark and --accent-on-dark. */
#ifndef COACHKIT_PALETTE_H
#define COACHKIT_PALETTE_H

#include <stdint.h>
#include "util/arena.h"

#define PALETTE_DARK_PAGE      0x121A1Cu   /* --paper of the dark theme */
#define PALETTE_ON_DARK_RATIO  6.0

/* The WCAG contrast ratio of two colours 0xRRGGBB, 1 to 21. */
double palette_contrast(uint32_t a, uint32_t b);

/* rgb made light enough for the dark page, as described above. */
uint32_t palette_on_dark(uint32_t rgb);

/* palette_on_dark() of "#rgb" or "#rrggbb", as "#rrggbb" in a; hex itself
 * when it is not such a colour (site.yaml's check reports it). */
const char *palette_on_dark_hex(arena *a, const char *hex);

#endif
