/* diagram.c - drawing a diagram into a box, and as inline SVG; see
 * diagram.h. */
#include "diagram_internal.h"
#include "util/buf.h"

#include <math.h>
#include <string.h>

const char *diagram_name(const diagram *d) { return d->name; }
const char *diagram_title(const diagram *d) { return d->titel; }
const char *diagram_source(const diagram *d) { return d->bron; }
const char *diagram_file(const diagram *d) { return d->file; }

double dg_aspect(dg_kind kind)
{
	static const double aspect[] = {
		[DG_BOLLEN] = 1.3, [DG_CYCLUS] = 1.45,
		[DG_SAMENSPEL] = 2.1, [DG_KWADRANT] = 1.7,
	};
	return aspect[kind];
}

double diagram_aspect(const diagram *d)
{
	return dg_aspect(d->kind);
}

void diagram_report(const diagram_error *e)
{
	diag_error(e->at.file, e->at.line, e->at.col, "%s", e->message);
}

/* Lays d out in the box (x, y, w, h, floor; box[5] non-zero: the
 * writing variant), drawing on c when it is not NULL; narrow: in the
 * layout for a phone where the soort has one. */
static int lay_out(const diagram *d, canvas *c, typeset *ts, arena *a,
		   const double box[6], int narrow, ptrvec *texts,
		   diagram_error *e)
{
	dg_pen p = { .d = d, .ts = ts, .a = a, .c = c, .x = box[0],
		     .y = box[1], .w = box[2], .h = box[3], .floor = box[4],
		     .narrow = narrow, .writing = box[5] != 0, .e = e };
	p.u = fmin(4, fmax(0.5, sqrt(fmax(0, box[2] * box[3])) /
			   sqrt(460.0 * 300.0)));
	memset(e, 0, sizeof *e);
	if (!(box[2] > 0 && box[3] > 0)) {
		e->at = (diag_pos){ d->file, 1, 1 };
		snprintf(e->message, sizeof e->message, "diagram '%s': het "
			 "vak van %.0f x %.0f pt is leeg", d->name, box[2],
			 box[3]);
		return -1;
	}
	int (*layout[])(dg_pen *) = {
		[DG_BOLLEN] = dg_bollen, [DG_CYCLUS] = dg_cyclus,
		[DG_SAMENSPEL] = dg_samenspel, [DG_KWADRANT] = dg_kwadrant,
	};
	int rc = p.writing && d->kind != DG_BOLLEN ? dg_writing_grid(&p) :
		 layout[d->kind](&p);
	if (texts)
		*texts = p.texts;
	return rc;
}

int diagram_draw(const diagram *d, canvas *c, typeset *ts, double x,
		 double y, double w, double h, diagram_error *e)
{
	double box[4] = { x, y, w, h };
	return diagram_draw_floor(d, c, ts, box, 0, e);
}

/* diagram_draw_floor(), in the narrow layout when narrow is set. */
static int draw_box(const diagram *d, canvas *c, typeset *ts,
		    const double at[4], double floor, int narrow,
		    diagram_error *e)
{
	arena a;
	arena_init(&a, 1 << 16);
	double box[6] = { at[0], at[1], at[2], at[3], floor, 0 };
	int rc = lay_out(d, c, ts, &a, box, narrow, NULL, e);
	arena_free(&a);
	return rc;
}

int diagram_draw_writing(const diagram *d, canvas *c, typeset *ts,
			 const double at[4], diagram_error *e)
{
	arena a;
	arena_init(&a, 1 << 16);
	double box[6] = { at[0], at[1], at[2], at[3], 0, 1 };
	int rc = lay_out(d, c, ts, &a, box, 0, NULL, e);
	arena_free(&a);
	return rc;
}

int diagram_draw_floor(const diagram *d, canvas *c, typeset *ts,
		       const double at[4], double floor, diagram_error *e)
{
	return draw_box(d, c, ts, at, floor, 0, e);
}

int diagram_texts(const diagram *d, typeset *ts, arena *a, double x,
		  double y, double w, double h, diagram_text **texts,
		  size_t *n, diagram_error *e)
{
	double box[4] = { x, y, w, h };
	return diagram_texts_floor(d, ts, a, box, 0, texts, n, e);
}

