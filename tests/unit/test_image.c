/* test_image.c - canvas/image.h on the images tests/tools/mkimages
 * writes: the verdict and its reason for every damaged, oversized or
 * unprintable file, the pixels of every kind of PNG print decodes, and a
 * PDF canvas handed a damaged PNG, which must report rather than abort. */
#include "check.h"
#include "canvas/canvas.h"
#include "canvas/image.h"
#include "util/fs.h"

#include <stdlib.h>
#include <unistd.h>

static char dir[] = "/tmp/coachkit-image-XXXXXX";

static const char *at(const char *name)
{
	static char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return path;
}

/* The verdict on name, and its reason ("" when good). */
static image_verdict verdict(const char *name, const char **why)
{
	static char err[300];
	image_info info;
	err[0] = '\0';
	image_verdict v = image_check(at(name), &info, err, sizeof err);
	*why = err;
	return v;
}

#define CHECK_BAD(name, reason) do { \
	const char *why_; \
	CHECK_INT(verdict(name, &why_), IMAGE_BAD); \
	CHECK_STR(why_, reason); \
} while (0)

static void test_refused(void)
{
	CHECK_BAD("truncated.png", "de PNG-gegevens zijn beschadigd: het bestand "
		  "houdt te vroeg op (is het afgebroken?)");
	CHECK_BAD("bad-crc.png", "de PNG-gegevens zijn beschadigd (libpng: "
		  "IDAT: CRC error)");
	CHECK_BAD("bad-data.png", "de PNG-gegevens zijn beschadigd (libpng: "
		  "IDAT: invalid distance too far back)");
	CHECK_BAD("bad-ihdr.png", "de PNG-gegevens zijn beschadigd "
		  "(libpng: Invalid IHDR data)");
	CHECK_BAD("bad-signature.png", "de naam zegt PNG of JPEG, maar het is "
		  "geen van beide (de eerste bytes kloppen niet)");
	CHECK_BAD("claims-2g.png", "65536 x 32768 pixels is meer dan de 40 "
		  "megapixels die een afbeelding mag hebben: verklein de "
		  "afbeelding");
	CHECK_BAD("wide-2g.png", "de PNG-header is beschadigd");
	CHECK_BAD("cap-over.png", "8000 x 5001 pixels is meer dan de 40 "
		  "megapixels die een afbeelding mag hebben: verklein de "
		  "afbeelding");
	CHECK_BAD("truncated.jpg", "de JPEG-gegevens zijn beschadigd (libjpeg: "
		  "Premature end of JPEG file)");
	CHECK_BAD("lossless.jpg", "deze JPEG-codering (verliesvrij, hi\xC3\xABrarchisch "
		  "of aritmetisch) kan niet worden afgedrukt: sla de "
		  "afbeelding op als gewone JPEG");
	CHECK_BAD("zero-length.jpg", "de JPEG-header is beschadigd");
	CHECK_BAD("missing.png", "kan het bestand niet lezen: bestand of "
		  "map bestaat niet");
	fs_write(at("empty.jpg"), "", 0);
	CHECK_BAD("empty.jpg", "de naam zegt PNG of JPEG, maar het is geen van "
		  "beide (de eerste bytes kloppen niet)");
	/* over 50 MB: refused by its size, before a byte is read */
	FILE *f = fopen(at("huge.png"), "wb");
	CHECK(f && fwrite("\x89PNG\r\n\x1A\n", 1, 8, f) == 8 &&
	      ftruncate(fileno(f), IMAGE_MAX_BYTES + 1) == 0);
	if (f)
		fclose(f);
	CHECK_BAD("huge.png", "het bestand is 50.0 MB; een afbeelding mag "
		  "hoogstens 50 MB zijn");
}

static void test_accepted(void)
{
	static const char *const good[] = { "interlaced.png", "deep.png",
		"palette4.png", "grey-trns.png", "grey1.png", "cap-at.png",
		"progressive.jpg", "grey.jpg", "cmyk.jpg", "stray-bytes.jpg" };
	const char *why;
	for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
		CHECK_INT(verdict(good[i], &why), IMAGE_GOOD);
		CHECK_STR(why, "");
	}
	fs_write(at("plaatje.gif"), "GIF89a\1\0\1\0", 10);
	CHECK_INT(verdict("plaatje.gif", &why), IMAGE_FOREIGN);
	CHECK_STR(why, "alleen PNG- en JPEG-afbeeldingen kunnen worden "
		  "afgedrukt");
	image_info info;
	char err[200];
	CHECK_INT(image_check_header(at("truncated.png"), &info, err,
				     sizeof err), IMAGE_GOOD);
	CHECK(info.kind == IMAGE_PNG && info.width == 40 && info.height == 30);
}

