/* test_canvas.c - both canvas backends on one test document, checked from
 * the inside (errors, numbers) and with the PDF and XML tools a print shop
 * or a browser would trust: pdfinfo, pdffonts, pdftotext, qpdf, xmllint. */
#include "check.h"
#include "canvas/charset.h"
#include "layout/font.h"
#include "layout/font_subset.h"

#include <sys/stat.h>
#include <math.h>
#include "canvas/backend.h"
#include "util/buf.h"
#include "util/fs.h"

#include <stdlib.h>
#include <unistd.h>

#define SANS "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
#define SERIF_BOLD "/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf"

static const char dutch[] = "Patiënt geïnterviewd: “samen beslissen” ‘nu’";

/* Two A4 pages with every kind of drawing, a link forward and back. */
static void draw(canvas *c)
{
	int sans = canvas_font(c, SANS, "Noto Sans", CANVAS_PLAIN);
	int bold = canvas_font(c, SERIF_BOLD, "Noto Serif", CANVAS_BOLD);
	CHECK(sans == 0 && bold == 1);
	canvas_style fill = { 0x0E6266, CANVAS_NONE, 0, 0, 0, 0 };
	canvas_style line = { CANVAS_NONE, 0xA3461B, 1.5, 4, 2, 1 };
	canvas_page_begin(c, 595.276, 841.89, NULL);
	canvas_dest(c, "begin", 0);
	canvas_text(c, bold, 24, 0x1F2A2E, 72, 100, "Vierbollenmodel", 15);
	canvas_text(c, sans, 11, 0x1F2A2E, 72, 130, dutch, sizeof dutch - 1);
	canvas_rect(c, 72, 160, 200, 80, 0, &fill);
	canvas_rect(c, 300, 160, 200, 80, 12, &line);
	canvas_circle(c, 150, 350, 50, &line);
	canvas_arc(c, 350, 350, 50, 180, 270);
	canvas_paint(c, &line);
	canvas_segment(c, 72, 450, 520, 450, &line);
	canvas_link_dest(c, 72, 120, 300, 14, "verder");
	canvas_link_uri(c, 72, 500, 200, 14, "https://example.org/");
	canvas_bookmark(c, 0, "Eerste pagina", "begin");
	canvas_page_begin(c, 595.276, 841.89, NULL);
	canvas_dest(c, "verder", 72);
	canvas_text(c, sans, 11, 0, 72, 100, "Tweede pagina", 13);
	canvas_link_dest(c, 72, 90, 100, 14, "begin");
	canvas_bookmark(c, 1, "Tweede pagina", "verder");
	canvas_page_end(c);
	CHECK_INT(canvas_page_count(c), 2);
}

static void test_pdf(const char *dir)
{
	canvas_info info = { .title = "Persoonsgerichte zorg – patiënt",
			     .author = "coachkit", .subject = "Test",
			     .creator = "coachkit", .language = "nl-NL" };
	canvas *c = canvas_pdf_new(&info);
	draw(c);
	char err[256] = "", cmd[600];
	char *pdf = malloc(strlen(dir) + 16);
	sprintf(pdf, "%s/test.pdf", dir);
	CHECK_INT(canvas_save(c, pdf, err, sizeof err), 0);
	CHECK_STR(err, "");
	canvas_free(c);
	snprintf(cmd, sizeof cmd, "pdfinfo '%s' 2>&1", pdf);
	const char *out = command_result(cmd);
	CHECK(strstr(out, "Pages:           2\n") != NULL);
	CHECK(strstr(out, "Title:           Persoonsgerichte zorg – patiënt"));
	CHECK(strstr(out, "595.276 x 841.89 pts (A4)") != NULL);
	snprintf(cmd, sizeof cmd, "pdffonts '%s' 2>&1", pdf);
	out = command_result(cmd);
	CHECK(strstr(out, "+NotoSans-Regular") && strstr(out, "+NotoSerif-Bold"));
	CHECK(!strstr(out, " no  ") && strstr(out, "yes yes yes"));
	snprintf(cmd, sizeof cmd, "pdftotext -f 1 -l 1 '%s' - 2>/dev/null", pdf);
	CHECK(strstr(command_result(cmd), dutch) != NULL);
	snprintf(cmd, sizeof cmd, "qpdf --check '%s' 2>&1", pdf);
	CHECK(strstr(command_result(cmd), "No syntax or stream encoding errors") != NULL);
	snprintf(cmd, sizeof cmd, "qpdf --qdf --object-streams=disable '%s' "
		 "- 2>/dev/null", pdf);
	out = command_result(cmd);
	CHECK(strstr(out, "/Lang (nl-NL)") != NULL);
	CHECK(strstr(out, "/URI (https://example.org/)") != NULL);
	CHECK(strstr(out, "/Outlines") != NULL);
	const char *p = out;
	int links = 0, xyz = 0;
	while ((p = strstr(p, "/Subtype /Link")) != NULL)
		links++, p++;
	for (p = out; (p = strstr(p, "/XYZ")) != NULL; p++)
		xyz++;
	CHECK_INT(links, 3);
	CHECK(xyz >= 2);
	free(pdf);
}

