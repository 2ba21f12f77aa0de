/* hbadvance - how wide HarfBuzz sets a text, for tests/e2e/kerning.sh.
 *
 *   hbadvance FONT TEXT    prints the advance of TEXT shaped with the
 *                          font's default features (kerning and
 *                          ligatures on), in thousandths of an em
 *
 * An independent measure of what coachkit's own reading of the font's
 * kerning should give. */
#include <hb.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: hbadvance FONT TEXT\n");
		return 2;
	}
	hb_blob_t *blob = hb_blob_create_from_file_or_fail(argv[1]);
	if (!blob) {
		fprintf(stderr, "hbadvance: cannot read %s\n", argv[1]);
		return 1;
	}
	hb_face_t *face = hb_face_create(blob, 0);
	hb_font_t *font = hb_font_create(face);
	hb_buffer_t *b = hb_buffer_create();
	hb_buffer_add_utf8(b, argv[2], (int)strlen(argv[2]), 0, -1);
	hb_buffer_set_direction(b, HB_DIRECTION_LTR);
	hb_buffer_set_script(b, HB_SCRIPT_LATIN);
	hb_buffer_set_language(b, hb_language_from_string("nl", -1));
	hb_shape(font, b, NULL, 0);
	unsigned n;
	hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(b, &n);
	long sum = 0;
	for (unsigned i = 0; i < n; i++)
		sum += pos[i].x_advance;
	printf("%.3f\n", sum * 1000.0 / hb_face_get_upem(face));
	hb_buffer_destroy(b);
	hb_font_destroy(font);
	hb_face_destroy(face);
	hb_blob_destroy(blob);
	return 0;
}
