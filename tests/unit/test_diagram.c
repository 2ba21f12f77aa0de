/* test_diagram.c - the bundled diagrams drawn into PDF and SVG at several
 * box sizes and read back with pdftotext and xmllint; their texts placed
 * apart and inside their shapes and box; the errors a care group sees for
 * a text that does not fit and for broken diagram files.
 *
 * Runs from the project root (make test). The PDFs stay in
 * build/tests/diagrams/ to be looked at. */
#include "check.h"
#include "diagram/diagram.h"
#include "util/buf.h"
#include "util/fs.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <unistd.h>

#define OUT "build/tests/diagrams"
#define FIX "tests/fixtures/diagrams"

static fontset FS;
static typeset TS;
static arena A;
static diagram_set SET;

static const char *const NAMES[] = { "5a", "corp", "succesvol-gedrag",
				     "vierbollen" };
/* Lesson column, desk-mat panel, poster area. */
static const double BOXES[][2] = { { 460, 300 }, { 380, 300 },
				   { 800, 520 } };
/* More shapes the layouts must cope with. */
static const double SHAPES[][2] = { { 460, 300 }, { 380, 300 },
				    { 800, 520 }, { 300, 420 },
				    { 460, 460 }, { 600, 280 },
				    { 1100, 760 } };
#define COUNT(a) (sizeof (a) / sizeof *(a))

/* s with every run of white space made one space (in a static buffer
 * of two, so two results can be compared). */
static const char *squeeze(const char *s)
{
	static char bufs[2][65536];
	static int which;
	char *out = bufs[which ^= 1];
	size_t o = 0;
	int space = 0;
	for (; *s && o + 2 < sizeof bufs[0]; s++) {
		if (isspace((unsigned char)*s)) {
			space = o > 0;
			continue;
		}
		if (space)
			out[o++] = ' ';
		space = 0;
		out[o++] = *s;
	}
	out[o] = '\0';
	return out;
}

/* The texts a diagram must show: its parts, centre, outcome, axes. */
static size_t texts_of(const diagram *d, const char **out, size_t max)
{
	diagram_text *t;
	size_t n = 0, k = 0;
	diagram_error e;
	if (diagram_texts(d, &TS, &A, 0, 0, 460, 300, &t, &n, &e) < 0)
		return 0;
	for (size_t i = 0; i < n && k < max; i++)
		out[k++] = t[i].text;
	return k;
}

static void test_set_loaded(void)
{
	CHECK_INT(SET.all.len, COUNT(NAMES));
	for (size_t i = 0; i < COUNT(NAMES); i++) {
		const diagram *d = diagram_set_get(&SET, NAMES[i]);
		CHECK(d != NULL);
		if (!d)
			continue;
		CHECK_STR(diagram_name(d), NAMES[i]);
		CHECK(diagram_title(d) && diagram_title(d)[0]);
		CHECK(diagram_aspect(d) > 1 && diagram_aspect(d) < 2.5);
	}
	CHECK(diagram_set_get(&SET, "vierbollenmodel") == NULL);
	CHECK_STR(diagram_title(diagram_set_get(&SET, "vierbollen")),
		  "Het vierbollenmodel");
}

/* Each diagram at the three box sizes on a PDF: every text is in it. */
static void test_pdf(const diagram *d)
{
	canvas *c = canvas_pdf_new(&(canvas_info){ .title = diagram_title(d),
						   .language = "nl-NL" });
	CHECK_INT(typeset_register(&TS, c), 0);
	int ok = 1;
	for (size_t k = 0; k < COUNT(BOXES); k++) {
		double w = BOXES[k][0], h = BOXES[k][1];
		canvas_page_begin(c, w + 40, h + 40, NULL);
		diagram_error e;
		ok &= diagram_draw(d, c, &TS, 20, 20, w, h, &e) == 0;
		canvas_page_end(c);
	}
	CHECK(ok);
	char path[256], err[256], cmd[512];
	snprintf(path, sizeof path, OUT "/%s.pdf", diagram_name(d));
	CHECK_INT(canvas_save(c, path, err, sizeof err), 0);
	canvas_free(c);
	const char *texts[64];
	size_t n = texts_of(d, texts, 64);
	CHECK(n >= 4);
	for (size_t p = 1; p <= COUNT(BOXES); p++) {
		snprintf(cmd, sizeof cmd, "pdftotext -raw -f %zu -l %zu '%s' - "
			 "2>&1", p, p, path);
		char *all = strdup(squeeze(command_result(cmd)));
		int found = 1;
		for (size_t i = 0; i < n; i++)
			if (!strstr(all, squeeze(texts[i]))) {
				printf("    page %zu lacks [%s]\n", p,
				       texts[i]);
				found = 0;
			}
		CHECK(found);
		CHECK(strstr(all, "[exit 0]") != NULL);
		free(all);
	}
}

