/* font_subset.c - fonts cut down to a build's characters, with
 * HarfBuzz's subsetter; see font_subset.h. */
#include "font_subset.h"
#include "util/fs.h"
#include "util/syserr.h"

#include <errno.h>
#include <hb-subset.h>
#include <stdio.h>
#include <string.h>

int font_subset(const char *src, const charset *cs, const char *dst,
		char *err, size_t errlen)
{
	hb_blob_t *blob = hb_blob_create_from_file_or_fail(src);
	if (!blob) {
		snprintf(err, errlen, "kan het lettertype %s niet lezen", src);
		return -1;
	}
	hb_face_t *face = hb_face_create(blob, 0);
	hb_blob_destroy(blob);
	hb_subset_input_t *in = hb_subset_input_create_or_fail();
	if (!in) {
		hb_face_destroy(face);
		snprintf(err, errlen, "onvoldoende geheugen om %s te "
			 "verkleinen", src);
		return -1;
	}
	hb_set_t *chars = hb_subset_input_unicode_set(in);
	for (uint32_t cp = 0; cp < 0x10000; cp++)
		if (charset_has(cs, cp))
			hb_set_add(chars, cp);
	hb_face_t *sub = hb_subset_or_fail(face, in);
	hb_subset_input_destroy(in);
	hb_face_destroy(face);
	if (!sub) {
		snprintf(err, errlen, "kan het lettertype %s niet verkleinen",
			 src);
		return -1;
	}
	hb_blob_t *out = hb_face_reference_blob(sub);
	unsigned len = 0;
	const char *data = hb_blob_get_data(out, &len);
	int rc = len ? fs_write(dst, data, len) : -1;
	if (rc < 0)
		snprintf(err, errlen, "kan %s niet schrijven: %s", dst,
			 len ? syserr_text(errno) : "een leeg lettertype");
	hb_blob_destroy(out);
	hb_face_destroy(sub);
	return rc;
}
