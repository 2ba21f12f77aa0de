/* test_font.c - the TrueType reader and fontconfig look-up.
 *
 * The expected numbers were read independently of font.c, with a separate
 * Python struct-based reader of head/hhea/OS/2/cmap/hmtx/glyf/name (and
 * fc-query for the PostScript names), from Debian's fonts-noto-core and
 * fonts-dejavu-core. */
#include "check.h"
#include "layout/font.h"
#include "util/fs.h"

#include <fontconfig/fontconfig.h>
#include <math.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>

#define NOTO "/usr/share/fonts/truetype/noto/"
#define NOTO_SANS NOTO "NotoSans-Regular.ttf"
#define DEJAVU_SANS "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#define NOTO_MUSIC NOTO "NotoMusic-Regular.ttf"

static char tmpdir[] = "/tmp/test_font.XXXXXX";
static char errbuf[256];

#define NEAR(a, b) (fabs((a) - (b)) < 1e-9)

/* Noto Sans: metrics, advances, widths, coverage (upm 1000). */
static void test_noto_sans(void)
{
	font *f = font_load(NOTO_SANS, errbuf, sizeof errbuf);
	CHECK(f != NULL);
	if (!f) {
		printf("    %s\n", errbuf);
		return;
	}
	const font_metrics *m = font_get_metrics(f);
	CHECK_INT(m->units_per_em, 1000);
	CHECK_INT(m->ascent, 1069);
	CHECK_INT(m->descent, -293);
	CHECK_INT(m->line_gap, 0);
	CHECK_INT(m->cap_height, 714);     /* OS/2 v4 sCapHeight */
	CHECK_INT(m->x_height, 536);
	CHECK_STR(font_name(f), "NotoSans-Regular");
	CHECK_STR(font_file(f), NOTO_SANS);
	CHECK_INT(font_advance(f, 'H'), 741);
	CHECK_INT(font_advance(f, 0xEB), 564);     /* ë */
	CHECK_INT(font_advance(f, ' '), 260);
	CHECK_INT(font_advance_1000(f, 'H'), 741);
	CHECK_INT(font_glyph(f, 'H'), 43);
	/* p a t i ë n t */
	CHECK(NEAR(font_text_width(f, "pati\xC3\xABnt", 8, 10),
		   (615 + 561 + 361 + 258 + 564 + 618 + 361) * 10 / 1000.0));
	double sum = 0;
	const uint32_t word[] = { 'p', 'a', 't', 'i', 0xEB, 'n', 't' };
	for (size_t i = 0; i < 7; i++)
		sum += font_advance(f, word[i]) * 10.0 / m->units_per_em;
	CHECK(NEAR(font_text_width(f, "pati\xC3\xABnt", 8, 10), sum));
	CHECK(NEAR(font_text_width(f, "", 0, 10), 0));
	/* a missing code point measures as .notdef (600), bad UTF-8 as U+FFFD */
	CHECK(!font_has(f, 0x1F600));
	CHECK(font_has(f, 'a') && font_has(f, 0x201C));
	CHECK_INT(font_advance(f, 0x1F600), 600);
	CHECK_INT(font_advance(f, 0x4E2D), 600);
	CHECK(NEAR(font_text_width(f, "\xF0\x9F\x98\x80", 4, 1), 0.6));
	CHECK(NEAR(font_text_width(f, "\xFF", 1, 1), 1.0));
	CHECK_INT(font_first_missing(f, "pati\xC3\xABnt \xE2\x80\x9Cok\xE2\x80\x9D",
				     16), 0);
	CHECK_INT(font_first_missing(f, "ok \xF0\x9F\x98\x80 \xE4\xB8\xAD", 11),
		  0x1F600);
	CHECK_INT(font_first_missing(f, "ok \xE4\xB8\xAD \xF0\x9F\x98\x80", 11),
		  0x4E2D);
	font_free(f);
}

/* DejaVu Sans: upm 2048, so libharu's per-glyph rounding shows; its cmap
 * has a 3/10 format 12 subtable; OS/2 is version 1, so cap and x height
 * come from the glyphs. */
