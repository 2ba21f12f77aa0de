/* test_deflated.c - files deflated in memory go into a zip as they are:
 * deflated, with their sizes and CRC, and read back the same. */
#define _XOPEN_SOURCE 700   /* mkdtemp() */
#include "check.h"
#include "site/deflated.h"
#include "util/fs.h"

#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>
#include <errno.h>

/* name read back from the archive at path equals data. */
static int reads_back(const char *path, const char *name, const char *data,
		      size_t len, int *method)
{
	zip_t *z = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, NULL);
	if (!z)
		return 0;
	zip_stat_t st;
	int ok = zip_stat(z, name, 0, &st) == 0 && st.size == len &&
		 st.crc == (zip_uint32_t)crc32(0, (const Bytef *)data,
					       (uInt)len);
	*method = st.comp_method;
	char *back = malloc(len + 1);
	zip_file_t *f = ok ? zip_fopen(z, name, 0) : NULL;
	ok = f && zip_fread(f, back, len + 1) == (zip_int64_t)len &&
	     memcmp(back, data, len) == 0;
	if (f)
		zip_fclose(f);
	free(back);
	zip_discard(z);
	return ok;
}

int main(void)
{
	char dir[] = "/tmp/ck-deflated-XXXXXX";
	if (!mkdtemp(dir))
		return 1;
	arena a;
	arena_init(&a, 0);
	const char *path = path_join(&a, dir, "p.zip");
	const char *file = path_join(&a, dir, "page.html");
	/* text, an empty file, and bytes that do not compress */
	buf text = BUF_INIT;
	for (int i = 0; i < 2000; i++)
		buf_printf(&text, "<p>Regel %d van de les over samen "
			   "beslissen.</p>\n", i);
	size_t noise_len = 100000;
	char *noise = malloc(noise_len);
	unsigned x = 12345;
	for (size_t i = 0; i < noise_len; i++)
		noise[i] = (char)((x = x * 1103515245u + 12345u) >> 16);
	CHECK(fs_write(file, text.data, text.len) == 0);

	deflater *d = deflater_new();
	zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, NULL);
	CHECK(z != NULL);
	CHECK(zip_file_add(z, "page.html", deflated_file(z, d, file, &a),
			   0) >= 0);
	CHECK(zip_file_add(z, "leeg.txt", deflated_buffer(z, d, "", 0, &a),
			   0) >= 0);
	CHECK(zip_file_add(z, "ruis.bin", deflated_buffer(z, d, noise,
			   noise_len, &a), 0) >= 0);
	errno = 0;
	CHECK(deflated_file(z, d, path_join(&a, dir, "er-niet"), &a) == NULL
	      && errno == ENOENT);
	CHECK(zip_close(z) == 0);

	int method = -1;
	CHECK(reads_back(path, "page.html", text.data, text.len, &method));
	CHECK_INT(method, ZIP_CM_DEFLATE);
	CHECK(reads_back(path, "leeg.txt", "", 0, &method));
	CHECK(reads_back(path, "ruis.bin", noise, noise_len, &method));
	/* deflated, not stored: the page is much smaller in the archive */
	zip_t *r = zip_open(path, ZIP_RDONLY, NULL);
	zip_stat_t st;
	CHECK(r && zip_stat(r, "page.html", 0, &st) == 0 &&
	      st.comp_size * 4 < st.size);
	if (r)
		zip_discard(r);

	deflater_free(d);
	free(noise);
	buf_free(&text);
	fs_remove_tree(dir);
	arena_free(&a);
	return check_done();
}
