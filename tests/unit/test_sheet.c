/* test_sheet.c - paper sizes, bleed, crop marks and the PDF boxes. */
#include "check.h"
#include "print/sheet.h"
#include "util/fs.h"

#include <math.h>
#include <stdlib.h>
#include <unistd.h>

static int near(double a, double b)
{
	return fabs(a - b) < 0.01;
}

static void test_sizes(void)
{
	static const struct { const char *s; double w, h; } ok[] = {
		{ "A4", 210, 297 }, { "A3", 297, 420 }, { "A2", 420, 594 },
		{ "a6", 105, 148 }, { "A3 liggend", 420, 297 },
		{ "A4 staand", 210, 297 }, { "A0", 841, 1189 },
		{ "600x400mm", 600, 400 }, { "63 x 88 mm", 63, 88 },
		{ "10x14.8cm", 100, 148 },
	};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		double w = 0, h = 0;
		CHECK_INT(sheet_size(ok[i].s, &w, &h), 0);
		CHECK(near(w, ok[i].w * MM) && near(h, ok[i].h * MM));
	}
	static const char *const bad[] = { "A8", "B4", "A4 schuin", "600x",
		"x400mm", "600x400", "0x10mm", "", "A", "-5x5mm" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		double w, h;
		CHECK_INT(sheet_size(bad[i], &w, &h), -1);
	}
}

static void test_geometry(void)
{
	sheet o = sheet_make(297 * MM, 420 * MM, 0);
	CHECK(o.bleed == 0 && o.slug == 0);
	CHECK(near(o.page_w, 297 * MM) && near(o.page_h, 420 * MM));
	sheet p = sheet_make(297 * MM, 420 * MM, 1);
	CHECK(near(p.bleed, 3 * MM));
	CHECK(near(p.page_w, (297 + 2 * 12) * MM));
	CHECK(near(p.page_h, (420 + 2 * 12) * MM));
}

/* Does pdfinfo -box report box name as these four numbers? */
static int box_is(const char *info, const char *name, double a, double b,
		  double c, double d)
{
	const char *p = strstr(info, name);
	double v[4];
	if (!p || sscanf(p + strlen(name), ": %lf %lf %lf %lf", &v[0], &v[1],
			 &v[2], &v[3]) != 4)
		return 0;
	return fabs(v[0] - a) < 0.01 && fabs(v[1] - b) < 0.01 &&
	       fabs(v[2] - c) < 0.01 && fabs(v[3] - d) < 0.01;
}

/* The grey (0-255) at pixel (x, y) of the PGM that cmd writes. */
static int grey_at(const char *cmd, int x, int y)
{
	FILE *f = popen(cmd, "r");
	int w = 0, h = 0, max = 0, g = -1;
	if (f && fscanf(f, "P5 %d %d %d", &w, &h, &max) == 3 &&
	    fgetc(f) != EOF && x < w && y < h) {
		long at = (long)y * w + x;
		for (long i = 0; i <= at; i++)
			g = fgetc(f);
	}
	if (f) {
		while (fgetc(f) != EOF)
			;
		pclose(f);
	}
	return g;
}

/* The PDF's boxes; the crop marks sit outside the bleed, and only on a
 * professional sheet. */
static void test_pdf(void)
{
	char dir[] = "/tmp/coachkit-sheet-XXXXXX", path[256], cmd[512];
	if (!mkdtemp(dir))
		return;
	for (int pro = 0; pro < 2; pro++) {
		canvas *c = canvas_pdf_new(NULL);
		sheet s = sheet_make(105 * MM, 148 * MM, pro);
		sheet_begin(&s, c);
		canvas_style fill = { 0x0E6266, CANVAS_NONE, 0, 0, 0, 0 };
		canvas_rect(c, -s.bleed, -s.bleed, s.trim_w + 2 * s.bleed,
			    s.trim_h + 2 * s.bleed, 0, &fill);
		sheet_end(&s, c);
		char err[200];
		snprintf(path, sizeof path, "%s/a6-%d.pdf", dir, pro);
		CHECK_INT(canvas_save(c, path, err, sizeof err), 0);
		canvas_free(c);
		snprintf(cmd, sizeof cmd, "pdfinfo -box '%s'", path);
		const char *info = command_output(cmd, NULL);
		if (!pro) {
			CHECK(box_is(info, "MediaBox", 0, 0, 297.64, 419.53));
			CHECK(box_is(info, "TrimBox", 0, 0, 297.64, 419.53));
		} else {
			/* 12 mm = 34.02 pt of bleed and slug on each side */
			CHECK(box_is(info, "MediaBox", 0, 0, 365.67, 487.56));
			CHECK(box_is(info, "TrimBox", 34.02, 34.02, 331.65,
				     453.54));
			CHECK(box_is(info, "BleedBox", 25.51, 25.51, 340.16,
				     462.05));
			/* at 72 dpi a pixel is a point: the top left corner's
			 * horizontal mark runs left from 8.5 pt before the
			 * trim (34 pt) at y 34; the slug is white elsewhere,
			 * the bleed coloured */
			snprintf(cmd, sizeof cmd, "pdftoppm -gray -r 72 '%s'",
				 path);
			CHECK(grey_at(cmd, 20, 34) < 128);
			CHECK(grey_at(cmd, 34, 20) < 128);
			CHECK(grey_at(cmd, 10, 10) > 250);
			CHECK(grey_at(cmd, 28, 28) < 128);   /* the bleed */
		}
	}
	fs_remove_tree(dir);
}

int main(void)
{
	test_sizes();
	test_geometry();
	test_pdf();
	return check_done();
}
