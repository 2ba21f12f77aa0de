/* test_linebreak.c - Knuth-Plass line breaking on monospaced text.
 *
 * Every character is 5 pt wide, a space is glue of 5 pt that stretches
 * 2.5 and shrinks 1.67, a '|' inside a word is a hyphenation point (a
 * flagged penalty of 50 with a 5 pt hyphen), a '^' one found by the
 * patterns (the same, with pattern set) and a '\n' a hard line break.
 * The expected breaks and demerits were checked against a brute-force
 * search over every feasible path. */
#include "check.h"
#include "layout/linebreak.h"

#include <math.h>
#include <stdint.h>

#define MAX_ITEMS 16384
#define CHAR_W    5.0

typedef struct para {
	lb_item     items[MAX_ITEMS];
	const char *text[MAX_ITEMS];   /* each box's text (into the source) */
	size_t      len[MAX_ITEMS];
	size_t      n;
} para;

static para P, Q;

/* Appends an item to p. */
static void add(para *p, lb_item it, const char *text, size_t len)
{
	if (p->n + 1 >= MAX_ITEMS) {
		printf("test paragraph too long\n");
		exit(2);
	}
	p->text[p->n] = text;
	p->len[p->n] = len;
	p->items[p->n++] = it;
}

/* Builds p from text (see the top of the file); finish adds the
 * finishing sequence. */
static void build(para *p, const char *text, int finish)
{
	p->n = 0;
	const char *s = text;
	while (*s) {
		size_t k = strcspn(s, " |^\n");
		if (k)
			add(p, lb_box(CHAR_W * (double)k), s, k);
		s += k;
		if (*s == ' ')
			add(p, lb_glue(CHAR_W, 2.5, 1.67), NULL, 0);
		else if (*s == '|')
			add(p, lb_penalty(CHAR_W, LB_HYPHEN_PENALTY, 1),
			    NULL, 0);
		else if (*s == '^')
			add(p, lb_hyphenation(CHAR_W, LB_HYPHEN_PENALTY),
			    NULL, 0);
		else if (*s == '\n') {
			lb_item fin[3];
			lb_append_finish(fin);
			for (int i = 0; i < 3; i++)
				add(p, fin[i], NULL, 0);
		}
		if (*s)
			s++;
	}
	if (finish) {
		lb_item fin[3];
		lb_append_finish(fin);
		for (int i = 0; i < 3; i++)
			add(p, fin[i], NULL, 0);
	}
}

/* The text of line ln of p in a static buffer: boxes joined by one
 * space per glue, and "-" for a hyphenated end. */
static const char *line_text(const para *p, const lb_line *ln)
{
	static char out[1024];
	size_t o = 0;
	for (size_t i = ln->start; i < ln->end && o < sizeof out - 64; i++) {
		if (p->items[i].type == LB_BOX) {
			memcpy(out + o, p->text[i], p->len[i]);
			o += p->len[i];
		} else if (p->items[i].type == LB_GLUE &&
			   p->items[i].stretch < LB_FIL) {
			out[o++] = ' ';
		}
	}
	if (ln->hyphenated)
		out[o++] = '-';
	out[o] = '\0';
	return out;
}

/* Largest ratio over all lines but the last. */
static double max_ratio(const lb_result *r)
{
	double m = -1;
	for (size_t i = 0; i + 1 < r->n_lines; i++)
		m = fmax(m, r->lines[i].ratio);
	return m;
}

/* Sum over all lines but the last of (10 + 100|ratio|^3)^2: the demerits
 * without penalties or fitness classes, for comparing two breakings. */
static double plain_demerits(const double *ratio, size_t n)
{
	double sum = 0;
	for (size_t i = 0; i < n; i++) {
		double b = 10 + 100 * fabs(ratio[i] * ratio[i] * ratio[i]);
		sum += b * b;
	}
	return sum;
}

/* First fit: each line takes as many items as fit when fully shrunk.
 * Writes the ratios of all lines but the last to ratio; returns their
 * number. */
static size_t greedy(const para *p, double width, double *ratio)
{
	size_t start = 0, last = SIZE_MAX, n_lines = 0;
	double w = 0, y = 0, z = 0, lw = 0, ly = 0, lz = 0;
	for (size_t i = 0; i < p->n; i++) {
		const lb_item *it = &p->items[i];
		int brk = it->type == LB_GLUE && i > start &&
			  p->items[i - 1].type == LB_BOX;
		if (brk && w - z > width && last != SIZE_MAX) {
			ratio[n_lines++] = lw < width ? (width - lw) / ly :
					   (width - lw) / lz;
			start = last + 1;
			w = y = z = 0;
			for (size_t j = start; j <= i; j++) {
				if (p->items[j].type == LB_PENALTY)
					continue;
				w += p->items[j].width;
				y += p->items[j].stretch;
				z += p->items[j].shrink;
			}
			w -= it->width;   /* the break glue itself */
			y -= it->stretch;
			z -= it->shrink;
		}
		if (brk) {
			last = i;
			lw = w, ly = y, lz = z;
		}
		if (it->type != LB_PENALTY) {
			w += it->width;
			y += it->stretch;
			z += it->shrink;
		}
	}
	return n_lines;
}

/* Checks that the lines of r tile p: in order, every box on one line. */
static int lines_tile(const para *p, const lb_result *r)
{
	size_t pos = 0;
	for (size_t i = 0; i < r->n_lines; i++) {
		const lb_line *ln = &r->lines[i];
		if (ln->start < pos || ln->end < ln->start || ln->end > p->n)
			return 0;
		for (size_t j = pos; j < ln->start; j++)
			if (p->items[j].type == LB_BOX)
				return 0;
		pos = ln->end + 1;
	}
	return 1;
}

