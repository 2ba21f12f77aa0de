/* worksheet.c - the worksheets (werkbladen): one A4 page each to fill in,
 * from content/werkbladen/ (content/worksheets.h).
 *
 * A band across the top, the title and the introduction, then the parts
 * top to bottom (fields on one line, texts, questions over writing lines,
 * frames, diagrams, score tables, numbered steps), and a foot with the
 * source line and the organisation. Everything but the writing lines is
 * set at fixed sizes; the lines share what room is left, from LINE_MIN to
 * LINE_MAX apart. A sheet whose parts do not fit one page even with the
 * lines LINE_MIN apart is an error at its 'onderdelen', with the heights;
 * a sheet never runs over its page. Written as print/werkbladen/NAME.pdf,
 * all together as print/werkbladen.pdf, with an SVG preview each. */
#include "worksheet.h"
#include "print.h"
#include "sheet.h"
#include "content/worksheets.h"
#include "diagram/diagram.h"
#include "layout/textfit.h"
#include "util/diag.h"
#include "util/typo.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define PAGE_W   (210 * MM)
#define PAGE_H   (297 * MM)
#define MARGIN   (14 * MM)
#define WIDTH    (PAGE_W - 2 * MARGIN)
#define BAND     (9 * MM)            /* the coloured band at the top */
#define GAP      (4 * MM)            /* between parts */
#define PAD      (2.5 * MM)          /* inside frames and boxes */
#define LINE_MIN (7 * MM)            /* writing lines: room for a hand */
#define LINE_MAX (9 * MM)
#define BODY     9.5                 /* type sizes, points */
#define SMALL    7.5
#define FIELD_H  (8 * MM)            /* a line of fields */
#define FIELD_MIN (22 * MM)          /* the room to write in a field */
#define BOX_MIN  (4 * MM)            /* a score box's side */
#define LABEL_W  (13 * MM)           /* a score column at the least */
#define ITEMS_MIN (55 * MM)          /* a score table's item column */
#define LINE_COLOUR 0xAEBBBFu

/* A part laid out: its height without its writing lines, its lines,
 * and its texts set. */
typedef struct box {
	const ws_part *p;
	double   y, h;           /* top; height without writing lines */
	int      lines;          /* writing lines it holds */
	textfit  text;           /* tekst, vraag, vak: the text */
	textfit *items;          /* velden, stappen, schaal: one each */
	textfit *labels;         /* schaal: one per label */
	textfit *columns;        /* schaal: one per kolom */
	double  *cell_w;         /* velden: each field's width */
	double   label_w, head_h; /* schaal */
	double  *row_h;          /* schaal: each row */
} box;

typedef struct layout {
	const worksheet *w;
	textfit  eyebrow, title, intro, bron, foot_l, foot_r;
	box     *boxes;
	double   top;            /* where the parts begin */
	double   line;           /* the writing lines' distance */
} layout;

/* Sets text at size in a box w wide (any height), in the sans; 0, or
 * -1 when a word is wider than w. */
static int set(print_ctx *c, const char *text, int face, double size,
	       double w, diag_pos at, textfit *out)
{
	textfit_style st = { 1, face, size, size, 1.3, 1, 1, at.file,
			     at.line };
	return textfit_set(c->ts, c->a, typo_quotes(c->a, text), &st, size,
			   w, -1, out) == TEXTFIT_TOO_WIDE ? -1 : 0;
}

static int too_wide(diag_pos at, const char *what)
{
	diag_error(at.file, at.line, at.col, "%s heeft een woord dat te "
		   "breed is voor zijn plek op het werkblad: maak het korter",
		   what);
	return -1;
}

/* Fields side by side: each as wide as its label and an equal share of
 * the rest, which must leave FIELD_MIN to write in each. */
