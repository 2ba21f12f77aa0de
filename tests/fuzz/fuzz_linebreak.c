/* fuzz_linebreak.c - the Knuth-Plass line breaker on its own.
 *
 * The first four bytes set the parameters: the width (1 to 1000 pt, or
 * every line 40 pt narrower than the one before when the top bit of the
 * flags is set), the tolerance (0 to 5), ragged right, the emergency
 * stretch, and whether lb_append_finish() ends the paragraph. Every
 * further three bytes are an item: its type (box, glue, penalty; a
 * penalty may be forced, forbidding or flagged) and two bytes of width,
 * stretch, shrink or cost.
 *
 * Invariants checked (linebreak.h): lb_break() accepts valid items; the
 * lines cover the items in order, each ends at a break item (glue or
 * penalty) or at the end; a ratio is within [-1, tolerance] in pass 1, 0
 * when ragged and else -1 for an overfull line; the counts of hyphens and overfull lines are
 * the lines'. */
#include "fuzz.h"
#include "layout/linebreak.h"

#include <math.h>

#define MAX_ITEMS 2048

/* Line n is 40 pt narrower than line n - 1, from the width down. */
static double narrowing(void *ud, size_t line)
{
	return *(const double *)ud - 40.0 * (double)line;
}

/* The items of the paragraph, three bytes each (see the top). */
static size_t make_items(const uint8_t *d, size_t size, lb_item *items)
{
	size_t n = 0;
	for (size_t i = 0; i + 3 <= size && n + 3 < MAX_ITEMS; i += 3) {
		double a = d[i + 1], b = d[i + 2];
		switch (d[i] % 6) {
		case 0: case 1:
			items[n++] = lb_box(a + b / 256);
			break;
		case 2:
			items[n++] = lb_glue(a / 8, b / 8, a / 16);
			break;
		case 3:
			items[n++] = lb_penalty(a / 8, b - 128, d[i] & 0x80);
			break;
		case 4:
			items[n++] = lb_penalty(0, d[i + 2] & 1 ?
						-LB_INFINITY : LB_INFINITY, 0);
			break;
		case 5:
			n += lb_append_finish(items + n);
			break;
		}
	}
	return n;
}

/* The lines against what linebreak.h promises. */
static void check_result(const lb_item *items, size_t n, const lb_params *p,
			 const lb_result *r)
{
	size_t at = 0;
	int hyphens = 0, overfull = 0;
	for (size_t i = 0; i < r->n_lines; i++) {
		const lb_line *l = &r->lines[i];
		if (l->start < at || l->end < l->start || l->end > n)
			fuzz_fail("line %zu is [%zu, %zu) after %zu of %zu", i,
				  l->start, l->end, at, n);
		if (l->end < n && items[l->end].type == LB_BOX)
			fuzz_fail("line %zu ends at a box", i);
		if (!isfinite(l->ratio) || !isfinite(l->width) ||
		    l->ratio < -1 ||
		    (r->pass == 1 && l->ratio > p->tolerance + 1e-9) ||
		    (p->ragged && l->ratio != 0) ||
		    (l->overfull && !p->ragged && l->ratio != -1))
			fuzz_fail("line %zu: ratio %g (pass %d)", i, l->ratio,
				  r->pass);
		hyphens += l->hyphenated != 0;
		overfull += l->overfull != 0;
		at = l->end;
	}
	if (n && r->n_lines && at != n && r->lines[r->n_lines - 1].end + 1 < n)
		fuzz_fail("the lines end at %zu of %zu items", at, n);
	if (hyphens != r->n_hyphens || overfull != r->n_overfull)
		fuzz_fail("counts %d/%d, lines say %d/%d", r->n_hyphens,
			  r->n_overfull, hyphens, overfull);
}

/* One input: parameters and items, broken into lines. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 4)
		return 0;
	static lb_item items[MAX_ITEMS];
	size_t n = make_items(data + 4, size - 4, items);
	if (data[3] & 1)
		n += lb_append_finish(items + n);
	double width = 1 + (data[0] | data[1] << 8) % 1000;
	lb_params p;
	lb_params_default(&p, width);
	if (data[3] & 0x80) {
		p.line_width = narrowing;
		p.ud = &width;
	}
	p.tolerance = data[2] % 51 / 10.0;
	p.ragged = data[3] >> 1 & 1;
	p.ragged_stretch = data[3] >> 2 & 1 ? 30 : 0;
	if (data[3] >> 3 & 1)
		p.emergency_stretch = 0;
	lb_result r;
	if (lb_break(items, n, &p, &r) < 0)
		fuzz_fail("valid items refused");
	check_result(items, n, &p, &r);
	lb_result_free(&r);
	return 0;
}