static void test_dejavu(void)
{
	font *f = font_load(DEJAVU_SANS, errbuf, sizeof errbuf);
	CHECK(f != NULL);
	if (!f)
		return;
	const font_metrics *m = font_get_metrics(f);
	CHECK_INT(m->units_per_em, 2048);
	CHECK_INT(m->ascent, 1901);
	CHECK_INT(m->descent, -483);
	CHECK_INT(m->cap_height, 1493);    /* yMax of 'H' */
	CHECK_INT(m->x_height, 1120);      /* yMax of 'x' */
	CHECK_STR(font_name(f), "DejaVuSans");
	CHECK_INT(font_advance(f, 'W'), 2025);
	CHECK_INT(font_advance_1000(f, 'W'), 988);     /* 988.77 rounded down */
	CHECK_INT(font_advance(f, 0xEB), 1260);
	CHECK_INT(font_advance_1000(f, 0xEB), 615);
	/* W i j: (988 + 277 + 277) / 1000 em, not (2025 + 569 + 569) / 2048,
	 * with the kerning of W i and i j (in whole thousandths) */
	CHECK(font_kern_1000(f, 'W', 'i') != 0);
	CHECK(NEAR(font_text_width(f, "Wij", 3, 10), 15.42 +
		   (font_kern_1000(f, 'W', 'i') + font_kern_1000(f, 'i', 'j')) /
		   100.0));
	font_free(f);
}

/* Noto Music maps U+1D11E (𝄞) above the BMP through cmap format 12. */
static void test_supplementary(void)
{
	font *f = font_load(NOTO_MUSIC, errbuf, sizeof errbuf);
	CHECK(f != NULL);
	if (!f)
		return;
	CHECK_INT(font_glyph(f, 0x1D11E), 288);
	CHECK(font_has(f, 0x1D11E));
	CHECK_INT(font_advance(f, 0x1D11E), 711);
	CHECK(NEAR(font_text_width(f, "\xF0\x9D\x84\x9E", 4, 10), 7.11));
	CHECK(!font_has(f, 0x10FFFF));
	CHECK(!font_has(f, 0x110000));
	font_free(f);
}

/* Writes len bytes to name in the temporary directory and loads it;
 * returns whether it was refused, with the reason in errbuf. */
static int refused(const char *name, const void *data, size_t len)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	if (fs_write(path, data, len) != 0)
		return 0;
	font *f = font_load(path, errbuf, sizeof errbuf);
	font_free(f);
	return f == NULL;
}

/* Offset of the directory record of table tag in font data d. */
static size_t table_record(const unsigned char *d, const char *tag)
{
	unsigned n = (unsigned)d[4] << 8 | d[5];
	for (unsigned i = 0; i < n; i++)
		if (memcmp(d + 12 + 16 * i, tag, 4) == 0)
			return 12 + 16 * (size_t)i;
	return 0;
}

/* Stores v big-endian at p. */
static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* Reads a table's offset from its directory record. */
static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | p[3];
}