/* Each diagram at the three box sizes on an SVG canvas, and as inline
 * markup: well-formed, with a title and the texts. */
static void test_svg(const diagram *d)
{
	canvas *c = canvas_svg_new(&(canvas_info){ .title = diagram_title(d),
						   .language = "nl-NL" });
	CHECK_INT(typeset_register(&TS, c), 0);
	int ok = 1;
	for (size_t k = 0; k < COUNT(BOXES); k++) {
		canvas_page_begin(c, BOXES[k][0], BOXES[k][1], NULL);
		diagram_error e;
		ok &= diagram_draw(d, c, &TS, 0, 0, BOXES[k][0], BOXES[k][1],
				   &e) == 0;
		canvas_page_end(c);
	}
	CHECK(ok);
	char path[256], err[256], cmd[600];
	snprintf(path, sizeof path, OUT "/%s.svg", diagram_name(d));
	CHECK_INT(canvas_save(c, path, err, sizeof err), 0);
	canvas_free(c);

	size_t len;
	diagram_error e;
	const char *svg = diagram_svg(d, &TS, 460, &A, &len, &e);
	CHECK(svg != NULL);
	if (!svg)
		return;
	CHECK_INT(strlen(svg), len);
	CHECK(!strncmp(svg, "<svg role=\"img\"", 15));
	char title[200];
	snprintf(title, sizeof title, "<title>%s</title>", diagram_title(d));
	CHECK(strstr(svg, title) != NULL);
	CHECK(strstr(svg, "<desc>") > strstr(svg, "</title>"));
	CHECK(strstr(svg, " width=\"460pt\"") != NULL);
	char inline_path[256];
	snprintf(inline_path, sizeof inline_path, OUT "/%s-inline.svg",
		 diagram_name(d));
	CHECK_INT(fs_write(inline_path, svg, len), 0);
	snprintf(cmd, sizeof cmd, "for f in " OUT "/%s*.svg; do xmllint "
		 "--noout \"$f\" || exit 1; done 2>&1", diagram_name(d));
	CHECK_STR(command_result(cmd), "[exit 0]");
	const char *texts[64];
	size_t n = texts_of(d, texts, 64);
	int found = 1;
	buf esc = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		buf_clear(&esc);
		buf_put_html(&esc, texts[i], strlen(texts[i]));
		/* named in the description for screen readers */
		const char *desc = strstr(svg, "<desc>");
		found &= desc && strstr(desc, esc.data) != NULL;
	}
	buf_free(&esc);
	CHECK(found);
}

static int overlap(const diagram_text *a, const diagram_text *b)
{
	const double slack = 0.01;
	return a->x + a->w > b->x + slack && b->x + b->w > a->x + slack &&
	       a->y + a->h > b->y + slack && b->y + b->h > a->y + slack;
}

static int in_rect(const diagram_text *t, const double r[4])
{
	const double slack = 0.01;
	return t->x >= r[0] - slack && t->y >= r[1] - slack &&
	       t->x + t->w <= r[0] + r[2] + slack &&
	       t->y + t->h <= r[1] + r[3] + slack;
}

static int in_circle(const diagram_text *t)
{
	double xs[2] = { t->x, t->x + t->w }, ys[2] = { t->y, t->y + t->h };
	for (int i = 0; i < 2; i++)
		for (int j = 0; j < 2; j++)
			if (hypot(xs[i] - t->cx, ys[j] - t->cy) > t->r + 0.01)
				return 0;
	return 1;
}

