/* linebreak.c - Knuth-Plass total-fit line breaking; see linebreak.h.
 *
 * The paragraph is scanned once per pass. Every feasible breakpoint b is
 * tried against the active nodes (earlier breaks a line may still start
 * after); the best way to reach b is kept per fitness class (and per line
 * number while line widths still differ) as a new node, pointing back at
 * its predecessor. A node is dropped from the active list once the line
 * from it is too wide even fully shrunk, or at a forced break, so the list
 * holds about as many nodes as there are breakpoints on one line.
 *
 * Line widths come from prefix sums: sw[i], sy[i], sz[i] are the width of
 * the boxes and glue, the glue's stretch and its shrink in items [0, i),
 * sb[i] the width of the boxes alone. With font expansion a line's
 * stretch and shrink grow by a fraction of its boxes' width (and its
 * hyphen's) when it is judged; the expansion a chosen line gets, and the
 * glue ratio in what it leaves, are worked out only for the lines of the
 * result (set_expansion()).
 *
 * The passes differ only in how lines are judged: pass 0 (when there is a
 * pretolerance) without the hyphenation points of the patterns and with
 * the pretolerance, the first with the tolerance, the second with
 * emergency_stretch added to every line, the third accepts every line from every active node, charging an underfull
 * line the largest badness and an overfull one a cost above any number of
 * ordinary lines that grows with the excess width, so the paragraph
 * always breaks and the least overfull path wins.
 *
 * A long paragraph is broken part by part (see the header): the context
 * then covers the items of one part, items[0] being the first of the part
 * and line numbers counting from the part's first line; line0 says how
 * many lines came before it. */
#include "linebreak.h"
#include "util/arena.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NONE        SIZE_MAX
#define EPS         1e-4    /* points: below what float widths keep */
#define BAD_MAX     1e5     /* badness cap (ratio ~21.5) */
#define OVER_BASE   1e14    /* demerits of an overfull line (pass 3) */
#define OVER_PER_PT 1e12    /* and per point it sticks out */

enum { FIT_TIGHT, FIT_DECENT, FIT_LOOSE, FIT_VERY_LOOSE };

/* A break: the start of the paragraph or a chosen breakpoint. */
typedef struct lb_node {
	size_t pos;       /* the break item (0 for the start node) */
	size_t after;     /* first item of the line that follows */
	size_t line;      /* lines ended here: the index of the next line */
	size_t prev;      /* node of the previous break, or NONE */
	size_t next;      /* next active node, or NONE */
	double total;     /* demerits of the path up to here */
	double ratio;     /* the line ending here: ratio to set it with */
	double width;     /* and its natural width */
	int    fitness, overfull;
	int    flagged;   /* hyphenated lines in a row ending here (0: the
			   * break is no hyphen) */
} lb_node;

/* The best way found so far to break at the current item, per key. */
typedef struct lb_cand {
	size_t key;       /* line number, or easy_line for all later lines */
	size_t line, prev;
	double total, ratio, width;
	int    fitness, overfull;
	int    run;       /* hyphenated lines in a row ending here */
} lb_cand;

/* How a line from an active node to a breakpoint fits. */
typedef struct lb_judge {
	double ratio;     /* to set the glue with */
	double fit_r;     /* to judge with (emergency and ragged stretch) */
	double bad;       /* 100 |fit_r|^3, capped */
	double excess;    /* overfull: points beyond the line, shrunk */
	int    feasible, overfull;
} lb_judge;

typedef struct lb_ctx {
	const lb_item   *items;  /* of the part */
	size_t           n;      /* items in the part */
	size_t           n_eff;  /* n + 1 if the final forced break is implied */
	size_t           line0;  /* lines before the part */
	int              start_fitness, start_flagged;  /* of the line before */
	const lb_params *p;
	double          *sw, *sy, *sz, *sb;
	double           ey, ez; /* font expansion (0 in ragged text) */
	size_t          *sg;     /* spaces a line may break at in [0, i) */
	lb_node         *nodes;
	size_t           n_nodes, cap_nodes;
	size_t           active; /* head of the active list */
	lb_cand         *cands;
	size_t           n_cands, cap_cands;
	size_t           easy;
	int              pass;
	size_t           max_active, tried;
} lb_ctx;