/* A paragraph with known breaks and demerits. */
static void test_known(void)
{
	build(&P, "Een goed gesprek begint met luisteren: wat vindt de "
	      "patient zelf belangrijk, en welke stap voelt haalbaar voor "
	      "de komende weken?", 1);
	lb_params prm;
	lb_params_default(&prm, 200);
	lb_result r;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.pass, 1);
	CHECK_INT(r.n_lines, 4);
	if (r.n_lines == 4) {
		CHECK_INT(r.lines[0].start, 0);
		CHECK_INT(r.lines[0].end, 11);
		CHECK_INT(r.lines[1].start, 12);
		CHECK_INT(r.lines[1].end, 25);
		CHECK_INT(r.lines[2].start, 26);
		CHECK_INT(r.lines[2].end, 39);
		CHECK_INT(r.lines[3].start, 40);
		CHECK_INT(r.lines[3].end, 43);
		CHECK_STR(line_text(&P, &r.lines[0]),
			  "Een goed gesprek begint met luisteren:");
		CHECK_STR(line_text(&P, &r.lines[1]),
			  "wat vindt de patient zelf belangrijk, en");
		CHECK_STR(line_text(&P, &r.lines[2]),
			  "welke stap voelt haalbaar voor de komende");
		CHECK_STR(line_text(&P, &r.lines[3]), "weken?");
		CHECK(fabs(r.lines[1].ratio) < 1e-9);     /* exact fit */
		CHECK(fabs(r.lines[0].ratio - 0.8) < 1e-9);
		CHECK(fabs(r.lines[0].width - 190) < 1e-9);
		CHECK(fabs(r.lines[2].width - 205) < 1e-9);
		CHECK(fabs(r.lines[3].ratio) < 1e-9);
	}
	int in_range = 1;
	for (size_t i = 0; i < r.n_lines; i++)
		if (r.lines[i].ratio < -1 || r.lines[i].ratio > prm.tolerance)
			in_range = 0;
	CHECK(in_range);
	CHECK(fabs(r.demerits - 4448.334035) < 1e-3);
	CHECK_INT(r.n_overfull, 0);
	CHECK_INT(r.n_hyphens, 0);
	CHECK(lines_tile(&P, &r));
	lb_result_free(&r);
	CHECK(r.lines == NULL && r.n_lines == 0);
}

static const char *SAMEN =
	"Samen kiezen ze kleine doelen voor bewegen, voeding en slapen, en "
	"ze spreken af wanneer de praktijkondersteuner weer belt. Wie zijn "
	"eigen doelen kiest, houdt ze langer vol.";

/* Total fit avoids the very loose line that first fit leaves. */
static void test_total_fit(void)
{
	build(&P, SAMEN, 1);
	lb_params prm;
	lb_params_default(&prm, 220);
	lb_result r;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	double g[64];
	size_t ng = greedy(&P, 220, g);
	CHECK_INT(ng, 3);
	CHECK(ng == 3 && g[2] > 1.9);        /* "wanneer de praktijk..." */
	CHECK_INT(r.n_lines, 4);
	CHECK_INT(r.pass, 1);
	CHECK(max_ratio(&r) < 0.5);
	double k[64];
	for (size_t i = 0; i + 1 < r.n_lines && i < 64; i++)
		k[i] = r.lines[i].ratio;
	CHECK(plain_demerits(k, r.n_lines - 1) < plain_demerits(g, ng) / 3);
	CHECK_STR(line_text(&P, &r.lines[2]),
		  "de praktijkondersteuner weer belt. Wie zijn");
	lb_result_free(&r);
}

/* A hyphen is taken where it lowers the demerits. */
static void test_hyphen(void)
{
	char hy[512];
	const char *at = strstr(SAMEN, "ondersteuner");
	snprintf(hy, sizeof hy, "%.*s|%s", (int)(at - SAMEN), SAMEN, at);
	char *end = strstr(hy, " Wie");
	*end = '\0';
	build(&P, hy, 1);
	lb_params prm;
	lb_params_default(&prm, 245);
	lb_result with, without;
	CHECK_INT(lb_break(P.items, P.n, &prm, &with), 0);
	CHECK_INT(with.pass, 1);
	CHECK_INT(with.n_hyphens, 1);
	CHECK_INT(with.n_lines, 3);
	if (with.n_lines == 3) {
		const lb_line *l1 = &with.lines[1];
		CHECK(l1->hyphenated);
		CHECK(P.items[l1->end].type == LB_PENALTY &&
		      P.items[l1->end].flagged);
		CHECK_STR(line_text(&P, l1),
			  "en slapen, en ze spreken af wanneer de praktijk-");
		CHECK(fabs(l1->width - 240) < 1e-9);  /* with the hyphen */
		CHECK_STR(line_text(&P, &with.lines[2]),
			  "ondersteuner weer belt.");
	}
	build(&Q, hy, 1);
	size_t o = 0;       /* drop the penalty */
	for (size_t i = 0; i < Q.n; i++)
		if (Q.items[i].type != LB_PENALTY || !Q.items[i].flagged)
			Q.items[o++] = Q.items[i];
	Q.n = o;
	CHECK_INT(lb_break(Q.items, Q.n, &prm, &without), 0);
	CHECK_INT(without.n_hyphens, 0);
	CHECK(without.demerits > with.demerits * 10);
	CHECK(max_ratio(&without) > max_ratio(&with));
	lb_result_free(&with);
	lb_result_free(&without);
}

/* A word wider than the line: pass 3, one overfull line, on its own. */
static void test_overfull(void)
{
	build(&P, "een woord "
	      "zorgverzekeringsmaatschappijvoorwaarden en verder niets", 1);
	lb_params prm;
	lb_params_default(&prm, 120);
	lb_result r;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.pass, 3);
	CHECK_INT(r.n_overfull, 1);
	CHECK(lines_tile(&P, &r));
	int alone = 0;
	for (size_t i = 0; i < r.n_lines; i++)
		if (r.lines[i].overfull)
			alone = r.lines[i].end - r.lines[i].start == 1 &&
				fabs(r.lines[i].width - 195) < 1e-9 &&
				r.lines[i].ratio == -1;
	CHECK(alone);
	CHECK(r.n_lines == 3 &&
	      strcmp(line_text(&P, &r.lines[0]), "een woord") == 0);
	lb_result_free(&r);

	/* a single box, no finishing sequence, zero width line */
	lb_item big = lb_box(1000);
	lb_params_default(&prm, 0);
	CHECK_INT(lb_break(&big, 1, &prm, &r), 0);
	CHECK_INT(r.n_lines, 1);
	CHECK_INT(r.n_overfull, 1);
	CHECK(r.n_lines == 1 && r.lines[0].start == 0 && r.lines[0].end == 1);
	lb_result_free(&r);
}

