/* image.c - PNG and JPEG headers; see image.h. */
#include "image.h"
#include "util/arena.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int image_probe(const char *path, image_info *info, char *err, size_t errlen)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		snprintf(err, errlen, "cannot read it: %s", strerror(errno));
		return -1;
	}
	unsigned char *d = xmalloc(HEAD_MAX);
	size_t n = fread(d, 1, HEAD_MAX, f);
	fclose(f);
	int rc = -1;
	if (n >= 8 && !memcmp(d, "\x89PNG\r\n\x1A\n", 8)) {
		if ((rc = probe_png(d, n, info)) < 0)
			snprintf(err, errlen, "its PNG header is damaged");
	} else if (n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF) {
		if ((rc = probe_jpeg(d, n, info)) < 0)
			snprintf(err, errlen, "its JPEG header is damaged");
	} else {
		snprintf(err, errlen, "only PNG and JPEG images can be printed");
	}
	free(d);
	return rc;
}
