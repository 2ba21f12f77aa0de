/* deflated.c - files deflated in memory for a zip archive; see
 * deflated.h. */
#include "deflated.h"
#include "util/buf.h"
#include "util/fs.h"

#include <errno.h>
#include <libdeflate.h>
#include <stdlib.h>
#include <string.h>

struct deflater {
	struct libdeflate_compressor *c;
	buf                           file;   /* the file being read */
};

/* Level 1: a package is made on every build; the next levels gain a few
 * percent for twice the time. */
deflater *deflater_new(void)
{
	deflater *d = xmalloc(sizeof *d);
	d->c = libdeflate_alloc_compressor(1);
	if (!d->c)
		die_oom();
	d->file = (buf)BUF_INIT;
	return d;
}

void deflater_free(deflater *d)
{
	if (!d)
		return;
	libdeflate_free_compressor(d->c);
	buf_free(&d->file);
	free(d);
}

/* What the source hands libzip. */
typedef struct packed {
	const unsigned char *data;   /* deflated */
	size_t               len, at;
	zip_uint64_t         size;   /* before deflating */
	zip_uint32_t         crc;
	zip_error_t          error;
} packed;

static zip_int64_t packed_cb(void *ud, void *data, zip_uint64_t len,
			     zip_source_cmd_t cmd)
{
	packed *p = ud;
	switch (cmd) {
	case ZIP_SOURCE_OPEN:
		p->at = 0;
		return 0;
	case ZIP_SOURCE_READ: {
		size_t n = p->len - p->at;
		if (n > len)
			n = (size_t)len;
		memcpy(data, p->data + p->at, n);
		p->at += n;
		return (zip_int64_t)n;
	}
	case ZIP_SOURCE_CLOSE:
	case ZIP_SOURCE_FREE:
		return 0;
	case ZIP_SOURCE_STAT: {
		zip_stat_t *st = data;
		zip_stat_init(st);
		st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE |
			    ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC |
			    ZIP_STAT_ENCRYPTION_METHOD;
		st->size = p->size;
		st->comp_size = p->len;
		st->comp_method = ZIP_CM_DEFLATE;
		st->encryption_method = ZIP_EM_NONE;
		st->crc = p->crc;
		return sizeof *st;
	}
	case ZIP_SOURCE_ERROR:
		return zip_error_to_data(&p->error, data, len);
	case ZIP_SOURCE_SUPPORTS:
		return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN,
			ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
			ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
	default:
		zip_error_set(&p->error, ZIP_ER_OPNOTSUPP, 0);
		return -1;
	}
}

zip_source_t *deflated_buffer(zip_t *z, deflater *d, const void *data,
			      size_t len, arena *a)
{
	packed *p = arena_alloc(a, sizeof *p);
	memset(p, 0, sizeof *p);
	size_t room = libdeflate_deflate_compress_bound(d->c, len);
	unsigned char *out = arena_alloc(a, room ? room : 1);
	p->len = libdeflate_deflate_compress(d->c, data, len, out, room);
	p->data = out;
	p->size = len;
	p->crc = (zip_uint32_t)libdeflate_crc32(0, data, len);
	zip_error_init(&p->error);
	return zip_source_function(z, packed_cb, p);
}

zip_source_t *deflated_file(zip_t *z, deflater *d, const char *path,
			    arena *a)
{
	if (fs_read(path, &d->file) < 0)
		return NULL;
	return deflated_buffer(z, d, d->file.data ? d->file.data : "",
			       d->file.len, a);
}
