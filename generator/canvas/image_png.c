/* image_png.c - decoding a PNG with libpng; see image_internal.h.
 *
 * libpng reports an error by calling our on_error, which must not
 * return: it jumps back to the setjmp in run(). Nothing between the two
 * keeps state in local variables; what must be freed afterwards is in the
 * png_job. Warnings (a damaged ancillary chunk, say) are dropped: libpng
 * reads on. */
#include "image_internal.h"
#include "util/arena.h"

#include <png.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct png_job {
	FILE          *f;
	png_structp    png;
	png_infop      info;
	unsigned char *data;      /* one row (a check) or every row */
	int            channels;  /* after the transforms: 1 to 4 */
	int            done;      /* read to the end without an error */
	int            ended;     /* the file ended too soon */
	char          *err;
	size_t         errlen;
} png_job;

static void on_error(png_structp png, png_const_charp msg)
{
	png_job *j = png_get_error_ptr(png);
	if (j->ended)
		snprintf(j->err, j->errlen, "de PNG-gegevens zijn beschadigd: "
			 "het bestand houdt te vroeg op (is het afgebroken?)");
	else
		snprintf(j->err, j->errlen, "de PNG-gegevens zijn beschadigd "
			 "(libpng: %s)", msg);
	png_longjmp(png, 1);
}

static void on_warning(png_structp png, png_const_charp msg)
{
	(void)png;
	(void)msg;
}

static void on_read(png_structp png, png_bytep out, size_t n)
{
	png_job *j = png_get_io_ptr(png);
	if (fread(out, 1, n, j->f) != n) {
		j->ended = 1;
		png_error(png, "afgebroken");
	}
}

/* Reads the image, 8 bits a sample with palettes and low bit depths
 * expanded and transparency as alpha; into one reused row unless keep.
 * Called under run()'s setjmp. */
static void read_rows(png_job *j, int keep)
{
	png_structp png = j->png;
	png_infop info = j->info;
	png_set_user_limits(png, IMAGE_MAX_PIXELS, IMAGE_MAX_PIXELS);
	png_read_info(png, info);
	png_uint_32 w = png_get_image_width(png, info);
	png_uint_32 h = png_get_image_height(png, info);
	if ((uint64_t)w * h > (uint64_t)IMAGE_MAX_PIXELS)
		png_error(png, "te veel pixels");
	png_set_expand(png);
	png_set_strip_16(png);
	int passes = png_set_interlace_handling(png);
	png_read_update_info(png, info);
	size_t row = png_get_rowbytes(png, info);
	j->channels = png_get_channels(png, info);
	j->data = xmalloc(keep ? row * h : row);
	for (int p = 0; p < passes; p++)
		for (png_uint_32 y = 0; y < h; y++)
			png_read_row(png, j->data + (keep ? row * y : 0), NULL);
	png_read_end(png, NULL);
	j->done = 1;
}

/* The rows of j->data split into colour (grey or RGB) and alpha, which
 * is left out when every pixel is opaque. */
static void split(png_job *j, image_pixels *px, int w, int h)
{
	int ch = j->channels, colour = ch >= 3 ? 3 : 1;
	size_t n = (size_t)w * (size_t)h;
	*px = (image_pixels){ w, h, colour, j->data, NULL };
	j->data = NULL;
	if (ch == colour)
		return;
	unsigned char *d = px->colour, *alpha = xmalloc(n);
	int opaque = 1;
	for (size_t i = 0; i < n; i++) {
		alpha[i] = d[i * ch + colour];
		opaque &= alpha[i] == 255;
		for (int k = 0; k < colour; k++)   /* forwards: never past
						    * what is still to read */
			d[i * colour + k] = d[i * ch + k];
	}
	if (opaque)
		free(alpha);
	else
		px->alpha = alpha;
}

/* Runs read_rows() with libpng's errors caught. */
static int run(png_job *j, int keep)
{
	j->png = png_create_read_struct(PNG_LIBPNG_VER_STRING, j, on_error,
					on_warning);
	j->info = j->png ? png_create_info_struct(j->png) : NULL;
	if (!j->info) {
		png_destroy_read_struct(&j->png, NULL, NULL);
		snprintf(j->err, j->errlen, "onvoldoende geheugen voor de PNG");
		return -1;
	}
	png_set_read_fn(j->png, j, on_read);
	if (setjmp(png_jmpbuf(j->png)) == 0)
		read_rows(j, keep);
	return j->done ? 0 : -1;
}

int image_png_run(FILE *f, image_pixels *px, char *err, size_t errlen)
{
	png_job j = { .f = f, .err = err, .errlen = errlen };
	int rc = run(&j, px != NULL);
	if (rc == 0 && px)
		split(&j, px, (int)png_get_image_width(j.png, j.info),
		      (int)png_get_image_height(j.png, j.info));
	if (j.png)
		png_destroy_read_struct(&j.png, &j.info, NULL);
	free(j.data);
	return rc;
}