static int decode(const char *path, image_pixels *px, char *err)
{
	return image_decode_png(path, px, err, 200);
}

/* mkimages fills each row with bytes x * 7 + y * 13. */
static unsigned pattern(size_t x, unsigned y)
{
	return (unsigned)((x * 7 + y * 13) & 0xFF);
}

static void test_pixels(void)
{
	image_pixels px;
	char err[200];
	/* RGB, Adam7: the passes put back together */
	CHECK_INT(decode(at("interlaced.png"), &px, err), 0);
	CHECK(px.width == 40 && px.height == 30 && px.channels == 3 &&
	      !px.alpha);
	CHECK_INT(px.colour[(5 * 40 + 9) * 3 + 2], pattern(9 * 3 + 2, 5));
	image_pixels_free(&px);
	/* 16 bits RGBA: the high bytes, alpha apart */
	CHECK_INT(decode(at("deep.png"), &px, err), 0);
	CHECK(px.channels == 3 && px.alpha);
	CHECK_INT(px.colour[(7 * 40 + 3) * 3 + 1], pattern((3 * 4 + 1) * 2, 7));
	CHECK_INT(px.alpha[7 * 40 + 3], pattern((3 * 4 + 3) * 2, 7));
	image_pixels_free(&px);
	/* 4-bit palette with transparency: entry k is (16k, 80, 255 - 16k)
	 * at alpha 17k; pixel 2 of row 1 is the high nibble of byte 1 */
	CHECK_INT(decode(at("palette4.png"), &px, err), 0);
	unsigned k = pattern(1, 1) >> 4;
	CHECK(px.channels == 3 && px.alpha);
	CHECK_INT(px.colour[(40 + 2) * 3], 16 * k);
	CHECK_INT(px.colour[(40 + 2) * 3 + 1], 80);
	CHECK_INT(px.alpha[40 + 2], 17 * k);
	image_pixels_free(&px);
	/* 1-bit grey: each bit a pixel of 0 or 255 */
	CHECK_INT(decode(at("grey1.png"), &px, err), 0);
	CHECK(px.channels == 1 && !px.alpha);
	CHECK_INT(px.colour[2 * 40 + 8], (pattern(1, 2) & 0x80) ? 255 : 0);
	image_pixels_free(&px);
	CHECK_INT(decode(at("truncated.png"), &px, err), -1);
	CHECK(!px.colour && !px.alpha);
	CHECK_INT(decode(at("grey.jpg"), &px, err), -1);
	CHECK_STR(err, "geen PNG-afbeelding");
}

/* A damaged PNG that reaches the PDF canvas is an error from
 * canvas_save(), not an abort inside libpng. */
static void test_pdf_guard(void)
{
	canvas_info info = { .title = "Proef", .language = "nl-NL" };
	canvas *c = canvas_pdf_new(&info);
	canvas_page_begin(c, 595, 842, NULL);
	canvas_image(c, at("palette4.png"), 72, 72, 80, 60);
	canvas_image(c, at("truncated.png"), 72, 200, 80, 60);
	canvas_page_end(c);
	char err[600];
	CHECK_INT(canvas_save(c, at("proef.pdf"), err, sizeof err), -1);
	char want[600];
	snprintf(want, sizeof want, "de PNG-gegevens zijn beschadigd: het "
		 "bestand houdt te vroeg op (is het afgebroken?): %s",
		 at("truncated.png"));
	CHECK_STR(err, want);
	canvas_free(c);
	c = canvas_pdf_new(&info);
	canvas_page_begin(c, 595, 842, NULL);
	canvas_image(c, at("deep.png"), 72, 72, 80, 60);
	canvas_image(c, at("cmyk.jpg"), 72, 200, 80, 60);
	canvas_page_end(c);
	CHECK_INT(canvas_save(c, at("proef.pdf"), err, sizeof err), 0);
	canvas_free(c);
	char cmd[600];
	snprintf(cmd, sizeof cmd, "pdfimages -list %s | awk 'NR > 2 "
		 "{ print $3, $9 }'", at("proef.pdf"));
	CHECK_STR(command_output(cmd, NULL), "image image\nsmask image\n"
		  "image jpeg\n");
}

int main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	char cmd[300];
	snprintf(cmd, sizeof cmd, "build/tests/tools/mkimages %s", dir);
	CHECK_INT(system(cmd), 0);
	test_refused();
	test_accepted();
	test_pixels();
	test_pdf_guard();
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	CHECK_INT(system(cmd), 0);
	return check_done();
}