static const lb_item lb_end_item = { LB_PENALTY, 0, 0, 0, -LB_INFINITY, 0, 0 };

/* Fills a box item of the given width. */
lb_item lb_box(double width)
{
	lb_item it = { LB_BOX, width, 0, 0, 0, 0, 0 };
	return it;
}

/* Fills a glue item. */
lb_item lb_glue(double width, double stretch, double shrink)
{
	lb_item it = { LB_GLUE, width, stretch, shrink, 0, 0, 0 };
	return it;
}

/* Fills a hyphenation point of the patterns. */
lb_item lb_hyphenation(double width, double penalty)
{
	lb_item it = { LB_PENALTY, width, 0, 0, penalty, 1, 1 };
	return it;
}

/* Fills a penalty item. */
lb_item lb_penalty(double width, double penalty, int flagged)
{
	lb_item it = { LB_PENALTY, width, 0, 0, penalty, flagged, 0 };
	return it;
}

/* Writes penalty(+inf) glue(fil) penalty(-inf) at dst; returns 3. */
size_t lb_append_finish(lb_item *dst)
{
	dst[0] = lb_penalty(0, LB_INFINITY, 0);
	dst[1] = lb_glue(0, LB_FIL, 0);
	dst[2] = lb_penalty(0, -LB_INFINITY, 0);
	return 3;
}

/* Sets the default parameters for lines of one width. */
void lb_params_default(lb_params *p, double width)
{
	memset(p, 0, sizeof *p);
	p->line_width = NULL;
	p->ud = NULL;
	p->width = width;
	p->easy_line = SIZE_MAX;
	p->tolerance = 2.0;
	p->line_penalty = 10;
	p->flagged_demerits = 3000;
	p->fitness_demerits = 3000;
	p->final_hyphen_demerits = 5000;
	p->emergency_stretch = width > 0 ? width / 10 : 0;
	p->ragged = 0;
	p->ragged_stretch = 0;
	p->pretolerance = -1;
	p->max_hyphen_run = 0;
	p->last_line_word = 0;
	p->spacing_demerits = 0;
	p->expand_stretch = p->expand_shrink = 0;
	p->expand_step = 0.001;
}

/* Frees the lines of r and empties it. */
void lb_result_free(lb_result *r)
{
	if (!r)
		return;
	free(r->lines);
	memset(r, 0, sizeof *r);
}

/* Is x a finite number >= 0? */
static int nonneg(double x)
{
	return isfinite(x) && x >= 0;
}

/* Checks items and parameters; 0 when usable, -1 otherwise. */
static int check_input(const lb_item *items, size_t n, const lb_params *p)
{
	if (!p || (n && !items))
		return -1;
	if (isnan(p->tolerance) || p->tolerance < 0 ||
	    isnan(p->pretolerance) || p->max_hyphen_run < 0 ||
	    !isfinite(p->line_penalty) || !isfinite(p->flagged_demerits) ||
	    !isfinite(p->fitness_demerits) || p->fitness_demerits < 0 ||
	    !nonneg(p->final_hyphen_demerits) ||
	    !nonneg(p->spacing_demerits) ||
	    !nonneg(p->emergency_stretch) || !nonneg(p->ragged_stretch) ||
	    !nonneg(p->expand_stretch) || !nonneg(p->expand_shrink) ||
	    p->expand_stretch >= 1 || p->expand_shrink >= 1 ||
	    !(isfinite(p->expand_step) && p->expand_step > 0) ||
	    (!p->line_width && !nonneg(p->width)))
		return -1;
	for (size_t i = 0; i < n; i++) {
		const lb_item *it = &items[i];
		if (!nonneg(it->width))
			return -1;
		switch (it->type) {
		case LB_BOX:
			break;
		case LB_GLUE:
			if (!nonneg(it->stretch) || !nonneg(it->shrink) ||
			    it->shrink > it->width)
				return -1;
			break;
		case LB_PENALTY:
			if (isnan(it->penalty))
				return -1;
			break;
		default:
			return -1;
		}
	}
	return 0;
}