/* Placed texts: apart from each other, inside the box, inside their own
 * shape, at DIAGRAM_MIN_SIZE or larger. */
static void test_geometry(const diagram *d)
{
	int apart = 1, inside = 1, shaped = 1, legible = 1, same = 1;
	for (size_t k = 0; k < COUNT(SHAPES); k++) {
		double box[4] = { 13, 17, SHAPES[k][0], SHAPES[k][1] };
		diagram_text *t;
		size_t n;
		diagram_error e;
		if (diagram_texts(d, &TS, &A, box[0], box[1], box[2], box[3],
				  &t, &n, &e) < 0) {
			printf("    %s at %.0f x %.0f: %s\n", diagram_name(d),
			       box[2], box[3], e.message);
			apart = 0;
			continue;
		}
		for (size_t i = 0; i < n; i++) {
			for (size_t j = i + 1; j < n; j++)
				if (overlap(&t[i], &t[j])) {
					printf("    [%s] overlaps [%s]\n",
					       t[i].text, t[j].text);
					apart = 0;
				}
			inside &= in_rect(&t[i], box);
			shaped &= t[i].in_circle ? in_circle(&t[i]) :
				  t[i].in_frame ? in_rect(&t[i], t[i].frame) :
				  0;
			legible &= t[i].size >= DIAGRAM_MIN_SIZE;
		}
		/* the names of the (first three) parts share one size */
		for (size_t i = 1; i < 3 && 2 * i < n; i++)
			if (fabs(t[0].size - t[2 * i].size) > 1e-9) {
				printf("    %s: [%s] %g, [%s] %g\n",
				       diagram_name(d), t[0].text, t[0].size,
				       t[2 * i].text, t[2 * i].size);
				same = 0;
			}
	}
	CHECK(apart);
	CHECK(inside);
	CHECK(shaped);
	CHECK(legible);
	CHECK(same);
}

/* The top of the text t in the n placed ones, or -1 when none is. */
static double top_of(const diagram_text *t, size_t n, const char *text)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(t[i].text, text))
			return t[i].y;
	return -1;
}

/* The 5A-cyclus drawn for a phone is a column: the centre on top, each
 * part below the one before. */
static void check_column(const diagram_text *t, size_t n)
{
	static const char *const order[] = { "Basishouding", "Achterhalen",
		"Adviseren", "Afspreken", "Assisteren", "Arrangeren" };
	int down = 1;
	for (size_t i = 1; i < COUNT(order); i++) {
		double above = top_of(t, n, order[i - 1]);
		double y = top_of(t, n, order[i]);
		if (above < 0 || y <= above) {
			printf("    5a: [%s] at %.1f, [%s] at %.1f\n",
			       order[i - 1], above, order[i], y);
			down = 0;
		}
	}
	CHECK(down);
}

/* The drawing for a phone: 320 pt wide, no lower than the wide one's
 * shape, its texts apart, inside the box and their shapes, and at 11.5
 * pt or more, which a phone's 308 px show at 11 px (the CORP grid's,
 * whose four cells stay side by side, at 11 pt); as inline markup
 * well-formed. */
