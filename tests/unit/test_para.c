/* test_para.c - the paragraph builder: styled spans into set lines.
 *
 * Uses the default fonts (Noto Serif and Noto Sans, fonts-noto-core) and
 * the Dutch patterns (hyphen-nl), as the handouts do. The known breaks
 * were checked by eye: no line too loose, the hyphen at a Dutch syllable
 * boundary (sa-men). */
#include "check.h"
#include "layout/para.h"
#include "util/buf.h"

#include <math.h>
#include <stdlib.h>

static fontset FS;
static typeset TS;
static arena A;

/* The text of line i of v (runs joined, a space wherever runs are
 * apart), in a static buffer. */
static const char *line_text(const vlist *v, size_t i)
{
	static char out[1024];
	size_t o = 0, k = 0;
	for (size_t j = 0; j < v->len; j++) {
		const vitem *it = v->items[j];
		if (it->kind != V_LINE || k++ != i)
			continue;
		for (size_t r = 0; r < it->n_runs; r++) {
			const hrun *h = &it->runs[r];
			if (o + h->len + 2 > sizeof out)
				break;
			if (r && h->x > it->runs[r - 1].x +
				       it->runs[r - 1].width + 0.5)
				out[o++] = ' ';
			memcpy(out + o, h->text, h->len);
			o += h->len;
		}
		break;
	}
	out[o] = '\0';
	return out;
}

static size_t count_lines(const vlist *v)
{
	size_t n = 0;
	for (size_t j = 0; j < v->len; j++)
		n += v->items[j]->kind == V_LINE;
	return n;
}

static span plain(const char *text)
{
	return (span){ text, strlen(text), FACE_REGULAR, 0, 0, NULL, 0, 0, 0 };
}

static para_style style(double width, int ragged)
{
	return (para_style){ width, 0, 10.5, 15, ragged, 0, 0, 0 };
}

static const char *const PARA =
	"Persoonsgerichte zorg gaat over de hele mens. De praktijk"
	"ondersteuner kijkt samen met de pati\xC3\xABnt naar wat voor hem "
	"belangrijk is in het dagelijks leven, en niet alleen naar de "
	"waarden die volgens het protocol gemeten worden.";

/* A known paragraph gives known breaks, every line filled to the width. */
static void test_known_breaks(void)
{
	vlist v;
	vlist_init(&v, &A);
	span s = plain(PARA);
	para_style ps = style(200, 0);
	int n = para_set(&TS, &s, 1, &ps, &v, "les.md", 7);
	CHECK_INT(n, (int)count_lines(&v));
	CHECK_INT(n, 6);
	CHECK_STR(line_text(&v, 0), "Persoonsgerichte zorg gaat over de hele");
	CHECK_STR(line_text(&v, 1), "mens. De praktijkondersteuner kijkt sa-");
	CHECK_STR(line_text(&v, 2), "men met de pati\xC3\xABnt naar wat voor hem");
	CHECK_STR(line_text(&v, 3), "belangrijk is in het dagelijks leven, en");
	CHECK_STR(line_text(&v, 4), "niet alleen naar de waarden die volgens");
	CHECK_STR(line_text(&v, 5), "het protocol gemeten worden.");
	/* justified: every line but the last ends at the right edge */
	for (size_t j = 0, k = 0; j < v.len; j++) {
		const vitem *it = v.items[j];
		if (it->kind != V_LINE || ++k == (size_t)n)
			continue;
		const hrun *last = &it->runs[it->n_runs - 1];
		CHECK(fabs(last->x + last->width - 200) < 0.01);
	}
	vlist_free(&v);
}

/* In a narrow column hyphenation is used; without patterns the same text
 * gets no hyphens, and "Praktijkondersteuners" sticks out of the column. */