static void test_pdf_errors(const char *dir)
{
	char err[256] = "", path[512];
	snprintf(path, sizeof path, "%s/bad.pdf", dir);
	canvas *c = canvas_pdf_new(NULL);
	canvas_page_begin(c, 100, 100, NULL);
	canvas_link_dest(c, 0, 0, 10, 10, "nergens");
	CHECK_INT(canvas_save(c, path, err, sizeof err), -1);
	CHECK_STR(err, "link naar een onbekende bestemming: nergens");
	canvas_free(c);
	c = canvas_pdf_new(NULL);
	CHECK_INT(canvas_font(c, "/nonexistent.ttf", "X", CANVAS_PLAIN), -1);
	canvas_page_begin(c, 100, 100, NULL);
	CHECK_INT(canvas_save(c, path, err, sizeof err), -1);
	CHECK(strstr(err, "/nonexistent.ttf") != NULL);
	canvas_free(c);
	/* sizes a PDF cannot hold are the canvas's own errors, found before
	 * libharu's */
	c = canvas_pdf_new(NULL);
	canvas_page_begin(c, 0, 100, NULL);
	CHECK_INT(canvas_save(c, path, err, sizeof err), -1);
	CHECK_STR(err, "een paginaformaat dat een PDF niet aankan: 0 x 100 pt");
	canvas_free(c);
	c = canvas_pdf_new(NULL);
	int sans = canvas_font(c, SANS, "Noto Sans", CANVAS_PLAIN);
	canvas_page_begin(c, 100, 100, NULL);
	canvas_text(c, sans, CANVAS_TYPE_MAX, 0, 0, 50, "Ja", 2);
	canvas_text(c, sans, 1000, 0, 0, 50, "Nee", 3);
	CHECK_INT(canvas_save(c, path, err, sizeof err), -1);
	CHECK_STR(err, "een lettergrootte die een PDF niet aankan: 1000 pt");
	canvas_free(c);
}

/* A text and a bookmark title longer than libharu takes (64 KB) are cut
 * short instead of failing the document. */
static void test_pdf_long_strings(const char *dir)
{
	char err[256] = "", path[512];
	snprintf(path, sizeof path, "%s/long.pdf", dir);
	size_t n = 100000;
	char *text = malloc(n + 1);
	for (size_t i = 0; i < n; i += 2)
		memcpy(text + i, "\xC3\xAB", 2);   /* e diaeresis */
	text[n] = '\0';
	canvas *c = canvas_pdf_new(NULL);
	int sans = canvas_font(c, SANS, "Noto Sans", CANVAS_PLAIN);
	canvas_page_begin(c, 100, 100, NULL);
	canvas_dest(c, "begin", 0);
	canvas_text(c, sans, 10, 0, 10, 50, text, n);
	canvas_bookmark(c, 0, text, "begin");
	canvas_page_end(c);
	CHECK_INT(canvas_save(c, path, err, sizeof err), 0);
	CHECK_STR(err, "");
	canvas_free(c);
	char cmd[600];
	snprintf(cmd, sizeof cmd, "qpdf --check '%s' 2>&1", path);
	CHECK(strstr(command_result(cmd), "No syntax or stream encoding errors") != NULL);
	free(text);
}

/* A subset of a face keeps the build's characters and their widths,
 * and a PDF refuses a character its character set does not have. */
