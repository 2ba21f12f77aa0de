/* mkimages: writes the test images into a folder, made here rather than
 * kept in the repository: PNGs and JPEGs of every kind print must take,
 * and damaged, oversized and unprintable ones it must refuse.
 *
 *   mkimages DIR
 *
 * Good: interlaced.png, deep.png (16-bit RGBA), palette4.png (4-bit
 * palette with transparency), grey-trns.png, grey1.png (1 bit),
 * cap-at.png (exactly 40 megapixels), progressive.jpg, grey.jpg,
 * cmyk.jpg, stray-bytes.jpg (32 bytes too many before its end, which
 * libjpeg only warns about).
 * Bad: cap-over.png (one row over 40 megapixels, valid), claims-2g.png
 * (an IHDR with a good CRC claiming 65536 x 32768 pixels), wide-2g.png
 * (a width of 2^31), truncated.png, bad-data.png (a byte of IDAT
 * changed), bad-crc.png (IDAT's CRC changed), bad-ihdr.png (bit depth
 * 3, its CRC right), bad-signature.png,
 * truncated.jpg, lossless.jpg (SOF3), zero-length.jpg (a segment of
 * length 0). */
#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>   /* after stdio.h, which it needs */
#include <png.h>

static const char *dir;

static void die(const char *what)
{
	fprintf(stderr, "mkimages: %s\n", what);
	exit(1);
}

static FILE *create(const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f)
		die(path);
	return f;
}

/* A PNG of w by h: colour type ct, depth bits, interlaced or not; the
 * samples are a pattern, or all zero when flat. With a palette of 16
 * and transparency for palette images, and a transparent grey for grey
 * ones when trns. */
static void png(const char *name, int w, int h, int ct, int bits,
		int interlace, int trns, int flat)
{
	FILE *f = create(name);
	png_structp p = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL,
						NULL, NULL);
	png_infop i = png_create_info_struct(p);
	if (setjmp(png_jmpbuf(p)))
		die(name);
	png_init_io(p, f);
	png_set_IHDR(p, i, (png_uint_32)w, (png_uint_32)h, bits, ct,
		     interlace ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
		     PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	png_color pal[16];
	png_byte alpha[16];
	for (int k = 0; k < 16; k++) {
		pal[k] = (png_color){ (png_byte)(k * 16), 80,
				      (png_byte)(255 - k * 16) };
		alpha[k] = (png_byte)(k * 17);
	}
	png_color_16 grey = { 0, 0, 0, 0, 0 };
	if (ct == PNG_COLOR_TYPE_PALETTE) {
		png_set_PLTE(p, i, pal, 16);
		if (trns)
			png_set_tRNS(p, i, alpha, 16, NULL);
	} else if (trns) {
		png_set_tRNS(p, i, NULL, 0, &grey);
	}
	png_write_info(p, i);
	int channels = ct == PNG_COLOR_TYPE_RGB ? 3 :
		       ct == PNG_COLOR_TYPE_RGBA ? 4 :
		       ct == PNG_COLOR_TYPE_GA ? 2 : 1;
	size_t rowbytes = ((size_t)w * channels * bits + 7) / 8;
	png_bytep row = calloc(1, rowbytes);
	int passes = png_set_interlace_handling(p);
	for (int pass = 0; pass < passes; pass++)
		for (int y = 0; y < h; y++) {
			for (size_t x = 0; x < rowbytes && !flat; x++)
				row[x] = (png_byte)(x * 7 + (size_t)y * 13);
			png_write_row(p, row);
		}
	png_write_end(p, i);
	png_destroy_write_struct(&p, &i);
	free(row);
	fclose(f);
}

static void jpeg(const char *name, int components, int progressive)
{
	struct jpeg_compress_struct c;
	struct jpeg_error_mgr e;
	FILE *f = create(name);
	c.err = jpeg_std_error(&e);
	jpeg_create_compress(&c);
	jpeg_stdio_dest(&c, f);
	c.image_width = 64;
	c.image_height = 48;
	c.input_components = components;
	c.in_color_space = components == 1 ? JCS_GRAYSCALE :
			   components == 3 ? JCS_RGB : JCS_CMYK;
	jpeg_set_defaults(&c);
	if (progressive)
		jpeg_simple_progression(&c);
	jpeg_start_compress(&c, TRUE);
	unsigned char row[64 * 4];
	while (c.next_scanline < c.image_height) {
		for (int x = 0; x < 64 * components; x++)
			row[x] = (unsigned char)(x * 3 + c.next_scanline * 5);
		JSAMPROW r = row;
		jpeg_write_scanlines(&c, &r, 1);
	}
	jpeg_finish_compress(&c);
	jpeg_destroy_compress(&c);
	fclose(f);
}

