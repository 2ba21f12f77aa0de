/* image_internal.h - what image.c shares with its decoders,
 * image_png.c (libpng) and image_jpeg.c (libjpeg). */
#ifndef COACHKIT_CANVAS_IMAGE_INTERNAL_H
#define COACHKIT_CANVAS_IMAGE_INTERNAL_H

#include "image.h"

#include <stdio.h>

/* Decodes the PNG in f from its start. With px NULL every row is read
 * and dropped (a check); else px receives the pixels. 0, or -1 with a
 * reason in err. f stays open. */
int image_png_run(FILE *f, image_pixels *px, char *err, size_t errlen);

/* Decodes the JPEG in f from its start, dropping the rows: 0, or -1 with
 * a reason in err when libjpeg meets an error or damaged data (which it
 * would otherwise only warn about). f stays open. */
int image_jpeg_run(FILE *f, char *err, size_t errlen);

#endif