static void test_subset(const char *dir)
{
	charset cs;
	charset_init(&cs);
	char sub[600], err[300] = "";
	snprintf(sub, sizeof sub, "%s/sub.ttf", dir);
	CHECK_INT(font_subset(SANS, &cs, sub, err, sizeof err), 0);
	struct stat a, b;
	CHECK(stat(SANS, &a) == 0 && stat(sub, &b) == 0 &&
	      b.st_size * 4 < a.st_size);
	font *full = font_load(SANS, err, sizeof err);
	font *part = font_load(sub, err, sizeof err);
	CHECK(full && part);
	if (full && part) {
		CHECK(font_has(part, 0xEB));                /* ë */
		CHECK(font_has(part, 0x2019));              /* ’ */
		CHECK(!font_has(part, 0x0416));             /* Ж: not kept */
		CHECK(font_has(full, 0x0416));
		CHECK_INT(font_advance(part, 'W'), font_advance(full, 'W'));
		CHECK_INT(font_advance(part, 0xEB), font_advance(full, 0xEB));
	}
	font_free(full);
	font_free(part);
	CHECK_INT(font_subset("/nonexistent.ttf", &cs, sub, err, sizeof err),
		  -1);
	canvas_info info = { .title = "Tekens", .charset = &cs };
	canvas *c = canvas_pdf_new(&info);
	int f = canvas_font(c, sub, "Noto Sans", CANVAS_PLAIN);
	canvas_page_begin(c, 200, 200, NULL);
	canvas_text(c, f, 10, 0x000000, 10, 20, "patiënt", 8);
	canvas_text(c, f, 10, 0x000000, 10, 40, "Жук", 6);
	char pdf[600];
	snprintf(pdf, sizeof pdf, "%s/tekens.pdf", dir);
	CHECK_INT(canvas_save(c, pdf, err, sizeof err), -1);
	CHECK_STR(err, "een teken dat de build niet verwachtte (niet in de "
		  "tekenlijst): U+0416");
	canvas_free(c);
}

static void test_svg(const char *dir)
{
	canvas_info info = { .title = "Vier <bollen> & meer",
			     .language = "nl-NL" };
	canvas *c = canvas_svg_new(&info);
	draw(c);
	char err[256] = "", path[512], cmd[1200];
	snprintf(path, sizeof path, "%s/test.svg", dir);
	CHECK_INT(canvas_save(c, path, err, sizeof err), 0);
	size_t len = 0;
	const char *inl = canvas_svg_page(c, 0, &len);
	CHECK(inl && !strncmp(inl, "<svg xmlns=", 11));
	CHECK(inl && len > 11 && !strncmp(inl + len - 7, "</svg>\n", 7));
	CHECK(canvas_svg_page(c, 2, &len) == NULL);
	canvas_free(c);
	c = canvas_pdf_new(&info);
	CHECK(canvas_svg_page(c, 0, &len) == NULL);
	canvas_free(c);
	buf b = BUF_INIT;
	CHECK_INT(fs_read(path, &b), 0);
	CHECK(strstr(b.data, ">Patiënt geïnterviewd: “samen beslissen” ‘nu’</text>"));
	CHECK(strstr(b.data, "<title>Vier &lt;bollen&gt; &amp; meer</title>"));
	CHECK(strstr(b.data, "font-family=\"Noto Serif, sans-serif\" "
		     "font-size=\"24\" font-weight=\"bold\""));
	CHECK(strstr(b.data, "width=\"595.276pt\" height=\"841.89pt\""));
	CHECK(strstr(b.data, "stroke-dasharray=\"4 2\""));
	CHECK(strstr(b.data, "<a href=\"#verder\">"));
	snprintf(path, sizeof path, "%s/test-2.svg", dir);
	CHECK(fs_is_file(path));
	snprintf(cmd, sizeof cmd, "xmllint --noout '%s/test.svg' '%s' 2>&1 "
		 "&& echo well-formed", dir, path);
	CHECK(strstr(command_result(cmd), "well-formed") != NULL);
	buf_free(&b);
}

