/* test_palette.c - the course colours made light enough for the dark
 * theme. */
#include "check.h"
#include "site/palette.h"

#include <stdio.h>

/* palette_on_dark() of rgb as "#rrggbb". */
static const char *on_dark(uint32_t rgb)
{
	static char out[16];
	snprintf(out, sizeof out, "#%06x", (unsigned)palette_on_dark(rgb));
	return out;
}

int main(void)
{
	/* WCAG's ratio: black on white is 21, a colour on itself 1 */
	CHECK(palette_contrast(0x000000, 0xFFFFFF) > 20.99);
	CHECK(palette_contrast(0xFFFFFF, 0x000000) < 21.01);
	CHECK(palette_contrast(0x0E6266, 0x0E6266) == 1);
	/* the bundled course's colours: lighter, same hue */
	CHECK_STR(on_dark(0x0E6266), "#18a8af");
	CHECK_STR(on_dark(0xA3461B), "#e27d4e");
	/* dark, saturated, grey and black colours all reach the ratio; a
	 * colour light enough already is kept */
	const uint32_t colours[] = { 0x0E6266, 0xA3461B, 0x000000, 0x0000FF,
				     0x1D5C63, 0x6A1B9A, 0x7F7F7F, 0x003300,
				     0xFF0000, 0x123456, 0x121A1C };
	int all = 1;
	for (size_t i = 0; i < sizeof colours / sizeof *colours; i++) {
		uint32_t c = palette_on_dark(colours[i]);
		double r = palette_contrast(c, PALETTE_DARK_PAGE);
		if (r < PALETTE_ON_DARK_RATIO || r > PALETTE_ON_DARK_RATIO + 1) {
			printf("    #%06x -> #%06x: %.2f\n", (unsigned)colours[i],
			       (unsigned)c, r);
			all = 0;
		}
	}
	CHECK(all);
	CHECK(palette_on_dark(0xFFCC00) == 0xFFCC00);
	CHECK(palette_on_dark(0xFFFFFF) == 0xFFFFFF);
	/* written as site.yaml has them */
	arena a;
	arena_init(&a, 0);
	CHECK_STR(palette_on_dark_hex(&a, "#0E6266"), "#18a8af");
	CHECK_STR(palette_on_dark_hex(&a, "#000"), on_dark(0x000000));
	CHECK_STR(palette_on_dark_hex(&a, "#fc0"), "#ffcc00");
	CHECK_STR(palette_on_dark_hex(&a, "teal"), "teal");
	arena_free(&a);
	return check_done();
}
