/* linebreak.h - Knuth-Plass total-fit line breaking.
 *
 * A paragraph is a list of items, as in Knuth & Plass, "Breaking Paragraphs
 * into Lines" (1981): boxes (text that is never split), glue (space that
 * may stretch or shrink, and where a line may end if a box precedes it) and
 * penalties (a possible break and its cost; a hyphenation point is a
 * flagged penalty whose width is the hyphen's). lb_break() chooses the
 * breaks that minimise the sum of the demerits of all lines. It knows
 * nothing of fonts, text or PDF: widths are plain points.
 *
 * Building the items of a paragraph (what the paragraph builder must do):
 *
 *   word           a box per word, or several adjacent boxes for a word in
 *                  several fonts (no break is possible between boxes);
 *   interword      glue: width = the font's space width s, stretch = s/2,
 *                  shrink = s/3 (TeX's proportions); nothing at the start
 *                  of the paragraph and no trailing space at its end;
 *   hyphen point   lb_hyphenation(): a penalty of width = width of "-" in
 *                  the word's font, penalty = LB_HYPHEN_PENALTY,
 *                  flagged = 1, pattern = 1, placed between the boxes of
 *                  the word's pieces;
 *   explicit "-"   keep the "-" in the box before it and add a penalty of
 *                  width 0, LB_HYPHEN_PENALTY, flagged = 1 after it;
 *   no break       a penalty of LB_INFINITY before a glue (non-breaking
 *                  space), or simply a box holding the space;
 *   hard break     lb_append_finish() in the middle of the paragraph (a
 *                  line ends there, unstretched);
 *   end            lb_append_finish(): penalty(+inf), glue(0, LB_FIL, 0),
 *                  penalty(-inf). Without it lb_break() acts as if it were
 *                  there, but the last line's index then ends at n.
 *
 * Setting a line: items [start, end) of lb_line. Glue and non-forced
 * penalties after a break are dropped (start is past them); the break item
 * itself (items[end]) is dropped if it is glue, and its width (the hyphen)
 * is drawn at the end of the line if it is a penalty. Penalties inside the
 * line have no width. Each glue on the line is set to
 * width + ratio * stretch (ratio > 0) or width + ratio * shrink (ratio < 0).
 * With font expansion (lb_params expand_stretch, expand_shrink) every box
 * on the line, and the hyphen at its end, is set (1 + expand) times as
 * wide (the glyphs drawn that much wider or narrower).
 *
 * A very long paragraph (more than LB_PART_ITEMS items) is broken in
 * parts, so that the work and the memory stay bounded whatever its
 * length: the breaks of a part of about LB_PART_ITEMS items are chosen as
 * if the paragraph ended there, the lines in its first three quarters are
 * kept, and the next part starts after the last line kept (from where it
 * left off: the line number, and whether that line was hyphenated and how
 * loose it was). Each part goes through the passes on its own, so a word
 * that cannot fit sends only its own part to the third pass. The result
 * says in how many parts a paragraph was broken.
 *
 * Ownership: lb_break() reads the items and the parameters only during the
 * call and keeps nothing; the result's lines are malloc'd and released
 * with lb_result_free(). Memory comes from xmalloc() (util/arena.h), so
 * running out of it exits rather than failing. No global state: any
 * number of threads may break paragraphs at once. */
#ifndef COACHKIT_LINEBREAK_H
#define COACHKIT_LINEBREAK_H

#include <stddef.h>

typedef enum { LB_BOX, LB_GLUE, LB_PENALTY } lb_type;

typedef struct lb_item {
	lb_type type;
	double  width;            /* points, >= 0 */
	double  stretch, shrink;  /* glue only, >= 0 */
	double  penalty;          /* penalty only; <= -LB_INFINITY forces a
				   * break, >= LB_INFINITY forbids one */
	int     flagged;          /* penalty only: a hyphen break (consecutive
				   * flagged breaks cost flagged_demerits) */
	int     pattern;          /* penalty only: a hyphenation point found
				   * by the patterns, which the pass without
				   * hyphenation (pretolerance) leaves out;
				   * an author's hyphen or dash is not one */
} lb_item;

