/* poster.c - the nudging posters; see poster.h.
 *
 * A poster is a coloured band with the headline, fitted at the largest
 * size that fits, and the subline; under it the body, the QR code to the
 * lesson with its address, and a foot with the organisation and the
 * version and print date. Sizes are set for A3 in layouts/print/poster.yaml
 * and scale with the width on other paper. */
#include "poster.h"
#include "print.h"
#include "qr.h"
#include "diagram/diagram.h"
#include "sheet.h"
#include "content/posters.h"
#include "content/ynode.h"
#include "layout/textfit.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/url.h"
#include "util/fs.h"
#include "util/typo.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define A3_WIDTH (297 * MM)

typedef struct range {
	double max, min;
} range;

/* layouts/print/poster.yaml */
typedef struct poster_style {
	double w, h;          /* the default paper */
	double margin, band;  /* band: a share of the height */
	range  kop, onderkop, tekst;
	double qr;
	int    imprint;       /* drukregel: the imprint line in the foot */
} poster_style;

/* A poster laid out on paper of w by h: what to draw where. */
typedef struct layout {
	const poster *p;
	double   w, h, k;         /* k: the scale from A3 */
	double   m;               /* the margin */
	uint32_t band;            /* colour */
	textfit  eyebrow, kop, onderkop, tekst, scan, url, foot_l, foot_r;
	double   kop_y, kop_h, sub_y, sub_h, low_y, text_w, qr_x, qr;
	const diagram *dg;          /* under the band, or NULL */
	double   dg_y, dg_h;
	const char *address;      /* what the QR code holds */
} layout;

static void style_defaults(poster_style *ps)
{
	*ps = (poster_style){ 297 * MM, 420 * MM, 18 * MM, 0.58,
			      { 120, 40 }, { 40, 18 }, { 26, 14 }, 60 * MM, 1 };
}

/* Beside the QR code, inside the margins, the text needs TEXT_MIN (on
 * A3; everything scales with the width). */
#define TEXT_MIN (50 * MM)
#define QR_GAP   (14 * MM)

static void check_room(const char *file, const ynode *root,
		       const poster_style *ps)
{
	static const char *const keys[] = { "qr", "marge", NULL };
	double text = A3_WIDTH - 2 * ps->margin - ps->qr - QR_GAP;
	if (text >= TEXT_MIN)
		return;
	diag_pos at = print_yaml_where(file, root, keys);
	diag_error(at.file, at.line, at.col, "marge en qr laten naast de "
		   "QR-code %.0fmm over voor de tekst (op A3); dat moet "
		   "minstens %.0fmm zijn", text / MM, TEXT_MIN / MM);
}

/* The style: the defaults, then what the layout file says. */
static int style_load(print_ctx *c, poster_style *ps)
{
	static const char *const keys[] = { "formaat", "marge", "band", "kop",
		"onderkop", "tekst", "qr", "drukregel", NULL };
	style_defaults(ps);
	const char *file = print_layout_file(c, "poster");
	if (!fs_is_file(file))
		return 0;
	int before = diag_errors();
	ynode *root = ynode_read_map(c->a, file, "de posteropmaak");
	if (!root)
		return -1;
	ycheck_map(file, root, "posteropmaak", keys, NULL);
	print_paper(yget_str(file, root, "formaat"),
		    ypos(file, ymap_get(root, "formaat")), &ps->w, &ps->h);
	print_yaml_length(file, root, "marge", PRINT_MARGIN, &ps->margin);
	print_yaml_share(file, root, "band", 20, 80, "de hoogte van de poster",
			 &ps->band);
	print_yaml_range(file, root, "kop", &ps->kop.max, &ps->kop.min);
	print_yaml_range(file, root, "onderkop", &ps->onderkop.max, &ps->onderkop.min);
	print_yaml_range(file, root, "tekst", &ps->tekst.max, &ps->tekst.min);
	print_yaml_length(file, root, "qr", PRINT_BOX, &ps->qr);
	ps->imprint = yget_bool(file, root, "drukregel", 1);
	if (diag_errors() == before)
		check_room(file, root, ps);
	return diag_errors() > before ? -1 : 0;
}

/* The site's address of page, for the QR code: base_url and the page's
 * path, with anything but URL-safe ASCII percent-encoded. */