/* Forced breaks end lines, unstretched; two in a row give an empty line. */
static void test_forced(void)
{
	build(&P, "Eerste regel\nTweede regel die iets langer is dan de "
	      "eerste en dus verder loopt\n\nNa een lege regel", 1);
	lb_params prm;
	lb_params_default(&prm, 200);
	lb_result r;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.pass, 1);
	CHECK_INT(r.n_lines, 5);
	if (r.n_lines == 5) {
		CHECK_STR(line_text(&P, &r.lines[0]), "Eerste regel");
		CHECK(fabs(r.lines[0].ratio) < 1e-9);
		CHECK(P.items[r.lines[0].end].penalty <= -LB_INFINITY);
		CHECK_STR(line_text(&P, &r.lines[3]), "");
		CHECK(r.lines[3].width == 0);
		CHECK_STR(line_text(&P, &r.lines[4]), "Na een lege regel");
	}
	CHECK(lines_tile(&P, &r));
	lb_result_free(&r);

	/* forced penalties only, and one without a fill glue before it */
	lb_item only[3] = { lb_penalty(0, -LB_INFINITY, 0),
			    lb_penalty(0, -LB_INFINITY, 0),
			    lb_penalty(0, -LB_INFINITY, 0) };
	CHECK_INT(lb_break(only, 3, &prm, &r), 0);
	CHECK_INT(r.n_lines, 3);
	CHECK_INT(r.pass, 1);
	lb_result_free(&r);
	build(&P, "kort", 0);
	add(&P, lb_penalty(0, -LB_INFINITY, 0), NULL, 0);
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK(r.n_lines == 1 && r.lines[0].ratio == 0 && r.pass == 1);
	lb_result_free(&r);
}

/* The penalty-sign rules: a negative penalty lowers the demerits by its
 * square, a positive one raises them (the break stays: the glue after a
 * penalty is no breakpoint, so it is the only one there). */
static void test_penalty_sign(void)
{
	lb_params prm;
	lb_params_default(&prm, 200);
	lb_result r;
	for (int sign = -1; sign <= 1; sign += 2) {
		build(&P, "Een goed gesprek begint met luisteren: wat vindt de "
		      "patient zelf belangrijk, en welke stap voelt haalbaar "
		      "voor de komende weken?", 1);
		/* a penalty before the glue where the first line ends */
		memmove(&P.items[12], &P.items[11],
			(P.n - 11) * sizeof P.items[0]);
		memmove(&P.text[12], &P.text[11],
			(P.n - 11) * sizeof P.text[0]);
		memmove(&P.len[12], &P.len[11], (P.n - 11) * sizeof P.len[0]);
		P.items[11] = lb_penalty(0, sign * 100.0, 0);
		P.n++;
		CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
		if (sign < 0) {
			CHECK(r.n_lines == 4 && r.lines[0].end == 11);
			CHECK(r.n_lines == 4 && r.lines[1].start == 13);
			CHECK(fabs(r.demerits - (4448.334035 - 10000)) < 1e-3);
		} else {
			CHECK(r.n_lines == 4 && r.lines[0].end == 11);
			CHECK(fabs(r.demerits - (4448.334035 + 10000)) < 1e-3);
		}
		lb_result_free(&r);
	}
}

/* Fitness classes: a very loose line next to a decent one costs
 * fitness_demerits, which changes the best breaks here. */
static void test_fitness(void)
{
	build(&P, "zijn eigen doelen kiest, houdt ze langer vol dan wie een "
	      "lijst van de huisarts meekrijgt. Het vierbollenmodel helpt om "
	      "het gesprek te ordenen zonder het af", 1);
	lb_params prm;
	lb_params_default(&prm, 240);
	lb_result r;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.n_lines, 4);
	CHECK(r.n_lines == 4 && r.lines[0].end == 17 && r.lines[1].end == 33 &&
	      r.lines[2].end == 47);
	CHECK(fabs(r.demerits - 31755.086585) < 1e-3);
	lb_result_free(&r);
	prm.fitness_demerits = 0;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK(r.n_lines == 4 && r.lines[0].end == 15);
	CHECK(fabs(r.demerits - 25755.086585) < 1e-3);
	lb_result_free(&r);
}

/* Two hyphenated lines in a row cost flagged_demerits. */
static void test_flagged(void)
{
	build(&P, "huis|arts aan de sla|pen open|staan stress al sla|pen "
	      "ziek|te aan leef|stijl", 1);
	lb_params prm;
	lb_params_default(&prm, 140);
	lb_result r;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK(r.n_lines == 3 && r.lines[0].end == 13 && r.lines[1].end == 27);
	CHECK(r.n_lines == 3 && r.lines[0].hyphenated &&
	      !r.lines[1].hyphenated);
	CHECK_INT(r.n_hyphens, 1);
	CHECK(fabs(r.demerits - 5397.284125) < 1e-3);
	lb_result_free(&r);
	prm.flagged_demerits = 0;
	prm.final_hyphen_demerits = 0;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK(r.n_lines == 3 && r.lines[1].end == 25);
	CHECK_INT(r.n_hyphens, 2);
	CHECK(fabs(r.demerits - 5300) < 1e-3);
	lb_result_free(&r);
}

/* No feasible breaks at the tolerance: the emergency stretch finds some
 * (lines are then set looser than the tolerance); without it, pass 3. */
static void test_emergency(void)
{
	build(&P, SAMEN, 1);
	lb_params prm;
	lb_params_default(&prm, 200);
	lb_result r;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.pass, 2);
	CHECK_INT(r.n_overfull, 0);
	CHECK(max_ratio(&r) > prm.tolerance);
	CHECK(lines_tile(&P, &r));
	lb_result_free(&r);
	prm.emergency_stretch = 0;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.pass, 3);
	CHECK_INT(r.n_overfull, 0);
	lb_result_free(&r);
}