/* Item i, where i == n is the implied final forced break. */
static const lb_item *item_at(const lb_ctx *c, size_t i)
{
	return i < c->n ? &c->items[i] : &lb_end_item;
}

/* Is the item a penalty that forces a break? */
static int is_forced(const lb_item *it)
{
	return it->type == LB_PENALTY && it->penalty <= -LB_INFINITY;
}

/* May a line end at item i? */
static int is_break(const lb_ctx *c, size_t i)
{
	const lb_item *it = item_at(c, i);
	if (it->type == LB_PENALTY)
		return it->penalty < LB_INFINITY && !(c->pass == 0 &&
						      it->pattern);
	if (it->type == LB_GLUE)
		return i > 0 && c->items[i - 1].type == LB_BOX;
	return 0;
}

/* First item of the line after a break at b: glue and penalties after
 * the break are dropped, up to a box or a forced break. */
static size_t after_break(const lb_ctx *c, size_t b)
{
	size_t j = b + 1;
	while (j < c->n_eff) {
		const lb_item *it = item_at(c, j);
		if (it->type == LB_BOX || is_forced(it))
			break;
		j++;
	}
	return j;
}

/* Width available to line number line. */
static double line_width_of(const lb_ctx *c, size_t line)
{
	if (!c->p->line_width)
		return c->p->width;
	double w = c->p->line_width(c->p->ud, c->line0 + line);
	return isfinite(w) && w > 0 ? w : 0;
}

/* Computes the prefix sums; the implied final break adds nothing. */
static void prefix_sums(lb_ctx *c)
{
	size_t m = c->n_eff + 1;
	c->sw = xmalloc(4 * m * sizeof(double));
	c->sy = c->sw + m;
	c->sz = c->sy + m;
	c->sb = c->sz + m;
	c->sg = xmalloc(m * sizeof *c->sg);
	c->sw[0] = c->sy[0] = c->sz[0] = c->sb[0] = 0;
	c->sg[0] = 0;
	for (size_t i = 0; i < c->n_eff; i++) {
		const lb_item *it = item_at(c, i);
		int glue = it->type == LB_GLUE;
		double w = it->type == LB_PENALTY ? 0 : it->width;
		c->sw[i + 1] = c->sw[i] + w;
		c->sy[i + 1] = c->sy[i] + (glue ? it->stretch : 0);
		c->sz[i + 1] = c->sz[i] + (glue ? it->shrink : 0);
		c->sb[i + 1] = c->sb[i] + (it->type == LB_BOX ? it->width : 0);
		c->sg[i + 1] = c->sg[i] + (glue && i > 0 &&
					   c->items[i - 1].type == LB_BOX);
	}
}

/* Judges a line of natural width L, stretch Y and shrink Z in a measure W
 * ending at a forced break or not; see the header for the ragged rule. */
static void judge_line(const lb_ctx *c, double L, double Y, double Z,
		       double W, int forced, lb_judge *j)
{
	const lb_params *p = c->p;
	memset(j, 0, sizeof *j);
	if (L > W + EPS) {
		double over = L - W, z = p->ragged ? 0 : Z;
		if (z > 0 && over <= z + EPS) {
			double r = over >= z ? -1 : -over / z;
			j->ratio = j->fit_r = r;
			j->bad = -100 * r * r * r;
			j->feasible = 1;
		} else {
			j->ratio = p->ragged ? 0 : -1;
			j->fit_r = -1;
			j->bad = BAD_MAX;
			j->excess = over - z;
			j->overfull = 1;
		}
		return;
	}
	if (forced || L >= W - EPS) {
		j->feasible = 1;    /* exact fit, or short at a forced break */
		return;
	}
	double gap = W - L;
	double y = Y;
	if (p->ragged)
		y = p->ragged_stretch > 0 ? p->ragged_stretch : Y;
	if (c->pass >= 2)
		y += p->emergency_stretch;
	double r = y > 0 ? gap / y : HUGE_VAL;
	j->ratio = p->ragged || Y <= 0 ? 0 : gap / Y;
	j->fit_r = r;
	j->bad = r > 21.5 ? BAD_MAX : fmin(100 * r * r * r, BAD_MAX);
	j->feasible = r <= (c->pass == 0 ? p->pretolerance : p->tolerance);
}