static void test_hyphenation_used(void)
{
	static const char *const text = "Praktijkondersteuners bespreken "
		"persoonsgerichte zorg en zelfmanagementdoelen met chronisch "
		"zieke pati\xC3\xABnten.";
	vlist v;
	vlist_init(&v, &A);
	span s = plain(text);
	para_style ps = style(110, 0);
	int hy0 = TS.hyphens;
	int n = para_set(&TS, &s, 1, &ps, &v, "les.md", 1);
	CHECK(n >= 4);
	CHECK(TS.hyphens > hy0);
	int ends = 0;
	for (int i = 0; i < n; i++) {
		const char *t = line_text(&v, (size_t)i);
		ends += t[strlen(t) - 1] == '-';
	}
	CHECK_INT(ends, TS.hyphens - hy0);
	CHECK_INT(TS.overfull, 0);
	vlist_free(&v);

	hyph *hy = FS.hy;
	FS.hy = NULL;
	vlist_init(&v, &A);
	hy0 = TS.hyphens;
	capture_begin();
	para_set(&TS, &s, 1, &ps, &v, "zonder.md", 1);
	CHECK(strstr(capture_end(), "zonder.md:1: warning: een regel is") != NULL);
	CHECK_INT(TS.hyphens, hy0);
	CHECK(TS.overfull > 0);
	TS.overfull = 0;
	FS.hy = hy;
	vlist_free(&v);
}

/* Dutch drops the trema at a break: pati-enten, not pati-ënten. */
static void test_trema_dropped(void)
{
	const font *f = typeset_font(&TS, 0, FACE_REGULAR);
	double w = font_text_width(f, "pati-", 5, 10.5) + 1;
	vlist v;
	vlist_init(&v, &A);
	span s = plain("pati\xC3\xABnten");
	para_style ps = style(w, 1);
	int n = para_set(&TS, &s, 1, &ps, &v, "les.md", 1);
	CHECK(n >= 2);
	CHECK_STR(line_text(&v, 0), "pati-");
	CHECK(!strncmp(line_text(&v, 1), "en", 2));
	vlist_free(&v);

	/* a break elsewhere keeps it: pati\xC3\xABn-ten */
	w = font_text_width(f, "pati\xC3\xABn-", 8, 10.5) + 0.5;
	vlist_init(&v, &A);
	ps = style(w, 1);
	CHECK_INT(para_set(&TS, &s, 1, &ps, &v, "les.md", 1), 2);
	CHECK_STR(line_text(&v, 0), "pati\xC3\xABn-");
	CHECK_STR(line_text(&v, 1), "ten");
	vlist_free(&v);
}

/* Bold, italic and code spans keep their fonts; a link stays on its run. */
static void test_mixed_fonts(void)
{
	span s[4] = {
		plain("Lees "),
		{ "het vierbollenmodel", 19, FACE_BOLD, 0, 0, NULL, 0, 0, 0 },
		{ " in de les", 10, FACE_ITALIC, 0, 0, "les-2", 0, 0, 0 },
		{ " coach.yaml", 11, FACE_REGULAR, 1, 0, NULL, 0, 0, 0 },
	};
	vlist v;
	vlist_init(&v, &A);
	para_style ps = style(400, 0);
	CHECK_INT(para_set(&TS, s, 4, &ps, &v, "les.md", 1), 1);
	const vitem *line = v.items[0];
	int bold = 0, italic = 0, sans = 0, linked = 0;
	for (size_t r = 0; r < line->n_runs; r++) {
		const hrun *h = &line->runs[r];
		bold += h->font == typeset_id(&TS, 0, FACE_BOLD);
		italic += h->font == typeset_id(&TS, 0, FACE_ITALIC);
		sans += h->font == typeset_id(&TS, 1, FACE_REGULAR);
		linked += h->link && !strcmp(h->link, "les-2");
	}
	CHECK(bold >= 1 && italic >= 1 && sans == 1);
	CHECK(linked >= 1);
	CHECK_STR(line_text(&v, 0), "Lees het vierbollenmodel in de les "
		  "coach.yaml");
	vlist_free(&v);
}

/* A centred line sits in the middle of the width. */
static void test_centred(void)
{
	const font *f = typeset_font(&TS, 0, FACE_REGULAR);
	double w = font_text_width(f, "Bijschrift", 10, 10.5);
	vlist v;
	vlist_init(&v, &A);
	span s = plain("Bijschrift");
	para_style ps = style(300, 0);
	ps.centred = 1;
	CHECK_INT(para_set(&TS, &s, 1, &ps, &v, "les.md", 1), 1);
	CHECK(fabs(v.items[0]->runs[0].x - (300 - w) / 2) < 0.01);
	vlist_free(&v);
}

