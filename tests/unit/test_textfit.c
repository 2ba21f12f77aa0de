/* test_textfit.c - text fitted to a box: the size chosen, the lines it
 * gives, the failures, and where the lines go when placed.
 *
 * Uses the default fonts (Noto Serif and Noto Sans, fonts-noto-core) and
 * the Dutch patterns (hyphen-nl). */
#include "check.h"
#include "layout/textfit.h"

#include <math.h>

static fontset FS;
static typeset TS;
static arena A;

static textfit_style headline(void)
{
	return (textfit_style){ 1, FACE_BOLD, 24, 6.5, 1.2, 0, 0, "t.yaml", 3 };
}

static textfit_style body(void)
{
	return (textfit_style){ 0, FACE_REGULAR, 12, 6.5, 1.25, 1, 1,
				"t.yaml", 4 };
}

/* Every line no wider than w, and the block no taller than h. */
static int inside(const textfit *f, double w, double h)
{
	for (size_t i = 0; i < f->n_lines; i++)
		if (f->lines[i].width > w + 1e-6)
			return 0;
	return f->height <= h + 1e-6 && f->width <= w + 1e-6;
}

/* A line's text (runs joined, a space where runs are apart). */
static const char *line_text(const textfit_line *l)
{
	static char out[512];
	size_t o = 0;
	for (size_t r = 0; r < l->n_runs && o + l->runs[r].len + 2 < sizeof out;
	     r++) {
		if (r && l->runs[r].x > l->runs[r - 1].x +
					l->runs[r - 1].width + 0.5)
			out[o++] = ' ';
		memcpy(out + o, l->runs[r].text, l->runs[r].len);
		o += l->runs[r].len;
	}
	out[o] = '\0';
	return out;
}

static void test_short_takes_max(void)
{
	textfit f;
	textfit_style st = headline();
	CHECK_INT(textfit_fit(&TS, &A, "Mijn omgeving", &st, 300, 60, &f),
		  TEXTFIT_OK);
	CHECK(f.size == 24);
	CHECK_INT(f.n_lines, 1);
	CHECK(fabs(f.leading - 28.8) < 1e-9);
	CHECK(inside(&f, 300, 60));
}

static void test_long_shrinks(void)
{
	const char *text = "Hoe de patiënt omgaat met klachten en "
		"belemmeringen, en hoe hij deze wil aanpakken in zijn eigen "
		"dagelijks leven";
	textfit f;
	textfit_style st = body();
	CHECK_INT(textfit_fit(&TS, &A, text, &st, 120, 60, &f), TEXTFIT_OK);
	CHECK(f.size < 12 && f.size >= 6.5);
	CHECK(fmod(12 - f.size, TEXTFIT_STEP) == 0);
	CHECK(f.n_lines >= 3);
	CHECK(inside(&f, 120, 60));
	/* the next size up does not fit */
	textfit g;
	CHECK(textfit_set(&TS, &A, text, &st, f.size + TEXTFIT_STEP, 120, 60,
			  &g) != TEXTFIT_OK);
}

static void test_long_word_fails(void)
{
	textfit f;
	textfit_style st = headline();
	CHECK_INT(textfit_fit(&TS, &A, "Arbeidsongeschiktheids"
			      "verzekeringsmaatschappij", &st, 60, 200, &f),
		  TEXTFIT_TOO_WIDE);
	CHECK(f.size == 6.5);
	CHECK_INT(f.n_lines, 0);
	CHECK(textfit_widest_word(&TS, "Arbeidsongeschiktheids"
				  "verzekeringsmaatschappij", &st, 6.5) > 60);
}

/* An address breaks after its slashes and hyphens, as lines do. */
static void test_address_breaks(void)
{
	textfit f;
	textfit_style st = body();
	const char *url = "persoonsgerichtezorg.example/succesvol-gedrag/"
			  "sleutelprincipes.html";
	double whole = textfit_widest_word(&TS, "persoonsgerichtezorg.example"
					   "xsuccesvolxgedragxsleutelprincipes"
					   ".html", &st, 10);
	double parts = textfit_widest_word(&TS, url, &st, 10);
	CHECK(parts < whole / 2);
	CHECK_INT(textfit_fit(&TS, &A, url, &st, parts + 1, 100, &f),
		  TEXTFIT_OK);
	CHECK(f.n_lines >= 2);
	CHECK(f.width <= parts + 1);
}

static void test_too_tall_fails(void)
{
	textfit f;
	textfit_style st = body();
	CHECK_INT(textfit_fit(&TS, &A, "Een zin die in dit lage vak op de "
			      "kleinste maat nog altijd drie of vier regels "
			      "nodig heeft en dus niet past.", &st, 40, 10,
			      &f), TEXTFIT_TOO_TALL);
	CHECK(f.size == 6.5);
	CHECK(f.n_lines > 1);
}

