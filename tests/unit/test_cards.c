/* test_cards.c - profiles and competencies as a model, the cards laid out
 * from them, and the n-up imposition for duplex printing.
 *
 * Runs from the project root (the layouts come from layouts/print/) with
 * the default fonts (fonts-noto-core) and the Dutch patterns. */
#include "check.h"
#include "content/cards.h"
#include "print/cards.h"
#include "print/cards_internal.h"
#include "print/impose.h"
#include "print/sheet.h"
#include "util/fs.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

#define FIXTURE "tests/fixtures/cards"

static int near(double a, double b, double tol)
{
	return fabs(a - b) <= tol;
}

/* --- a project to build from ------------------------------------------ */

typedef struct project {
	arena        a;
	site        *s;
	print_style  pst;
	fontset      fs;
	typeset      ts;
	theme        th;
	print_ctx    c;
} project;

static int project_open(project *p, const char *root)
{
	char err[300], herr[300];
	memset(p, 0, sizeof *p);
	arena_init(&p->a, 0);
	p->s = site_load(&p->a, root);
	if (!p->s)
		return -1;
	print_style_load(&p->pst, &p->a, "no-such-file.yaml", p->s);
	if (fontset_load(&p->fs, p->pst.serif, p->pst.sans, "nl", err, herr,
			 sizeof err) < 0) {
		printf("FAIL - fonts: %s\n", err);
		return -1;
	}
	typeset_init(&p->ts, &p->fs, &p->a);
	p->th = (theme){ &p->a, ".", NULL };
	p->c = (print_ctx){ .s = p->s, .ts = &p->ts, .st = &p->pst,
			    .theme = &p->th, .a = &p->a };
	return 0;
}

static void project_close(project *p)
{
	fontset_free(&p->fs);
	arena_free(&p->a);
}

/* A scratch project with site.yaml and the files given (name, text, ...,
 * NULL); its root is written to root. */
static void scratch(char *root, size_t len, ...)
{
	snprintf(root, len, "/tmp/test-cards-XXXXXX");
	if (!mkdtemp(root))
		abort();
	arena a;
	arena_init(&a, 0);
	const char *content = path_join(&a, root, "content");
	fs_mkdir_p(path_join(&a, content, "profiles"));
	fs_write(path_join(&a, content, "site.yaml"), "title: Proef\n", 13);
	va_list ap;
	va_start(ap, len);
	const char *name;
	while ((name = va_arg(ap, const char *))) {
		const char *text = va_arg(ap, const char *);
		fs_write(path_join(&a, content, name), text, strlen(text));
	}
	va_end(ap);
	arena_free(&a);
}

/* --- the model -------------------------------------------------------- */

static void test_slug(void)
{
	arena a;
	arena_init(&a, 0);
	CHECK_STR(cards_slug(&a, "Cliëntgerichtheid"), "clientgerichtheid");
	CHECK_STR(cards_slug(&a, "Verbeeldingskracht/creativiteit"),
		  "verbeeldingskracht-creativiteit");
	CHECK_STR(cards_slug(&a, "Mondelinge en schriftelijke "
			     "uitdrukkingsvaardigheid"),
		  "mondelinge-en-schriftelijke-uitdrukkingsvaardigheid");
	CHECK_STR(cards_slug(&a, "  Één — twee!  "), "een-twee");
	CHECK_STR(cards_slug(&a, "€"), "");
	arena_free(&a);
}

static void test_profiles(void)
{
	project p;
	capture_begin();
	if (project_open(&p, FIXTURE) < 0)
		return;
	profiles ps;
	CHECK_INT(profiles_load(p.s, &ps), 0);
	CHECK_INT(ps.n, 2);
	const profile *c = ps.items[0];
	CHECK_STR(c->name, "coach");
	CHECK_STR(c->titel.text, "De patiënt die ‘nee’ zegt");
	CHECK_INT(c->titel.at.line, 1);
	CHECK_INT(c->titel.at.col, 8);
	CHECK_INT(c->rol, ROL_COACH);
	CHECK_STR(poh_rol_name(c->rol), "coach");
	CHECK_INT(c->herkenning.n, 2);
	CHECK_INT(c->herkenning.items[1].at.line, 5);
	CHECK_INT(c->herkenning.items[1].at.col, 5);
	CHECK_INT(c->vragen.n, 2);
	CHECK_INT(c->valkuilen.n, 2);
	CHECK(c->page && !strcmp(c->page->title, "Rollen"));
	const profile *l = ps.items[1];
	CHECK_STR(l->name, "leraar");
	CHECK_INT(l->rol, ROL_LERAAR);
	CHECK_INT(l->herkenning.n, 1);          /* a text is a list of one */
	CHECK(l->page == NULL);
	CHECK_STR(capture_end(), "");
	project_close(&p);
}