/* The fitness class of a judged line. */
static int fitness_class(const lb_judge *j)
{
	if (j->fit_r < -0.5)
		return FIT_TIGHT;
	if (j->fit_r <= 0.5)
		return FIT_DECENT;
	return j->fit_r <= 1 ? FIT_LOOSE : FIT_VERY_LOOSE;
}

/* Demerits of a line from node a ending at break item brk. */
static double line_demerits(const lb_ctx *c, const lb_judge *j,
			    size_t b, const lb_node *a, int fitness)
{
	const lb_item *brk = item_at(c, b);
	const lb_params *p = c->p;
	double pen = brk->type == LB_PENALTY ? brk->penalty : 0;
	double lb = p->line_penalty + j->bad;
	double d = lb * lb;
	if (j->overfull)
		d += OVER_BASE + OVER_PER_PT * j->excess;
	if (pen >= LB_INFINITY)
		pen = 0;    /* never reached: such items are no breaks */
	if (pen >= 0)
		d += pen * pen;
	else if (pen > -LB_INFINITY)
		d -= pen * pen;
	if (brk->type == LB_PENALTY && brk->flagged && a->flagged)
		d += p->flagged_demerits;
	if (b + 1 == c->n_eff && a->flagged)
		d += p->final_hyphen_demerits;
	if (abs(fitness - a->fitness) > 1)
		d += p->fitness_demerits;
	if (p->spacing_demerits > 0 && a->prev != NONE && !is_forced(brk) &&
	    !is_forced(item_at(c, a->pos)))
		d += p->spacing_demerits * (j->ratio - a->ratio) *
		     (j->ratio - a->ratio);
	return d;
}

/* Is the line from node a to break b a last line (it ends at a forced
 * break) that holds only the end of a hyphenated word, when the
 * parameters forbid that? */
static int fragment_line(const lb_ctx *c, const lb_node *a, size_t b)
{
	return c->p->last_line_word && a->flagged &&
	       is_forced(item_at(c, b)) && a->after <= b &&
	       c->sg[b] == c->sg[a->after];
}

/* Records the line from active node ai to break b as a candidate, if it
 * beats the candidate of the same key, fitness class and run of
 * hyphens (lines that may not get another hyphen are kept apart). */
static void add_candidate(lb_ctx *c, size_t ai, size_t b, const lb_judge *j,
			  double width)
{
	const lb_node *a = &c->nodes[ai];
	const lb_item *brk = item_at(c, b);
	int run = brk->type == LB_PENALTY && brk->flagged ? a->flagged + 1 : 0;
	if (c->pass < 3 && ((c->p->max_hyphen_run > 0 &&
			     run > c->p->max_hyphen_run) ||
			    fragment_line(c, a, b)))
		return;
	int fitness = fitness_class(j);
	double total = a->total + line_demerits(c, j, b, a, fitness);
	size_t line = a->line + 1;
	size_t key = line >= c->easy ? c->easy : line;
	lb_cand *k = NULL;
	for (size_t i = 0; i < c->n_cands; i++)
		if (c->cands[i].key == key && c->cands[i].fitness == fitness &&
		    c->cands[i].run == run)
			k = &c->cands[i];
	if (k && k->total <= total)
		return;
	if (!k) {
		if (c->n_cands == c->cap_cands) {
			c->cap_cands = c->cap_cands ? 2 * c->cap_cands : 16;
			c->cands = xrealloc(c->cands,
					    c->cap_cands * sizeof *c->cands);
		}
		k = &c->cands[c->n_cands++];
	}
	k->key = key;
	k->line = line;
	k->prev = ai;
	k->total = total;
	k->ratio = j->ratio;
	k->width = width;
	k->fitness = fitness;
	k->overfull = j->overfull;
	k->run = run;
}

