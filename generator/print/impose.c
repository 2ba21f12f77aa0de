/* impose.c - cards n-up for duplex printing; see impose.h. */
#include "impose.h"
#include "sheet.h"

#include <math.h>
#include <stdio.h>

#define MARK_OFFSET (1.0 * MM)    /* from the card's corner */
#define MARK_LEN    (5.0 * MM)
#define TOUCHING    (2.0 * MM)    /* a smaller gap leaves no room */

static const canvas_style hair = { CANVAS_NONE, CANVAS_REGISTRATION, 0.25,
				   0, 0, 0 };

int impose_grid_make(impose_grid *g, double sheet_w, double sheet_h,
		     double card_w, double card_h, double margin, double gap)
{
	const double eps = 1e-6;
	if (gap < TOUCHING)
		gap = 0;
	*g = (impose_grid){ sheet_w, sheet_h, card_w, card_h, gap, 0, 0, 0, 0 };
	double room_w = sheet_w - 2 * margin, room_h = sheet_h - 2 * margin;
	if (card_w <= 0 || card_h <= 0 || room_w + eps < card_w ||
	    room_h + eps < card_h)
		return 0;
	g->cols = (int)floor((room_w + gap + eps) / (card_w + gap));
	g->rows = (int)floor((room_h + gap + eps) / (card_h + gap));
	double block_w = g->cols * card_w + (g->cols - 1) * gap;
	double block_h = g->rows * card_h + (g->rows - 1) * gap;
	g->x0 = (sheet_w - block_w) / 2;
	g->y0 = (sheet_h - block_h) / 2;
	return g->cols * g->rows;
}

void impose_slot(const impose_grid *g, int slot, int back, double out[4])
{
	int cols = g->cols > 0 ? g->cols : 1;
	int row = slot / cols, col = slot % cols;
	double x = g->x0 + col * (g->card_w + g->gap);
	if (back)          /* long-edge flip: the sheet turns over its
			    * vertical axis */
		x = g->sheet_w - x - g->card_w;
	out[0] = x;
	out[1] = g->y0 + row * (g->card_h + g->gap);
	out[2] = g->card_w;
	out[3] = g->card_h;
}

/* A hairline from (x, y) going (dx, dy) (a unit direction), starting
 * MARK_OFFSET out and at most MARK_LEN long within room. */
static void mark(canvas *c, double x, double y, double dx, double dy,
		 double room)
{
	double len = fmin(MARK_LEN, room - MARK_OFFSET - 0.5 * MM);
	if (len < 1.5 * MM)
		return;
	canvas_segment(c, x + dx * MARK_OFFSET, y + dy * MARK_OFFSET,
		       x + dx * (MARK_OFFSET + len),
		       y + dy * (MARK_OFFSET + len), &hair);
}

/* Room beside a card at column col, row row, in each direction: the gap
 * to a neighbour, or the margin to the sheet's edge. */
static void room_around(const impose_grid *g, const double r[4], int col,
			int row, double room[4])
{
	room[0] = col > 0 ? g->gap : r[0];                          /* left */
	room[1] = col < g->cols - 1 ? g->gap :
		  g->sheet_w - r[0] - r[2];                        /* right */
	room[2] = row > 0 ? g->gap : r[1];                          /* up */
	room[3] = row < g->rows - 1 ? g->gap :
		  g->sheet_h - r[1] - r[3];                        /* down */
}

/* Marks at the four corners of one card, where there is room. */
static void card_marks(canvas *c, const impose_grid *g, int slot, int back)
{
	double r[4], room[4];
	impose_slot(g, slot, back, r);
	int row = slot / g->cols, col = slot % g->cols;
	if (back)
		col = g->cols - 1 - col;
	room_around(g, r, col, row, room);
	double xs[2] = { r[0], r[0] + r[2] }, ys[2] = { r[1], r[1] + r[3] };
	for (int i = 0; i < 2; i++)
		for (int k = 0; k < 2; k++) {
			mark(c, xs[i], ys[k], i ? 1 : -1, 0, room[i]);
			mark(c, xs[i], ys[k], 0, k ? 1 : -1, room[2 + k]);
		}
}

/* Is the card at row, column (as the page shows it) one of the first n
 * slots? */
static int used(const impose_grid *g, int n, int back, int row, int col)
{
	if (row < 0 || col < 0 || row >= g->rows || col >= g->cols)
		return 0;
	if (back)
		col = g->cols - 1 - col;
	return row * g->cols + col < n;
}

/* Where touching cards meet there is no room for marks between them: a
 * small cross at each inner corner, in the cards' white border, and a
 * tick into the block where an inner cut line meets its edge. */