static const char *address(print_ctx *c, const doc *page)
{
	const char *base = c->s->base_url;
	size_t n = strlen(base);
	buf b = BUF_INIT;
	buf_puts(&b, base);
	if (n && base[n - 1] != '/')
		buf_putc(&b, '/');
	for (const unsigned char *p = (const unsigned char *)page->url; *p;
	     p++) {
		if (*p > 0x20 && *p < 0x7F && *p != '%' && *p != '"')
			buf_putc(&b, (char)*p);
		else
			buf_printf(&b, "%%%02X", *p);
	}
	const char *out = arena_strndup(c->a, b.data, b.len);
	buf_free(&b);
	return out;
}

/* The address as printed: without the scheme and "www." */
static const char *short_address(const char *url)
{
	const char *p = strstr(url, "://");
	p = p ? p + 3 : url;
	if (!strncmp(p, "www.", 4))
		p += 4;
	return p;
}

/* Fits text into w by h between r's sizes (scaled by k); an error at the
 * text's position when it cannot fit. */
static int fit(print_ctx *c, textfit *out, const poster_text *t, range r,
	       double k, int sans, int face, double leading, double w,
	       double h)
{
	double max = fmin(r.max * k, CANVAS_TYPE_MAX);   /* on big paper */
	textfit_style st = { sans, face, max, fmin(r.min * k, max), leading,
			     0, 0, t->at.file, t->at.line };
	const char *text = typo_quotes(c->a, t->text);
	if (textfit_fit(c->ts, c->a, text, &st, w, h, out) == TEXTFIT_OK)
		return 0;
	diag_error(t->at.file, t->at.line, t->at.col, "deze tekst past niet "
		   "op de poster, zelfs op %.0f pt: maak hem korter",
		   st.min_size);
	return -1;
}

/* Fits a line that may shrink freely (the foot, the address). */
static void fit_small(print_ctx *c, textfit *out, const char *text,
		      double size, int face, double w, diag_pos at)
{
	textfit_style st = { 1, face, size, 4, 1.2, 0, 0, at.file, at.line };
	textfit_fit(c->ts, c->a, text, &st, w, size * 1.3, out);
}

static int lay_out(print_ctx *c, const poster_style *ps, const poster *p,
		   double w, double h, layout *l)
{
	double k = w / A3_WIDTH, m = ps->margin * k;
	memset(l, 0, sizeof *l);
	l->p = p;
	l->w = w;
	l->h = h;
	l->k = k;
	l->m = m;
	l->band = p->accent ? c->st->accent : c->st->primary;
	l->dg = p->diagram && c->diagrams ?
		diagram_set_get(c->diagrams, p->diagram) : NULL;
	double band_h = h * (l->dg ? ps->band * 0.66 : ps->band);
	double inner_w = w - 2 * m;
	fit_small(c, &l->eyebrow, c->s->title, 16 * k, FACE_BOLD, inner_w,
		  c->s->title_at);
	double top = m + 30 * k;
	l->sub_h = p->onderkop.text ? h * 0.09 : 0;
	l->kop_y = top;
	l->kop_h = band_h - m - top - (l->sub_h ? l->sub_h + 10 * k : 0);
	l->sub_y = l->kop_y + l->kop_h + 10 * k;
	int rc = fit(c, &l->kop, &p->kop, ps->kop, k, 1, FACE_BOLD, 1.05,
		     inner_w, l->kop_h);
	if (p->onderkop.text && fit(c, &l->onderkop, &p->onderkop,
				    ps->onderkop, k, 1, FACE_REGULAR, 1.15,
				    inner_w, l->sub_h) < 0)
		rc = -1;
	l->qr = ps->qr * k;
	l->qr_x = w - m - l->qr;
	l->low_y = band_h + m;
	if (l->dg) {   /* the diagram takes the middle of the poster */
		l->dg_y = l->low_y;
		l->dg_h = h * 0.30;
		l->low_y += l->dg_h + m;
		diagram_text *texts;
		size_t n;
		diagram_error e;
		if (diagram_texts(l->dg, c->ts, c->a, m, l->dg_y, inner_w,
				  l->dg_h, &texts, &n, &e) < 0) {
			diagram_report(&e);
			rc = -1;
		}
	}
	l->text_w = inner_w - l->qr - QR_GAP * k;
	double foot_h = 14 * k;
	double low_h = h - m - foot_h - 8 * k - l->low_y;
	if (p->tekst.text && fit(c, &l->tekst, &p->tekst, ps->tekst, k, 0,
				 FACE_REGULAR, 1.35, l->text_w, low_h) < 0)
		rc = -1;
	l->address = address(c, p->page);
	fit_small(c, &l->scan, print_ui(c, "poster_scan"), 13 * k, FACE_BOLD,
		  l->qr, print_ui_at(c));
	/* the address on up to two lines, broken after a '-' or '/' */
	textfit_style ust = { 1, FACE_REGULAR, 11 * k, 8 * k, 1.2, 0, 0,
			      c->s->file, 0 };
	const char *shown = short_address(l->address);
	if (textfit_fit(c->ts, c->a, shown, &ust, l->qr, 2.5 * 1.2 * 11 * k,
			&l->url) != TEXTFIT_OK)
		fit_small(c, &l->url, shown, 11 * k, FACE_REGULAR, l->qr,
			  (diag_pos){ c->s->file, 0, 0 });
	/* the code and its two lines stay above the foot */
	double labels = 6 * k + l->scan.height + l->url.height;
	if (l->qr + labels > low_h) {
		l->qr = low_h - labels;
		l->qr_x = w - m - l->qr;
	}
	fit_small(c, &l->foot_l, c->s->organisation ? c->s->organisation :
		  c->s->title, 10 * k, FACE_REGULAR, inner_w / 2,
		  print_org_at(c));
	if (ps->imprint)   /* small print: it is for the printer */
		fit_small(c, &l->foot_r, print_imprint(c), PRINT_IMPRINT * k,
			  FACE_REGULAR, inner_w / 2, print_ui_at(c));
	return rc;
}