/* diagram_texts_floor(), in the narrow layout when narrow is set. */
static int texts_box(const diagram *d, typeset *ts, arena *a,
		     const double at[4], double floor, int narrow,
		     diagram_text **texts, size_t *n, diagram_error *e)
{
	double box[6] = { at[0], at[1], at[2], at[3], floor, 0 };
	ptrvec v = { 0 };
	*texts = NULL;
	*n = 0;
	if (lay_out(d, NULL, ts, a, box, narrow, &v, e) < 0)
		return -1;
	*texts = arena_alloc(a, (v.len + 1) * sizeof **texts);
	for (size_t i = 0; i < v.len; i++)
		(*texts)[i] = *(diagram_text *)v.items[i];
	*n = v.len;
	return 0;
}

int diagram_texts_floor(const diagram *d, typeset *ts, arena *a,
			const double at[4], double floor,
			diagram_text **texts, size_t *n, diagram_error *e)
{
	return texts_box(d, ts, a, at, floor, 0, texts, n, e);
}

int diagram_texts_narrow(const diagram *d, typeset *ts, arena *a,
			 const double at[4], double floor,
			 diagram_text **texts, size_t *n, diagram_error *e)
{
	return texts_box(d, ts, a, at, floor, 1, texts, n, e);
}

/* The description being written: into b after its first start bytes,
 * escaped for HTML or as plain text. */
typedef struct desc {
	buf   *b;
	size_t start;
	int    html;
} desc;

/* Text as a sentence of the description, with a full stop unless it
 * ends in one (or in ? or !). */
static void desc_text(desc *ds, const char *s, int last)
{
	size_t n = strlen(s);
	if (ds->html)
		buf_put_html(ds->b, s, n);
	else
		buf_put(ds->b, s, n);
	if (last && n && !strchr(".?!", s[n - 1]))
		buf_putc(ds->b, '.');
}

static void desc_part(desc *ds, const char *label, const dg_part *p,
		      const char *between)
{
	if (!p->naam)
		return;
	buf_puts(ds->b, ds->b->len > ds->start ? " " : "");
	buf_puts(ds->b, label);
	desc_text(ds, p->naam, !p->uitleg);
	if (p->uitleg) {
		buf_puts(ds->b, between);
		desc_text(ds, p->uitleg, 1);
	}
}

/* What a screen reader says: the centre or outcome, the parts, the axes. */
static void put_desc(desc *ds, const diagram *d)
{
	buf *b = ds->b;
	const char *dash = " \xE2\x80\x93 ";
	desc_part(ds, d->kind == DG_SAMENSPEL ? "Uitkomst: " : "Midden: ",
		  &d->midden, dash);
	for (size_t i = 0; i < d->n_parts; i++)
		desc_part(ds, "", &d->parts[i], ": ");
	if (d->kind == DG_KWADRANT) {
		const dg_part *ax = d->axis;
		buf_puts(b, " Assen: ");
		desc_text(ds, ax[DG_AXIS_LEFT].naam, 0);
		buf_puts(b, dash);
		desc_text(ds, ax[DG_AXIS_RIGHT].naam, 0);
		buf_puts(b, "; ");
		desc_text(ds, ax[DG_AXIS_TOP].naam, 0);
		buf_puts(b, dash);
		desc_text(ds, ax[DG_AXIS_BOTTOM].naam, 1);
	}
}

const char *diagram_description(const diagram *d, arena *a)
{
	buf b = BUF_INIT;
	desc ds = { &b, 0, 0 };
	desc_text(&ds, d->titel, 1);
	put_desc(&ds, d);
	const char *out = arena_strndup(a, b.data ? b.data : "", b.len);
	buf_free(&b);
	return out;
}

