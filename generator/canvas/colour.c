/* colour.c - screen colours as process colours; see colour.h. */
#include "colour.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static double channel(uint32_t rgb, int i)
{
	return ((rgb >> (16 - 8 * i)) & 0xFF) / 255.0;
}

void colour_cmyk_plain(uint32_t rgb, double out[4])
{
	double r = channel(rgb, 0), g = channel(rgb, 1), b = channel(rgb, 2);
	double max = fmax(r, fmax(g, b)), k = 1 - max;
	out[3] = k;
	for (int i = 0; i < 3; i++)
		out[i] = max > 0 ? (max - channel(rgb, i)) / max : 0;
}

/* The share s (0 to 1) with which x is base mixed towards end (255:
 * white, 0: black) in every channel, to within rounding; -1 when x is no
 * such mix. */
static double mix_share(uint32_t base, uint32_t x, int end)
{
	double s = -1, span = 0;
	for (int i = 0; i < 3; i++) {
		double b = channel(base, i) * 255, d = end - b;
		if (fabs(d) > span) {
			span = fabs(d);
			s = (channel(x, i) * 255 - b) / d;
		}
	}
	if (span < 32 || s < 0 || s > 1)
		return -1;
	for (int i = 0; i < 3; i++) {
		double b = channel(base, i) * 255;
		if (fabs(b + (end - b) * s - channel(x, i) * 255) > 1.01)
			return -1;
	}
	return s;
}

/* x as a tint or shade of one of the inks: 1 and out set, or 0. */
static int from_ink(uint32_t x, const canvas_ink *inks, size_t n,
		    double out[4])
{
	for (size_t i = 0; i < n; i++) {
		const double *ink = inks[i].cmyk;
		double s = mix_share(inks[i].rgb, x, 255);
		if (s >= 0) {
			for (int j = 0; j < 4; j++)
				out[j] = ink[j] * (1 - s);
			return 1;
		}
		s = mix_share(inks[i].rgb, x, 0);
		if (s >= 0) {
			for (int j = 0; j < 3; j++)
				out[j] = ink[j];
			out[3] = 1 - (1 - ink[3]) * (1 - s);
			return 1;
		}
	}
	return 0;
}

void colour_cmyk(uint32_t rgb, const canvas_ink *inks, size_t n,
		 double out[4])
{
	if (rgb == CANVAS_REGISTRATION) {
		out[0] = out[1] = out[2] = out[3] = 1;
		return;
	}
	rgb &= 0xFFFFFF;
	int grey = (rgb >> 16) == (rgb & 0xFF) &&
		   ((rgb >> 8) & 0xFF) == (rgb & 0xFF);
	size_t i = 0;
	while (i < n && inks[i].rgb != rgb)
		i++;
	if (i < n)
		memcpy(out, inks[i].cmyk, sizeof inks[i].cmyk);
	else if (grey || !from_ink(rgb, inks, n, out))
		colour_cmyk_plain(rgb, out);   /* a grey's: black alone */
	for (int j = 0; j < 4; j++)   /* to a tenth of a percent */
		out[j] = round(out[j] * 1000) / 1000;
}

int colour_parse(const char *s, uint32_t *out)
{
	size_t n = strlen(s);
	if (s[0] != '#' || (n != 4 && n != 7))
		return -1;
	for (size_t i = 1; i < n; i++)
		if (!isxdigit((unsigned char)s[i]))
			return -1;
	unsigned long v = strtoul(s + 1, NULL, 16);
	if (n == 4)
		v = ((v & 0xF00) << 12 | (v & 0xF00) << 8 | (v & 0xF0) << 8 |
		     (v & 0xF0) << 4 | (v & 0xF) << 4 | (v & 0xF));
	*out = (uint32_t)v;
	return 0;
}
