/* media.h - the files content links to.
 *
 * Each file is registered once for the site to copy into media/, and each
 * image is checked once (canvas/image.h: its size, and every byte
 * decoded), however many documents show it; the verdict is kept in the
 * site for the rest of the build. Documents are checked on several
 * threads: both calls may be made from any of them. What they keep lives
 * in s's arena. */
#ifndef COACHKIT_MEDIA_H
#define COACHKIT_MEDIA_H

#include "canvas/image.h"
#include "content/model.h"

/* Registers rel (a path inside content/) as a file the site copies;
 * the path as kept in s (the same pointer for the same path). */
const char *media_add(site *s, const char *rel);

/* The verdict on the image rel, whose file is file; *why is set to the
 * reason when it is not IMAGE_GOOD. */
image_verdict media_check_image(site *s, const char *rel, const char *file,
				const char **why);

#endif