static int measure_fields(print_ctx *c, box *b)
{
	const ws_part *p = b->p;
	b->items = arena_alloc(c->a, p->n_items * sizeof *b->items);
	b->cell_w = arena_alloc(c->a, p->n_items * sizeof *b->cell_w);
	double used = 0;
	for (size_t i = 0; i < p->n_items; i++) {
		if (set(c, p->items[i], FACE_BOLD, BODY, WIDTH, p->content_at,
			&b->items[i]) < 0 || b->items[i].n_lines > 1)
			return too_wide(p->content_at, "een veld");
		used += b->items[i].width + 2 * MM;
	}
	double each = (WIDTH - used - 5 * MM * (double)(p->n_items - 1)) /
		      (double)p->n_items;
	if (each < FIELD_MIN) {
		diag_error(p->content_at.file, p->content_at.line,
			   p->content_at.col, "de velden passen niet naast "
			   "elkaar op één regel met %.0f mm om in te schrijven "
			   "elk: maak ze korter, of verdeel ze over twee "
			   "regels", FIELD_MIN / MM);
		return -1;
	}
	for (size_t i = 0; i < p->n_items; i++)
		b->cell_w[i] = b->items[i].width + 2 * MM + each;
	b->h = FIELD_H;
	return 0;
}

/* A score table: a column of items, a column per label (per kolom). */
static int measure_scale(print_ctx *c, box *b)
{
	const ws_part *p = b->p;
	size_t groups = p->n_columns ? p->n_columns : 1;
	b->labels = arena_alloc(c->a, p->n_labels * sizeof *b->labels);
	b->label_w = LABEL_W;
	for (size_t i = 0; i < p->n_labels; i++) {
		textfit_style st = { 1, FACE_REGULAR, SMALL, SMALL, 1.2, 0, 0,
				     NULL, 0 };
		b->label_w = fmax(b->label_w, textfit_widest_word(c->ts,
				  p->labels[i], &st, SMALL) + 2 * MM);
	}
	double items_w = WIDTH - b->label_w * (double)(p->n_labels * groups);
	if (items_w < ITEMS_MIN) {
		diag_error(p->content_at.file, p->content_at.line,
			   p->content_at.col, "de schaal heeft te veel hokjes "
			   "voor de breedte van het blad: gebruik minder of "
			   "kortere labels");
		return -1;
	}
	b->head_h = 0;
	for (size_t i = 0; i < p->n_labels; i++) {
		if (set(c, p->labels[i], FACE_REGULAR, SMALL, b->label_w -
			1 * MM, p->content_at, &b->labels[i]) < 0)
			return too_wide(p->content_at, "een label");
		b->head_h = fmax(b->head_h, b->labels[i].height);
	}
	b->head_h += 2 * MM;
	if (p->n_columns) {
		b->columns = arena_alloc(c->a, groups * sizeof *b->columns);
		for (size_t k = 0; k < groups; k++)
			if (set(c, p->columns[k], FACE_BOLD, SMALL + 0.5,
				b->label_w * (double)p->n_labels,
				p->content_at, &b->columns[k]) < 0)
				return too_wide(p->content_at, "een kolom");
		b->head_h += b->columns[0].height + 1.5 * MM;
	}
	b->items = arena_alloc(c->a, p->n_items * sizeof *b->items);
	b->row_h = arena_alloc(c->a, p->n_items * sizeof *b->row_h);
	b->h = b->head_h;
	for (size_t i = 0; i < p->n_items; i++) {
		if (set(c, p->items[i], FACE_REGULAR, BODY - 0.5, items_w -
			2 * PAD, p->content_at, &b->items[i]) < 0)
			return too_wide(p->content_at, "een item");
		b->row_h[i] = fmax(b->items[i].height + 2 * MM, 6.5 * MM);
		b->h += b->row_h[i];
	}
	return 0;
}

