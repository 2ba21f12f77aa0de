/* image.h - what an image file is, before anything draws it.
 *
 * PNG and JPEG are the formats both canvas backends draw. For them:
 *
 *   image_probe()   reads only the header: the kind, the size in pixels
 *                   and, when the file says, the resolution. Layout uses
 *                   it to size a figure.
 *   image_check()   the checking pass's verdict on a file: its size and
 *                   its pixel count against the caps below, its structure
 *                   as the PDF library reads it, and every byte decoded
 *                   (libpng, libjpeg), so that nothing later meets a
 *                   damaged image. One decode per call: callers keep the
 *                   verdict (markdown/media.c does, per media file).
 *   image_decode_png()  the pixels of a PNG for the PDF backend, which
 *                   embeds them itself rather than through libharu's PNG
 *                   loader (that one aborts the process on a damaged file).
 *
 * None of them prints, and no libpng or libjpeg error escapes: every
 * problem comes back as a one-line reason in err (errlen bytes). All of
 * them are safe to call from several threads at once. */
#ifndef COACHKIT_CANVAS_IMAGE_H
#define COACHKIT_CANVAS_IMAGE_H

#include <stddef.h>

/* The largest image taken: its file in bytes, and its pixels. A figure
 * printed at 300 dpi over a whole A4 page needs under 9 megapixels. */
#define IMAGE_MAX_BYTES  (50L * 1000 * 1000)
#define IMAGE_MAX_PIXELS (40L * 1000 * 1000)

typedef enum { IMAGE_PNG = 1, IMAGE_JPEG } image_kind;

typedef struct image_info {
	image_kind kind;
	int        width, height;   /* pixels */
	double     dpi;             /* horizontal; 0 when the file is silent */
} image_info;

/* Fills *info from the file at path: 0, or -1 with a reason when the
 * file cannot be read, is neither PNG nor JPEG, or its header is
 * damaged. Reads at most the first 256 KB. */
int image_probe(const char *path, image_info *info, char *err, size_t errlen);

typedef enum {
	IMAGE_GOOD,      /* a PNG or JPEG that decodes whole: *info is set */
	IMAGE_FOREIGN,   /* neither PNG nor JPEG by content or by name (a
			  * GIF, an SVG): a browser may show it, print
			  * cannot; err says so */
	IMAGE_BAD        /* too large, damaged, or a kind of PNG or JPEG
			  * that cannot go into a PDF; err says what */
} image_verdict;

/* The verdict on the file at path, decoding all of it (see above). A
 * file named .png, .jpg or .jpeg must be a PNG or JPEG. */
image_verdict image_check(const char *path, image_info *info, char *err,
			  size_t errlen);

/* The same checks without decoding the pixels: the caps, the header and,
 * for a JPEG, the layout of its markers as the PDF library walks them. */
image_verdict image_check_header(const char *path, image_info *info,
				 char *err, size_t errlen);

/* A decoded image, 8 bits a sample. Owned by the caller: free it with
 * image_pixels_free(). */
typedef struct image_pixels {
	int            width, height;
	int            channels;   /* 1: grey, 3: RGB */
	unsigned char *colour;     /* width * height * channels bytes */
	unsigned char *alpha;      /* width * height bytes; NULL: opaque */
} image_pixels;

/* Decodes the PNG at path (any bit depth, palette or interlacing;
 * transparency becomes alpha): 0, or -1 with a reason. The file's size
 * and pixels are held to the caps above before anything is allocated. */
int  image_decode_png(const char *path, image_pixels *px, char *err,
		      size_t errlen);
/* Decodes the JPEG at path to grey or RGB pixels (no alpha), for a
 * print shop's PDF, which sets them in CMYK: 0; 1, with nothing
 * decoded, when the file is CMYK already; -1 with a reason. The caller
 * has checked it (image_check_header()). */
int  image_decode_jpeg(const char *path, image_pixels *px, char *err,
		       size_t errlen);
void image_pixels_free(image_pixels *px);

#endif
