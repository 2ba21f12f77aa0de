/* product.c - what print products share; see product.h. */
#include "product.h"
#include "canvas/colour.h"
#include "util/diag.h"
#include "util/fs.h"
#include "sheet.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

void print_item_add(print_ctx *c, const char *kind, const char *title,
		    const char *pdf, const char *preview, const doc *page)
{
	print_item *it = arena_alloc(c->a, sizeof *it);
	*it = (print_item){ kind, title, pdf, preview, page };
	ptrvec_push(c->a, &c->items, it);
}

int print_product_build(print_ctx *c, const print_product *p,
			const char *dir, print_stats *st)
{
	int bad = 0;
	void *state = p->check(c, &bad);
	int rc = bad ? -1 : 0;
	if (!bad && state && dir && p->render(c, state, dir, st) < 0)
		rc = -1;
	if (state && p->release)
		p->release(state);
	return rc;
}

const char *print_layout_file(const print_ctx *c, const char *name)
{
	return theme_file(c->theme, arena_printf(c->a,
			  "layouts/print/%s.yaml", name));
}

size_t print_inks(const site *s, const print_style *st, canvas_ink *inks)
{
	const double *given[2] = { s->cmyk_primary, s->cmyk_accent };
	uint32_t rgb[2] = { st->primary, st->accent };
	for (int i = 0; i < 2; i++) {
		inks[i].rgb = rgb[i];
		if (given[i])
			memcpy(inks[i].cmyk, given[i], sizeof inks[i].cmyk);
		else
			colour_cmyk_plain(rgb[i], inks[i].cmyk);
	}
	inks[2] = (canvas_ink){ st->text, { 0, 0, 0, 1 } };
	return 3;
}

/* print_info(), in CMYK when cmyk is set. */
static canvas_info info_of(arena *a, const site *s, const print_style *st,
			   const char *title, const struct charset *cs,
			   int cmyk)
{
	const char *lang = !strcmp(s->language, "nl") ? "nl-NL" :
			   s->language;
	canvas_info info = {
		.title = title, .author = s->organisation ? s->organisation :
		s->title, .subject = s->title, .creator = "coachkit "
		COACHKIT_VERSION, .language = lang, .charset = cs,
		.date = print_time(), .cmyk = cmyk,
	};
	if (info.cmyk) {
		canvas_ink *inks = arena_alloc(a, CANVAS_INKS_MAX *
					       sizeof *inks);
		info.n_inks = print_inks(s, st, inks);
		info.inks = inks;
	}
	return info;
}

canvas_info print_info(arena *a, const site *s, const print_style *st,
		       const char *title, const struct charset *cs)
{
	return info_of(a, s, st, title, cs, s->print_professional);
}

canvas *print_canvas(const print_ctx *c, const char *title)
{
	canvas_info info = print_info(c->a, c->s, c->st, title, c->charset);
	canvas *cv = c->dump ? canvas_dump_new(&info) : canvas_pdf_new(&info);
	typeset_register(c->ts, cv);   /* ids follow the fontset's order */
	return cv;
}

canvas *print_shop_canvas(const print_ctx *c, const char *title)
{
	canvas_info info = info_of(c->a, c->s, c->st, title, c->charset, 1);
	canvas *cv = c->dump ? canvas_dump_new(&info) : canvas_pdf_new(&info);
	typeset_register(c->ts, cv);
	return cv;
}

int print_save(const print_ctx *c, canvas *cv, const char *dir,
	       const char *file, print_stats *st)
{
	char err[300];
	const char *path = path_join(c->a, dir, c->dump ?
				     arena_printf(c->a, "%s.txt", file) : file);
	int pages = canvas_page_count(cv);
	int rc = fs_mkdir_p(path_dirname(c->a, path));
	if (rc == 0)
		rc = canvas_save(cv, path, err, sizeof err);
	else
		snprintf(err, sizeof err, "kan de map niet maken");
	if (rc < 0)
		diag_system("%s: %s", path, err);
	else if (st) {
		st->pdfs++;
		st->pages += pages;
	}
	canvas_free(cv);
	return rc < 0 ? -1 : 0;
}

const char *print_ui(const print_ctx *c, const char *key)
{
	const char *s = ui_get(c->ui, key);
	return s ? s : key;
}

uint32_t print_tint(uint32_t colour, double share)
{
	uint32_t out = 0;
	for (int s = 0; s < 24; s += 8) {
		double v = (colour >> s) & 0xFF;
		out |= (uint32_t)(v + (255 - v) * share + 0.5) << s;
	}
	return out;
}

long long print_time(void)
{
	const char *e = getenv("SOURCE_DATE_EPOCH");
	return e && *e ? strtoll(e, NULL, 10) : (long long)time(NULL);
}

const char *print_date(arena *a)
{
	time_t t = (time_t)print_time();
	struct tm tm;
	gmtime_r(&t, &tm);
	return arena_printf(a, "%02d-%02d-%04d", tm.tm_mday, tm.tm_mon + 1,
			    tm.tm_year + 1900);
}

canvas *print_svg_canvas(const print_ctx *c, const char *title)
{
	canvas_info info = { .title = title, .language = "nl-NL" };
	canvas *cv = canvas_svg_new(&info);
	typeset_register(c->ts, cv);
	canvas_greek(cv, PREVIEW_GREEK);
	return cv;
}

const char *print_svg_save(const print_ctx *c, canvas *cv, const char *dir,
			   const char *rel)
{
	const char *path = path_join(c->a, dir, rel);
	char err[300] = "kan de map niet maken";
	int rc = fs_mkdir_p(path_dirname(c->a, path)) == 0 ?
		 canvas_save(cv, path, err, sizeof err) : -1;
	if (rc < 0)
		diag_system("%s: %s", path, err);
	canvas_free(cv);
	return rc < 0 ? NULL : rel;
}

int print_paper(const char *formaat, diag_pos at, double *w, double *h)
{
	double pw, ph;
	if (!formaat)
		return 0;
	if (sheet_size(formaat, &pw, &ph) < 0) {
		diag_error(at.file, at.line, at.col, "onbekend papierformaat "
			   "'%s': schrijf bijvoorbeeld A3, A3 liggend of "
			   "600x400mm",
			   formaat);
		return -1;
	}
	if (!print_measure_ok(PRINT_PAPER, pw) ||
	    !print_measure_ok(PRINT_PAPER, ph)) {
		diag_error(at.file, at.line, at.col, "papierformaat '%s': elke "
			   "zijde moet %s liggen", formaat,
			   print_measure_bounds(PRINT_PAPER));
		return -1;
	}
	*w = pw;
	*h = ph;
	return 0;
}

diag_pos print_ui_at(const print_ctx *c)
{
	return (diag_pos){ c->ui ? c->ui->file : NULL, 0, 0 };
}

diag_pos print_org_at(const print_ctx *c)
{
	return c->s->organisation ? c->s->organisation_at : c->s->title_at;
}

const char *print_imprint(const print_ctx *c)
{
	return arena_printf(c->a, "coachkit %s \xC2\xB7 %s %s",
			    COACHKIT_VERSION, print_ui(c, "gedrukt"),
			    print_date(c->a));
}
