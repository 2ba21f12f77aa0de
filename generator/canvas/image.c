/* image.c - PNG and JPEG headers, the caps, and the verdict on a file;
 * see image.h. The decoding itself is in image_png.c and image_jpeg.c. */
#include "image_internal.h"
#include "util/arena.h"
#include "util/syserr.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define HEAD_MAX (1 << 18)   /* JPEG's frame header follows its tables
			    * and metadata (at most 64 KB each) */

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | p[3];
}

static unsigned be16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

/* IHDR must come first; pHYs, if any, before the image data. */
static int probe_png(const unsigned char *d, size_t n, image_info *info)
{
	if (n < 33 || be32(d + 8) != 13 || memcmp(d + 12, "IHDR", 4))
		return -1;
	uint32_t w = be32(d + 16), h = be32(d + 20);
	if (!w || !h || w > 0x7FFFFFFF || h > 0x7FFFFFFF)
		return -1;
	*info = (image_info){ IMAGE_PNG, (int)w, (int)h, 0 };
	for (size_t at = 33; at + 12 <= n;) {
		uint32_t len = be32(d + at);
		const unsigned char *type = d + at + 4;
		if (!memcmp(type, "IDAT", 4) || !memcmp(type, "IEND", 4))
			break;
		if (!memcmp(type, "pHYs", 4) && len == 9 && at + 17 <= n &&
		    d[at + 16] == 1)   /* unit: metre */
			info->dpi = be32(d + at + 8) * 0.0254;
		if (len > n - at - 12)
			break;
		at += 12 + len;
	}
	return 0;
}

/* Walks the markers to the first frame header (SOFn). */
static int probe_jpeg(const unsigned char *d, size_t n, image_info *info)
{
	double dpi = 0;
	size_t at = 2;
	while (at + 4 <= n) {
		if (d[at] != 0xFF)
			return -1;
		unsigned m = d[at + 1];
		if (m == 0xFF) {   /* fill byte */
			at++;
			continue;
		}
		if (m == 0xD8 || (m >= 0xD0 && m <= 0xD7) || m == 0x01) {
			at += 2;
			continue;
		}
		unsigned len = be16(d + at + 2);
		if (len < 2)
			return -1;
		const unsigned char *seg = d + at + 4;
		size_t avail = n - at - 4 < len - 2 ? n - at - 4 : len - 2;
		if (m == 0xE0 && avail >= 12 && !memcmp(seg, "JFIF", 5)) {
			unsigned units = seg[7], x = be16(seg + 8);
			dpi = units == 1 ? x : units == 2 ? x * 2.54 : 0;
		}
		if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 &&
		    m != 0xCC) {
			if (avail < 5)
				return -1;
			unsigned h = be16(seg + 1), w = be16(seg + 3);
			if (!w || !h)
				return -1;
			*info = (image_info){ IMAGE_JPEG, (int)w, (int)h, dpi };
			return 0;
		}
		if (m == 0xD9 || m == 0xDA)   /* end, or data before a frame */
			return -1;
		at += 2 + len;
	}
	return -1;
}

static int is_png(const unsigned char *d, size_t n)
{
	return n >= 8 && !memcmp(d, "\x89PNG\r\n\x1A\n", 8);
}

static int is_jpeg(const unsigned char *d, size_t n)
{
	return n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF;
}

/* The header in d (n bytes read from the start of the file) into *info:
 * 0, or -1 with a reason. */
static int probe_head(const unsigned char *d, size_t n, image_info *info,
		      char *err, size_t errlen)
{
	if (is_png(d, n)) {
		if (probe_png(d, n, info) == 0)
			return 0;
		snprintf(err, errlen, "de PNG-header is beschadigd");
	} else if (is_jpeg(d, n)) {
		if (probe_jpeg(d, n, info) == 0)
			return 0;
		snprintf(err, errlen, "de JPEG-header is beschadigd");
	} else {
		snprintf(err, errlen, "alleen PNG- en JPEG-afbeeldingen kunnen "
			 "worden afgedrukt");
	}
	return -1;
}

int image_probe(const char *path, image_info *info, char *err, size_t errlen)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		snprintf(err, errlen, "kan het bestand niet lezen: %s",
			 syserr_text(errno));
		return -1;
	}
	unsigned char *d = xmalloc(HEAD_MAX);
	size_t n = fread(d, 1, HEAD_MAX, f);
	fclose(f);
	int rc = probe_head(d, n, info, err, errlen);
	free(d);
	return rc;
}

/* --- the verdict ---------------------------------------------------------- */

/* Does the file's name say it is a PNG or a JPEG? */
static int named_as_image(const char *path)
{
	const char *dot = strrchr(path, '.');
	return dot && (!strcasecmp(dot, ".png") || !strcasecmp(dot, ".jpg") ||
		       !strcasecmp(dot, ".jpeg"));
}

/* The frame header of a JPEG, reached as libharu reaches it: from the
 * start, each marker with its length right after the segment before, no
 * fill bytes, no markers without a length. libharu takes the frame of a
 * baseline, extended or progressive JPEG (SOF0, SOF1, SOF2); any other
 * coding, and a walk that goes astray, it cannot embed (and a length
 * under 2 would send it round in circles). NULL, or what is wrong. */
