/* test_font_kern.c - kerning and ligatures in measuring and setting text.
 *
 * The kerning font.c reads from GPOS is compared, pair by pair, with what
 * HarfBuzz's shaper does with the same file (kern on, ligatures off):
 * every pair of printable ASCII and the Dutch accented letters, quotes
 * and dashes, in the eight Noto faces the bundled course uses and in
 * DejaVu Sans (2048 units per em: the kerning rounds to 1/1000 em). */
#include "check.h"
#include "layout/font.h"
#include "util/fs.h"
#include "util/utf8.h"

#include <hb.h>
#include <math.h>
#include <stdint.h>
#include <time.h>

#define NOTO "/usr/share/fonts/truetype/noto/"

static const char *const faces[] = {
	NOTO "NotoSans-Regular.ttf", NOTO "NotoSans-Bold.ttf",
	NOTO "NotoSans-Italic.ttf", NOTO "NotoSans-BoldItalic.ttf",
	NOTO "NotoSerif-Regular.ttf", NOTO "NotoSerif-Bold.ttf",
	NOTO "NotoSerif-Italic.ttf", NOTO "NotoSerif-BoldItalic.ttf",
	"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
};

/* The characters whose pairs are compared. */
static size_t test_chars(uint32_t *out)
{
	static const uint32_t extra[] = { 0xE9, 0xEB, 0xEF, 0xF3, 0xF6, 0xC9,
		0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014 };
	size_t n = 0;
	for (uint32_t c = 0x21; c < 0x7F; c++)
		out[n++] = c;
	for (size_t i = 0; i < sizeof extra / sizeof *extra; i++)
		out[n++] = extra[i];
	return n;
}

/* HarfBuzz's kerning of the pair a, b in font units: the first glyph's
 * shaped advance less its own. */
static int hb_kern(hb_font_t *hf, hb_buffer_t *hb, uint32_t a, uint32_t b)
{
	static hb_feature_t feat[2];
	if (!feat[0].tag) {
		hb_feature_from_string("-liga", -1, &feat[0]);
		hb_feature_from_string("-clig", -1, &feat[1]);
	}
	uint32_t text[2] = { a, b };
	hb_buffer_clear_contents(hb);
	hb_buffer_add_utf32(hb, text, 2, 0, 2);
	hb_buffer_set_direction(hb, HB_DIRECTION_LTR);
	hb_buffer_set_script(hb, HB_SCRIPT_LATIN);
	hb_buffer_set_language(hb, hb_language_from_string("nl", -1));
	hb_shape(hf, hb, feat, 2);
	unsigned n;
	hb_glyph_info_t *info = hb_buffer_get_glyph_infos(hb, &n);
	hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(hb, &n);
	if (n != 2)
		return 0;
	return pos[0].x_advance -
	       (int)hb_font_get_glyph_h_advance(hf, info[0].codepoint);
}

/* Compares every pair of one face with HarfBuzz; returns the number of
 * kerned pairs, or -1 after printing the first difference. */
static long compare_face(const char *path)
{
	font *f = font_load(path, NULL, 0);
	hb_blob_t *blob = hb_blob_create_from_file(path);
	hb_face_t *face = hb_face_create(blob, 0);
	hb_font_t *hf = hb_font_create(face);
	hb_buffer_t *hb = hb_buffer_create();
	int upm = (int)hb_face_get_upem(face);
	uint32_t ch[200];
	size_t n = test_chars(ch);
	long kerned = 0;
	for (size_t i = 0; i < n && f && kerned >= 0; i++)
		for (size_t j = 0; j < n; j++) {
			int want = hb_kern(hf, hb, ch[i], ch[j]);
			int w1000 = (int)lround(want * 1000.0 / upm);
			int got = font_kern_1000(f, ch[i], ch[j]);
			if (got != w1000) {
				printf("    %s: U+%04X U+%04X: %d, HarfBuzz "
				       "%d\n", path, (unsigned)ch[i],
				       (unsigned)ch[j], got, w1000);
				kerned = -1;
				break;
			}
			kerned += got != 0;
		}
	hb_buffer_destroy(hb);
	hb_font_destroy(hf);
	hb_face_destroy(face);
	hb_blob_destroy(blob);
	font_free(f);
	return f ? kerned : -1;
}