/* Numbered steps, each with its writing lines under it. */
static int measure_steps(print_ctx *c, box *b)
{
	const ws_part *p = b->p;
	b->items = arena_alloc(c->a, p->n_items * sizeof *b->items);
	b->h = 0;
	for (size_t i = 0; i < p->n_items; i++) {
		if (set(c, p->items[i], FACE_REGULAR, BODY, WIDTH - 8 * MM,
			p->content_at, &b->items[i]) < 0)
			return too_wide(p->content_at, "een stap");
		b->h += b->items[i].height + (i ? 2.5 * MM : 0);
	}
	b->lines = p->regels * (int)p->n_items;
	return 0;
}

/* The height a hoogte gives, or dflt; -1 after reporting. */
static double height_of(const ws_part *p, double dflt)
{
	if (!p->hoogte)
		return dflt;
	double v = print_length(p->hoogte);
	if (v < 0 || !print_measure_ok(PRINT_BOX, v)) {
		diag_error(p->hoogte_at.file, p->hoogte_at.line,
			   p->hoogte_at.col, "'hoogte' moet een lengte zijn "
			   "%s, zoals 30mm, niet '%s'",
			   print_measure_bounds(PRINT_BOX), p->hoogte);
		return -1;
	}
	return v;
}

/* A diagram at its height, checked by drawing it without a canvas. */
static int measure_diagram(print_ctx *c, box *b)
{
	const ws_part *p = b->p;
	const diagram *d = c->diagrams ? diagram_set_get(c->diagrams,
							 p->text) : NULL;
	if (!d)
		return -1;   /* reported when loading */
	b->h = height_of(p, WIDTH / diagram_aspect(d));
	if (b->h < 0)
		return -1;
	diagram_error e;
	double at[4] = { MARGIN, 0, WIDTH, b->h };
	int rc = p->schrijven ?
		 diagram_draw_writing(d, NULL, c->ts, at, &e) :
		 diagram_draw_floor(d, NULL, c->ts, at, 0, &e);
	if (rc < 0)
		diagram_report(&e);
	return rc;
}

/* Lays out part b->p alone: its texts and its own height. */
static int measure(print_ctx *c, box *b)
{
	const ws_part *p = b->p;
	switch (p->kind) {
	case WS_VELDEN:
		return measure_fields(c, b);
	case WS_SCHAAL:
		return measure_scale(c, b);
	case WS_STAPPEN:
		return measure_steps(c, b);
	case WS_DIAGRAM:
		return measure_diagram(c, b);
	case WS_TEKST:
		if (set(c, p->text, FACE_REGULAR, BODY - 0.5, WIDTH - 2 * PAD,
			p->content_at, &b->text) < 0)
			return too_wide(p->content_at, "de tekst");
		b->h = b->text.height + 2 * PAD;
		return 0;
	case WS_VRAAG:
		if (set(c, p->text, FACE_BOLD, BODY, WIDTH, p->content_at,
			&b->text) < 0)
			return too_wide(p->content_at, "de vraag");
		b->h = b->text.height;
		b->lines = p->regels;
		return 0;
	case WS_VAK:
		if (set(c, p->text, FACE_BOLD, BODY, WIDTH - 2 * PAD,
			p->content_at, &b->text) < 0)
			return too_wide(p->content_at, "het kader");
		b->h = height_of(p, 30 * MM);
		if (b->h >= 0 && b->h < b->text.height + 2 * PAD + 6 * MM) {
			diag_error(p->hoogte_at.line ? p->hoogte_at.file :
				   p->at.file, p->hoogte_at.line ?
				   p->hoogte_at.line : p->at.line,
				   p->hoogte_at.line ? p->hoogte_at.col :
				   p->at.col, "het kader is te laag voor zijn "
				   "kopje en wat ruimte om te schrijven");
			return -1;
		}
		return b->h < 0 ? -1 : 0;
	default:
		return -1;
	}
}

/* The head: eyebrow in the band, title, introduction; the foot: the
 * source line over the organisation and the imprint. */