/* Broken, truncated and foreign files are refused with a clear reason. */
static void test_refusals(const buf *noto)
{
	unsigned char *copy = xmalloc(noto->len);
	const unsigned char *orig = (const unsigned char *)noto->data;

	CHECK(font_load("/nonexistent/font.ttf", errbuf, sizeof errbuf) == NULL);
	CHECK_STR(errbuf, "kan het bestand niet lezen: bestand of map "
		  "bestaat niet");
	CHECK(font_load("/tmp", errbuf, sizeof errbuf) == NULL);
	CHECK_STR(errbuf, "kan het bestand niet lezen: is een map");
	CHECK(font_load("/tmp", NULL, 0) == NULL);     /* no err buffer */
	const char *text = "# Lesson\n\nThis is Markdown, not a font.\n";
	CHECK(refused("text.ttf", text, strlen(text)));
	CHECK_STR(errbuf, "geen TrueType-lettertypebestand");
	CHECK(refused("empty.ttf", "", 0));
	CHECK_STR(errbuf, "geen lettertypebestand (maar 0 bytes)");
	CHECK(refused("short.ttf", noto->data, 1000));
	CHECK_STR(errbuf, "de tabel 'DSIG' loopt door voorbij het einde van "
		  "het bestand (afgekapt of beschadigd)");
	CHECK(refused("dir.ttf", noto->data, 100));
	CHECK_STR(errbuf, "afgekapt: de tabellijst loopt door voorbij het "
		  "einde van het bestand");

	memcpy(copy, orig, noto->len);
	put32(copy + table_record(orig, "hmtx") + 8, 0xFFFFFF00u);
	CHECK(refused("offset.ttf", copy, noto->len));
	CHECK_STR(errbuf, "de tabel 'hmtx' loopt door voorbij het einde van "
		  "het bestand (afgekapt of beschadigd)");

	memcpy(copy, orig, noto->len);
	memcpy(copy, "OTTO", 4);
	CHECK(refused("cff.otf", copy, noto->len));
	CHECK(strstr(errbuf, "CFF") && strstr(errbuf, "libharu"));

	memcpy(copy, orig, noto->len);
	size_t cmap = get32(orig + table_record(orig, "cmap") + 8);
	put32(copy + cmap + 8, 0x7FFFFFF0u);   /* first subtable's offset */
	CHECK(refused("cmap.ttf", copy, noto->len));
	CHECK_STR(errbuf, "cmap-subtabel 0 wijst voorbij het einde van de "
		  "tabel");

	memcpy(copy, orig, noto->len);
	size_t hhea = get32(orig + table_record(orig, "hhea") + 8);
	copy[hhea + 34] = copy[hhea + 35] = 0xFF;
	CHECK(refused("hhea.ttf", copy, noto->len));
	CHECK_STR(errbuf, "'hhea' numberOfHMetrics 65535 past niet bij 3317 "
		  "tekens");     /* maxp numGlyphs */

	memcpy(copy, orig, noto->len);
	memcpy(copy + table_record(orig, "glyf"), "gly_", 4);
	CHECK(refused("noglyf.ttf", copy, noto->len));
	CHECK_STR(errbuf, "geen 'glyf'-contouren (een bitmap- of "
		  "kleurenlettertype?): libharu kan het niet insluiten");

	memcpy(copy, orig, noto->len);
	memcpy(copy + table_record(orig, "cmap"), "cmaq", 4);
	CHECK(refused("nocmap.ttf", copy, noto->len));
	CHECK_STR(errbuf, "de tabel 'cmap' ontbreekt");
	free(copy);

	char big[512];
	snprintf(big, sizeof big, "%s/big.ttf", tmpdir);
	if (fs_write(big, "", 0) == 0 && truncate(big, 65 << 20) == 0) {
		CHECK(font_load(big, errbuf, sizeof errbuf) == NULL);
		CHECK_STR(errbuf, "het bestand is groter dan 64 MB, de grens "
			  "voor lettertypen");
	}
}

/* A small deterministic generator (xorshift32). */
static uint32_t next_random(uint32_t *state)
{
	uint32_t x = *state;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return *state = x;
}

/* Mutates the bytes the reader looks at (the directory, and the first
 * bytes of every table) and truncates the file everywhere; every attempt
 * must end in a font or a reason, never a crash (valgrind and ASan watch
 * the reads). */
static void test_fuzz(const buf *noto)
{
	const unsigned char *orig = (const unsigned char *)noto->data;
	unsigned char *copy = xmalloc(noto->len);
	unsigned ntables = (unsigned)orig[4] << 8 | orig[5];
	uint32_t seed = 12345;
	int loaded = 0, refused_n = 0, silent = 0;
	for (int round = 0; round < 400; round++) {
		memcpy(copy, orig, noto->len);
		for (int k = 0; k < 1 + round % 4; k++) {
			uint32_t r = next_random(&seed);
			size_t at;
			if (r % 3 == 0) {
				at = r / 3 % (12 + 16 * ntables);
			} else {
				const unsigned char *rec =
					orig + 12 + 16 * (next_random(&seed) % ntables);
				at = get32(rec + 8) + r / 3 % 64;
			}
			if (at < noto->len)
				copy[at] = (unsigned char)next_random(&seed);
		}
		errbuf[0] = '\0';
		font *f = font_load_memory(copy, noto->len, "fuzz.ttf",
					   errbuf, sizeof errbuf);
		if (f) {
			font_text_width(f, "Hello, w\xC3\xB6rld \xF0\x9F\x98\x80",
					17, 10);
			loaded++;
		} else {
			refused_n++;
			silent += errbuf[0] == '\0';
		}
		font_free(f);
	}
	for (size_t len = 0; len < noto->len; len += noto->len / 97 + 1) {
		font *f = font_load_memory(orig, len, "cut.ttf", errbuf,
					   sizeof errbuf);
		silent += f != NULL;        /* every cut loses a table */
		font_free(f);
	}
	printf("# fuzz: %d loaded, %d refused\n", loaded, refused_n);
	CHECK(loaded + refused_n == 400);
	CHECK(refused_n > 0);
	CHECK_INT(silent, 0);
	free(copy);
}

/* Loads every TrueType file under dir (recursively) and measures a
 * string with it; counts the fonts and the failures. */