#define LB_INFINITY 10000.0
/* Stretch of the glue that fills a paragraph's last line ("fil"). */
#define LB_FIL 100000.0
/* Suggested cost of a hyphenation point (TeX's \hyphenpenalty). */
#define LB_HYPHEN_PENALTY 50.0
/* Paragraphs of more items are broken in parts of about this many (some
 * 2,000 words of Dutch text). */
#define LB_PART_ITEMS 10000

typedef struct lb_params {
	/* Width of line n (0-based), or NULL for a constant `width`. Lets a
	 * list item hang or a first line indent. A negative result counts
	 * as 0. */
	double (*line_width)(void *ud, size_t line);
	void   *ud;
	double  width;            /* used when line_width is NULL */
	/* With line_width: every line from easy_line on is as wide as line
	 * easy_line. Lets lb_break() merge paths that differ only in their
	 * line count; SIZE_MAX (the default) assumes nothing. */
	size_t  easy_line;
	/* Largest adjustment ratio (stretch used / stretch available) a line
	 * may have: a line is feasible when -1 <= ratio <= tolerance. The
	 * badness of a line is 100 * |ratio|^3, so 1.0 ~ TeX's tolerance 100,
	 * 1.26 ~ 200, 2.0 ~ 800 (the default). */
	double  tolerance;
	double  line_penalty;     /* l in (l + b)^2, 10 */
	double  flagged_demerits; /* two hyphenated lines in a row, 3000 */
	double  fitness_demerits; /* adjacent lines two or more fitness
				   * classes apart (very loose next to decent
				   * or tight, ...), 3000 */
	double  final_hyphen_demerits; /* the last line begins with the end
				   * of a hyphenated word, 5000 */
	/* The first pass, as in TeX: when pretolerance >= 0, the paragraph
	 * is first broken without the hyphenation points of the patterns
	 * (items with pattern set), judging lines with pretolerance instead
	 * of tolerance; only if that finds no breaks do the passes with
	 * hyphenation follow. -1 (the default) skips it; 1.0 is TeX's
	 * \pretolerance 100. */
	double  pretolerance;
	/* At most this many hyphenated lines in a row, except in the last
	 * resort (pass 3); 0 (the default): no limit. */
	int     max_hyphen_run;
	/* The last line (any line ending at a forced break) that follows a
	 * hyphen must hold more than the end of that word: at least one
	 * space, so a whole word, except in the last resort. 0 (the
	 * default): allowed. */
	int     last_line_word;
	/* Even spacing: adjacent lines of a paragraph whose adjustment
	 * ratios differ by d cost spacing_demerits * d^2 more (not the last
	 * line, nor lines next to a forced break). Finer than the fitness
	 * classes, and not exact: the best path to a break is kept per
	 * fitness class only. 0 (the default): off. */
	double  spacing_demerits;
	/* Stretch added to every line for the badness in the second pass
	 * (and the third), points; 0 skips the second pass. The default is
	 * a tenth of the width. It only judges lines: the glue on the line
	 * is still set from its own stretch, so such lines may report a
	 * ratio above the tolerance. */
	double  emergency_stretch;
	/* Ragged right: lines are set at their natural width (ratio 0, no
	 * stretching and no shrinking). A line is judged by the space left
	 * at its end, as if it could stretch by ragged_stretch (or, when
	 * that is 0, by the stretch of its glue): badness 100 * (space left
	 * / stretch)^3, and feasible up to the tolerance. Breaks therefore
	 * balance line lengths; 3 em is a good ragged_stretch. */
	int     ragged;
	double  ragged_stretch;
	/* Font expansion, as pdfTeX's: the boxes of a line (and the hyphen
	 * at its end) may be set up to expand_stretch wider or expand_shrink
	 * narrower (fractions of their width: 0.02 is 2%), which adds
	 * expand_stretch (expand_shrink) times the width of the boxes to the
	 * line's stretch (shrink) when lines are judged. A chosen line's
	 * glyphs then take what it lacks (or has too much) first, up to the
	 * limit, and its glue the rest, so word spaces stay near their
	 * natural width and neighbouring lines look alike. The expansion of
	 * a line is a multiple of expand_step (> 0; 0.001 by default). Not
	 * in ragged lines. 0 (the default): none. */
	double  expand_stretch, expand_shrink, expand_step;
} lb_params;