static int lay_out_frame(print_ctx *c, layout *l, double *bottom)
{
	const worksheet *w = l->w;
	set(c, print_ui(c, "werkblad"), FACE_BOLD, SMALL + 0.5, WIDTH / 2,
	    print_ui_at(c), &l->eyebrow);
	textfit_style ts = { 1, FACE_BOLD, 20, 14, 1.15, 0, 0,
			     w->titel_at.file, w->titel_at.line };
	if (textfit_fit(c->ts, c->a, typo_quotes(c->a, w->titel), &ts, WIDTH,
			2 * 20 * 1.15, &l->title) != TEXTFIT_OK) {
		diag_error(w->titel_at.file, w->titel_at.line, w->titel_at.col,
			   "de titel past niet op twee regels: maak hem "
			   "korter");
		return -1;
	}
	double y = BAND + 6 * MM + l->title.height;
	if (w->inleiding) {
		if (set(c, w->inleiding, FACE_REGULAR, BODY, WIDTH,
			w->inleiding_at, &l->intro) < 0)
			return too_wide(w->inleiding_at, "de inleiding");
		y += 2 * MM + l->intro.height;
	}
	l->top = y + 5 * MM;
	if (set(c, w->bron, FACE_REGULAR, SMALL - 0.5, WIDTH, w->bron_at,
		&l->bron) < 0)
		return too_wide(w->bron_at, "de bron");
	set(c, c->s->organisation ? c->s->organisation : c->s->title,
	    FACE_REGULAR, SMALL - 0.5, WIDTH / 2, print_org_at(c), &l->foot_l);
	set(c, print_imprint(c), FACE_REGULAR, SMALL - 1, WIDTH / 2,
	    print_ui_at(c), &l->foot_r);
	*bottom = PAGE_H - MARGIN + 4 * MM - l->foot_l.height - 1.5 * MM -
		  l->bron.height - 3 * MM;
	return 0;
}

/* Lays out sheet w on A4: every part, then the writing lines' distance
 * from the room left; 0, or -1 after reporting. */
static int lay_out(print_ctx *c, const worksheet *w, layout *l)
{
	memset(l, 0, sizeof *l);
	l->w = w;
	double bottom;
	if (lay_out_frame(c, l, &bottom) < 0)
		return -1;
	l->boxes = arena_alloc(c->a, (w->n_parts + 1) * sizeof *l->boxes);
	double fixed = 0;
	int lines = 0, rc = 0;
	for (size_t i = 0; i < w->n_parts; i++) {
		box *b = &l->boxes[i];
		b->p = &w->parts[i];
		if (measure(c, b) < 0) {
			rc = -1;
			continue;
		}
		fixed += b->h + (i ? GAP : 0);
		lines += b->lines;
	}
	if (rc < 0)
		return -1;
	double room = bottom - l->top;
	l->line = lines ? fmin(LINE_MAX, (room - fixed) / lines) : LINE_MAX;
	if (fixed + lines * LINE_MIN > room) {
		diag_pos at = w->onderdelen_at;
		diag_error(at.file, at.line, at.col, "het werkblad past niet "
			   "op één A4-pagina: de onderdelen zijn %.0f mm hoog "
			   "(met %d schrijflijnen van %.0f mm), er is %.0f mm; "
			   "haal een onderdeel weg, of maak er een korter of "
			   "lager", (fixed + lines * LINE_MIN) / MM, lines,
			   LINE_MIN / MM, room / MM);
		return -1;
	}
	double y = l->top;
	for (size_t i = 0; i < w->n_parts; i++) {
		l->boxes[i].y = y;
		y += l->boxes[i].h + l->boxes[i].lines * l->line + GAP;
	}
	return 0;
}

static void text_draw(canvas *cv, const textfit *t, double x, double y,
		      double w, uint32_t colour)
{
	textfit_place at = { x, y, w, t->height, TEXTFIT_LEFT, TEXTFIT_TOP };
	textfit_draw(cv, t, &at, colour);
}