/* Line widths from a callback: a narrow first line, then wide ones. */
static double indent_width(void *ud, size_t line)
{
	(void)ud;
	return line == 0 ? 120 : 200;
}

/* Line 1 holds one short word: paths that reach a break with a
 * different number of lines must be kept apart. */
static double narrow_second(void *ud, size_t line)
{
	(void)ud;
	return line == 1 ? 15 : 150;
}

static void test_widths(void)
{
	build(&P, SAMEN, 1);
	lb_params prm;
	lb_params_default(&prm, 0);
	prm.line_width = indent_width;
	lb_result a, b;
	CHECK_INT(lb_break(P.items, P.n, &prm, &a), 0);
	int fits = a.n_lines > 2;
	for (size_t i = 0; i < a.n_lines; i++) {
		double w = indent_width(NULL, i);
		if (a.lines[i].width > w + 1e-9 && a.lines[i].ratio >= 0)
			fits = 0;
		if (a.lines[i].width < w - 60 && i + 1 < a.n_lines)
			fits = 0;
	}
	CHECK(fits);
	CHECK(a.n_lines > 2 && a.lines[0].width <= 120 + 1.67 * 3);
	CHECK(a.n_lines > 2 && a.lines[1].width > 150);
	prm.easy_line = 1;         /* same answer when paths are merged */
	CHECK_INT(lb_break(P.items, P.n, &prm, &b), 0);
	CHECK_INT(b.n_lines, a.n_lines);
	int same = a.n_lines == b.n_lines;
	for (size_t i = 0; same && i < a.n_lines; i++)
		same = a.lines[i].end == b.lines[i].end;
	CHECK(same);
	CHECK(fabs(a.demerits - b.demerits) < 1e-6);
	lb_result_free(&a);
	lb_result_free(&b);

	build(&P, "al doelen na stappen nog en wat leefstijl het vragen", 1);
	prm.line_width = narrow_second;
	prm.easy_line = 2;
	prm.tolerance = 3;
	for (int i = 0; i < 2; i++) {
		CHECK_INT(lb_break(P.items, P.n, &prm, &a), 0);
		CHECK_INT(a.pass, 1);
		CHECK(a.n_lines == 3 && a.lines[0].end == 11 &&
		      a.lines[1].end == 13);
		CHECK(a.n_lines == 3 &&
		      strcmp(line_text(&P, &a.lines[1]), "wat") == 0);
		CHECK(fabs(a.demerits - 39615.84) < 1e-3);
		lb_result_free(&a);
		prm.easy_line = SIZE_MAX;
	}
}

/* Ragged right: nothing is stretched or shrunk, every line fits. */
static void test_ragged(void)
{
	build(&P, SAMEN, 1);
	lb_params prm;
	lb_params_default(&prm, 150);
	prm.ragged = 1;
	prm.ragged_stretch = 30;   /* ~3 em */
	lb_result r;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.pass, 1);
	int flat = 1, fit = 1;
	double shortest = 1e9;
	for (size_t i = 0; i < r.n_lines; i++) {
		if (r.lines[i].ratio != 0)
			flat = 0;
		if (r.lines[i].width > 150)
			fit = 0;
		if (i + 1 < r.n_lines)
			shortest = fmin(shortest, r.lines[i].width);
	}
	CHECK(flat);
	CHECK(fit);
	CHECK(shortest >= 150 - 2 * 30);   /* within the tolerance */
	CHECK_INT(r.n_overfull, 0);
	lb_result_free(&r);
}

/* Empty and degenerate input; bad input is refused. */
static void test_edges(void)
{
	lb_params prm;
	lb_params_default(&prm, 200);
	lb_result r;
	CHECK_INT(lb_break(NULL, 0, &prm, &r), 0);
	CHECK_INT(r.n_lines, 0);
	CHECK(r.lines == NULL);
	lb_result_free(&r);

	lb_item glue[3] = { lb_glue(5, 2, 1), lb_glue(5, 2, 1),
			    lb_glue(5, 2, 1) };
	CHECK_INT(lb_break(glue, 3, &prm, &r), 0);
	CHECK_INT(r.n_lines, 1);
	CHECK(r.n_lines == 1 && r.lines[0].end == 3);
	lb_result_free(&r);

	build(&P, "geen afsluiting aan het eind van deze alinea, dus "
	      "lb_break denkt die er zelf bij", 0);
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.pass, 1);
	CHECK(r.n_lines == 3 && r.lines[2].end == P.n);
	CHECK(r.n_lines == 3 && r.lines[2].start == P.n - 1);
	lb_result_free(&r);

	lb_item neg = lb_box(-1);
	CHECK_INT(lb_break(&neg, 1, &prm, &r), -1);
	CHECK(r.lines == NULL && r.n_lines == 0);
	lb_item badglue = lb_glue(5, -1, 0);
	CHECK_INT(lb_break(&badglue, 1, &prm, &r), -1);
	lb_item nan_pen = lb_penalty(0, NAN, 0);
	CHECK_INT(lb_break(&nan_pen, 1, &prm, &r), -1);
	CHECK_INT(lb_break(&neg, 1, NULL, &r), -1);
	CHECK_INT(lb_break(NULL, 1, &prm, &r), -1);
	CHECK_INT(lb_break(&neg, 1, &prm, NULL), -1);
	prm.tolerance = -1;
	CHECK_INT(lb_break(glue, 3, &prm, &r), -1);
	lb_result_free(NULL);
}