/* Appends a node and returns its index. */
static size_t node_new(lb_ctx *c)
{
	if (c->n_nodes == c->cap_nodes) {
		c->cap_nodes = c->cap_nodes ? 2 * c->cap_nodes : 64;
		c->nodes = xrealloc(c->nodes, c->cap_nodes * sizeof *c->nodes);
	}
	lb_node *nd = &c->nodes[c->n_nodes];
	memset(nd, 0, sizeof *nd);
	nd->prev = nd->next = NONE;
	return c->n_nodes++;
}

/* Turns the candidates for break b into active nodes linked after tail
 * (NONE: they start the list). Candidates that can never win (more than
 * fitness_demerits above the best of their key) are skipped. Returns the
 * number of nodes added. */
static size_t commit_candidates(lb_ctx *c, size_t b, size_t tail)
{
	size_t added = 0;
	if (!c->n_cands)
		return 0;
	size_t after = after_break(c, b);
	for (size_t i = 0; i < c->n_cands; i++) {
		const lb_cand *k = &c->cands[i];
		double best = k->total;
		for (size_t m = 0; m < c->n_cands; m++)
			if (c->cands[m].key == k->key &&
			    c->cands[m].run == k->run)
				best = fmin(best, c->cands[m].total);
		if (k->total > best + c->p->fitness_demerits)
			continue;
		size_t ni = node_new(c);
		lb_node *nd = &c->nodes[ni];
		nd->pos = b;
		nd->after = after;
		nd->line = k->line;
		nd->prev = k->prev;
		nd->total = k->total;
		nd->ratio = k->ratio;
		nd->width = k->width;
		nd->fitness = k->fitness;
		nd->overfull = k->overfull;
		nd->flagged = k->run;
		if (tail == NONE)
			c->active = ni;
		else
			c->nodes[tail].next = ni;
		tail = ni;
		added++;
	}
	return added;
}

/* Tries every active node against breakpoint b, deactivating the nodes
 * no later line can start from, then adds the new nodes. */
static void try_break(lb_ctx *c, size_t b)
{
	const lb_item *brk = item_at(c, b);
	int forced = is_forced(brk);
	double pw = brk->type == LB_PENALTY ? brk->width : 0;
	size_t prev = NONE, i = c->active, live = 0;
	c->n_cands = 0;
	while (i != NONE) {
		lb_node *a = &c->nodes[i];
		size_t next = a->next;
		int drop = forced;
		if (a->after <= b) {
			double L = c->sw[b] - c->sw[a->after];
			double B = c->sb[b] - c->sb[a->after] + pw;
			double Y = c->sy[b] - c->sy[a->after] + c->ey * B;
			double Z = c->sz[b] - c->sz[a->after] + c->ez * B;
			double W = line_width_of(c, a->line);
			lb_judge j;
			judge_line(c, L + pw, Y, Z, W, forced, &j);
			c->tried++;
			/* without the hyphen, shrunk: only grows from here */
			if (L - (c->p->ragged ? 0 : Z) > W + EPS)
				drop = 1;
			if (j.feasible || c->pass == 3)
				add_candidate(c, i, b, &j, L + pw);
		}
		if (drop) {
			if (prev == NONE)
				c->active = next;
			else
				c->nodes[prev].next = next;
		} else {
			prev = i;
			live++;
		}
		i = next;
	}
	live += commit_candidates(c, b, prev);
	if (live > c->max_active)
		c->max_active = live;
}

/* Runs one pass; returns the best final node, or NONE if every path
 * died (never in pass 3). */
