/* sheet.c - finished size, bleed and crop marks; see sheet.h. */
#include "sheet.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

sheet sheet_make(double trim_w, double trim_h, int professional)
{
	sheet s = { trim_w, trim_h, 0, 0, trim_w, trim_h };
	if (professional) {
		s.bleed = SHEET_BLEED;
		s.slug = SHEET_SLUG;
		s.page_w = trim_w + 2 * (s.bleed + s.slug);
		s.page_h = trim_h + 2 * (s.bleed + s.slug);
	}
	return s;
}

void sheet_begin(const sheet *s, canvas *c)
{
	double m = s->bleed + s->slug;
	canvas_trim t = { m, m, s->trim_w, s->trim_h, s->bleed };
	canvas_page_begin(c, s->page_w, s->page_h, s->bleed > 0 ? &t : NULL);
	canvas_origin(c, m, m);
}

void sheet_crop_marks(canvas *c, double x, double y, double w, double h,
		      double offset, double len)
{
	static const canvas_style hair = { CANVAS_NONE,
					   CANVAS_REGISTRATION, 0.25, 0, 0,
					   0 };
	double xs[2] = { x, x + w }, ys[2] = { y, y + h };
	for (int i = 0; i < 2; i++)
		for (int k = 0; k < 2; k++) {
			double sx = i ? 1 : -1, sy = k ? 1 : -1;
			canvas_segment(c, xs[i] + sx * offset, ys[k],
				       xs[i] + sx * (offset + len), ys[k],
				       &hair);
			canvas_segment(c, xs[i], ys[k] + sy * offset, xs[i],
				       ys[k] + sy * (offset + len), &hair);
		}
}

void sheet_end(const sheet *s, canvas *c)
{
	if (s->bleed > 0)
		sheet_crop_marks(c, 0, 0, s->trim_w, s->trim_h, s->bleed,
				 s->slug - 2 * MM);
	canvas_page_end(c);
}

/* "600x400mm", "63 x 88 mm", "42x59.4cm" */
static int size_wxh(const char *s, double *w, double *h)
{
	char *end;
	double a = strtod(s, &end);
	while (*end == ' ')
		end++;
	if (end == s || (*end != 'x' && *end != 'X'))
		return -1;
	const char *p = end + 1;
	double b = strtod(p, &end);
	if (end == p)
		return -1;
	while (*end == ' ')
		end++;
	double unit = !strcmp(end, "mm") ? MM : !strcmp(end, "cm") ? 10 * MM :
		      !strcmp(end, "pt") ? 1 : -1;
	if (unit < 0 || !(a > 0) || !(b > 0) || a > 5000 || b > 5000)
		return -1;
	*w = a * unit;
	*h = b * unit;
	return 0;
}

int sheet_size(const char *s, double *w, double *h)
{
	while (*s == ' ')
		s++;
	if ((s[0] != 'A' && s[0] != 'a') || !isdigit((unsigned char)s[1]))
		return size_wxh(s, w, h);
	int n = s[1] - '0';
	const char *rest = s + 2;
	while (*rest == ' ')
		rest++;
	int landscape = !strcasecmp(rest, "liggend");
	if (n > 7 || (*rest && !landscape && strcasecmp(rest, "staand")))
		return -1;
	/* A0 is 841 x 1189 mm; each next size halves the longer side,
	 * rounded down to whole millimetres as ISO 216 does */
	double a = 841, b = 1189;
	for (int i = 0; i < n; i++) {
		double half = floor(b / 2);
		b = a;
		a = half;
	}
	*w = (landscape ? b : a) * MM;
	*h = (landscape ? a : b) * MM;
	return 0;
}
