/* fuzz_image.c - image files: the header probe and both canvases.
 *
 * The input is written to a file in a temporary folder (named .png or
 * .jpg by its first byte, as an author might name it either way) and read
 * with image_probe(), as print lays out a figure. An image the probe
 * accepts is then drawn on a page of a PDF canvas (libharu loads it; the
 * PDF is saved into the folder and removed; a PNG only when libpng can
 * read it, see png_readable()) and of an SVG canvas (embedded as base64)
 * in memory.
 *
 * Invariants checked: the probe gives a kind that matches the file's
 * signature, a size of at least one pixel each way and a finite,
 * non-negative resolution, or a reason; the SVG page holds the image. */
#include "fuzz.h"
#include "canvas/canvas.h"
#include "canvas/image.h"

#include <math.h>
#include <png.h>
#include <unistd.h>

/* Pixels a PNG may have for the PDF canvas here (4 bytes each). */
#define MAX_PIXELS (4u << 20)

static char PNG[96], JPG[96], PDF[96];

/* The temporary folder the input and the PDF are written to. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *dir = fuzz_tmpdir("image");
	snprintf(PNG, sizeof PNG, "%s/beeld.png", dir);
	snprintf(JPG, sizeof JPG, "%s/beeld.jpg", dir);
	snprintf(PDF, sizeof PDF, "%s/beeld.pdf", dir);
	return 0;
}

/* Writes the input to path. */
static void write_file(const char *path, const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f))
		fuzz_fail("cannot write %s", path);
}

/* What the probe said, against the file's signature. */
static void check_info(const uint8_t *data, size_t size,
		       const image_info *info)
{
	int png = size >= 8 && !memcmp(data, "\x89PNG\r\n\x1A\n", 8);
	int jpeg = size >= 3 && data[0] == 0xFF && data[1] == 0xD8 &&
		   data[2] == 0xFF;
	if ((info->kind == IMAGE_PNG && !png) ||
	    (info->kind == IMAGE_JPEG && !jpeg) ||
	    (info->kind != IMAGE_PNG && info->kind != IMAGE_JPEG))
		fuzz_fail("kind %d for this signature", (int)info->kind);
	if (info->width < 1 || info->height < 1 || !isfinite(info->dpi) ||
	    info->dpi < 0)
		fuzz_fail("%d x %d pixels at %g dpi", info->width,
			  info->height, info->dpi);
}

/* Can libpng read the whole PNG? libharu's loader lets libpng abort()
 * on any damage past the header that image_probe() reads (a bad chunk,
 * a wrong checksum, truncated data: tests/fuzz/found/image-png-*), so
 * until the probe refuses those, only readable PNGs go to the PDF. */
static int png_readable(const uint8_t *data, size_t size)
{
	png_image im;
	memset(&im, 0, sizeof im);
	im.version = PNG_IMAGE_VERSION;
	if (!png_image_begin_read_from_memory(&im, data, size))
		return 0;
	if ((size_t)im.width * im.height > MAX_PIXELS) {
		png_image_free(&im);
		return 0;
	}
	im.format = PNG_FORMAT_RGBA;
	void *pixels = malloc(PNG_IMAGE_SIZE(im));
	int ok = pixels && png_image_finish_read(&im, NULL, pixels, 0, NULL);
	free(pixels);
	png_image_free(&im);
	return ok;
}

/* Draws the image as print would: on a page, in a box of its size. */
static void draw(canvas *c, const char *file, const image_info *info)
{
	double dpi = info->dpi > 0 ? info->dpi : 150;
	double w = info->width * 72.0 / dpi, h = info->height * 72.0 / dpi;
	canvas_page_begin(c, 595, 842, NULL);
	canvas_image(c, file, 50, 50, w > 495 ? 495 : w, h > 742 ? 742 : h);
	canvas_page_end(c);
}

/* One input: probed, then drawn on both canvases when accepted. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *file = size && data[0] == 0xFF ? JPG : PNG;
	write_file(file, data, size);
	image_info info;
	char why[200] = "";
	if (image_probe(file, &info, why, sizeof why) < 0) {
		if (!why[0])
			fuzz_fail("probe failed without a reason");
		return 0;
	}
	check_info(data, size, &info);
	canvas_info ci = { .title = "Beeld" };
	if (info.kind == IMAGE_JPEG || png_readable(data, size)) {
		canvas *pdf = canvas_pdf_new(&ci);
		draw(pdf, file, &info);
		char err[300];
		if (canvas_save(pdf, PDF, err, sizeof err) == 0)
			unlink(PDF);
		canvas_free(pdf);
	}
	canvas *svg = canvas_svg_new(&ci);
	draw(svg, file, &info);
	size_t len = 0;
	const char *page = canvas_svg_page(svg, 0, &len);
	if (!page || !strstr(page, "<image"))
		fuzz_fail("the SVG page has no image");
	canvas_free(svg);
	return 0;
}