static void inner_marks(canvas *c, const impose_grid *g, int n, int back,
			double arm)
{
	for (int j = 0; j <= g->rows; j++)
		for (int i = 0; i <= g->cols; i++) {
			if (!used(g, n, back, j - 1, i - 1) &&
			    !used(g, n, back, j - 1, i) &&
			    !used(g, n, back, j, i - 1) &&
			    !used(g, n, back, j, i))
				continue;
			double x = g->x0 + i * g->card_w;
			double y = g->y0 + j * g->card_h;
			int in_x = i > 0 && i < g->cols;
			int in_y = j > 0 && j < g->rows;
			if (in_x)       /* on an inner vertical cut line */
				canvas_segment(c, x, j > 0 ? y - arm : y, x,
					       j < g->rows ? y + arm : y,
					       &hair);
			if (in_y)
				canvas_segment(c, i > 0 ? x - arm : x, y,
					       i < g->cols ? x + arm : x, y,
					       &hair);
		}
}

void impose_marks(canvas *c, const impose_grid *g, int n, int back,
		  double border)
{
	int slots = g->cols * g->rows;
	if (n > slots)
		n = slots;
	for (int i = 0; i < n; i++)
		card_marks(c, g, i, back);
	if (g->gap < TOUCHING && border >= 1.0 * MM)
		inner_marks(c, g, n, back, fmin(0.6 * border, 2.0 * MM));
}

/* --- the calibration sheet -------------------------------------------- */

#define SCALE_MM 10               /* the scale runs from -10 to +10 mm */

/* A millimetre scale through (cx, cy), horizontal or vertical, numbered
 * every 5 mm. */
static void scale(canvas *c, double cx, double cy, int vertical,
		  impose_text_fn draw_text, void *data)
{
	canvas_style s = { CANVAS_NONE, 0x000000, 0.3, 0, 0, 0 };
	for (int i = -SCALE_MM; i <= SCALE_MM; i++) {
		double len = (i == 0 ? 5.0 : i % 5 == 0 ? 3.2 : 1.8) * MM;
		double at = i * MM;
		if (vertical)
			canvas_segment(c, cx - len / 2, cy + at, cx + len / 2,
				       cy + at, &s);
		else
			canvas_segment(c, cx + at, cy - len / 2, cx + at,
				       cy + len / 2, &s);
		if (i % 5 || !i)
			continue;
		char n[16];
		snprintf(n, sizeof n, "%d", i < 0 ? -i : i);
		if (vertical)
			draw_text(c, data, n, cx + 2.2 * MM, cy + at - 1.3 * MM,
				  4 * MM, 3 * MM, 0);
		else
			draw_text(c, data, n, cx + at - 2 * MM, cy + 2.2 * MM,
				  4 * MM, 3 * MM, 1);
	}
	if (vertical)
		canvas_segment(c, cx, cy - SCALE_MM * MM, cx,
			       cy + SCALE_MM * MM, &s);
	else
		canvas_segment(c, cx - SCALE_MM * MM, cy, cx + SCALE_MM * MM,
			       cy, &s);
}

static void frame(canvas *c, const double r[4])
{
	canvas_style s = { CANVAS_NONE, 0x8A9599, 0.5, 2, 1.5, 0 };
	canvas_rect(c, r[0], r[1], r[2], r[3], 0, &s);
}

static void calibration_card(canvas *c, const impose_grid *g, int slot,
			     int back, impose_text_fn draw_text, void *data,
			     const char *text)
{
	double r[4];
	impose_slot(g, slot, back, r);
	frame(c, r);
	double cx = r[0] + r[2] / 2, cy = r[1] + r[3] / 2;
	double pad = fmin(5 * MM, r[2] / 12);
	char label[64];
	snprintf(label, sizeof label, "%d \xC2\xB7 %s", slot + 1,
		 back ? "achterkant" : "voorkant");
	draw_text(c, data, label, r[0] + pad, r[1] + pad, r[2] - 2 * pad,
		  4 * MM, 1);
	if (back) {
		canvas_style s = { CANVAS_NONE, 0xC0392B, 0.5, 0, 0, 0 };
		double arm = (SCALE_MM + 4) * MM;
		canvas_segment(c, cx - arm, cy, cx + arm, cy, &s);
		canvas_segment(c, cx, cy - arm, cx, cy + arm, &s);
	} else {
		scale(c, cx, cy, 0, draw_text, data);
		scale(c, cx, cy, 1, draw_text, data);
	}
	double ty = cy + (SCALE_MM + 6) * MM;
	double th = r[1] + r[3] - pad - ty;
	if (text && th > 3 * MM)
		draw_text(c, data, text, r[0] + pad, ty, r[2] - 2 * pad, th, 1);
}

void impose_calibration(canvas *c, const impose_grid *g, int back,
			impose_text_fn draw_text, void *data,
			const char *instruction)
{
	int n = g->cols * g->rows;
	for (int i = 0; i < n; i++)
		calibration_card(c, g, i, back, draw_text, data,
				 back || i ? NULL : instruction);
}