/* A long paragraph of mixed words: pass 1, every line in range. */
static void test_long(void)
{
	static char text[40000];
	size_t o = 0;
	static const char *words[] = { "de", "coach", "vraagt", "wat",
		"patient", "al", "weet", "over", "ziekte", "en", "welke",
		"vra|gen", "nog", "open|staan", "na", "het", "laat|ste",
		"be|zoek", "aan", "prak|tijk|on|der|steu|ner" };
	uint32_t seed = 12345;
	for (int i = 0; i < 3000; i++) {
		seed = seed * 1103515245u + 12345u;
		const char *w = words[(seed >> 16) % 20];
		o += (size_t)snprintf(text + o, sizeof text - o, "%s%s",
				      i ? " " : "", w);
	}
	build(&P, text, 1);
	lb_params prm;
	lb_params_default(&prm, 300);
	lb_result r;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.pass, 1);
	CHECK(r.n_lines > 300);
	CHECK(lines_tile(&P, &r));
	int ok = 1;
	for (size_t i = 0; i < r.n_lines; i++)
		if (r.lines[i].ratio < -1 || r.lines[i].ratio > 2 ||
		    r.lines[i].overfull)
			ok = 0;
	CHECK(ok);
	CHECK(r.n_hyphens > 0);
	int consecutive = 0;
	for (size_t i = 0; i + 1 < r.n_lines; i++)
		if (r.lines[i].hyphenated && r.lines[i + 1].hyphenated)
			consecutive++;
	CHECK(consecutive * 4 < r.n_hyphens);
	lb_result_free(&r);
}

/* A paragraph of `words` words of 1 to 12 characters, a third of the
 * longer ones with a hyphenation point, finished; malloc'd, *n items. */
static lb_item *many_words(size_t words, size_t *n)
{
	lb_item *it = malloc((4 * words + 3) * sizeof *it);
	size_t k = 0;
	uint32_t seed = 777;
	for (size_t w = 0; w < words; w++) {
		seed = seed * 1103515245u + 12345u;
		int len = 1 + (int)((seed >> 16) % 12);
		int cut = len > 5 && (seed >> 8) % 3 == 0 ? len / 2 : 0;
		if (w)
			it[k++] = lb_glue(CHAR_W, 2.5, 1.67);
		if (cut) {
			it[k++] = lb_box(CHAR_W * cut);
			it[k++] = lb_penalty(CHAR_W, LB_HYPHEN_PENALTY, 1);
		}
		it[k++] = lb_box(CHAR_W * (len - cut));
	}
	k += lb_append_finish(it + k);
	*n = k;
	return it;
}

/* Do the lines of r cover items[0, n) in order, each box on one line,
 * and is every line but the last set to exactly its width (from
 * width_of, with ratio * stretch or shrink), none overfull? */
static int lines_set(const lb_item *it, size_t n, const lb_result *r,
		     double (*width_of)(void *, size_t))
{
	size_t pos = 0;
	for (size_t i = 0; i < r->n_lines; i++) {
		const lb_line *ln = &r->lines[i];
		if (ln->start < pos || ln->end < ln->start || ln->end > n ||
		    ln->overfull || ln->ratio < -1)
			return 0;
		for (size_t j = pos; j < ln->start; j++)
			if (it[j].type == LB_BOX)
				return 0;
		double w = 0;
		for (size_t j = ln->start; j < ln->end; j++)
			if (it[j].type != LB_PENALTY)
				w += it[j].width + ln->ratio * (ln->ratio > 0 ?
					it[j].stretch : it[j].shrink);
		if (ln->hyphenated)
			w += it[ln->end].width;
		if (i + 1 < r->n_lines &&
		    fabs(w - width_of(NULL, i)) > 1e-6)
			return 0;
		pos = ln->end + 1;
	}
	return pos >= n;
}

static double width_300(void *ud, size_t line)
{
	(void)ud, (void)line;
	return 300;
}

/* Lines of alternating widths. */
static double width_alternating(void *ud, size_t line)
{
	(void)ud;
	return line % 2 ? 250 : 300;
}

/* A paragraph of 100,000 words is broken in parts: the work and the
 * active list stay small, every line is set to the width, and a caller's
 * line widths still apply across the parts (line numbers go on). */
static void test_huge(void)
{
	size_t n;
	lb_item *it = many_words(100000, &n);
	lb_params prm;
	lb_params_default(&prm, 300);
	lb_result r;
	CHECK_INT(lb_break(it, n, &prm, &r), 0);
	CHECK(r.n_parts >= n / LB_PART_ITEMS);
	CHECK(r.n_lines > 10000);
	CHECK(lines_set(it, n, &r, width_300));
	CHECK(r.max_active < 100);
	CHECK(r.tried < 30 * n);
	/* the same through a width function whose lines are all alike */
	prm.line_width = width_300;
	prm.easy_line = 0;
	lb_result same;
	CHECK_INT(lb_break(it, n, &prm, &same), 0);
	CHECK(same.n_lines == r.n_lines && !memcmp(same.lines, r.lines,
		  r.n_lines * sizeof *r.lines));
	lb_result_free(&same);
	lb_result_free(&r);
	free(it);

	it = many_words(8000, &n);
	prm.line_width = width_alternating;
	prm.easy_line = SIZE_MAX;
	CHECK_INT(lb_break(it, n, &prm, &r), 0);
	CHECK(r.n_parts > 1);
	CHECK(lines_set(it, n, &r, width_alternating));
	lb_result_free(&r);
	free(it);
}

/* The reference: every breakpoint against every earlier one, per fitness
 * class, no pruning; the least demerits of a first-pass breaking of p in
 * lines of width w, or INFINITY. Mirrors the rules in linebreak.h. */
