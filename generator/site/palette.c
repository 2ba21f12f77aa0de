/* palette.c - the course colours as the dark theme shows them; see
 * palette.h. */
#include "palette.h"
#include "canvas/colour.h"

#include <math.h>
#include <string.h>

/* One sRGB channel (0 to 1) as linear light, as WCAG 2 defines it. */
static double linear(double c)
{
	return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

/* The relative luminance of 0xRRGGBB, 0 to 1. */
static double luminance(uint32_t rgb)
{
	double r = ((rgb >> 16) & 0xFF) / 255.0;
	double g = ((rgb >> 8) & 0xFF) / 255.0;
	double b = (rgb & 0xFF) / 255.0;
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

double palette_contrast(uint32_t a, uint32_t b)
{
	double la = luminance(a), lb = luminance(b);
	if (la < lb) {
		double t = la;
		la = lb;
		lb = t;
	}
	return (la + 0.05) / (lb + 0.05);
}

/* One channel of HSL's conversion to RGB. */
static double hue_channel(double p, double q, double t)
{
	if (t < 0)
		t += 1;
	if (t > 1)
		t -= 1;
	if (t < 1.0 / 6)
		return p + (q - p) * 6 * t;
	if (t < 0.5)
		return q;
	if (t < 2.0 / 3)
		return p + (q - p) * (2.0 / 3 - t) * 6;
	return p;
}

/* The colour of hue h, saturation s and lightness l (each 0 to 1). */
static uint32_t from_hsl(double h, double s, double l)
{
	double q = l < 0.5 ? l * (1 + s) : l + s - l * s, p = 2 * l - q;
	double c[3] = { hue_channel(p, q, h + 1.0 / 3), hue_channel(p, q, h),
			hue_channel(p, q, h - 1.0 / 3) };
	uint32_t out = 0;
	for (int i = 0; i < 3; i++)
		out = out << 8 | (uint32_t)lround(c[i] * 255);
	return out;
}

/* rgb's hue, saturation and lightness, each 0 to 1. */
static void to_hsl(uint32_t rgb, double *h, double *s, double *l)
{
	double r = ((rgb >> 16) & 0xFF) / 255.0;
	double g = ((rgb >> 8) & 0xFF) / 255.0;
	double b = (rgb & 0xFF) / 255.0;
	double max = fmax(r, fmax(g, b)), min = fmin(r, fmin(g, b));
	double d = max - min;
	*l = (max + min) / 2;
	*h = *s = 0;
	if (d == 0)
		return;
	*s = *l > 0.5 ? d / (2 - max - min) : d / (max + min);
	if (max == r)
		*h = (g - b) / d + (g < b ? 6 : 0);
	else if (max == g)
		*h = (b - r) / d + 2;
	else
		*h = (r - g) / d + 4;
	*h /= 6;
}

uint32_t palette_on_dark(uint32_t rgb)
{
	if (palette_contrast(rgb, PALETTE_DARK_PAGE) >= PALETTE_ON_DARK_RATIO)
		return rgb;
	double h, s, l;
	to_hsl(rgb, &h, &s, &l);
	/* lighter in steps of 0.5%; white (lightness 1) always passes */
	for (int step = (int)ceil(l * 200); step <= 200; step++) {
		uint32_t c = from_hsl(h, s, step / 200.0);
		if (palette_contrast(c, PALETTE_DARK_PAGE) >=
		    PALETTE_ON_DARK_RATIO)
			return c;
	}
	return 0xFFFFFFu;
}

const char *palette_on_dark_hex(arena *a, const char *hex)
{
	uint32_t rgb;
	if (!hex || colour_parse(hex, &rgb) < 0)
		return hex;
	return arena_printf(a, "#%06x", (unsigned)palette_on_dark(rgb));
}