/* n writing lines from y down, x to x + w; the first l->line below y. */
static void draw_lines(canvas *cv, const layout *l, double x, double y,
		       double w, int n)
{
	canvas_style st = { CANVAS_NONE, LINE_COLOUR, 0.6, 0, 0, 0 };
	for (int i = 1; i <= n; i++)
		canvas_segment(cv, x, y + i * l->line - 1.5 * MM, x + w,
			       y + i * l->line - 1.5 * MM, &st);
}

static void draw_fields(print_ctx *c, canvas *cv, const box *b)
{
	double x = MARGIN, base = b->y + FIELD_H - 2 * MM;
	canvas_style st = { CANVAS_NONE, c->st->text, 0.6, 0, 0, 0 };
	for (size_t i = 0; i < b->p->n_items; i++) {
		const textfit *t = &b->items[i];
		text_draw(cv, t, x, base - 0.78 * t->leading, t->width,
			  c->st->text);
		canvas_segment(cv, x + t->width + 2 * MM, base + 1,
			       x + b->cell_w[i], base + 1, &st);
		x += b->cell_w[i] + 5 * MM;
	}
}

/* A score table: the header (kolommen over the labels), then a row per
 * item with a box per label, every other row tinted. */
static void draw_scale(print_ctx *c, canvas *cv, const box *b)
{
	const ws_part *p = b->p;
	size_t groups = p->n_columns ? p->n_columns : 1;
	double lw = b->label_w, gw = lw * (double)p->n_labels;
	double x0 = MARGIN + WIDTH - gw * (double)groups, y = b->y;
	canvas_style rule = { CANVAS_NONE, c->st->primary, 0.8, 0, 0, 0 };
	for (size_t k = 0; k < groups; k++) {
		double gx = x0 + gw * (double)k, ly = y;
		if (p->n_columns) {
			textfit_place at = { gx, y, gw, b->columns[k].height,
					     TEXTFIT_CENTRE, TEXTFIT_TOP };
			textfit_draw(cv, &b->columns[k], &at, c->st->primary);
			ly += b->columns[k].height + 1.5 * MM;
		}
		for (size_t i = 0; i < p->n_labels; i++) {
			textfit_place at = { gx + lw * (double)i, ly, lw,
					     b->head_h - (ly - y) - 2 * MM,
					     TEXTFIT_CENTRE, TEXTFIT_BOTTOM };
			textfit_draw(cv, &b->labels[i], &at, c->st->muted);
		}
	}
	y += b->head_h;
	canvas_segment(cv, MARGIN, y, MARGIN + WIDTH, y, &rule);
	canvas_style tint = { print_tint(c->st->primary, 0.93), CANVAS_NONE,
			      0, 0, 0, 0 };
	canvas_style sq = { 0xFFFFFF, c->st->text, 0.7, 0, 0, 0 };
	for (size_t r = 0; r < p->n_items; r++) {
		double h = b->row_h[r];
		if (r % 2 == 0)
			canvas_rect(cv, MARGIN, y, WIDTH, h, 0, &tint);
		text_draw(cv, &b->items[r], MARGIN + PAD, y + 1 * MM,
			  x0 - MARGIN - 2 * PAD, c->st->text);
		for (size_t k = 0; k < groups * p->n_labels; k++)
			canvas_rect(cv, x0 + lw * ((double)k + 0.5) -
				    BOX_MIN / 2, y + h / 2 - BOX_MIN / 2,
				    BOX_MIN, BOX_MIN, 0.6, &sq);
		y += h;
	}
	canvas_segment(cv, MARGIN, y, MARGIN + WIDTH, y, &rule);
	for (size_t k = 1; k < groups; k++)   /* between the kolommen */
		canvas_segment(cv, x0 + gw * (double)k, b->y,
			       x0 + gw * (double)k, y, &rule);
}