static const char *jpeg_walk(FILE *f)
{
	unsigned char b[10];
	if (fseek(f, 2, SEEK_SET) != 0)
		return "kan het bestand niet lezen";
	while (fread(b, 1, 4, f) == 4) {
		unsigned tag = be16(b), len = be16(b + 2);
		if (tag == 0xFFC0 || tag == 0xFFC1 || tag == 0xFFC2) {
			if (fread(b + 4, 1, 6, f) != 6)
				break;
			if (b[4] != 8 || (b[9] != 1 && b[9] != 3 && b[9] != 4))
				return "alleen JPEG's van 8 bits met 1, 3 of 4 "
				       "kleurkanalen kunnen worden afgedrukt";
			return NULL;
		}
		if (tag >= 0xFFC3 && tag <= 0xFFCF && tag != 0xFFC4 &&
		    tag != 0xFFC8 && tag != 0xFFCC)
			return "deze JPEG-codering (verliesvrij, hiërarchisch "
			       "of aritmetisch) kan niet worden afgedrukt: sla "
			       "de afbeelding op als gewone JPEG";
		if ((tag & 0xFF00) != 0xFF00 || tag == 0xFFFF ||
		    tag == 0xFF01 || (tag >= 0xFFD0 && tag <= 0xFFDA) ||
		    len < 2)
			return "de JPEG-header is zo opgebouwd dat een PDF "
			       "hem niet kan opnemen: sla de afbeelding "
			       "opnieuw op";
		if (fseek(f, (long)len - 2, SEEK_CUR) != 0)
			break;
	}
	return "de JPEG-gegevens zijn beschadigd: het bestand houdt op vóór "
	       "de frame-header";
}

/* The file at path opened (into *out, at its start) with its size, its
 * header and its pixel count held to the caps, and a JPEG's markers
 * walked. */
static image_verdict header(const char *path, image_info *info, FILE **out,
			    char *err, size_t errlen)
{
	*out = NULL;
	FILE *f = fopen(path, "rb");
	struct stat sb;
	if (!f || fstat(fileno(f), &sb) != 0) {
		snprintf(err, errlen, "kan het bestand niet lezen: %s",
			 syserr_text(errno));
		if (f)
			fclose(f);
		return IMAGE_BAD;
	}
	if (sb.st_size > IMAGE_MAX_BYTES) {
		snprintf(err, errlen, "het bestand is %.1f MB; een afbeelding "
			 "mag hoogstens %ld MB zijn", sb.st_size / 1e6,
			 IMAGE_MAX_BYTES / 1000000);
		fclose(f);
		return IMAGE_BAD;
	}
	unsigned char *d = xmalloc(HEAD_MAX);
	size_t n = fread(d, 1, HEAD_MAX, f);
	image_verdict v = IMAGE_GOOD;
	const char *why;
	if (!is_png(d, n) && !is_jpeg(d, n)) {
		v = named_as_image(path) ? IMAGE_BAD : IMAGE_FOREIGN;
		if (v == IMAGE_BAD)
			snprintf(err, errlen, "de naam zegt PNG of JPEG, maar "
				 "het is geen van beide (de eerste bytes "
				 "kloppen niet)");
		else
			probe_head(d, n, info, err, errlen);
	} else if (probe_head(d, n, info, err, errlen) < 0) {
		v = IMAGE_BAD;
	} else if ((uint64_t)info->width * (uint64_t)info->height >
		   (uint64_t)IMAGE_MAX_PIXELS) {
		snprintf(err, errlen, "%d x %d pixels is meer dan de %ld "
			 "megapixels die een afbeelding mag hebben: verklein "
			 "de afbeelding",
			 info->width, info->height, IMAGE_MAX_PIXELS / 1000000);
		v = IMAGE_BAD;
	} else if (info->kind == IMAGE_JPEG && (why = jpeg_walk(f))) {
		snprintf(err, errlen, "%s", why);
		v = IMAGE_BAD;
	}
	free(d);
	if (v == IMAGE_GOOD && fseek(f, 0, SEEK_SET) == 0)
		*out = f;
	else
		fclose(f);
	return v;
}

image_verdict image_check_header(const char *path, image_info *info,
				 char *err, size_t errlen)
{
	FILE *f;
	image_verdict v = header(path, info, &f, err, errlen);
	if (f)
		fclose(f);
	return v;
}

image_verdict image_check(const char *path, image_info *info, char *err,
			  size_t errlen)
{
	FILE *f;
	image_verdict v = header(path, info, &f, err, errlen);
	if (!f)
		return v;
	int rc = info->kind == IMAGE_PNG ? image_png_run(f, NULL, err, errlen)
					 : image_jpeg_run(f, err, errlen);
	fclose(f);
	return rc < 0 ? IMAGE_BAD : IMAGE_GOOD;
}

int image_decode_png(const char *path, image_pixels *px, char *err,
		     size_t errlen)
{
	image_info info;
	FILE *f;
	memset(px, 0, sizeof *px);
	image_verdict v = header(path, &info, &f, err, errlen);
	if (!f || info.kind != IMAGE_PNG) {
		if (f)
			fclose(f);
		if (v == IMAGE_GOOD)
			snprintf(err, errlen, "geen PNG-afbeelding");
		return -1;
	}
	int rc = image_png_run(f, px, err, errlen);
	fclose(f);
	return rc;
}

void image_pixels_free(image_pixels *px)
{
	free(px->colour);
	free(px->alpha);
	memset(px, 0, sizeof *px);
}
