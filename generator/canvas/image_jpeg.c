/* image_jpeg.c - decoding a JPEG with libjpeg; see image_internal.h.
 *
 * libjpeg reports an error through error_exit, which must not return: it
 * jumps back to the setjmp in image_jpeg_run(). Damaged data it only
 * warns about (a file cut short gets a made-up end), so a warning fails
 * the check too, except the harmless ones some cameras cause: stray
 * bytes between segments, an odd colour profile or transform, data after
 * the image. Nothing is printed. The rows are decoded at an eighth of
 * their size: every bit of the compressed data is still read, and the
 * check costs a fraction of a full decode. */
#include "image_internal.h"
#include "image.h"
#include "util/arena.h"

#include <jpeglib.h>
#include <jerror.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

typedef struct jpeg_job {
	struct jpeg_error_mgr pub;   /* first: libjpeg's err points here */
	jmp_buf        back;
	char           msg[JMSG_LENGTH_MAX];
	int            failed;       /* an error or a warning */
	int            done;
	unsigned char *row;
} jpeg_job;

static void on_error(j_common_ptr ci)
{
	jpeg_job *j = (jpeg_job *)ci->err;
	if (!j->failed)
		ci->err->format_message(ci, j->msg);
	j->failed = 1;
	longjmp(j->back, 1);
}

/* Warnings about a file that still decodes whole. */
static int harmless(int code)
{
	return code == JWRN_EXTRANEOUS_DATA || code == JWRN_BOGUS_ICC ||
	       code == JWRN_ADOBE_XFORM || code == JWRN_TOO_MUCH_DATA;
}

/* level -1 is a warning about the data; the rest is tracing. */
static void on_message(j_common_ptr ci, int level)
{
	jpeg_job *j = (jpeg_job *)ci->err;
	if (level < 0 && !j->failed && !harmless(ci->err->msg_code)) {
		ci->err->format_message(ci, j->msg);
		j->failed = 1;
	}
}

static void on_output(j_common_ptr ci)
{
	(void)ci;
}

/* Reads every scanline. Called under image_jpeg_run()'s setjmp. */
/* ci and j cleared, ci reporting through j's handlers (the caller then
 * sets j.back with setjmp() before creating the decompressor). */
static void job_init(struct jpeg_decompress_struct *ci, jpeg_job *j)
{
	memset(ci, 0, sizeof *ci);
	memset(j, 0, sizeof *j);
	ci->err = jpeg_std_error(&j->pub);
	j->pub.error_exit = on_error;
	j->pub.emit_message = on_message;
	j->pub.output_message = on_output;
}

static void read_rows(struct jpeg_decompress_struct *ci, jpeg_job *j)
{
	jpeg_read_header(ci, TRUE);
	ci->scale_num = 1;
	ci->scale_denom = 8;
	ci->dct_method = JDCT_IFAST;
	ci->do_fancy_upsampling = FALSE;
	ci->do_block_smoothing = FALSE;
	jpeg_start_decompress(ci);
	j->row = xmalloc((size_t)ci->output_width *
			 (size_t)ci->output_components);
	while (ci->output_scanline < ci->output_height) {
		JSAMPROW r = j->row;
		jpeg_read_scanlines(ci, &r, 1);
	}
	jpeg_finish_decompress(ci);
	j->done = 1;
}

int image_jpeg_run(FILE *f, char *err, size_t errlen)
{
	struct jpeg_decompress_struct ci;
	jpeg_job j;
	job_init(&ci, &j);
	if (setjmp(j.back) == 0) {
		jpeg_create_decompress(&ci);
		jpeg_stdio_src(&ci, f);
		read_rows(&ci, &j);
	}
	jpeg_destroy_decompress(&ci);
	free(j.row);
	if (j.done && !j.failed)
		return 0;
	snprintf(err, errlen, "de JPEG-gegevens zijn beschadigd (libjpeg: %s)",
		 j.failed ? j.msg : "onleesbaar");
	return -1;
}

/* The whole image into px, in grey or RGB. Called under setjmp. */
static int read_pixels(struct jpeg_decompress_struct *ci, jpeg_job *j,
		       image_pixels *px)
{
	jpeg_read_header(ci, TRUE);
	if (ci->jpeg_color_space == JCS_CMYK ||
	    ci->jpeg_color_space == JCS_YCCK) {
		j->done = 1;
		return 1;
	}
	ci->out_color_space = ci->num_components == 1 ? JCS_GRAYSCALE :
			      JCS_RGB;
	jpeg_start_decompress(ci);
	size_t stride = (size_t)ci->output_width *
			(size_t)ci->output_components;
	px->width = (int)ci->output_width;
	px->height = (int)ci->output_height;
	px->channels = ci->output_components;
	px->colour = xmalloc(stride * ci->output_height + 1);
	while (ci->output_scanline < ci->output_height) {
		JSAMPROW r = px->colour + stride * ci->output_scanline;
		jpeg_read_scanlines(ci, &r, 1);
	}
	jpeg_finish_decompress(ci);
	j->done = 1;
	return 0;
}

int image_decode_jpeg(const char *path, image_pixels *px, char *err,
		      size_t errlen)
{
	memset(px, 0, sizeof *px);
	FILE *f = fopen(path, "rb");
	if (!f) {
		snprintf(err, errlen, "kan de afbeelding niet lezen");
		return -1;
	}
	struct jpeg_decompress_struct ci;
	jpeg_job j;
	job_init(&ci, &j);
	volatile int rc = -1;
	if (setjmp(j.back) == 0) {
		jpeg_create_decompress(&ci);
		jpeg_stdio_src(&ci, f);
		rc = read_pixels(&ci, &j, px);
	}
	jpeg_destroy_decompress(&ci);
	fclose(f);
	if (j.done && !j.failed)
		return rc;
	image_pixels_free(px);
	snprintf(err, errlen, "de JPEG-gegevens zijn beschadigd (libjpeg: %s)",
		 j.failed ? j.msg : "onleesbaar");
	return -1;
}