/* Sets the defaults above for lines of one width (points). */
void lb_params_default(lb_params *p, double width);

typedef struct lb_line {
	size_t start, end;   /* items [start, end); end is the break item (n
			      * when the paragraph had no finishing penalty) */
	double ratio;        /* adjustment ratio to set the glue with: 0 for
			      * ragged lines, lines ending at a forced break
			      * that are short, and lines without stretch;
			      * -1 for overfull lines. Within [-1, tolerance]
			      * in passes 0 and 1 (pretolerance in pass 0);
			      * in passes 2 and 3 a line may be looser (a
			      * renderer may cap the ratio and leave the
			      * rest of the line empty). With expansion, the
			      * ratio of the glue alone, in what the expanded
			      * boxes leave (near 0 while they are within
			      * their limit) */
	double width;        /* natural width of the content (with the hyphen
			      * of a penalty break), unexpanded */
	double expand;       /* font expansion: the boxes and the hyphen are
			      * set (1 + expand) times as wide; a multiple of
			      * expand_step in [-expand_shrink,
			      * expand_stretch], 0 without expansion. ratio
			      * sets the glue in what the boxes leave */
	int    hyphenated;   /* ends at a flagged penalty */
	int    overfull;     /* wider than the line even when fully shrunk */
} lb_line;

typedef struct lb_result {
	lb_line *lines;      /* malloc'd; lb_result_free() */
	size_t   n_lines;
	int      pass;       /* 0 without hyphenation (pretolerance), 1
			      * normal, 2 emergency stretch, 3 last resort
			      * (lines may be overfull or too loose); of a
			      * paragraph in parts, the highest of its parts */
	double   demerits;   /* of the chosen breaks, in the pass that found
			      * them (pass 3 adds large artificial costs);
			      * in parts, the sum of the lines kept */
	int      n_overfull, n_hyphens;
	size_t   n_parts;    /* the paragraph was broken in (1: whole) */
	/* The work done, over every pass and part: the most active nodes
	 * at once (breaks a line may still start after), and how many
	 * lines were judged. When all lines are as wide (or from easy_line
	 * on), the first stays near four times the breaks a line can hold
	 * and the second grows in proportion to the paragraph; lines of
	 * differing widths keep a node per line number, so a part of m
	 * lines may hold some m times as many. */
	size_t   max_active, tried;
} lb_result;

/* Breaks items[0..n) into lines. Always succeeds on valid input (the third
 * pass accepts overfull and underfull lines, choosing the least overfull
 * ones). Returns 0, or -1 (r empty) when an argument is NULL (items may be
 * NULL when n is 0), a width, stretch or shrink is negative or not
 * finite, a penalty is NaN, or tolerance is negative. n == 0 gives no
 * lines. r need not be initialised; free it with lb_result_free(). */
int lb_break(const lb_item *items, size_t n, const lb_params *p,
	     lb_result *r);

/* Frees r's lines and empties it; NULL is fine. */
void lb_result_free(lb_result *r);

/* Writes the finishing sequence of a paragraph (or of a hard line break)
 * at dst, which must have room for 3 items: penalty(+inf) glue(0, LB_FIL,
 * 0) penalty(-inf). Returns 3. */
size_t lb_append_finish(lb_item *dst);

/* Helpers that fill an item; they return it for use in initialisers. */
lb_item lb_box(double width);
lb_item lb_glue(double width, double stretch, double shrink);
lb_item lb_penalty(double width, double penalty, int flagged);
/* A hyphenation point of the patterns: a flagged penalty with pattern
 * set. */
lb_item lb_hyphenation(double width, double penalty);

#endif