static void test_competencies(void)
{
	project p;
	capture_begin();
	if (project_open(&p, FIXTURE) < 0)
		return;
	competencies cs;
	CHECK_INT(competencies_load(p.s, &cs), 0);
	CHECK(cs.file != NULL);
	const competency_group *g = &cs.groups[GROUP_PERSOONSGERICHT];
	CHECK_STR(g->key, "persoonsgericht");
	CHECK(g->present);
	CHECK_INT(g->n, 2);
	CHECK_STR(g->bron.text, "Proef, bijlage 4.");
	const competency *k = g->items[0];
	CHECK_STR(k->slug, "clientgerichtheid");
	CHECK_INT(k->corp, CORP_RELATIONEEL);
	CHECK_STR(corp_label(k->corp), "Relationeel");
	CHECK_STR(corp_meaning(k->corp), "de interactie met anderen");
	CHECK_INT(k->interviews.n, 2);
	CHECK_INT(k->n_literatuur, 1);
	CHECK_STR(k->literatuur[0].bron.text, "NHG, Laego & LHV, 2017");
	CHECK(k->group == g && k->index == 0);
	CHECK(k->page && !strcmp(k->page->title, "Rollen"));
	CHECK_INT(competency_group_count(g, CORP_PERSOONLIJK), 1);
	CHECK_INT(competency_group_count(g, CORP_CONCEPTUEEL), 0);
	const competency_group *l = &cs.groups[GROUP_LEIDINGGEVENDEN];
	CHECK_INT(l->n, 1);
	CHECK_STR(l->items[0]->huisarts.text, "Als huisarts kun je ruim "
		  "denken.");
	CHECK(l->items[0]->page == NULL);
	CHECK_STR(capture_end(), "");
	project_close(&p);
}

/* Errors and warnings in content, each at its position. */
static void test_bad_content(void)
{
	char root[64];
	scratch(root, sizeof root, "profiles/x.yaml",
		"titel: X\nrol: dokter\nherkenning: []\nnodig: ''\n"
		"aanpak: [a]\nvragen: {a: b}\nvalkuilen: [x]\nbron: B\n"
		"kleur: rood\n",
		"competencies.yaml",
		"persoonsgericht:\n  titel: T\n  competenties:\n"
		"    - naam: Een\n      corp: emotioneel\n      definitie: D\n"
		"    - naam: Eén\n      corp: conceptueel\n      definitie: D\n"
		"      literatuur: [zomaar]\n"
		"leidingevenden: {}\n", NULL);
	project p;
	capture_begin();
	if (project_open(&p, root) < 0)
		return;
	profiles ps;
	competencies cs;
	CHECK_INT(profiles_load(p.s, &ps), 1);
	CHECK(ps.n == 1 && ps.items[0]->bad);
	CHECK(competencies_load(p.s, &cs) > 0);
	const char *out = capture_end();
	const char *want[] = {
		"x.yaml:9:1: warning: patiëntprofiel: onbekende sleutel "
		"'kleur'",
		"x.yaml:2:6: error: 'rol' moet coach, behandelaar, "
		"poortwachter of leraar zijn, niet 'dokter'",
		"x.yaml:3:13: error: 'herkenning' is leeg",
		"x.yaml:4:8: error: 'nodig' is leeg",
		"x.yaml:5:9: error: 'aanpak' moet een tekst zijn",
		"x.yaml:6:9: error: 'vragen' moet een lijst van teksten zijn, "
		"niet een groep sleutels",
		"competencies.yaml:11:1: warning: competencies.yaml: onbekende "
		"sleutel 'leidingevenden'",
		"competencies.yaml:5:13: error: 'corp' moet conceptueel, "
		"operationeel, relationeel of persoonlijk zijn, niet "
		"'emotioneel'",
		"competencies.yaml:7:13: error: een tweede competentie met de "
		"naam 'Eén' in persoonsgericht",
		"competencies.yaml:10:20: error: een item van literatuur moet "
		"bestaan uit regels 'sleutel: waarde'",
	};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		int found = strstr(out, want[i]) != NULL;
		check_result(found, want[i], __FILE__, __LINE__);
		if (!found)
			printf("    in:\n%s", out);
	}
	project_close(&p);
	fs_remove_tree(root);
}