/* Two lines at least stay together at either end of a page break. */
static void test_widows_and_orphans(void)
{
	vlist v;
	vlist_init(&v, &A);
	span s = plain(PARA);
	para_style ps = style(200, 0);
	para_set(&TS, &s, 1, &ps, &v, "les.md", 1);
	/* penalties between lines: after line 1 and before the last one
	 * infinite, in between free */
	double pen[8];
	size_t np = 0;
	for (size_t j = 0; j < v.len && np < 8; j++)
		if (v.items[j]->kind == V_PENALTY)
			pen[np++] = v.items[j]->penalty;
	CHECK_INT(np, 5);
	CHECK(pen[0] >= V_INFINITY && pen[np - 1] >= V_INFINITY);
	CHECK(pen[1] == 0 && pen[2] == 0 && pen[3] == 0);
	vlist_free(&v);
}

/* A character the font lacks and a word wider than the column are
 * warnings with the file and the line the text is on; nothing crashes. */
static void test_warnings(void)
{
	span s[2] = {
		plain("Een sneeuwpop \xE2\x98\x83 hier, "),
		plain("en 1234567890123456789012345678901234567890 daar."),
	};
	s[1].line = 12;
	vlist v;
	vlist_init(&v, &A);
	para_style ps = style(120, 0);
	int over = TS.overfull;
	capture_begin();
	int n = para_set(&TS, s, 2, &ps, &v, "les.md", 11);
	const char *out = capture_end();
	CHECK(n >= 2);
	CHECK(strstr(out, "les.md:11: warning: het teken U+2603") != NULL);
	CHECK(strstr(out, "les.md:12: warning: een regel is ") != NULL);
	CHECK_INT(TS.overfull, over + 1);
	/* the same again is not reported twice (hand-out and manual) */
	capture_begin();
	para_set(&TS, s, 2, &ps, &v, "les.md", 11);
	CHECK_STR(capture_end(), "");
	vlist_free(&v);
}

/* Are all runs of v's lines inside [0, width], none longer than
 * PARA_RUN_BYTES? */
static int runs_fit(const vlist *v, double width)
{
	for (size_t j = 0; j < v->len; j++) {
		const vitem *it = v->items[j];
		for (size_t r = 0; it->kind == V_LINE && r < it->n_runs; r++) {
			const hrun *h = &it->runs[r];
			if (h->x < -0.01 || h->x + h->width > width + 0.01 ||
			    h->len > PARA_RUN_BYTES)
				return 0;
		}
	}
	return 1;
}

/* The text of v's runs that come from src[0, len), joined: a drawn
 * hyphen is not part of it. malloc'd. */
static char *runs_text(const vlist *v, const char *src, size_t len)
{
	buf out = BUF_INIT;
	for (size_t j = 0; j < v->len; j++) {
		const vitem *it = v->items[j];
		for (size_t r = 0; it->kind == V_LINE && r < it->n_runs; r++) {
			const hrun *h = &it->runs[r];
			if (h->text >= src && h->text < src + len)
				buf_put(&out, h->text, h->len);
		}
	}
	buf_putc(&out, '\0');
	return out.data;
}

/* A word of 2,000,000 letters is cut into lines as wide as the column,
 * each a line of its own, with a warning at the word; no letter is lost
 * and no run is too long to print. */
static void test_huge_word(void)
{
	size_t n = 2000000;
	char *text = malloc(n + 32);
	strcpy(text, "Een zin met ");
	memset(text + 12, 'a', n);
	strcpy(text + 12 + n, " en verder.");
	span s = plain(text);
	s.line = 3;
	s.col = 1;
	vlist v;
	vlist_init(&v, &A);
	para_style ps = style(300, 0);
	int over = TS.overfull;
	capture_begin();
	int lines = para_set(&TS, &s, 1, &ps, &v, "les.md", 3);
	const char *out = capture_end();
	const font *f = typeset_font(&TS, 0, FACE_REGULAR);
	int per_line = (int)(300 / font_text_width(f, "a", 1, 10.5));
	CHECK(lines > (int)n / per_line && lines < (int)n / per_line + 4);
	CHECK(strstr(out, "les.md:3:13: warning: een woord van 2000000 "
		     "tekens is te breed voor de kolom: het wordt over ") !=
	      NULL);
	CHECK(strstr(out, "parts") == NULL);
	CHECK_INT(TS.overfull, over);
	CHECK(runs_fit(&v, 300));
	CHECK_STR(line_text(&v, 0), "Een zin met");
	CHECK((int)strlen(line_text(&v, 1)) == per_line);
	const char *end = line_text(&v, (size_t)lines - 1);
	CHECK(strlen(end) >= 10 && !strcmp(end + strlen(end) - 10,
					   "en verder."));
	char *all = runs_text(&v, text, strlen(text));
	CHECK(strlen(all) == n + 18);
	free(all);
	vlist_free(&v);
	free(text);
}

