/* test_colour.c - screen colours as process colours for a print shop. */
#include "check.h"
#include "canvas/colour.h"

#include <math.h>
#include <stdio.h>

/* "c m y k" in percent, rounded, for comparing. */
static const char *cmyk(uint32_t rgb, const canvas_ink *inks, size_t n)
{
	static char out[64];
	double k[4];
	colour_cmyk(rgb, inks, n, k);
	snprintf(out, sizeof out, "%.1f %.1f %.1f %.1f", k[0] * 100,
		 k[1] * 100, k[2] * 100, k[3] * 100);
	return out;
}

int main(void)
{
	const canvas_ink inks[] = {
		{ 0x0E6266, { 0.9, 0.3, 0.45, 0.3 } },   /* as site.yaml says */
		{ 0x1F2A2E, { 0, 0, 0, 1 } },            /* the text colour */
	};
	/* registration: all four inks */
	CHECK_STR(cmyk(CANVAS_REGISTRATION, inks, 2), "100.0 100.0 100.0 100.0");
	/* black and greys: black ink alone */
	CHECK_STR(cmyk(0x000000, inks, 2), "0.0 0.0 0.0 100.0");
	CHECK_STR(cmyk(0x808080, inks, 2), "0.0 0.0 0.0 49.8");
	CHECK_STR(cmyk(0xFFFFFF, inks, 2), "0.0 0.0 0.0 0.0");
	/* an ink as given, the text colour as black alone */
	CHECK_STR(cmyk(0x0E6266, inks, 2), "90.0 30.0 45.0 30.0");
	CHECK_STR(cmyk(0x1F2A2E, inks, 2), "0.0 0.0 0.0 100.0");
	/* its tints (mixed with white, as print_tint() does) in proportion:
	 * 60% white, the share read back from 8-bit channels */
	CHECK_STR(cmyk(0x9FC0C2, inks, 2), "35.9 12.0 17.9 12.0");
	/* a shade (mixed with black): more black, the same colour inks */
	CHECK_STR(cmyk(0x073133, inks, 2), "90.0 30.0 45.0 65.0");
	/* anything else: the plain conversion, grey as black */
	CHECK_STR(cmyk(0xA3461B, inks, 2), "0.0 57.1 83.4 36.1");
	CHECK_STR(cmyk(0xA3461B, NULL, 0), "0.0 57.1 83.4 36.1");
	double k[4];
	colour_cmyk_plain(0xFF0000, k);
	CHECK(k[0] == 0 && k[1] == 1 && k[2] == 1 && k[3] == 0);
	return check_done();
}