static double reference(const para *p, double w, const lb_params *prm)
{
	static double best[MAX_ITEMS][4];
	static size_t after[MAX_ITEMS];
	size_t n = p->n;
	const lb_item *it = p->items;
	for (size_t b = 0; b < n; b++)
		for (int f = 0; f < 4; f++)
			best[b][f] = INFINITY;
	best[0][1] = 0;              /* the start: decent */
	after[0] = 0;
	size_t last_forced = SIZE_MAX;
	for (size_t b = 0; b < n; b++) {
		int pen = it[b].type == LB_PENALTY;
		if (!(pen ? it[b].penalty < LB_INFINITY :
		      it[b].type == LB_GLUE && b && it[b - 1].type == LB_BOX))
			continue;
		int forced = pen && it[b].penalty <= -LB_INFINITY;
		double nb[4] = { INFINITY, INFINITY, INFINITY, INFINITY };
		for (size_t a = 0; a < b; a++) {
			if (a == 0 ? last_forced != SIZE_MAX :
			    (last_forced != SIZE_MAX && a < last_forced))
				continue;
			if (after[a] > b)
				continue;
			double L = pen ? it[b].width : 0, Y = 0, Z = 0;
			for (size_t i = after[a]; i < b; i++) {
				if (it[i].type == LB_PENALTY)
					continue;
				L += it[i].width;
				if (it[i].type == LB_GLUE)
					Y += it[i].stretch, Z += it[i].shrink;
			}
			double r;
			if (L > w + 1e-9)
				r = Z > 0 ? -(L - w) / Z : -INFINITY;
			else if (forced || L >= w - 1e-9)
				r = 0;
			else
				r = Y > 0 ? (w - L) / Y : INFINITY;
			if (r < -1 - 1e-9 || r > prm->tolerance)
				continue;
			r = fmax(r, -1);
			int fc = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
			double d = prm->line_penalty + 100 * fabs(r * r * r);
			d *= d;
			double pv = pen ? it[b].penalty : 0;
			d += pv >= 0 ? pv * pv : forced ? 0 : -pv * pv;
			for (int f = 0; f < 4; f++) {
				if (isinf(best[a][f]))
					continue;
				double t = best[a][f] + d;
				if (pen && it[b].flagged && a &&
				    it[a].type == LB_PENALTY && it[a].flagged)
					t += prm->flagged_demerits;
				if (b + 1 == n && a &&
				    it[a].type == LB_PENALTY && it[a].flagged)
					t += prm->final_hyphen_demerits;
				if (abs(fc - f) > 1)
					t += prm->fitness_demerits;
				nb[fc] = fmin(nb[fc], t);
			}
		}
		for (int f = 0; f < 4; f++)
			best[b][f] = nb[f];
		size_t j = b + 1;
		while (j < n && it[j].type != LB_BOX &&
		       !(it[j].type == LB_PENALTY &&
			 it[j].penalty <= -LB_INFINITY))
			j++;
		after[b] = j;
		if (forced)
			last_forced = b;
	}
	double m = INFINITY;
	for (int f = 0; f < 4; f++)
		m = fmin(m, best[n - 1][f]);
	return m;
}

/* Random paragraphs: lb_break's first pass finds the reference's least
 * demerits, and fails exactly when the reference finds nothing. */
static void test_reference(void)
{
	static char text[2048];
	uint32_t seed = 1;
	int agree = 0, found = 0, trials = 2000;
	for (int t = 0; t < trials; t++) {
		size_t o = 0;
		seed = seed * 1103515245u + 12345u;
		int nw = 3 + (int)((seed >> 16) % 40);
		for (int k = 0; k < nw; k++) {
			seed = seed * 1103515245u + 12345u;
			int len = 1 + (int)((seed >> 16) % 11);
			int cut = len > 5 && (seed >> 8) % 3 == 0 ? len / 2 : 0;
			for (int c = 0; c < len; c++) {
				if (c == cut && cut)
					text[o++] = '|';
				text[o++] = 'x';
			}
			seed = seed * 1103515245u + 12345u;
			text[o++] = k + 1 == nw ? '\0' :
				    (seed >> 16) % 25 == 0 ? '\n' : ' ';
		}
		build(&P, text, 1);
		double w = 100 + (double)((seed >> 4) % 150);
		lb_params prm;
		lb_params_default(&prm, w);
		prm.tolerance = 1 + (double)(t % 3);
		double want = reference(&P, w, &prm);
		lb_result r;
		if (lb_break(P.items, P.n, &prm, &r) < 0)
			continue;
		if (isinf(want))
			agree += r.pass > 1;
		else if (r.pass == 1 &&
			 fabs(r.demerits - want) <= 1e-9 * fmax(1, fabs(want)))
			agree++, found++;
		else
			printf("    paragraph %d: %g, want %g (pass %d)\n", t,
			       r.demerits, want, r.pass);
		lb_result_free(&r);
	}
	CHECK_INT(agree, trials);
	CHECK(found > trials / 4);
}

/* A last line that is only the end of a hyphenated word costs
 * final_hyphen_demerits: at 195 pt the paragraph is set without it. */
static void test_final_hyphen(void)
{
	build(&P, "wij spreken met de pa|ti|ent over haar per|soon|lij|ke "
	      "doe|len", 1);
	lb_params prm;
	lb_params_default(&prm, 195);
	prm.final_hyphen_demerits = 0;
	lb_result r;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK(r.n_lines == 2 && r.lines[0].hyphenated);
	CHECK(fabs(r.demerits - 7870.386075) < 1e-3);
	lb_result_free(&r);
	prm.final_hyphen_demerits = 5000;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK(r.n_lines == 2 && !r.lines[0].hyphenated);
	CHECK(fabs(r.demerits - 12200) < 1e-3);
	lb_result_free(&r);
}

/* The first pass leaves out the patterns' hyphenation points: with a
 * pretolerance the paragraph of test_hyphen is set without its hyphen
 * (pass 0, looser lines); an author's hyphen ('|') stays usable there. */
static void test_pretolerance(void)
{
	char hy[512];
	const char *at = strstr(SAMEN, "ondersteuner");
	snprintf(hy, sizeof hy, "%.*s^%s", (int)(at - SAMEN), SAMEN, at);
	*strstr(hy, " Wie") = '\0';
	build(&P, hy, 1);
	lb_params prm;
	lb_params_default(&prm, 245);
	lb_result r;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.pass, 1);
	CHECK_INT(r.n_hyphens, 1);
	lb_result_free(&r);
	prm.pretolerance = prm.tolerance;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.pass, 0);
	CHECK_INT(r.n_hyphens, 0);
	CHECK(lines_tile(&P, &r));
	lb_result_free(&r);
	prm.pretolerance = 0.01;     /* nothing that tight: pass 1 */
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.pass, 1);
	CHECK_INT(r.n_hyphens, 1);
	lb_result_free(&r);
}