/* The page's <svg> with role="img" and the description after <title>. */
static const char *finish_svg(const diagram *d, const char *svg, size_t n,
			      arena *a, size_t *len)
{
	buf b = BUF_INIT;
	const char *title = strstr(svg, "</title>\n");
	const char *tag = memchr(svg, '>', n);
	size_t head = title ? (size_t)(title - svg) + 9 :
		      tag ? (size_t)(tag - svg) + 1 : 4;
	buf_put(&b, svg, 4);                    /* "<svg" */
	buf_puts(&b, " role=\"img\"");
	buf_put(&b, svg + 4, head - 4);
	buf_puts(&b, "<desc>");
	desc ds = { &b, b.len, 1 };
	put_desc(&ds, d);
	buf_puts(&b, "</desc>\n");
	buf_put(&b, svg + head, n - head);
	const char *out = arena_strndup(a, b.data, b.len);
	*len = b.len;
	buf_free(&b);
	return out;
}

/* d drawn into a page of w x h points as the page's <svg>, texts floor
 * points or more where they fit, in the narrow layout when narrow is
 * set. */
static const char *svg_in_box(const diagram *d, typeset *ts, double w,
			      double h, double floor, int narrow, arena *a,
			      size_t *len, diagram_error *e)
{
	canvas_info info = { .title = d->titel, .language = "nl-NL" };
	canvas *c = canvas_svg_new(&info);
	const char *out = NULL;
	*len = 0;
	if (typeset_register(ts, c) < 0) {
		memset(e, 0, sizeof *e);
		e->at = (diag_pos){ d->file, 1, 1 };
		snprintf(e->message, sizeof e->message, "diagram '%s': de "
			 "lettertypen konden niet worden geladen", d->name);
		canvas_free(c);
		return NULL;
	}
	canvas_page_begin(c, w, h, NULL);
	double box[4] = { 0, 0, w, h };
	int rc = draw_box(d, c, ts, box, floor, narrow, e);
	canvas_page_end(c);
	size_t n;
	const char *svg = rc == 0 ? canvas_svg_page(c, 0, &n) : NULL;
	if (svg && n > 4 && !strncmp(svg, "<svg", 4))
		out = finish_svg(d, svg, n, a, len);
	canvas_free(c);
	return out;
}

const char *diagram_svg(const diagram *d, typeset *ts, double width,
			arena *a, size_t *len, diagram_error *e)
{
	double h = round(width / diagram_aspect(d) * 100) / 100;
	return svg_in_box(d, ts, width, h, 0, 0, a, len, e);
}

/* The smallest text of d laid out narrow in w x h with floor; 0 when a
 * text does not fit. The typeset's counts are left as they were. */
static double smallest_text(const diagram *d, typeset *ts, double w,
			    double h, double floor)
{
	int lines = ts->lines, hyphens = ts->hyphens;
	int overfull = ts->overfull;
	arena a;
	arena_init(&a, 1 << 16);
	diagram_text *t;
	size_t n;
	diagram_error e;
	double at[4] = { 0, 0, w, h }, min = 0;
	if (texts_box(d, ts, &a, at, floor, 1, &t, &n, &e) == 0) {
		min = n ? t[0].size : 0;
		for (size_t i = 1; i < n; i++)
			min = fmin(min, t[i].size);
	}
	arena_free(&a);
	ts->lines = lines, ts->hyphens = hyphens, ts->overfull = overfull;
	return min;
}

double diagram_narrow_height(const diagram *d, typeset *ts, double width,
			     double floor)
{
	double step = DIAGRAM_NARROW_STEP;
	double first = ceil(1 / diagram_aspect(d) / step) * step;
	double best_h = round(width / diagram_aspect(d) * 100) / 100;
	double best = -1;
	for (int k = 0; first + k * step <= DIAGRAM_NARROW_MAX + 1e-9; k++) {
		double h = round(width * (first + k * step) * 100) / 100;
		double s = smallest_text(d, ts, width, h, floor);
		if (s >= floor - 1e-6)
			return h;
		if (s > best + 1e-6)
			best = s, best_h = h;
	}
	return best_h;
}

const char *diagram_svg_narrow(const diagram *d, typeset *ts, double width,
			       double floor, arena *a, size_t *len,
			       diagram_error *e)
{
	double h = diagram_narrow_height(d, ts, width, floor);
	return svg_in_box(d, ts, width, h, floor, 1, a, len, e);
}
