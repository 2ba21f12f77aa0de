/* fuzz_para.c - paragraphs: hyphenation and line breaking with fonts.
 *
 * The first three bytes set the paragraph's style: flags (ragged, no
 * hyphens, centred, kept together, sans), the width (20 to 530 pt) and
 * the type size (5 to 44 pt). The rest is the text; in it the bytes 1 to
 * 4 start a new span in the regular, bold, italic or bold italic face, 5
 * switches between the families and 6 starts or ends a link. The
 * paragraph is set with para_set() (the default fonts, the Dutch
 * patterns, Knuth-Plass), and every word of the text goes through
 * hyph_points() on its own.
 *
 * Invariants checked: para_set() returns the number of lines it added;
 * every run of a line has a finite position and width, and text; hyphenation points ascend strictly inside the word, on
 * character boundaries; hyph_drops_trema() gives an ASCII vowel for a
 * two-byte character or nothing. */
#include "fuzz.h"
#include "layout/hyph.h"
#include "layout/para.h"

#include <math.h>

#define FILE_NAME "fuzz.md"
#define MAX_SPANS 64

static fontset FS;

/* The default fonts and the Dutch patterns, loaded once. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	char err[300], herr[300] = "";
	if (fontset_load(&FS, "Noto Serif", "Noto Sans", "nl", err, herr,
			 sizeof err) != 0 || !FS.hy) {
		fprintf(stderr, "fuzz: fonts or patterns: %s%s\n", err, herr);
		exit(2);
	}
	return 0;
}

/* The hyphenation points of one word, against hyph.h. */
static void check_points(const char *w, size_t len)
{
	size_t pts[HYPH_MAX_WORD * 4 + 8];
	size_t n = hyph_points(FS.hy, w, len, pts, sizeof pts / sizeof *pts);
	for (size_t i = 0; i < n; i++) {
		if (pts[i] == 0 || pts[i] >= len ||
		    (i && pts[i] <= pts[i - 1]) ||
		    ((unsigned char)w[pts[i]] & 0xC0) == 0x80)
			fuzz_fail("hyphenation point %zu at %zu of %zu",
				  i, pts[i], len);
		char plain = 0;
		size_t k = hyph_drops_trema(w, len, pts[i], &plain);
		if ((k != 0 && k != 2) || (k && (plain & 0x80)))
			fuzz_fail("trema dropped badly at %zu", pts[i]);
	}
}

/* Every word (between blanks) of text through the hyphenator. */
static void hyphenate_words(const char *text, size_t len)
{
	for (size_t i = 0; i < len;) {
		while (i < len && (text[i] == ' ' || text[i] == '\n'))
			i++;
		size_t start = i;
		while (i < len && text[i] != ' ' && text[i] != '\n')
			i++;
		if (i > start)
			check_points(text + start, i - start);
	}
}

/* Cuts the text at the control bytes into spans; the text stays in
 * text (the control bytes become part of no span). */
static size_t make_spans(const char *text, size_t len, int sans, span *sp)
{
	size_t n = 0, start = 0;
	int face = FACE_REGULAR, link = 0;
	for (size_t i = 0; i <= len; i++) {
		unsigned char c = i < len ? (unsigned char)text[i] : 0;
		if (i < len && (c < 1 || c > 6))
			continue;
		if (i > start && n < MAX_SPANS)
			sp[n++] = (span){ text + start, i - start, face, sans,
					  0x333333, link ? "https://x.nl" :
					  NULL, link, 0, 0 };
		start = i + 1;
		if (c >= 1 && c <= 4)
			face = c - 1;
		else if (c == 5)
			sans = !sans;
		else if (c == 6)
			link = !link;
	}
	return n;
}

/* The lines para_set() added to v. */
static void check_lines(const vlist *v, int n)
{
	int lines = 0;
	for (size_t i = 0; i < v->len; i++) {
		const vitem *it = v->items[i];
		if (it->kind != V_LINE)
			continue;
		lines++;
		for (size_t r = 0; r < it->n_runs; r++) {
			const hrun *h = &it->runs[r];
			if (!isfinite(h->x) || !isfinite(h->width) ||
			    h->width < 0 || (h->len && !h->text))
				fuzz_fail("line %d, run %zu: bad run", lines, r);
		}
	}
	if (lines != n)
		fuzz_fail("para_set said %d lines, set %d", n, lines);
}

/* One input: style bytes, then the text set as a paragraph. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 3)
		return 0;
	char *text = fuzz_strndup(data + 3, size - 3);
	size_t len = size - 3;
	hyphenate_words(text, len);
	span sp[MAX_SPANS];
	size_t n = make_spans(text, len, data[0] >> 4 & 1, sp);
	para_style ps = { 20 + data[1] * 2.0, 0, 5 + data[2] % 40, 0, 0, 0,
			  0, 0 };
	ps.leading = ps.size * 1.3;
	ps.ragged = data[0] & 1;
	ps.no_hyphens = data[0] >> 1 & 1;
	ps.centred = data[0] >> 2 & 1;
	ps.keep = data[0] >> 3 & 1;
	arena a;
	arena_init(&a, 0);
	typeset ts;
	typeset_init(&ts, &FS, &a);
	vlist v;
	vlist_init(&v, &a);
	diag_capture c;
	fuzz_quiet_begin(&c);
	int lines = para_set(&ts, sp, n, &ps, &v, FILE_NAME, 1);
	fuzz_quiet_end(&c, NULL, (fuzz_extent){ 0, 0 });
	check_lines(&v, lines);
	vlist_free(&v);
	arena_free(&a);
	free(text);
	return 0;
}