/* Random hyphen-rich paragraphs in a narrow measure: without a limit
 * some get three hyphenated lines in a row; with max_hyphen_run 2 none
 * do (short of the last resort), and with last_line_word no last line is
 * only the end of a word. */
static void test_hyphen_rules(void)
{
	static char text[1024];
	uint32_t seed = 7;
	int runs3[2] = { 0, 0 }, frags[2] = { 0, 0 }, last_resort = 0;
	for (int t = 0; t < 400; t++) {
		size_t o = 0;
		seed = seed * 1103515245u + 12345u;
		int nw = 6 + (int)((seed >> 16) % 20);
		for (int k = 0; k < nw; k++) {
			seed = seed * 1103515245u + 12345u;
			int len = 4 + (int)((seed >> 16) % 10);
			for (int c = 0; c < len; c++) {
				if (c && c % 3 == 0 && c + 2 <= len)
					text[o++] = '^';
				text[o++] = 'x';
			}
			text[o++] = k + 1 == nw ? '\0' : ' ';
		}
		build(&P, text, 1);
		for (int rules = 0; rules < 2; rules++) {
			lb_params prm;
			lb_params_default(&prm, 100 + (double)((seed >> 4) % 60));
			prm.flagged_demerits = 0;
			prm.final_hyphen_demerits = 0;
			prm.max_hyphen_run = rules ? 2 : 0;
			prm.last_line_word = rules;
			lb_result r;
			if (lb_break(P.items, P.n, &prm, &r) < 0)
				continue;
			if (rules && r.pass == 3) {
				last_resort++;
				lb_result_free(&r);
				continue;
			}
			for (size_t i = 2; i < r.n_lines; i++)
				runs3[rules] += r.lines[i].hyphenated &&
						r.lines[i - 1].hyphenated &&
						r.lines[i - 2].hyphenated;
			if (r.n_lines > 1 && r.lines[r.n_lines - 2].hyphenated) {
				const lb_line *l = &r.lines[r.n_lines - 1];
				int space = 0;
				for (size_t i = l->start; i < l->end; i++)
					space |= P.items[i].type == LB_GLUE &&
						 P.items[i].stretch < LB_FIL;
				frags[rules] += !space;
			}
			lb_result_free(&r);
		}
	}
	printf("# runs %d %d frags %d %d last %d\n", runs3[0], runs3[1], frags[0], frags[1], last_resort);
	CHECK(runs3[0] > 0);
	CHECK(frags[0] > 0);
	CHECK_INT(runs3[1], 0);
	CHECK_INT(frags[1], 0);
	CHECK(last_resort < 20);
}

/* spacing_demerits evens out the spacing of adjacent lines: over random
 * paragraphs the sum of squared differences of their ratios falls. */
static void test_even_spacing(void)
{
	static char text[2048];
	uint32_t seed = 3;
	double sum[2] = { 0, 0 };
	for (int t = 0; t < 300; t++) {
		size_t o = 0;
		seed = seed * 1103515245u + 12345u;
		int nw = 20 + (int)((seed >> 16) % 40);
		for (int k = 0; k < nw; k++) {
			seed = seed * 1103515245u + 12345u;
			int len = 1 + (int)((seed >> 16) % 10);
			memset(text + o, 'x', (size_t)len);
			o += (size_t)len;
			text[o++] = k + 1 == nw ? '\0' : ' ';
		}
		build(&P, text, 1);
		for (int even = 0; even < 2; even++) {
			lb_params prm;
			lb_params_default(&prm, 200 + (double)((seed >> 4) % 60));
			prm.spacing_demerits = even ? 10000 : 0;
			lb_result r;
			if (lb_break(P.items, P.n, &prm, &r) < 0 || r.pass != 1) {
				lb_result_free(&r);
				continue;
			}
			for (size_t i = 1; i + 1 < r.n_lines; i++) {
				double d = r.lines[i].ratio - r.lines[i - 1].ratio;
				sum[even] += d * d;
			}
			lb_result_free(&r);
		}
	}
	printf("# sum %g %g\n", sum[0], sum[1]);
	CHECK(sum[1] < sum[0] * 0.95);
}

/* The width line ln of p is set at: its boxes and hyphen expanded, its
 * glue set by the ratio. */
static double set_width(const para *p, const lb_line *ln)
{
	double w = 0, k = 1 + ln->expand;
	for (size_t i = ln->start; i < ln->end; i++) {
		const lb_item *it = &p->items[i];
		if (it->type == LB_BOX)
			w += k * it->width;
		else if (it->type == LB_GLUE)
			w += it->width + (ln->ratio > 0 ? ln->ratio * it->stretch :
					  ln->ratio * it->shrink);
	}
	if (ln->hyphenated && ln->end < p->n)
		w += k * p->items[ln->end].width;
	return w;
}

/* Random words of 1 to 10 letters into text (of 2048 bytes); returns
 * the seed after them. */
static uint32_t random_words(char *text, uint32_t seed)
{
	size_t o = 0;
	seed = seed * 1103515245u + 12345u;
	int nw = 20 + (int)((seed >> 16) % 40);
	for (int k = 0; k < nw; k++) {
		seed = seed * 1103515245u + 12345u;
		int len = 1 + (int)((seed >> 16) % 10);
		memset(text + o, 'x', (size_t)len);
		o += (size_t)len;
		text[o++] = k + 1 == nw ? '\0' : ' ';
	}
	return seed;
}

/* Font expansion: every line but the last fills its width exactly with
 * its glyphs expanded by a multiple of the step within the limits; the
 * glyphs take what the line lacks first (the glue only the rounding, or
 * what is past the limit); the last line is not expanded unless it must
 * shrink. */