static size_t run_pass(lb_ctx *c, int pass)
{
	c->pass = pass;
	c->n_nodes = 0;
	size_t start = node_new(c);
	c->nodes[start].fitness = c->start_fitness;
	c->nodes[start].flagged = c->start_flagged;
	c->active = start;
	for (size_t b = 0; b < c->n_eff; b++) {
		if (!is_break(c, b))
			continue;
		try_break(c, b);
		if (c->active == NONE)
			return NONE;
	}
	size_t best = NONE;
	for (size_t i = c->active; i != NONE; i = c->nodes[i].next)
		if (c->nodes[i].pos == c->n_eff - 1 &&
		    c->nodes[i].prev != NONE &&
		    (best == NONE || c->nodes[i].total < c->nodes[best].total))
			best = i;
	return best;
}

/* Where a part starts: after the last line kept of the part before. */
typedef struct lb_origin {
	size_t base;              /* its first item */
	size_t line;              /* lines before it */
	int    fitness, flagged;  /* of the line before it */
} lb_origin;

/* Sets the font expansion of line ln, which ends at node nd, as pdfTeX
 * does: the glyphs take what the line lacks or has too much first, up to
 * their limit (rounded to expand_step), and the glue the rest, so that
 * word spaces stay near their natural width. */
static void set_expansion(const lb_ctx *c, const lb_node *nd, lb_line *ln)
{
	const lb_params *p = c->p;
	size_t from = c->nodes[nd->prev].after, to = nd->pos;
	ln->expand = 0;
	if ((c->ey <= 0 && c->ez <= 0) || nd->ratio == 0 || from > to)
		return;
	const lb_item *brk = item_at(c, to);
	double B = c->sb[to] - c->sb[from] +
		   (brk->type == LB_PENALTY ? brk->width : 0);
	double Y = c->sy[to] - c->sy[from], Z = c->sz[to] - c->sz[from];
	double gap = line_width_of(c, nd->line - 1) - nd->width;
	if (B <= 0)
		return;
	double e = round(gap / B / p->expand_step) * p->expand_step;
	e = fmax(-c->ez, fmin(c->ey, e));
	double rest = gap - e * B;
	double g = rest > 0 ? (Y > 0 ? rest / Y : 0) : (Z > 0 ? rest / Z : 0);
	ln->ratio = fmax(-1, g);
	ln->expand = e;
}

/* Appends the line ending at node i (of a part starting at base) to r,
 * growing r->lines as needed (*cap is their capacity). */
static void append_line(const lb_ctx *c, size_t i, size_t base,
			lb_result *r, size_t *cap)
{
	if (r->n_lines == *cap) {
		*cap = *cap ? 2 * *cap : 16;
		r->lines = xrealloc(r->lines, *cap * sizeof *r->lines);
	}
	const lb_node *nd = &c->nodes[i];
	const lb_item *brk = item_at(c, nd->pos);
	lb_line *ln = &r->lines[r->n_lines++];
	ln->start = c->nodes[nd->prev].after;
	ln->end = nd->pos < c->n ? nd->pos : c->n;
	if (ln->start > ln->end)
		ln->start = ln->end;
	ln->start += base;
	ln->end += base;
	ln->ratio = nd->ratio;
	ln->width = nd->width;
	set_expansion(c, nd, ln);
	ln->hyphenated = brk->type == LB_PENALTY && brk->flagged;
	ln->overfull = nd->overfull;
	r->n_overfull += ln->overfull;
	r->n_hyphens += ln->hyphenated;
}

/* Runs the passes over the part in c: 0 (if there is a pretolerance),
 * 1, then 2 (if there is emergency stretch), then 3, stopping at the
 * first that reaches the end. Returns the last node of the best path
 * (never NONE: pass 3 always gets there). */
static size_t break_part(lb_ctx *c)
{
	size_t last = NONE;
	if (c->p->pretolerance >= 0)
		last = run_pass(c, 0);
	if (last == NONE)
		last = run_pass(c, 1);
	if (last == NONE && c->p->emergency_stretch > 0)
		last = run_pass(c, 2);
	if (last == NONE)
		last = run_pass(c, 3);
	return last;
}