static void test_against_harfbuzz(void)
{
	for (size_t i = 0; i < sizeof faces / sizeof *faces; i++) {
		long n = compare_face(faces[i]);
		printf("    %s: %ld kerned pairs\n", faces[i], n);
		CHECK(n > 100);
	}
}

/* "Vo" at 120 pt in Noto Sans Bold: V's advance and o's, less the pair's
 * kerning; and what font_set_text() gives the PDF. */
static void test_vo(void)
{
	font *f = font_load(NOTO "NotoSans-Bold.ttf", NULL, 0);
	if (!f) {
		CHECK(f != NULL);
		return;
	}
	int k = font_kern_1000(f, 'V', 'o');
	CHECK(k < 0);
	double plain = (font_advance_1000(f, 'V') + font_advance_1000(f, 'o')) *
		       120 / 1000.0;
	CHECK(fabs(font_text_width(f, "Vo", 2, 120) - (plain + k * 0.12)) <
	      1e-9);
	font_setting s = FONT_SETTING_INIT;
	font_set_text(f, "Voelde", 6, &s);
	CHECK_INT(s.nkern >= 1, 1);
	CHECK_INT(s.kern[0].at, 1);
	CHECK_INT(s.kern[0].adjust, k);
	CHECK(!s.changed);
	font_setting_free(&s);
	font_free(f);
}

/* fi and fl are set as the ligatures of the font, in measuring and in the
 * set text; the kerning inside a word and the widths agree. */
static void test_ligatures(void)
{
	font *f = font_load(NOTO "NotoSerif-Regular.ttf", NULL, 0);
	if (!f) {
		CHECK(f != NULL);
		return;
	}
	CHECK(font_has(f, 0xFB01) && font_has(f, 0xFB02));
	font_setting s = FONT_SETTING_INIT;
	font_set_text(f, "profiel reflectie", 17, &s);
	CHECK(s.changed);
	CHECK(strstr(s.text.data ? s.text.data : "", "pro\xEF\xAC\x81" "el") !=
	      NULL);
	CHECK(strstr(s.text.data ? s.text.data : "", "re\xEF\xAC\x82" "ectie") !=
	      NULL);
	/* the set text measures as the letters do */
	CHECK(fabs(font_text_width(f, s.text.data, s.text.len, 10) -
		   font_text_width(f, "profiel reflectie", 17, 10)) < 1e-9);
	CHECK(fabs(font_text_width(f, "fi", 2, 10) -
		   font_advance_1000(f, 0xFB01) / 100.0) < 1e-9);
	/* ffi as one ligature where the font has it, else f and fi */
	font_set_text(f, "officieel", 9, &s);
	CHECK_STR(s.text.data, font_has(f, 0xFB03) ? "o\xEF\xAC\x83" "cieel" :
		  "of\xEF\xAC\x81" "cieel");
	/* a ligature character in the text stays itself */
	font_set_text(f, "\xEF\xAC\x81x", 4, &s);
	CHECK_STR(s.text.data, "\xEF\xAC\x81x");
	CHECK(!s.changed);
	font_setting_free(&s);
	font_free(f);
}

/* Random texts measure as their setting draws them: the advances of the
 * characters set plus the adjustments, in every face. */
static void test_measure_is_setting(void)
{
	static const char *const bits[] = { "f", "i", "l", "V", "o", "r", ".",
		"\xC3\xAB", "\xE2\x80\x99", "T", "e", " ", "A", "W", "a", "ff" };
	unsigned seed = 7;
	int bad = 0;
	for (size_t i = 0; i < sizeof faces / sizeof *faces; i++) {
		font *f = font_load(faces[i], NULL, 0);
		font_setting s = FONT_SETTING_INIT;
		for (int round = 0; f && round < 2000; round++) {
			char text[128] = "";
			size_t n = 0;
			for (int k = 0; k < 1 + round % 12; k++) {
				seed = seed * 1103515245u + 12345u;
				const char *b = bits[(seed >> 8) % 16];
				memcpy(text + n, b, strlen(b));
				n += strlen(b);
			}
			font_set_text(f, text, n, &s);
			long sum = 0;
			const char *q = s.text.data, *end = q + s.text.len;
			while (q < end)
				sum += font_advance_1000(f, utf8_next(&q, end));
			for (size_t k = 0; k < s.nkern; k++)
				sum += s.kern[k].adjust;
			bad += fabs(font_text_width(f, text, n, 1000) - sum) > 1e-6;
		}
		font_setting_free(&s);
		font_free(f);
	}
	CHECK_INT(bad, 0);
}