static void test_expand_lines(void)
{
	static char text[2048];
	uint32_t seed = 11;
	int exact = 1, limits = 1, steps = 1, first = 1, last = 1, some = 0;
	for (int t = 0; t < 200; t++) {
		seed = random_words(text, seed);
		build(&P, text, 1);
		lb_params prm;
		lb_params_default(&prm, 150 + (double)((seed >> 4) % 100));
		prm.expand_stretch = prm.expand_shrink = 0.02;
		prm.expand_step = 0.001;
		lb_result r;
		if (lb_break(P.items, P.n, &prm, &r) < 0)
			continue;
		for (size_t i = 0; i < r.n_lines; i++) {
			const lb_line *ln = &r.lines[i];
			double e = ln->expand, q = e / 0.001;
			if (i + 1 == r.n_lines) {
				last &= e == 0 || ln->width > prm.width;
				continue;
			}
			some |= e != 0;
			limits &= e >= -0.02 - 1e-12 && e <= 0.02 + 1e-12;
			steps &= fabs(q - round(q)) < 1e-6;
			if (!ln->overfull && ln->ratio > -1)
				exact &= fabs(set_width(&P, ln) - prm.width) < 1e-6;
			/* glyphs first: below the limit the glue takes only the
			 * rounding, half a step of the glyphs' width */
			if (fabs(e) < 0.02 - 1e-12) {
				double y = 0, z = 0, boxes = ln->hyphenated ?
						   CHAR_W : 0;
				for (size_t j = ln->start; j < ln->end; j++) {
					y += P.items[j].stretch;
					z += P.items[j].shrink;
					boxes += P.items[j].type == LB_BOX ?
						 P.items[j].width : 0;
				}
				double glue = ln->ratio * (ln->ratio > 0 ? y : z);
				first &= fabs(glue) <= 0.0005 * boxes + 1e-9;
			}
		}
		lb_result_free(&r);
	}
	CHECK(some);
	CHECK(exact);
	CHECK(limits);
	CHECK(steps);
	CHECK(first);
	CHECK(last);
}

/* Expansion gives a line more shrink: two words that overfill the line
 * even with their space fully shrunk fit with their glyphs 2% narrower;
 * without expansion they cannot share it. Ragged lines are never
 * expanded. */
static void test_expand_shrink(void)
{
	build(&P, "aaaaaaaaaa bbbbbbbbbb", 1);   /* 50 + 5 (-1.67) + 50 */
	lb_params prm;
	lb_params_default(&prm, 102);
	lb_result r;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK(r.n_lines == 2 || r.n_overfull > 0);
	lb_result_free(&r);
	prm.expand_stretch = prm.expand_shrink = 0.02;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	CHECK_INT(r.n_lines, 1);
	CHECK_INT(r.n_overfull, 0);
	if (r.n_lines == 1) {
		CHECK(fabs(r.lines[0].expand + 0.02) < 1e-12);
		CHECK(fabs(set_width(&P, &r.lines[0]) - 102) < 1e-6);
		CHECK(r.lines[0].ratio > -1 && r.lines[0].ratio < 0);
	}
	lb_result_free(&r);

	build(&P, SAMEN, 1);
	lb_params_default(&prm, 150);
	prm.ragged = 1;
	prm.ragged_stretch = 30;
	prm.expand_stretch = prm.expand_shrink = 0.02;
	CHECK_INT(lb_break(P.items, P.n, &prm, &r), 0);
	int flat = 1;
	for (size_t i = 0; i < r.n_lines; i++)
		flat &= r.lines[i].expand == 0 && r.lines[i].ratio == 0;
	CHECK(flat);
	lb_result_free(&r);
}

/* With expansion the word spaces of a paragraph stay nearer their
 * natural width and adjacent lines' spaces differ less: the mean
 * |glue ratio| and the mean difference between adjacent lines' ratios
 * are clearly less than without (here, where a space is as wide as a
 * letter, the glyphs' 2% is a third of a line's stretch). */
static void test_expand_even(void)
{
	static char text[2048];
	uint32_t seed = 5;
	double mean[2] = { 0, 0 }, diff[2] = { 0, 0 };
	for (int t = 0; t < 200; t++) {
		seed = random_words(text, seed);
		build(&P, text, 1);
		for (int ex = 0; ex < 2; ex++) {
			lb_params prm;
			lb_params_default(&prm, 200 + (double)((seed >> 4) % 60));
			prm.expand_stretch = prm.expand_shrink = ex ? 0.02 : 0;
			lb_result r;
			if (lb_break(P.items, P.n, &prm, &r) < 0)
				continue;
			for (size_t i = 0; i + 1 < r.n_lines; i++) {
				mean[ex] += fabs(r.lines[i].ratio);
				if (i > 0)
					diff[ex] += fabs(r.lines[i].ratio -
							 r.lines[i - 1].ratio);
			}
			lb_result_free(&r);
		}
	}
	printf("# |ratio| %g %g, adjacent %g %g\n", mean[0], mean[1],
	       diff[0], diff[1]);
	CHECK(mean[1] < mean[0] * 0.65);
	CHECK(diff[1] < diff[0] * 0.85);
}

/* Expansion limits that are negative, not below 1 or not numbers, and a
 * step that is not positive, are refused. */
static void test_expand_params(void)
{
	build(&P, "een twee drie", 1);
	double bad[][3] = { { -0.01, 0, 0.001 }, { 0, -0.01, 0.001 },
			    { 1, 0, 0.001 }, { 0.02, 0.02, 0 },
			    { NAN, 0, 0.001 }, { 0.02, 0.02, NAN } };
	int refused = 1;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		lb_params prm;
		lb_params_default(&prm, 100);
		prm.expand_stretch = bad[i][0];
		prm.expand_shrink = bad[i][1];
		prm.expand_step = bad[i][2];
		lb_result r;
		refused &= lb_break(P.items, P.n, &prm, &r) == -1 &&
			   r.n_lines == 0;
	}
	CHECK(refused);
}

int main(void)
{
	test_known();
	test_total_fit();
	test_hyphen();
	test_overfull();
	test_forced();
	test_penalty_sign();
	test_fitness();
	test_flagged();
	test_final_hyphen();
	test_emergency();
	test_widths();
	test_ragged();
	test_edges();
	test_long();
	test_huge();
	test_reference();
	test_pretolerance();
	test_hyphen_rules();
	test_even_spacing();
	test_expand_lines();
	test_expand_shrink();
	test_expand_even();
	test_expand_params();
	return check_done();
}