/* TrimBox and BleedBox from canvas_trim; the origin shifts drawing. */
static void test_boxes_and_origin(const char *dir)
{
	canvas *c = canvas_pdf_new(NULL);
	int sans = canvas_font(c, SANS, "Noto Sans", CANVAS_PLAIN);
	canvas_trim t = { 20, 20, 160, 260, 8.5 };
	canvas_page_begin(c, 200, 300, &t);
	canvas_origin(c, 50, 60);
	canvas_text(c, sans, 10, 0, 0, 10, "Oorsprong", 9);
	canvas_page_begin(c, 200, 300, NULL);
	canvas_text(c, sans, 10, 0, 0, 10, "Nul", 3);   /* origin reset */
	canvas_transform(c, 10, 20, 0.5);
	canvas_text(c, sans, 20, 0, 100, 40, "Half", 4);
	char err[256] = "", path[512], cmd[1200];
	snprintf(path, sizeof path, "%s/boxes.pdf", dir);
	CHECK_INT(canvas_save(c, path, err, sizeof err), 0);
	canvas_free(c);
	snprintf(cmd, sizeof cmd, "pdfinfo -box -f 1 -l 1 '%s'", path);
	const char *info = command_result(cmd);
	CHECK(strstr(info, "Page    1 TrimBox:      20.00    20.00   180.00   280.00"));
	CHECK(strstr(info, "Page    1 BleedBox:     11.50    11.50   188.50   288.50"));
	CHECK(strstr(info, "Page    1 MediaBox:      0.00     0.00   200.00   300.00"));
	snprintf(cmd, sizeof cmd, "pdftotext -bbox '%s' - | grep -o "
		 "'xMin=\"[0-9.]*\" yMin=\"-*[0-9.]*\"'", path);
	const char *bb = command_result(cmd);
	double x1 = -1, y1 = -1, x2 = -1, y2 = -1;
	CHECK(sscanf(bb, "xMin=\"%lf\" yMin=\"%lf\"\nxMin=\"%lf\" "
		     "yMin=\"%lf\"", &x1, &y1, &x2, &y2) == 4);
	CHECK(fabs(x1 - 50) < 0.5 && y1 > 55 && y1 < 70);
	CHECK(fabs(x2) < 0.5 && y2 < 10);
	/* scaled: at (10 + 50, 20 + 20), 10 pt high instead of 20 */
	snprintf(cmd, sizeof cmd, "pdftotext -bbox '%s' - | grep '>Half<'",
		 path);
	double xa, ya, xb, yb;
	CHECK(sscanf(command_result(cmd), " <word xMin=\"%lf\" yMin=\"%lf\" "
		     "xMax=\"%lf\" yMax=\"%lf\"", &xa, &ya, &xb, &yb) == 4);
	CHECK(fabs(xa - 60) < 0.5 && ya < 40 && yb > 40);
	CHECK(yb - ya > 11 && yb - ya < 16);   /* Noto's box at 10 pt */
}

static void test_numbers(void)
{
	char n[32];
	CHECK_STR(canvas_num(1.0, n), "1");
	CHECK_STR(canvas_num(0.5, n), "0.5");
	CHECK_STR(canvas_num(-0.0004, n), "0");
	CHECK_STR(canvas_num(1234.5678, n), "1234.568");
	CHECK_STR(canvas_num(-2.25, n), "-2.25");
}

/* Draws "Vierbollenmodel" expanded by 2% at y 100, then as it is at y
 * 130, then with a scale out of range (as it is) at y 160. */
static void draw_scaled(canvas *c)
{
	int sans = canvas_font(c, SANS, "Noto Sans", CANVAS_PLAIN);
	canvas_page_begin(c, 300, 200, NULL);
	canvas_text_scale(c, 1.02);
	canvas_text(c, sans, 20, 0, 72, 100, "Vierbollenmodel", 15);
	canvas_text_scale(c, 1);
	canvas_text(c, sans, 20, 0, 72, 130, "Vierbollenmodel", 15);
	canvas_text_scale(c, 5);
	canvas_text(c, sans, 20, 0, 72, 160, "Vierbollenmodel", 15);
	canvas_text_scale(c, 1);
	canvas_page_end(c);
}

/* The width of the nth word (0-based) in pdftotext -bbox output. */
static double bbox_width(const char *out, int nth)
{
	const char *p = out;
	for (int i = 0; i <= nth && p; i++)
		if ((p = strstr(p, "<word xMin=\"")) != NULL)
			p += 12;
	const char *q = p ? strstr(p, "xMax=\"") : NULL;
	return p && q ? atof(q + 6) - atof(p) : -1;
}

/* Font expansion: the PDF scales the glyphs with Tz (the word is 2%
 * wider), SVG with a transform about the text's start, the dump says
 * "hscale"; a scale out of range draws the text as it is. */