/* Where the table tag lies in the font file data: *off and *len, or 0. */
static int find_table(const unsigned char *d, size_t n, const char *tag,
		      size_t *off, size_t *len)
{
	unsigned count = n >= 12 ? (unsigned)(d[4] << 8 | d[5]) : 0;
	for (unsigned i = 0; i < count && 12 + 16 * (size_t)(i + 1) <= n; i++) {
		const unsigned char *r = d + 12 + 16 * (size_t)i;
		if (memcmp(r, tag, 4) == 0) {
			*off = (size_t)r[8] << 24 | (size_t)r[9] << 16 |
			       (size_t)r[10] << 8 | r[11];
			*len = (size_t)r[12] << 24 | (size_t)r[13] << 16 |
			       (size_t)r[14] << 8 | r[15];
			return *off <= n && *len <= n - *off;
		}
	}
	return 0;
}

/* A damaged GPOS table gives some kerning or none, never a read outside
 * it: bytes of the table changed at random (run under ASan by make
 * sanitize), every face still loads and measures. */
static void test_damaged_gpos(void)
{
	buf file = BUF_INIT;
	size_t off = 0, len = 0;
	if (fs_read(NOTO "NotoSans-Regular.ttf", &file) != 0 ||
	    !find_table((unsigned char *)file.data, file.len, "GPOS", &off,
			&len) || len < 64) {
		CHECK(!"Noto Sans and its GPOS table");
		buf_free(&file);
		return;
	}
	unsigned char *copy = malloc(file.len);
	unsigned seed = 12345;
	int loaded = 0;
	for (int round = 0; round < 400; round++) {
		memcpy(copy, file.data, file.len);
		/* the header and lists near the start, or anywhere */
		size_t span = round % 2 ? len : (len < 512 ? len : 512);
		for (int k = 0; k < 1 + round % 8; k++) {
			seed = seed * 1103515245u + 12345u;
			size_t at = off + (seed >> 8) % span;
			copy[at] = (unsigned char)(seed >> 3);
		}
		font *f = font_load_memory(copy, file.len, "gpos", NULL, 0);
		if (!f)
			continue;
		loaded++;
		font_setting s = FONT_SETTING_INIT;
		font_set_text(f, "AVATAR Wij Vo r. ‘Te’ fi", 27, &s);
		(void)font_text_width(f, "AVATAR Wij Vo r. ‘Te’ fi", 27, 10);
		font_setting_free(&s);
		font_free(f);
	}
	printf("    %d of 400 fonts with a damaged GPOS loaded\n", loaded);
	CHECK_INT(loaded, 400);
	free(copy);
	buf_free(&file);
}

/* Measuring with kerning stays quick: a million words. */
static void report_speed(void)
{
	font *f = font_load(NOTO "NotoSerif-Regular.ttf", NULL, 0);
	if (!f)
		return;
	static const char *const words[] = { "Patiënten", "Vooraf", "werk.",
		"gesprek", "“Wat", "officieel", "Tevreden", "AVG" };
	double sum = 0;
	clock_t t0 = clock();
	for (int i = 0; i < 1000000; i++) {
		const char *w = words[i & 7];
		sum += font_text_width(f, w, strlen(w), 10);
	}
	printf("    a million words measured in %.0f ms (%g)\n",
	       (double)(clock() - t0) * 1000 / CLOCKS_PER_SEC, sum);
	font_free(f);
}

int main(void)
{
	test_against_harfbuzz();
	test_vo();
	test_ligatures();
	test_measure_is_setting();
	test_damaged_gpos();
	report_speed();
	return check_done();
}