/* A word a little wider than the column stays whole on an overfull line
 * (with the warning about it); one wider than two columns is cut. A word
 * of zero-width characters between dashes still never makes a run too
 * long to print. */
static void test_wide_words(void)
{
	const font *f = typeset_font(&TS, 0, FACE_REGULAR);
	double m = font_text_width(f, "m", 1, 10.5);
	static char word[300];
	size_t k = (size_t)(1.5 * 200 / m);
	memset(word, 'm', k);
	word[k] = '\0';
	span s = plain(word);
	vlist v;
	vlist_init(&v, &A);
	para_style ps = style(200, 0);
	int over = TS.overfull;
	capture_begin();
	CHECK_INT(para_set(&TS, &s, 1, &ps, &v, "breed.md", 5), 1);
	CHECK(strstr(capture_end(), "breed.md:5: warning: een regel is ") != NULL);
	CHECK_INT(TS.overfull, over + 1);
	CHECK_INT((int)v.items[0]->n_runs, 1);
	vlist_free(&v);

	k = (size_t)(2.5 * 200 / m);
	memset(word, 'm', k);
	word[k] = '\0';
	s = plain(word);
	vlist_init(&v, &A);
	capture_begin();
	CHECK_INT(para_set(&TS, &s, 1, &ps, &v, "breed.md", 6), 3);
	CHECK(strstr(capture_end(), "breed.md:6: warning: een woord van") != NULL);
	CHECK_INT(TS.overfull, over + 1);
	CHECK(runs_fit(&v, 200));
	vlist_free(&v);

	buf zw = BUF_INIT;
	for (int i = 0; i < 60; i++) {
		for (int j = 0; j < 300; j++)
			buf_puts(&zw, "\xE2\x80\x8B");   /* zero width space */
		buf_puts(&zw, "a-");
	}
	s = plain(zw.data);
	vlist_init(&v, &A);
	capture_begin();
	CHECK(para_set(&TS, &s, 1, &ps, &v, "breed.md", 7) > 1);
	CHECK_STR(capture_end(), "");
	CHECK(runs_fit(&v, 200));
	char *all = runs_text(&v, zw.data, zw.len);
	CHECK_STR(all, zw.data);
	free(all);
	vlist_free(&v);
	buf_free(&zw);
}

/* A paragraph of 5,000 words is broken in parts, with a warning at its
 * first word; every word is set, in order, and every line fits. */
static void test_long_paragraph(void)
{
	static const char *const words[] = { "de", "praktijkondersteuner",
		"vraagt", "wat", "de", "patient", "al", "weet", "over",
		"zijn", "ziekte", "en", "welke", "vragen", "nog", "openstaan",
		"na", "het", "laatste", "bezoek", "aan", "de", "huisarts" };
	buf text = BUF_INIT, want = BUF_INIT;
	uint32_t seed = 5;
	for (int i = 0; i < 5000; i++) {
		seed = seed * 1103515245u + 12345u;
		const char *w = words[(seed >> 16) % 23];
		buf_printf(&text, "%s%s", i ? " " : "", w);
		buf_puts(&want, w);
	}
	span s = plain(text.data);
	s.line = 4;
	s.col = 1;
	vlist v;
	vlist_init(&v, &A);
	para_style ps = style(300, 0);
	int over = TS.overfull;
	capture_begin();
	int lines = para_set(&TS, &s, 1, &ps, &v, "lang.md", 4);
	vlist again;   /* set a second time: warned once only */
	vlist_init(&again, &A);
	para_set(&TS, &s, 1, &ps, &again, "lang.md", 4);
	vlist_free(&again);
	const char *out = capture_end();
	CHECK(lines > 500);
	CHECK(!strncmp(out, "lang.md:4:1: warning: een alinea van 5000 "
		       "woorden is te lang om in \xC3\xA9\xC3\xA9n keer in regels "
		       "te verdelen: ze wordt in ", 113));
	CHECK(strchr(out, '\n') == out + strlen(out) - 1);
	CHECK_INT(TS.overfull, over);
	CHECK(runs_fit(&v, 300));
	char *all = runs_text(&v, text.data, text.len);
	CHECK_STR(all, want.data);
	free(all);
	vlist_free(&v);
	buf_free(&text);
	buf_free(&want);
}