static void test_narrow(const diagram *d)
{
	const char *name = diagram_name(d);
	double h = diagram_narrow_height(d, &TS, 320, 12);
	CHECK(h >= 320 / diagram_aspect(d) - 0.01);
	CHECK(h <= 320 * DIAGRAM_NARROW_MAX + 0.01);
	double box[4] = { 0, 0, 320, h };
	diagram_text *t;
	size_t n;
	diagram_error e;
	int rc = diagram_texts_narrow(d, &TS, &A, box, 12, &t, &n, &e);
	CHECK_INT(rc, 0);
	if (rc < 0)
		return;
	double least = 1e9;
	int apart = 1, inside = 1, shaped = 1;
	for (size_t i = 0; i < n; i++) {
		least = fmin(least, t[i].size);
		for (size_t j = i + 1; j < n; j++)
			apart &= !overlap(&t[i], &t[j]);
		inside &= in_rect(&t[i], box);
		shaped &= t[i].in_circle ? in_circle(&t[i]) :
			  t[i].in_frame && in_rect(&t[i], t[i].frame);
	}
	double want = !strcmp(name, "corp") ? 11 : 11.5;
	if (least < want - 1e-9)
		printf("    %s narrow: smallest text %.2f pt\n", name, least);
	CHECK(least >= want - 1e-9);
	CHECK(apart);
	CHECK(inside);
	CHECK(shaped);
	if (!strcmp(name, "5a"))
		check_column(t, n);

	size_t len;
	const char *svg = diagram_svg_narrow(d, &TS, 320, 12, &A, &len, &e);
	CHECK(svg != NULL);
	if (!svg)
		return;
	CHECK(!strncmp(svg, "<svg role=\"img\"", 15));
	CHECK(strstr(svg, " width=\"320pt\"") != NULL);
	CHECK(strstr(svg, "<desc>") != NULL);
	char path[256], cmd[600];
	snprintf(path, sizeof path, OUT "/%s-narrow.svg", name);
	CHECK_INT(fs_write(path, svg, len), 0);
	snprintf(cmd, sizeof cmd, "xmllint --noout %s 2>&1", path);
	CHECK_STR(command_result(cmd), "[exit 0]");
}

/* A diagram drawn smaller than its texts allow fails, naming the text,
 * and draws nothing. */
static void test_too_small(void)
{
	const diagram *d = diagram_set_get(&SET, "5a");
	diagram_error e;
	canvas *c = canvas_svg_new(NULL);
	typeset_register(&TS, c);
	canvas_page_begin(c, 120, 80, NULL);
	CHECK_INT(diagram_draw(d, c, &TS, 0, 0, 120, 80, &e), -1);
	canvas_page_end(c);
	size_t len;
	const char *svg = canvas_svg_page(c, 0, &len);
	CHECK(svg && !strstr(svg, "<text") && !strstr(svg, "<path"));
	canvas_free(c);
	CHECK_STR(e.at.file, "content/diagrams/5a.yaml");
	CHECK(e.at.line > 1 && e.at.col > 1);
	CHECK(strstr(e.message, "zelfs op 6.5 pt") != NULL);
}

/* Loads file, draws it in a lesson column; what diag reports. */
static const char *problems(const char *file)
{
	static char *text;
	free(text);
	capture_begin();
	arena a;
	arena_init(&a, 0);
	diagram *d = diagram_load(&a, file);
	diagram_error e;
	if (d && diagram_draw(d, NULL, &TS, 0, 0, 460, 300, &e) < 0)
		diagram_report(&e);
	text = strdup(capture_end());
	arena_free(&a);
	return text;
}

static void test_does_not_fit(void)
{
	CHECK_STR(problems(FIX "/lang.yaml"),
		  FIX "/lang.yaml:9:13: error: diagram 'lang': 'Dit is een "
		  "uitleg die veel te lang is vo...' is te lang voor zijn "
		  "plek (113 x 76 pt), zelfs op 6.5 pt, in een vak van 460 x "
		  "300 pt; maak het korter\n");
	CHECK_STR(problems(FIX "/breed.yaml"),
		  FIX "/breed.yaml:7:11: error: diagram 'breed': "
		  "'Arbeidsongeschiktheidsverzekeringsmaatsc...' heeft een "
		  "woord te breed voor zijn plek (155 x 100 pt), zelfs op 6.5 "
		  "pt, in een vak van 460 x 300 pt; maak het korter\n");
}