/* Draws l with the origin at the trim's top left; bleed is how far the
 * band runs past the edges. */
static void draw(print_ctx *c, canvas *cv, const layout *l, double bleed)
{
	double k = l->k, m = l->m, w = l->w, h = l->h;
	double band_h = (l->dg ? l->dg_y : l->low_y) - m;
	canvas_style band = { l->band, CANVAS_NONE, 0, 0, 0, 0 };
	canvas_rect(cv, -bleed, -bleed, w + 2 * bleed, band_h + bleed, 0,
		    &band);
	textfit_place at = { m, m, w - 2 * m, 30 * k, TEXTFIT_LEFT,
			     TEXTFIT_TOP };
	textfit_draw(cv, &l->eyebrow, &at, print_tint(l->band, 0.6));
	at = (textfit_place){ m, l->kop_y, w - 2 * m, l->kop_h, TEXTFIT_LEFT,
			      TEXTFIT_BOTTOM };
	textfit_draw(cv, &l->kop, &at, 0xFFFFFF);
	if (l->p->onderkop.text) {
		at = (textfit_place){ m, l->sub_y, w - 2 * m, l->sub_h,
				      TEXTFIT_LEFT, TEXTFIT_TOP };
		textfit_draw(cv, &l->onderkop, &at, print_tint(l->band, 0.75));
	}
	if (l->p->tekst.text) {
		at = (textfit_place){ m, l->low_y, l->text_w,
				      h - l->low_y - m, TEXTFIT_LEFT,
				      TEXTFIT_TOP };
		textfit_draw(cv, &l->tekst, &at, c->st->text);
	}
	if (l->dg) {
		diagram_error e;
		diagram_draw(l->dg, cv, c->ts, m, l->dg_y, w - 2 * m, l->dg_h,
			     &e);
	}
	char err[200];
	qr_draw(cv, l->address, l->qr_x, l->low_y, l->qr, c->st->text, err,
		sizeof err);
	double y = l->low_y + l->qr + 4 * k;
	at = (textfit_place){ l->qr_x, y, l->qr, l->scan.height,
			      TEXTFIT_CENTRE, TEXTFIT_TOP };
	textfit_draw(cv, &l->scan, &at, l->band);
	y += l->scan.height + 2 * k;
	at = (textfit_place){ l->qr_x, y, l->qr, l->url.height,
			      TEXTFIT_CENTRE, TEXTFIT_TOP };
	textfit_draw(cv, &l->url, &at, c->st->muted);
	canvas_link_uri(cv, l->qr_x, l->low_y, l->qr, y + l->url.height -
			l->low_y, l->address);
	double fy = h - m - l->foot_l.height;
	canvas_style rule = { CANVAS_NONE, print_tint(c->st->muted, 0.6), 0.5 * k,
			      0, 0, 0 };
	canvas_segment(cv, m, fy - 6 * k, w - m, fy - 6 * k, &rule);
	at = (textfit_place){ m, fy, (w - 2 * m) / 2, l->foot_l.height,
			      TEXTFIT_LEFT, TEXTFIT_TOP };
	textfit_draw(cv, &l->foot_l, &at, c->st->muted);
	at.x = w / 2;
	at.halign = TEXTFIT_RIGHT;
	at.valign = TEXTFIT_BOTTOM;
	textfit_draw(cv, &l->foot_r, &at, c->st->muted);
}