/* No line ever wider than the box, at any of a range of widths. */
static void test_lines_fit_width(void)
{
	const char *text = "Ervaren ondersteuning vanuit de sociale en de "
		"fysieke omgeving van de patiënt, thuis en in de buurt";
	textfit_style st = body();
	st.hyphens = 0;
	int all = 1, fitted = 0;
	for (double w = 70; w <= 400; w += 7.5) {
		textfit f;
		if (textfit_fit(&TS, &A, text, &st, w, 48, &f) == TEXTFIT_OK)
			fitted++;
		for (size_t i = 0; i < f.n_lines; i++)
			all &= f.lines[i].width <= w + 1e-6;
	}
	CHECK(all);
	CHECK(fitted > 30);
	CHECK_INT(TS.overfull, 0);
}

static void test_bold_spans(void)
{
	textfit f;
	textfit_style st = body();
	CHECK_INT(textfit_fit(&TS, &A, "**Achterhalen:** wensen en behoeften",
			      &st, 400, 40, &f), TEXTFIT_OK);
	CHECK_INT(f.n_lines, 1);
	CHECK_STR(line_text(&f.lines[0]), "Achterhalen: wensen en behoeften");
	CHECK(f.lines[0].n_runs >= 2);
	CHECK_INT(f.lines[0].runs[0].font, typeset_id(&TS, 0, FACE_BOLD));
	CHECK_INT(f.lines[0].runs[f.lines[0].n_runs - 1].font,
		  typeset_id(&TS, 0, FACE_REGULAR));
}

static void test_hyphens_optional(void)
{
	const char *text = "zelfmanagementondersteuning";
	textfit_style st = body();
	st.min_size = 0;
	st.max_size = 10;
	textfit f;
	CHECK_INT(textfit_set(&TS, &A, text, &st, 10, 200, -1, &f),
		  TEXTFIT_OK);
	CHECK_INT(f.n_lines, 1);
	double w = f.width;
	/* a word wider than the box fails even when it could be hyphenated */
	CHECK_INT(textfit_set(&TS, &A, text, &st, 10, w - 1, -1, &f),
		  TEXTFIT_TOO_WIDE);
	CHECK_INT(textfit_fit(&TS, &A, text, &st, w - 1, 100, &f),
		  TEXTFIT_TOO_WIDE);
	CHECK(f.size == 10);
}

/* Centred lines sit in the middle of the box, the block in the middle of
 * its height; left and right alignment touch the box's sides. */
static void test_alignment(void)
{
	textfit f;
	textfit_style st = headline();
	st.max_size = 12;
	CHECK_INT(textfit_fit(&TS, &A, "Mijn eigen manier van omgaan met "
			      "klachten", &st, 100, 100, &f), TEXTFIT_OK);
	CHECK(f.n_lines >= 2);
	double b[4];
	textfit_place p = { 10, 20, 100, 100, TEXTFIT_CENTRE, TEXTFIT_MIDDLE };
	textfit_bounds(&f, &p, b);
	CHECK(fabs(b[0] + b[2] / 2 - 60) < 1e-9);
	CHECK(fabs(b[1] + b[3] / 2 - 70) < 1e-9);
	CHECK(fabs(b[2] - f.width) < 1e-9);
	CHECK(fabs(b[3] - f.height) < 1e-9);
	p.halign = TEXTFIT_LEFT, p.valign = TEXTFIT_TOP;
	textfit_bounds(&f, &p, b);
	CHECK(b[0] == 10 && b[1] == 20);
	p.halign = TEXTFIT_RIGHT, p.valign = TEXTFIT_BOTTOM;
	textfit_bounds(&f, &p, b);
	CHECK(fabs(b[0] + b[2] - 110) < 1e-9);
	CHECK(fabs(b[1] + b[3] - 120) < 1e-9);
}

/* Fitting leaves only the chosen lines in the build's counts. */
static void test_counts(void)
{
	int lines = TS.lines;
	textfit f;
	textfit_style st = body();
	CHECK_INT(textfit_fit(&TS, &A, "Samen beslissen over doelen en een "
			      "actieplan met de patiënt", &st, 90, 40, &f),
		  TEXTFIT_OK);
	CHECK_INT(TS.lines - lines, (int)f.n_lines);
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
	capture_begin();
	test_short_takes_max();
	test_long_shrinks();
	test_long_word_fails();
	test_address_breaks();
	test_too_tall_fails();
	test_lines_fit_width();
	test_bold_spans();
	test_hyphens_optional();
	test_alignment();
	test_counts();
	CHECK_STR(capture_end(), "");
	fontset_free(&FS);
	arena_free(&A);
	return check_done();
}