/* --- cards ------------------------------------------------------------ */

/* Every block of a face lies inside its side and under the one before. */
static int face_inside(const card_layout *l, int side)
{
	const card_style *st = l->st;
	const card_face *f = &l->face[side];
	double left = st->border + st->pad, right = st->w - left;
	double top = side ? st->border + l->strip_h :
			    st->border + l->band_h;
	double bottom = side && l->cd->bron.text ? l->bron_y :
			st->h - st->border - l->number.height;
	if (l->cd->corp_side == side)
		bottom = l->corp_y;
	double y = top;
	for (size_t i = 0; i < f->n; i++) {
		const card_block *b = &f->blocks[i];
		if (b->x < left - 1e-6 || b->x + b->f.width > right + 1e-6 ||
		    b->y < y - 1e-6 || b->y + b->f.height > bottom + 1e-6)
			return 0;
		y = b->y + b->f.height;
	}
	return f->n > 0;
}

static void test_layout(void)
{
	project p;
	capture_begin();
	if (project_open(&p, FIXTURE) < 0)
		return;
	card_style st;
	CHECK_INT(card_style_load(&p.c, &st), 0);
	CHECK(near(st.w, 105 * MM, 0.01) && near(st.h, 148 * MM, 0.01));
	profiles ps;
	competencies cs;
	profiles_load(p.s, &ps);
	competencies_load(p.s, &cs);
	for (size_t i = 0; i < ps.n; i++) {
		card *cd = card_from_profile(&p.c, &st, ps.items[i], i, ps.n);
		card_layout l;
		CHECK_INT(card_lay_out(&p.c, &st, cd, NULL, &l), 0);
		CHECK(face_inside(&l, 0) && face_inside(&l, 1));
		CHECK(l.face[0].size <= st.side[0].max &&
		      l.face[0].size >= st.side[0].min);
	}
	const competency *k = cs.groups[0].items[0];
	card *cd = card_from_competency(&p.c, &st, k, cs.groups[0].n);
	CHECK_STR(cd->eyebrow, "Competentie · Relationeel");
	CHECK_STR(cd->name, "persoonsgericht-clientgerichtheid");
	CHECK_STR(cd->number, "1/2");
	card_layout l;
	CHECK_INT(card_lay_out(&p.c, &st, cd, NULL, &l), 0);
	CHECK(face_inside(&l, 0) && face_inside(&l, 1));
	CHECK_INT(cd->corp_side, 0);
	/* a size forced on a side is used when it fits */
	double force[2] = { 9, 8 };
	CHECK_INT(card_lay_out(&p.c, &st, cd, force, &l), 0);
	CHECK(l.face[0].size == 9 && l.face[1].size == 8);
	CHECK_STR(capture_end(), "");
	project_close(&p);
}

/* A text too long for its side: an error at the longest text there. */
static void test_too_long(void)
{
	char root[64];
	char long_text[4000] = "nodig: ";
	for (int i = 0; i < 90; i++)
		strcat(long_text, "Een zin over wat deze patiënt nodig heeft. ");
	strcat(long_text, "\n");
	char yaml[5000];
	snprintf(yaml, sizeof yaml, "titel: Te lang\nrol: coach\n"
		 "herkenning: [Kort.]\n%saanpak: A\nvragen: [V]\n"
		 "valkuilen: [K]\nbron: B\n", long_text);
	scratch(root, sizeof root, "profiles/lang.yaml", yaml,
		"profiles/titel.yaml", "titel: Praktijkondersteunersonder"
		"steuningsprogrammaevaluatieverslaggevingsmethodiek\n"
		"rol: coach\nherkenning: [H]\nnodig: N\naanpak: A\n"
		"vragen: [V]\nvalkuilen: [K]\nbron: B\n", NULL);
	project p;
	capture_begin();
	if (project_open(&p, root) < 0)
		return;
	CHECK_INT(print_product_build(&p.c, &cards_product, NULL, NULL), -1);
	const char *out = capture_end();
	char want[512];
	snprintf(want, sizeof want, "%s/content/profiles/lang.yaml:4:8: "
		 "error: de voorkant van de kaart 'Te lang' past niet, zelfs "
		 "op 6.5 pt: maak deze tekst (de langste daar) of een andere op "
		 "die kant korter\n", root);
	CHECK(strstr(out, want) != NULL);
	snprintf(want, sizeof want, "%s/content/profiles/titel.yaml:1:8: "
		 "error: deze titel past niet in de band van de kaart, zelfs op "
		 "12 pt: maak hem korter\n", root);
	CHECK(strstr(out, want) != NULL);
	if (!strstr(out, want))
		printf("    got:\n%s", out);
	project_close(&p);
	fs_remove_tree(root);
}