static void draw_steps(print_ctx *c, canvas *cv, const layout *l,
		       const box *b)
{
	double y = b->y;
	int f = typeset_id(c->ts, 1, FACE_BOLD);
	canvas_style dot = { c->st->primary, CANVAS_NONE, 0, 0, 0, 0 };
	for (size_t i = 0; i < b->p->n_items; i++) {
		const textfit *t = &b->items[i];
		double base = y + 0.78 * t->leading, r = 2.6 * MM;
		canvas_circle(cv, MARGIN + r, base - BODY * 0.34, r, &dot);
		char num[24];
		snprintf(num, sizeof num, "%zu", i + 1);
		double nw = font_text_width(typeset_font(c->ts, 1, FACE_BOLD),
					    num, strlen(num), BODY * 0.85);
		canvas_text(cv, f, BODY * 0.85, 0xFFFFFF, MARGIN + r - nw / 2,
			    base - BODY * 0.05, num, strlen(num));
		text_draw(cv, t, MARGIN + 8 * MM, y, WIDTH - 8 * MM,
			  c->st->text);
		y += t->height;
		draw_lines(cv, l, MARGIN + 8 * MM, y, WIDTH - 8 * MM,
			   b->p->regels);
		y += b->p->regels * l->line + 2.5 * MM;
	}
}

static void draw_part(print_ctx *c, canvas *cv, const layout *l,
		      const box *b)
{
	const ws_part *p = b->p;
	switch (p->kind) {
	case WS_VELDEN:
		draw_fields(c, cv, b);
		break;
	case WS_SCHAAL:
		draw_scale(c, cv, b);
		break;
	case WS_STAPPEN:
		draw_steps(c, cv, l, b);
		break;
	case WS_DIAGRAM: {
		const diagram *d = diagram_set_get(c->diagrams, p->text);
		double at[4] = { MARGIN, b->y, WIDTH, b->h };
		diagram_error e;
		if (p->schrijven)
			diagram_draw_writing(d, cv, c->ts, at, &e);
		else
			diagram_draw_floor(d, cv, c->ts, at, 0, &e);
		break;
	}
	case WS_TEKST: {
		canvas_style bg = { print_tint(c->st->primary, 0.92),
				    CANVAS_NONE, 0, 0, 0, 0 };
		canvas_rect(cv, MARGIN, b->y, WIDTH, b->h, 1.5 * MM, &bg);
		text_draw(cv, &b->text, MARGIN + PAD, b->y + PAD,
			  WIDTH - 2 * PAD, c->st->text);
		break;
	}
	case WS_VRAAG:
		text_draw(cv, &b->text, MARGIN, b->y, WIDTH, c->st->primary);
		draw_lines(cv, l, MARGIN, b->y + b->h, WIDTH, b->lines);
		break;
	case WS_VAK: {
		canvas_style fr = { CANVAS_NONE, print_tint(c->st->primary,
				    0.4), 0.9, 0, 0, 0 };
		canvas_rect(cv, MARGIN, b->y, WIDTH, b->h, 1.5 * MM, &fr);
		text_draw(cv, &b->text, MARGIN + PAD, b->y + PAD,
			  WIDTH - 2 * PAD, c->st->primary);
		break;
	}
	default:
		break;
	}
}

static void draw(print_ctx *c, canvas *cv, const layout *l, double bleed)
{
	canvas_style band = { c->st->primary, CANVAS_NONE, 0, 0, 0, 0 };
	canvas_rect(cv, -bleed, -bleed, PAGE_W + 2 * bleed, BAND + bleed, 0,
		    &band);
	textfit_place at = { MARGIN, 0, WIDTH, BAND, TEXTFIT_LEFT,
			     TEXTFIT_MIDDLE };
	textfit_draw(cv, &l->eyebrow, &at, 0xFFFFFF);
	double y = BAND + 6 * MM;
	text_draw(cv, &l->title, MARGIN, y, WIDTH, c->st->primary);
	y += l->title.height + 2 * MM;
	if (l->w->inleiding)
		text_draw(cv, &l->intro, MARGIN, y, WIDTH, c->st->text);
	for (size_t i = 0; i < l->w->n_parts; i++)
		draw_part(c, cv, l, &l->boxes[i]);
	double fy = PAGE_H - MARGIN + 4 * MM - l->foot_l.height;
	double by = fy - 1.5 * MM - l->bron.height;
	canvas_style rule = { CANVAS_NONE, 0xC9D3D6, 0.5, 0, 0, 0 };
	canvas_segment(cv, MARGIN, by - 2 * MM, MARGIN + WIDTH, by - 2 * MM,
		       &rule);
	text_draw(cv, &l->bron, MARGIN, by, WIDTH, c->st->muted);
	text_draw(cv, &l->foot_l, MARGIN, fy, WIDTH / 2, c->st->muted);
	at = (textfit_place){ MARGIN + WIDTH / 2, fy, WIDTH / 2,
			      l->foot_l.height, TEXTFIT_RIGHT, TEXTFIT_TOP };
	textfit_draw(cv, &l->foot_r, &at, c->st->muted);
}

