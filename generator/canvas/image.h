/* image.h - what an image file is, before a canvas draws it.
 *
 * Reads only the header of a PNG or JPEG file (the formats both canvas
 * backends draw): its kind, its size in pixels and, when the file says,
 * its resolution. Layout uses this to size a figure; pdf.c to pick the
 * loader by content rather than by the file's name. */
#ifndef COACHKIT_CANVAS_IMAGE_H
#define COACHKIT_CANVAS_IMAGE_H

#include <stddef.h>

typedef enum { IMAGE_PNG = 1, IMAGE_JPEG } image_kind;

typedef struct image_info {
	image_kind kind;
	int        width, height;   /* pixels */
	double     dpi;             /* horizontal; 0 when the file is silent */
} image_info;

/* Fills *info from the file at path: 0, or -1 with a one-line reason in
 * err (errlen bytes) when the file cannot be read, is neither PNG nor
 * JPEG, or its header is damaged. */
int image_probe(const char *path, image_info *info, char *err, size_t errlen);

#endif