/* A layout file with mistakes: each at its line. */
static void test_bad_layout(void)
{
	char root[64];
	scratch(root, sizeof root, "profiles/a.yaml", "titel: A\nrol: coach\n"
		"herkenning: [H]\nnodig: N\naanpak: A\nvragen: [V]\n"
		"valkuilen: [K]\nbron: B\n", NULL);
	arena a;
	arena_init(&a, 0);
	const char *dir = path_join(&a, root, "layouts/print");
	fs_mkdir_p(dir);
	const char *bad = "formaat: B6\nband: 90%\nletters:\n"
		"  voorkant: { max: 6pt, min: 9pt }\nkleuren:\n"
		"  profiel: roze\nprofiel:\n  voorkant: [herkenning, definitie]\n"
		"  achterkant: [herkenning]\nkleur: rood\n";
	fs_write(path_join(&a, dir, "cards.yaml"), bad, strlen(bad));
	project p;
	capture_begin();
	if (project_open(&p, root) < 0)
		return;
	p.th.own = root;
	card_style st;
	CHECK_INT(card_style_load(&p.c, &st), -1);
	const char *out = capture_end();
	const char *want[] = {
		"cards.yaml:10:1: warning: kaartopmaak: onbekende sleutel "
		"'kleur'",
		"cards.yaml:1:10: error: 'formaat' moet een papierformaat zoals "
		"A6, A7 of 63x88mm zijn",
		"cards.yaml:2:7: error: 'band' moet een deel van de hoogte van "
		"de kaart zijn, van 15% tot 60%",
		"cards.yaml:4:13: error: 'voorkant': min mag niet groter zijn "
		"dan max",
		"cards.yaml:6:12: error: 'profiel' moet primary, accent, "
		"primary donker, accent donker of een kleur zoals #0E6266 zijn",
		"cards.yaml:8:26: error: geen onderdeel van deze kaart: "
		"'definitie'",
		"cards.yaml:9:16: error: 'herkenning' staat twee keer op de "
		"kaart",
	};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		int found = strstr(out, want[i]) != NULL;
		check_result(found, want[i], __FILE__, __LINE__);
		if (!found)
			printf("    in:\n%s", out);
	}
	project_close(&p);
	arena_free(&a);
	fs_remove_tree(root);
}

/* The whole build into a folder: files, previews, items. */
static void test_build(void)
{
	project p;
	capture_begin();
	if (project_open(&p, FIXTURE) < 0)
		return;
	char dir[] = "/tmp/test-cards-out-XXXXXX";
	if (!mkdtemp(dir))
		abort();
	print_stats st = { 0 };
	CHECK_INT(print_product_build(&p.c, &cards_product, dir, &st), 0);
	CHECK_STR(capture_end(), "");
	CHECK_INT(st.pdfs, 5);
	/* 2 profiles: 4 sides; 3 competencies: 6; A4: 2 + 2; test sheet 2 */
	CHECK_INT(st.pages, 4 + 6 + 2 + 2 + 2);
	static const char *const files[] = {
		"profielkaarten-drukkerij.pdf", "profielkaarten-a4.pdf",
		"competentiekaarten-drukkerij.pdf", "competentiekaarten-a4.pdf",
		"kaarten-kalibratie.pdf",
		"voorbeeld/kaart-profiel-coach.svg",
		"voorbeeld/kaart-profiel-coach-achter.svg",
		"voorbeeld/kaart-persoonsgericht-clientgerichtheid.svg",
		("voorbeeld/kaart-leidinggevenden-verbeeldingskracht-"
		 "creativiteit-achter.svg"),
	};
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		char path[512];
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		check_result(fs_is_file(path), files[i], __FILE__, __LINE__);
	}
	CHECK_INT(p.c.items.len, 5);
	const print_item *it = p.c.items.items[0];
	CHECK_STR(it->kind, "kaart");
	CHECK_STR(it->title, "De patiënt die ‘nee’ zegt");
	CHECK_STR(it->pdf, "profielkaarten-a4.pdf");
	CHECK_STR(it->preview, "voorbeeld/kaart-profiel-coach.svg");
	CHECK_STR(it->page ? it->page->url : NULL, "een/rollen.html");
	it = p.c.items.items[2];
	CHECK_STR(it->pdf, "competentiekaarten-a4.pdf");
	CHECK_STR(it->title, "Cliëntgerichtheid");
	it = p.c.items.items[4];
	CHECK_STR(it->title, "Verbeeldingskracht/creativiteit (leidinggevende)");
	CHECK_STR(it->preview, "voorbeeld/kaart-leidinggevenden-"
		  "verbeeldingskracht-creativiteit.svg");
	fs_remove_tree(dir);
	project_close(&p);
}