/* The poster's paper: its own formaat, or the layout's. */
static int paper(const poster_style *ps, const poster *p, double *w,
		 double *h)
{
	*w = ps->w;
	*h = ps->h;
	if (print_paper(p->formaat, p->formaat_at, w, h) < 0)
		return -1;
	if (*w > *h * 1.01)
		diag_warning(p->formaat_at.file, p->formaat_at.line,
			     p->formaat_at.col, "een liggende poster: de "
			     "opmaak is gemaakt voor staand");
	return 0;
}

/* The SVG preview at the finished size, under dir. */
static const char *preview(print_ctx *c, const layout *l, const char *dir)
{
	canvas *cv = print_svg_canvas(c, l->p->kop.text);
	canvas_page_begin(cv, l->w, l->h, NULL);
	draw(c, cv, l, 0);
	canvas_page_end(cv);
	return print_svg_save(c, cv, dir, arena_printf(c->a,
			      "voorbeeld/poster-%s.svg", l->p->name));
}

/* The posters of the content, loaded and laid out by poster_check(). */
typedef struct poster_job {
	posters      ps;
	poster_style style;
	layout      *ls;
} poster_job;

/* Loads every poster and lays it out: each error at its text. */
static void *poster_check(print_ctx *c, int *bad)
{
	poster_job *j = arena_alloc(c->a, sizeof *j);
	site *s = (site *)c->s;
	*bad = posters_load(s, &j->ps) != 0;
	if (style_load(c, &j->style) < 0) {
		*bad = 1;
		return NULL;
	}
	if (j->ps.n && (!s->base_url || !*s->base_url)) {
		diag_error(s->file, 0, 0, "posters hebben het adres van de "
			   "site nodig voor hun QR-codes: zet base_url in "
			   "site.yaml");
		*bad = 1;
		return NULL;
	}
	/* for a print shop: the office print of a course still being
	 * written may lead to its example address */
	if (j->ps.n && s->print_professional && url_is_example(s->base_url)) {
		diag_pos at = s->base_url_at.line ? s->base_url_at :
			(diag_pos){ s->file, 0, 0 };
		diag_warning(at.file, at.line, at.col, "base_url '%s' is een "
			     "voorbeeldadres: de QR-codes op de posters leiden "
			     "nergens heen; zet het adres van de site in "
			     "base_url voordat ze gedrukt worden",
			     s->base_url);
	}
	j->ls = arena_alloc(c->a, (j->ps.n + 1) * sizeof *j->ls);
	for (size_t i = 0; i < j->ps.n; i++) {
		double w, h;
		if (paper(&j->style, j->ps.items[i], &w, &h) < 0 ||
		    (!j->ps.items[i]->bad &&
		     lay_out(c, &j->style, j->ps.items[i], w, h, &j->ls[i]) < 0))
			*bad = 1;
		const poster *p = j->ps.items[i];
		print_item_add(c, "poster", p->kop.text, arena_printf(c->a,
			       "posters/%s.pdf", p->name), arena_printf(c->a,
			       "voorbeeld/poster-%s.svg", p->name), p->page);
	}
	return j->ps.n ? j : NULL;
}

/* A PDF per poster, all of them in posters.pdf, and their previews. */
static int poster_render(print_ctx *c, void *state, const char *dir,
			 print_stats *st)
{
	const poster_job *j = state;
	int rc = 0;
	canvas *all = print_canvas(c, print_ui(c, "posters"));
	for (size_t i = 0; i < j->ps.n; i++) {
		const layout *l = &j->ls[i];
		sheet sh = sheet_make(l->w, l->h, c->s->print_professional);
		canvas *one = print_canvas(c, l->p->kop.text);
		canvas *both[2] = { one, all };
		for (int k = 0; k < 2; k++) {
			sheet_begin(&sh, both[k]);
			draw(c, both[k], l, sh.bleed);
			sheet_end(&sh, both[k]);
		}
		const char *pdf = arena_printf(c->a, "posters/%s.pdf",
					       l->p->name);
		if (print_save(c, one, dir, pdf, st) < 0 || !preview(c, l, dir))
			rc = -1;
	}
	if (print_save(c, all, dir, "posters.pdf", st) < 0)
		rc = -1;
	return rc;
}

const print_product poster_product = {
	.name = "posters", .check = poster_check, .render = poster_render,
};

PRINT_OUTPUT(poster_output, "posters",
	     READS_SITE | READS_POSTERS, poster_product);