static void test_bad_files(void)
{
	CHECK_STR(problems(FIX "/zonder-midden.yaml"),
		  FIX "/zonder-midden.yaml:1:1: error: cyclus-diagram: de "
		  "verplichte sleutel 'midden' ontbreekt\n");
	CHECK_STR(problems(FIX "/onbekende-soort.yaml"),
		  FIX "/onbekende-soort.yaml:2:8: error: onbekende soort "
		  "'taart': een diagram is bollen, cyclus, samenspel of "
		  "kwadrant\n");
	CHECK_STR(problems(FIX "/fouten.yaml"),
		  FIX "/fouten.yaml:5:1: warning: bollen-diagram: onbekende "
		  "sleutel 'kleur'\n"
		  FIX "/fouten.yaml:4:9: error: 'naam' mag niet leeg zijn\n"
		  FIX "/fouten.yaml:8:5: error: onderdeel: de verplichte "
		  "sleutel 'naam' ontbreekt\n"
		  FIX "/fouten.yaml:10:11: error: 'naam' moet een tekst zijn, "
		  "niet een lijst\n");
	CHECK_STR(problems(FIX "/aantal.yaml"),
		  FIX "/aantal.yaml:5:3: error: een bollen-diagram heeft 4 "
		  "onderdelen, niet 5\n");
	CHECK_STR(problems(FIX "/assen.yaml"),
		  FIX "/assen.yaml:4:16: error: 'horizontaal' moet een lijst "
		  "van twee teksten zijn: [links, rechts]\n"
		  FIX "/assen.yaml:4:3: error: assen: de verplichte sleutel "
		  "'verticaal' ontbreekt\n");
	const char *syntax = problems(FIX "/syntax.yaml");
	CHECK(!strncmp(syntax, FIX "/syntax.yaml:3:1: error: ", 35));
	CHECK_STR(problems(FIX "/geen.yaml"),
		  FIX "/geen.yaml: error: kan het diagram niet lezen: bestand "
		  "of map bestaat niet\n");
}

/* A folder: its .yaml files by name, anything else ignored aloud, a
 * broken file counted. */
static void test_folder(void)
{
	char dir[] = "/tmp/coachkit-diagrams-XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	buf b = BUF_INIT;
	fs_read("content/diagrams/corp.yaml", &b);
	char path[300];
	snprintf(path, sizeof path, "%s/kwadrant.yaml", dir);
	fs_write(path, b.data, b.len);
	snprintf(path, sizeof path, "%s/notities.txt", dir);
	fs_write(path, "x", 1);
	snprintf(path, sizeof path, "%s/stuk.yaml", dir);
	fs_write(path, "titel: Stuk\n", 12);
	buf_free(&b);
	arena a;
	arena_init(&a, 0);
	diagram_set s = { 0 };
	capture_begin();
	CHECK_INT(diagram_set_load(&s, &a, dir), 1);
	const char *got = capture_end();
	CHECK(strstr(got, "notities.txt: warning: weggelaten: een diagram is "
		     "een .yaml-bestand\n") != NULL);
	CHECK(strstr(got, "stuk.yaml:1:1: error: diagram: de verplichte "
		     "sleutel 'soort' ontbreekt\n") != NULL);
	CHECK_INT(s.all.len, 1);
	CHECK(diagram_set_get(&s, "kwadrant") != NULL);
	diagram_set none = { 0 };
	CHECK_INT(diagram_set_load(&none, &a, "/tmp/coachkit-geen-map"), 0);
	CHECK_INT(none.all.len, 0);
	arena_free(&a);
	snprintf(path, sizeof path, "rm -rf '%s'", dir);
	CHECK_STR(command_result(path), "[exit 0]");
}

int main(void)
{
	char err[300], herr[300];
	arena_init(&A, 0);
	if (fontset_load(&FS, "Noto Serif", "Noto Sans", "nl", err, herr,
			 sizeof err) < 0) {
		printf("FAIL - fonts: %s\n", err);
		return 1;
	}
	typeset_init(&TS, &FS, &A);
	fs_mkdir_p(OUT);
	capture_begin();
	CHECK_INT(diagram_set_load(&SET, &A, "content/diagrams"), 0);
	CHECK_STR(capture_end(), "");
	test_set_loaded();
	capture_begin();
	for (size_t i = 0; i < SET.all.len; i++) {
		test_pdf(SET.all.items[i]);
		test_svg(SET.all.items[i]);
		test_geometry(SET.all.items[i]);
		test_narrow(SET.all.items[i]);
	}
	CHECK_STR(capture_end(), "");
	CHECK_INT(TS.overfull, 0);
	test_too_small();
	test_does_not_fit();
	test_bad_files();
	test_folder();
	fontset_free(&FS);
	arena_free(&A);
	return check_done();
}