/* Does some line of v (n lines) end with suffix? */
static int line_ends(const vlist *v, int n, const char *suffix)
{
	for (int i = 0; i < n; i++) {
		const char *t = line_text(v, (size_t)i);
		size_t lt = strlen(t), ls = strlen(suffix);
		if (lt >= ls && !strcmp(t + lt - ls, suffix))
			return 1;
	}
	return 0;
}

/* Non-breaking spaces: at every width, a name with particles, a
 * reference and its number, an initial and a number with its unit stay
 * on one line. */
static void test_ties(void)
{
	static const char *const text = "Volgens Van der Weijden lees je in "
		"module 6 en op p. 5 wat G. Elwyn schrijft; het duurt 10 "
		"minuten en de tekst van den Berg is 5 mm breed.";
	int split = 0, lines = 0;
	capture_begin();   /* "Van der Weijden" is wider than 60 pt */
	for (double w = 60; w <= 300; w += 3) {
		vlist v;
		vlist_init(&v, &A);
		span s = plain(text);
		para_style ps = style(w, 0);
		int n = para_set(&TS, &s, 1, &ps, &v, "les.md", 1);
		lines += n;
		split += line_ends(&v, n, " Van") || line_ends(&v, n, " der") ||
			 line_ends(&v, n, "module") || line_ends(&v, n, "p.") ||
			 line_ends(&v, n, "G.") || line_ends(&v, n, "10") ||
			 line_ends(&v, n, "van") || line_ends(&v, n, " den") ||
			 line_ends(&v, n, "is 5");
		vlist_free(&v);
	}
	capture_end();
	CHECK(lines > 200);
	CHECK_INT(split, 0);
	TS.overfull = 0;
}

/* Words of a foreign phrase are not hyphenated; without the phrase the
 * same column hyphenates them. */
static void test_foreign(void)
{
	static const char *const text = "Evidence based medicine en shared "
		"decision making, zegt men; evidence based medicine.";
	static const char *const phrases[] = { "evidence based medicine",
					       "Shared Decision Making" };
	int hy[2] = { 0, 0 };
	for (int with = 0; with < 2; with++) {
		FS.foreign = with ? phrases : NULL;
		FS.n_foreign = with ? 2 : 0;
		for (double w = 40; w <= 120; w += 4) {
			vlist v;
			vlist_init(&v, &A);
			span s = plain(text);
			para_style ps = style(w, 0);
			int h0 = TS.hyphens;
			para_set(&TS, &s, 1, &ps, &v, "les.md", 1);
			hy[with] += TS.hyphens - h0;
			vlist_free(&v);
		}
	}
	FS.foreign = NULL;
	FS.n_foreign = 0;
	TS.overfull = 0;
	CHECK(hy[0] > 0);
	CHECK_INT(hy[1], 0);
}

/* Ragged text at 17 pt (a card's front) is not hyphenated where every
 * word fits on a line; at 10.5 pt the same column may be. */
static void test_ragged_large(void)
{
	static const char *const text = "Je herkent problemen en kansen in "
		"een breder verband en je onderzoekt wat de pati\xC3\xABnt "
		"belangrijk vindt.";
	int hy = 0, over = TS.overfull;
	for (double w = 110; w <= 260; w += 5) {
		vlist v;
		vlist_init(&v, &A);
		span s = plain(text);
		para_style ps = style(w, 1);
		ps.size = 17;
		ps.leading = 22;
		int h0 = TS.hyphens;
		para_set(&TS, &s, 1, &ps, &v, "kaart.md", 1);
		hy += TS.hyphens - h0;
		vlist_free(&v);
	}
	CHECK_INT(hy, 0);
	CHECK_INT(TS.overfull, over);
}

int main(void)
{
	char err[300], herr[300];
	arena_init(&A, 0);
	if (fontset_load(&FS, "Noto Serif", "Noto Sans", "nl", err, herr,
			 sizeof err) < 0 || !FS.hy) {
		printf("FAIL - fonts and patterns: %s %s\n", err, herr);
		return 1;
	}
	typeset_init(&TS, &FS, &A);
	test_known_breaks();
	test_hyphenation_used();
	test_trema_dropped();
	test_mixed_fonts();
	test_centred();
	test_widows_and_orphans();
	test_warnings();
	test_huge_word();
	test_wide_words();
	test_long_paragraph();
	test_ties();
	test_foreign();
	test_ragged_large();
	fontset_free(&FS);
	arena_free(&A);
	return check_done();
}