/* --- damaging copies ------------------------------------------------------ */

typedef struct bytes {
	unsigned char *d;
	size_t         n;
} bytes;

static bytes slurp(const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "rb");
	if (!f)
		die(path);
	bytes b = { malloc(1 << 20), 0 };
	b.n = fread(b.d, 1, 1 << 20, f);
	fclose(f);
	return b;
}

static void spill(const char *name, bytes b, size_t n)
{
	FILE *f = create(name);
	fwrite(b.d, 1, n, f);
	fclose(f);
}

static uint32_t crc32_of(const unsigned char *p, size_t n)
{
	uint32_t c = 0xFFFFFFFFu;
	for (size_t i = 0; i < n; i++) {
		c ^= p[i];
		for (int k = 0; k < 8; k++)
			c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
	}
	return c ^ 0xFFFFFFFFu;
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* The IHDR of a PNG in b given width, height and depth, its CRC right. */
static void set_ihdr(bytes b, uint32_t w, uint32_t h, int depth)
{
	put32(b.d + 16, w);
	put32(b.d + 20, h);
	b.d[24] = (unsigned char)depth;
	put32(b.d + 29, crc32_of(b.d + 12, 17));
}

static size_t find(bytes b, const char *what, size_t len)
{
	for (size_t i = 0; i + len <= b.n; i++)
		if (!memcmp(b.d + i, what, len))
			return i;
	die(what);
	return 0;
}

static void damaged_pngs(void)
{
	bytes b = slurp("interlaced.png");
	spill("truncated.png", b, b.n / 2);
	size_t at = find(b, "IDAT", 4);
	b.d[at + 10] ^= 0x55;
	spill("bad-data.png", b, b.n);
	b.d[at + 10] ^= 0x55;
	size_t len = (size_t)b.d[at - 4] << 24 | (size_t)b.d[at - 3] << 16 |
		     (size_t)b.d[at - 2] << 8 | b.d[at - 1];
	size_t crc = at + 4 + len;   /* IDAT's CRC */
	b.d[crc] ^= 0x55;
	spill("bad-crc.png", b, b.n);
	b.d[crc] ^= 0x55;
	b.d[1] = 'X';
	spill("bad-signature.png", b, b.n);
	b.d[1] = 'P';
	set_ihdr(b, 40, 30, 3);
	spill("bad-ihdr.png", b, b.n);
	set_ihdr(b, 65536, 32768, 8);
	spill("claims-2g.png", b, b.n);
	set_ihdr(b, 0x80000000u, 1, 8);
	spill("wide-2g.png", b, b.n);
	free(b.d);
}

static void damaged_jpegs(void)
{
	bytes b = slurp("grey.jpg");
	spill("truncated.jpg", b, b.n / 2);
	size_t sof = find(b, "\xFF\xC0", 2);
	b.d[sof + 1] = 0xC3;
	spill("lossless.jpg", b, b.n);
	b.d[sof + 1] = 0xC0;
	size_t app = find(b, "\xFF\xE0", 2);
	b.d[app + 2] = b.d[app + 3] = 0;
	spill("zero-length.jpg", b, b.n);
	free(b.d);
	b = slurp("grey.jpg");   /* stray bytes before the end */
	b.n -= 2;
	for (int k = 0; k < 32; k++)
		b.d[b.n++] = 0x12;
	b.d[b.n++] = 0xFF;
	b.d[b.n++] = 0xD9;
	spill("stray-bytes.jpg", b, b.n);
	free(b.d);
}

int main(int argc, char **argv)
{
	if (argc != 2)
		die("usage: mkimages DIR");
	dir = argv[1];
	png("interlaced.png", 40, 30, PNG_COLOR_TYPE_RGB, 8, 1, 0, 0);
	png("deep.png", 40, 30, PNG_COLOR_TYPE_RGBA, 16, 0, 0, 0);
	png("palette4.png", 40, 30, PNG_COLOR_TYPE_PALETTE, 4, 0, 1, 0);
	png("grey-trns.png", 40, 30, PNG_COLOR_TYPE_GRAY, 8, 0, 1, 0);
	png("grey1.png", 40, 30, PNG_COLOR_TYPE_GRAY, 1, 0, 0, 0);
	png("cap-at.png", 8000, 5000, PNG_COLOR_TYPE_GRAY, 1, 0, 0, 1);
	png("cap-over.png", 8000, 5001, PNG_COLOR_TYPE_GRAY, 1, 0, 0, 1);
	jpeg("progressive.jpg", 3, 1);
	jpeg("grey.jpg", 1, 0);
	jpeg("cmyk.jpg", 4, 0);
	damaged_pngs();
	damaged_jpegs();
	return 0;
}