static void test_text_scale(const char *dir)
{
	char err[256] = "", path[512], cmd[1200];
	canvas *c = canvas_pdf_new(NULL);
	draw_scaled(c);
	snprintf(path, sizeof path, "%s/scaled.pdf", dir);
	CHECK_INT(canvas_save(c, path, err, sizeof err), 0);
	canvas_free(c);
	snprintf(cmd, sizeof cmd, "pdftotext -bbox '%s' - 2>/dev/null", path);
	const char *out = command_result(cmd);
	double w0 = bbox_width(out, 0), w1 = bbox_width(out, 1),
	       w2 = bbox_width(out, 2);
	printf("# widths %g %g %g\n", w0, w1, w2);
	CHECK(w1 > 0 && fabs(w0 / w1 - 1.02) < 0.001);
	CHECK(w1 > 0 && fabs(w2 - w1) < 0.001);
	snprintf(cmd, sizeof cmd, "qpdf --qdf --object-streams=disable '%s' "
		 "- 2>/dev/null", path);
	out = command_result(cmd);
	CHECK(strstr(out, "102 Tz") != NULL);

	c = canvas_svg_new(NULL);
	draw_scaled(c);
	snprintf(path, sizeof path, "%s/scaled.svg", dir);
	CHECK_INT(canvas_save(c, path, err, sizeof err), 0);
	canvas_free(c);
	buf b = BUF_INIT;
	CHECK_INT(fs_read(path, &b), 0);
	const char *tf = b.data ? strstr(b.data, "transform=\"matrix(1.02 0 0 1 "
					 "-1.44 0)\"") : NULL;
	CHECK(tf != NULL);
	CHECK(tf && !strstr(tf + 1, "transform="));   /* only the first */
	buf_free(&b);

	c = canvas_dump_new(NULL);
	draw_scaled(c);
	snprintf(path, sizeof path, "%s/scaled.txt", dir);
	CHECK_INT(canvas_save(c, path, err, sizeof err), 0);
	canvas_free(c);
	b = (buf)BUF_INIT;
	CHECK_INT(fs_read(path, &b), 0);
	CHECK(b.data && strstr(b.data, "text f0 20 #000000 72 100 "
			       "'Vierbollenmodel' hscale 1.02\n"));
	CHECK(b.data && strstr(b.data, "text f0 20 #000000 72 130 "
			       "'Vierbollenmodel'\n"));
	CHECK(b.data && strstr(b.data, "text f0 20 #000000 72 160 "
			       "'Vierbollenmodel'\n"));
	buf_free(&b);
}

/* Greeking: on a page 560 wide with 1/56, text under 10 becomes a bar
 * as long as the text, from half its size above the baseline to just
 * above it, in its colour; text of 10 and more stays text. */
static void test_greek(const char *dir)
{
	char err[256] = "", path[512];
	canvas *c = canvas_dump_new(NULL);
	int sans = canvas_font(c, SANS, "Noto Sans", CANVAS_PLAIN);
	font *f = font_load(SANS, err, sizeof err);
	CHECK(f != NULL);
	canvas_font_setting(c, sans, f);
	canvas_greek(c, 1.0 / 56);
	canvas_page_begin(c, 560, 200, NULL);
	canvas_text(c, sans, 9, 0x336699, 72, 100, "Vierbollenmodel", 15);
	canvas_text(c, sans, 10, 0x336699, 72, 130, "Vierbollenmodel", 15);
	canvas_greek(c, 0);
	canvas_text(c, sans, 9, 0x336699, 72, 160, "Vierbollenmodel", 15);
	canvas_page_end(c);
	snprintf(path, sizeof path, "%s/greek.txt", dir);
	CHECK_INT(canvas_save(c, path, err, sizeof err), 0);
	canvas_free(c);
	font_free(f);
	buf b = BUF_INIT;
	CHECK_INT(fs_read(path, &b), 0);
	const char *bar = b.data ? strstr(b.data, "path 5 72 95.5 ") : NULL;
	CHECK(bar != NULL);
	CHECK(bar && strstr(bar, " 99.28 fill #336699\n") != NULL);
	double right = bar ? atof(bar + strlen("path 5 72 95.5 ")) : 0;
	printf("# bar to %g\n", right);
	CHECK(right > 72 + 50 && right < 72 + 90);   /* 15 letters at 9 */
	CHECK(b.data && !strstr(b.data, "text f0 9 #336699 72 100"));
	CHECK(b.data && strstr(b.data, "text f0 10 #336699 72 130 "
			       "'Vierbollenmodel'\n"));
	CHECK(b.data && strstr(b.data, "text f0 9 #336699 72 160 "
			       "'Vierbollenmodel'\n"));
	buf_free(&b);
}

int main(void)
{
	char dir[] = "/tmp/coachkit-canvas-XXXXXX";
	if (!mkdtemp(dir))
		return 2;
	test_numbers();
	test_pdf(dir);
	test_pdf_errors(dir);
	test_pdf_long_strings(dir);
	test_subset(dir);
	test_svg(dir);
	test_boxes_and_origin(dir);
	test_text_scale(dir);
	test_greek(dir);
	fs_remove_tree(dir);
	return check_done();
}
