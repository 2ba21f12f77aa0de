/* deflated.h - files deflated in memory for a zip archive.
 *
 * libdeflate deflates a whole buffer three times as fast as zlib's
 * fastest level, and smaller. The result goes to libzip as a source that
 * says it is deflated already (method, sizes and CRC known), so libzip
 * copies it into the archive as it is. */
#ifndef COACHKIT_DEFLATED_H
#define COACHKIT_DEFLATED_H

#include "util/arena.h"

#include <zip.h>

typedef struct deflater deflater;   /* one per thread */

deflater *deflater_new(void);
void      deflater_free(deflater *d);

/* A source for zip_file_add() with the len bytes at data deflated; what
 * it holds is in a, which must outlive zip_close(). NULL when libzip
 * could not make it. */
zip_source_t *deflated_buffer(zip_t *z, deflater *d, const void *data,
			      size_t len, arena *a);

/* The same with the file at path; NULL with errno set when it cannot be
 * read. */
zip_source_t *deflated_file(zip_t *z, deflater *d, const char *path,
			    arena *a);

#endif
