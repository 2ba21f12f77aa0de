/* colour.h - screen colours as process colours, for a print shop.
 *
 * Products choose colours as 0xRRGGBB. A canvas made for a print shop
 * (canvas_info.cmyk) sets them in CMYK instead, each ink 0 to 1, by these
 * rules, first match:
 *   - CANVAS_REGISTRATION: all four inks at 100% (crop marks);
 *   - an ink of the palette (canvas_ink: the brand colours with the CMYK
 *     values site.yaml gives, the text colour as black alone): its CMYK;
 *   - a tint of an ink (the colour mixed with white, as print_tint()
 *     makes it): the ink's CMYK scaled down by the same share;
 *   - a shade of an ink (mixed with black): the ink with more black;
 *   - a grey: black alone;
 *   - anything else: the plain conversion without a profile, all grey
 *     component as black (K = 1 - max(R, G, B)). */
#ifndef COACHKIT_COLOUR_H
#define COACHKIT_COLOUR_H

#include <stddef.h>
#include <stdint.h>
#include "canvas.h"

/* rgb in CMYK by the rules above; out gets c, m, y, k. */
void colour_cmyk(uint32_t rgb, const canvas_ink *inks, size_t n,
		 double out[4]);

/* The plain conversion of rgb (the last rule). */
void colour_cmyk_plain(uint32_t rgb, double out[4]);

/* "#rrggbb" or "#rgb" as 0xRRGGBB into *out: 0, or -1 when malformed. */
int colour_parse(const char *s, uint32_t *out);

#endif