static void load_all(const char *dir, int *count, int *failed)
{
	arena a;
	arena_init(&a, 0);
	ptrvec names = {0};
	if (fs_list(&a, dir, &names) != 0) {
		arena_free(&a);
		return;
	}
	for (size_t i = 0; i < names.len; i++) {
		const char *path = path_join(&a, dir, names.items[i]);
		if (fs_is_dir(path)) {
			load_all(path, count, failed);
			continue;
		}
		if (!path_has_suffix(path, ".ttf") && !path_has_suffix(path, ".ttc"))
			continue;
		(*count)++;
		font *f = font_load(path, errbuf, sizeof errbuf);
		if (!f || !(font_text_width(f, "Hello, w\xC3\xB6rld", 13, 10) > 0)) {
			(*failed)++;
			printf("    %s: %s\n", path, f ? "zero width" : errbuf);
		}
		font_free(f);
	}
	arena_free(&a);
}

/* Every font installed on the system loads and measures. */
static void test_system_fonts(void)
{
	int count = 0, failed = 0;
	load_all("/usr/share/fonts", &count, &failed);
	printf("# %d system fonts loaded\n", count - failed);
	CHECK(count >= 4);
	CHECK_INT(failed, 0);
}

/* Checks that path ends in suffix (and frees it). */
static int ends_with(char *path, const char *suffix)
{
	int ok = path && path_has_suffix(path, suffix);
	if (!ok)
		printf("    got: %s\n", path ? path : "(null)");
	free(path);
	return ok;
}

/* fontconfig finds the faces of real families, and nothing else. */
static void test_find(void)
{
	CHECK(ends_with(font_find("Noto Sans", 1, 0), "/NotoSans-Bold.ttf"));
	CHECK(ends_with(font_find("Noto Serif", 0, 1), "/NotoSerif-Italic.ttf"));
	CHECK(ends_with(font_find("Noto Sans", 0, 0), "/NotoSans-Regular.ttf"));
	CHECK(ends_with(font_find("Noto Sans", 1, 1), "/NotoSans-BoldItalic.ttf"));
	CHECK(ends_with(font_find("noto serif", 1, 0), "/NotoSerif-Bold.ttf"));
	CHECK(ends_with(font_find("DejaVu Sans", 0, 0), "/DejaVuSans.ttf"));
	CHECK(font_find("No Such Family 123", 0, 0) == NULL);
	CHECK(font_find("sans-serif", 0, 0) == NULL);
	CHECK(font_find("", 0, 0) == NULL);
	char *path = font_find("Noto Sans", 1, 0);
	font *f = path ? font_load(path, errbuf, sizeof errbuf) : NULL;
	CHECK(f && strcmp(font_name(f), "NotoSans-Bold") == 0);
	CHECK(f && font_advance(f, 'H') > 741);
	font_free(f);
	free(path);
}

/* Prints how fast font_text_width measures ordinary Dutch text. */
static void report_speed(void)
{
	font *f = font_load(NOTO_SANS, errbuf, sizeof errbuf);
	if (!f)
		return;
	const char *para = "De pati\xC3\xABnt krijgt \xE2\x80\x9C" "co\xC3\xB6"
		"rdinatie\xE2\x80\x9D van zorg; re\xC3\xABle na\xC3\xAF"
		"viteit is geen probleem. ";
	size_t plen = strlen(para), words = 0;
	double total = 0;
	clock_t t0 = clock();
	size_t bytes = 0;
	for (int rep = 0; rep < 200000; rep++) {
		const char *w = para, *end = para + plen;
		while (w < end) {       /* word by word, as the line breaker */
			const char *sp = memchr(w, ' ', (size_t)(end - w));
			size_t n = sp ? (size_t)(sp - w) : (size_t)(end - w);
			total += font_text_width(f, w, n, 10);
			bytes += n;
			words++;
			w += n + 1;
		}
	}
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	printf("# font_text_width: %.1f MB in %zu words, %.3f s, %.0f MB/s "
	       "(total %.0f pt)\n", bytes / 1e6, words, secs,
	       secs > 0 ? bytes / 1e6 / secs : 0, total);
	font_free(f);
}

int main(void)
{
	buf noto = BUF_INIT;
	if (!mkdtemp(tmpdir) || fs_read(NOTO_SANS, &noto) != 0) {
		printf("FAIL - setup: %s\n0 passed, 1 failed\n", NOTO_SANS);
		return 1;
	}
	test_noto_sans();
	test_dejavu();
	test_supplementary();
	test_refusals(&noto);
	test_fuzz(&noto);
	test_system_fonts();
	test_find();
	report_speed();
	buf_free(&noto);
	fs_remove_tree(tmpdir);
	FcFini();
	return check_done();
}