/* --- imposition ------------------------------------------------------- */

static void test_grid(void)
{
	impose_grid g;
	double A4W = 210 * MM, A4H = 297 * MM;
	CHECK_INT(impose_grid_make(&g, A4W, A4H, 105 * MM, 148 * MM, 0, 0), 4);
	CHECK(g.cols == 2 && g.rows == 2);
	CHECK(near(g.x0, 0, 1e-6) && near(g.y0, 0.5 * MM, 1e-6));
	CHECK_INT(impose_grid_make(&g, A4W, A4H, 63 * MM, 88 * MM, 0, 0), 9);
	CHECK(near(g.x0, 10.5 * MM, 1e-6) && near(g.y0, 16.5 * MM, 1e-6));
	CHECK_INT(impose_grid_make(&g, A4W, A4H, 63 * MM, 88 * MM, 5 * MM,
				   10 * MM), 6);
	CHECK(g.cols == 2 && g.rows == 3 && near(g.gap, 10 * MM, 1e-9));
	/* a gap too small for marks: the cards touch */
	CHECK_INT(impose_grid_make(&g, A4W, A4H, 63 * MM, 88 * MM, 0, 1 * MM),
		  9);
	CHECK(g.gap == 0);
	CHECK_INT(impose_grid_make(&g, A4W, A4H, 105 * MM, 148 * MM, 5 * MM,
				   0), 1);
	CHECK_INT(impose_grid_make(&g, A4W, A4H, 250 * MM, 100 * MM, 0, 0), 0);
}

/* A back lies behind its front when the sheet turns over its long edge:
 * mirrored about the sheet's vertical middle, at the same height. */
static void test_duplex(void)
{
	static const double sizes[][4] = {   /* card w, h, margin, gap (mm) */
		{ 105, 148, 0, 0 }, { 63, 88, 0, 0 }, { 63, 88, 6, 5 },
		{ 74, 105, 0, 3 },
	};
	double W = 210 * MM;
	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		impose_grid g;
		int n = impose_grid_make(&g, W, 297 * MM, sizes[s][0] * MM,
					 sizes[s][1] * MM, sizes[s][2] * MM,
					 sizes[s][3] * MM);
		CHECK(n > 0);
		int ok = 1;
		for (int i = 0; i < n; i++) {
			double f[4], b[4];
			impose_slot(&g, i, 0, f);
			impose_slot(&g, i, 1, b);
			/* the physical position of the back's left edge, seen
			 * from the front, is the sheet width minus its right
			 * edge */
			ok &= near(W - (b[0] + b[2]), f[0], 0.5 * MM);
			ok &= near(b[1], f[1], 0.5 * MM);
			ok &= f[0] >= 0 && f[0] + f[2] <= W + 1e-6;
		}
		CHECK(ok);
		/* the first card's back is in the last column */
		double f[4], b[4];
		impose_slot(&g, 0, 0, f);
		impose_slot(&g, 0, 1, b);
		CHECK(g.cols == 1 || b[0] > f[0]);
	}
}

int main(void)
{
	test_slug();
	test_profiles();
	test_competencies();
	test_bad_content();
	test_layout();
	test_too_long();
	test_bad_layout();
	test_build();
	test_grid();
	test_duplex();
	return check_done();
}