/* The end of the part that starts at base: n when the rest is short
 * enough, else the first possible break at least LB_PART_ITEMS items on
 * (the part is broken as if the paragraph ended there). */
static size_t part_end(const lb_item *items, size_t n, size_t base)
{
	if (n - base <= LB_PART_ITEMS)
		return n;
	for (size_t e = base + LB_PART_ITEMS; e < n; e++) {
		const lb_item *it = &items[e];
		if ((it->type == LB_PENALTY && it->penalty < LB_INFINITY) ||
		    (it->type == LB_GLUE && items[e - 1].type == LB_BOX))
			return e;
	}
	return n;
}

/* Frees the prefix sums of a part. */
static void free_sums(lb_ctx *c)
{
	free(c->sw);
	free(c->sg);
	c->sw = NULL;
	c->sg = NULL;
}

/* Breaks items[o->base, end) as a paragraph of its own and appends its
 * lines to r: all of them when end is n, else those ending in the first
 * three quarters of the part (at least one); o moves past the last line
 * appended. Returns 0, or -1 if no path reached the end (cannot happen:
 * pass 3 always gets there). */
static int break_range(lb_ctx *c, const lb_item *items, size_t n,
		       size_t end, lb_origin *o, lb_result *r, size_t *cap)
{
	c->items = items + o->base;
	c->n = end - o->base;
	c->n_eff = is_forced(&c->items[c->n - 1]) ? c->n : c->n + 1;
	c->line0 = o->line;
	c->start_fitness = o->fitness;
	c->start_flagged = o->flagged;
	c->easy = !c->p->line_width ? 0 :
		  c->p->easy_line > o->line ? c->p->easy_line - o->line : 0;
	prefix_sums(c);
	size_t last = break_part(c);
	if (last == NONE || c->nodes[last].prev == NONE) {
		free_sums(c);
		return -1;
	}
	size_t count = 0;
	for (size_t i = last; c->nodes[i].prev != NONE; i = c->nodes[i].prev)
		count++;
	size_t *path = xmalloc(count * sizeof *path), k = count;
	for (size_t i = last; c->nodes[i].prev != NONE; i = c->nodes[i].prev)
		path[--k] = i;
	size_t keep = end == n ? count : 1;
	while (keep < count && c->nodes[path[keep]].pos <= c->n / 4 * 3)
		keep++;
	for (k = 0; k < keep; k++)
		append_line(c, path[k], o->base, r, cap);
	free_sums(c);
	const lb_node *at = &c->nodes[path[keep - 1]];
	r->demerits += at->total;
	if (c->pass > r->pass)
		r->pass = c->pass;
	o->base += at->after;
	o->line += keep;
	o->fitness = at->fitness;
	o->flagged = at->flagged;
	free(path);
	return 0;
}

/* Breaks items into lines, in parts when there are many (see the
 * header). */
int lb_break(const lb_item *items, size_t n, const lb_params *p,
	     lb_result *r)
{
	if (!r)
		return -1;
	memset(r, 0, sizeof *r);
	if (check_input(items, n, p) < 0)
		return -1;
	r->pass = 1;
	if (n == 0)
		return 0;
	r->pass = 0;   /* the highest pass of the parts */
	lb_ctx c;
	memset(&c, 0, sizeof c);
	c.p = p;
	c.ey = p->ragged ? 0 : p->expand_stretch;
	c.ez = p->ragged ? 0 : p->expand_shrink;
	lb_origin o = { 0, 0, FIT_DECENT, 0 };
	size_t cap = 0, end;
	int rc = 0;
	do {
		end = part_end(items, n, o.base);
		rc = break_range(&c, items, n, end, &o, r, &cap);
		r->n_parts++;
	} while (rc == 0 && end < n);
	r->max_active = c.max_active;
	r->tried = c.tried;
	free(c.nodes);
	free(c.cands);
	if (rc < 0)
		lb_result_free(r);
	return rc;
}
