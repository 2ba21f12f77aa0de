/* fuzz_image.c - image files: the checking pass's verdict, the header
 * probe and both canvases.
 *
 * The input is written to a file in a temporary folder (named .png or
 * .jpg by its first byte, as an author might name it either way), judged
 * with image_check() and read with image_probe(), as print lays out a
 * figure. An image the probe accepts is then drawn on a page of a PDF
 * canvas (the PDF is saved into the folder and removed) and of an SVG
 * canvas (embedded as base64) in memory, even when the verdict is bad.
 *
 * Invariants checked: the probe gives a kind that matches the file's
 * signature, a size of at least one pixel each way and a finite,
 * non-negative resolution, or a reason; the SVG page holds the image. */
#include "fuzz.h"
#include "canvas/canvas.h"
#include "canvas/image.h"

#include <math.h>
#include <unistd.h>


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

/* Draws the image as print would: on a page, in a box of its size. */
static void draw(canvas *c, const char *file, const image_info *info)
{
	double dpi = info->dpi > 0 ? info->dpi : 150;
	double w = info->width * 72.0 / dpi, h = info->height * 72.0 / dpi;
	canvas_page_begin(c, 595, 842, NULL);
	canvas_image(c, file, 50, 50, w > 495 ? 495 : w, h > 742 ? 742 : h);
	canvas_page_end(c);
}

/* One input: judged as the checking pass judges an image (every byte
 * decoded), probed as print lays out a figure, and drawn on both
 * canvases whenever the probe accepts it, damaged or not: the PDF canvas
 * must report what it cannot embed, never abort. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *file = size && data[0] == 0xFF ? JPG : PNG;
	write_file(file, data, size);
	image_info info;
	char why[200] = "";
	image_verdict v = image_check(file, &info, why, sizeof why);
	if (v == IMAGE_GOOD)
		check_info(data, size, &info);
	else if (!why[0])
		fuzz_fail("an image refused without a reason");
	why[0] = '\0';
	if (image_probe(file, &info, why, sizeof why) < 0) {
		if (!why[0])
			fuzz_fail("probe failed without a reason");
		if (v == IMAGE_GOOD)
			fuzz_fail("a good image the probe refuses: %s", why);
		return 0;
	}
	check_info(data, size, &info);
	canvas_info ci = { .title = "Beeld" };
	canvas *pdf = canvas_pdf_new(&ci);
	draw(pdf, file, &info);
	char err[300];
	if (canvas_save(pdf, PDF, err, sizeof err) == 0)
		unlink(PDF);
	else if (v == IMAGE_GOOD)
		fuzz_fail("a good image the PDF cannot hold: %s", err);
	canvas_free(pdf);
	canvas *svg = canvas_svg_new(&ci);
	draw(svg, file, &info);
	size_t len = 0;
	const char *page = canvas_svg_page(svg, 0, &len);
	if (!page || !strstr(page, "<image"))
		fuzz_fail("the SVG page has no image");
	canvas_free(svg);
	return 0;
}
