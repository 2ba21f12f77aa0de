/* qr.h - QR codes (libqrencode) drawn on a canvas.
 *
 * A poster's code leads a phone to the page of the e-learning site it
 * belongs with. Error correction level M (15 %) survives a scuffed or
 * badly lit print; the quiet zone of four modules that scanners need is
 * part of the drawn square and painted white. */
#ifndef COACHKIT_QR_H
#define COACHKIT_QR_H

#include <stddef.h>
#include <stdint.h>
#include "canvas/canvas.h"

/* Draws the code for text as a square of side size at (x, y), quiet zone
 * included, dark modules in colour. Returns the number of modules per
 * side (without the quiet zone), or -1 with a message in err when the
 * text cannot be encoded (too long: more than about 2,300 bytes). */
int qr_draw(canvas *c, const char *text, double x, double y, double size,
	    uint32_t colour, char *err, size_t errlen);

#endif