/* The SVG preview, under dir. */
static const char *preview(print_ctx *c, const layout *l, const char *dir)
{
	canvas *cv = print_svg_canvas(c, l->w->titel);
	canvas_page_begin(cv, PAGE_W, PAGE_H, NULL);
	draw(c, cv, l, 0);
	canvas_page_end(cv);
	return print_svg_save(c, cv, dir, arena_printf(c->a,
			      "voorbeeld/werkblad-%s.svg", l->w->name));
}

typedef struct worksheet_job {
	worksheets ws;
	layout    *ls;
} worksheet_job;

/* Loads every sheet and lays it out: each error at its place. */
static void *worksheet_check(print_ctx *c, int *bad)
{
	worksheet_job *j = arena_alloc(c->a, sizeof *j);
	*bad = worksheets_load((site *)c->s, &j->ws) != 0;
	j->ls = arena_alloc(c->a, (j->ws.n + 1) * sizeof *j->ls);
	for (size_t i = 0; i < j->ws.n; i++) {
		const worksheet *w = j->ws.items[i];
		if (w->bad) {   /* reported; its parts may be incomplete, */
			*bad = 1;     /* but their heights are checked too */
			for (size_t k = 0; k < w->n_parts; k++)
				height_of(&w->parts[k], 0);
			continue;
		}
		if (lay_out(c, w, &j->ls[i]) < 0)
			*bad = 1;
		print_item_add(c, "werkblad", w->titel, arena_printf(c->a,
			       "werkbladen/%s.pdf", w->name), arena_printf(c->a,
			       "voorbeeld/werkblad-%s.svg", w->name), w->page);
	}
	return j->ws.n ? j : NULL;
}

/* A PDF per sheet, all of them in werkbladen.pdf, and the previews. */
static int worksheet_render(print_ctx *c, void *state, const char *dir,
			    print_stats *st)
{
	const worksheet_job *j = state;
	int rc = 0;
	canvas *all = print_canvas(c, print_ui(c, "werkbladen"));
	sheet sh = sheet_make(PAGE_W, PAGE_H, c->s->print_professional);
	for (size_t i = 0; i < j->ws.n; i++) {
		const layout *l = &j->ls[i];
		canvas *one = print_canvas(c, l->w->titel);
		canvas *both[2] = { one, all };
		for (int k = 0; k < 2; k++) {
			sheet_begin(&sh, both[k]);
			draw(c, both[k], l, sh.bleed);
			sheet_end(&sh, both[k]);
		}
		const char *pdf = arena_printf(c->a, "werkbladen/%s.pdf",
					       l->w->name);
		if (print_save(c, one, dir, pdf, st) < 0 || !preview(c, l, dir))
			rc = -1;
	}
	if (print_save(c, all, dir, "werkbladen.pdf", st) < 0)
		rc = -1;
	return rc;
}

const print_product worksheet_product = {
	.name = "werkbladen", .check = worksheet_check,
	.render = worksheet_render,
};

PRINT_OUTPUT(worksheet_output, "werkbladen",
	     READS_SITE | READS_WORKSHEETS | READS_DIAGRAMS,
	     worksheet_product);
