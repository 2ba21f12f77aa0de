/* fuzz_print.c - Markdown through the print layout to PDF and SVG.
 *
 * The input is a lesson's Markdown body. It is checked as the build
 * checks it, in a small project made once in a temporary folder (two
 * lessons and a page to link to, a PNG, a JPEG and a broken image, the
 * bundled diagrams); a body without errors is then laid out as the
 * hand-outs lay out a lesson (blocks, paragraphs with hyphenation,
 * pages), drawn page by page onto an SVG canvas in memory and, for one
 * input in four, written as an A4 document with cover, contents, running
 * heads and bookmarks to a PDF in that folder (removed again).
 *
 * The project, the print style, the fonts with the Dutch patterns, the
 * UI strings and the diagrams are loaded once and only read.
 *
 * Invariants checked: every report names a place inside the lesson
 * (where cmark's positions can be mapped, see fuzz_md_mappable()), the
 * PDF is written, and every page has its SVG. */
#include "fuzz.h"
#include "content/model.h"
#include "content/ynode.h"
#include "diagram/diagram.h"
#include "markdown/md.h"
#include "print/blocks.h"
#include "print/handout.h"
#include "print/render.h"
#include "util/fs.h"

#include <unistd.h>

#define FILE_NAME "fuzz.md"
/* The front matter of the lesson whose body the input is. */
#define FRONT "---\ntitle: Begin\n---\n"
/* Writing a PDF costs four times the rest (libharu's glyph lookups and
 * compression): one input in PDF_SHARE, by its hash, is written. */
#define PDF_SHARE 4

static arena        A;
static site        *S;
static const doc   *D;
static print_style  ST;
static fontset      FS;
static diagram_set  DG;
static ui_strings   UI;
static const char  *ROOT;
static const char  *OUT;

/* Writes text to ROOT/content/rel; copies the file from when text is
 * NULL. 0 or -1. */
static int put(const char *rel, const char *text, const char *from)
{
	const char *path = path_join(&A, path_join(&A, ROOT, "content"), rel);
	if (fs_mkdir_p(path_dirname(&A, path)) < 0)
		return -1;
	if (text)
		return fs_write(path, text, strlen(text));
	buf b = BUF_INIT;
	int rc = fs_read(from, &b) < 0 ? -1 : fs_write(path, b.data, b.len);
	buf_free(&b);
	return rc;
}

/* The project the lessons are checked in, in a temporary folder. */
static int make_project(void)
{
	ROOT = fuzz_tmpdir("print");
	OUT = path_join(&A, ROOT, "out");
	int bad = put("site.yaml", "title: Proef\nsubtitle: Fuzz\n", NULL);
	bad |= put("modules/01-een/_module.yaml", "title: Een\nsummary: "
		   "Kort.\nduur: 30\nleerdoelen: [Weten, Kunnen]\n", NULL);
	bad |= put("modules/01-een/01-begin.md", FRONT, NULL);
	bad |= put("modules/01-een/02-verder.md", "---\ntitle: Verder\n---\n"
		   "\n## Kop\n", NULL);
	bad |= put("pages/over.md", "---\ntitle: Over\n---\n", NULL);
	bad |= put("images/figuur.png", NULL, "tests/fixtures/figuur.png");
	bad |= put("images/foto.jpg", NULL, "tests/fixtures/foto.jpg");
	bad |= put("images/kapot.png", "geen PNG", NULL);
	bad |= fs_copy_tree("content/diagrams",
			    path_join(&A, ROOT, "content/diagrams"));
	return bad ? -1 : 0;
}

/* The project, style, fonts, patterns, strings and diagrams, once. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_need_root();
	arena_init(&A, 0);
	diag_capture c;
	fuzz_quiet_begin(&c);
	int bad = make_project();
	S = bad ? NULL : site_load(&A, ROOT);
	bad = bad || !S || S->n_modules != 1 || S->modules[0]->n_lessons != 2;
	if (!bad)
		bad = print_style_load(&ST, &A, "layouts/print/handout.yaml",
				       S);
	char err[300], herr[300] = "";
	if (!bad)
		bad = fontset_load(&FS, ST.serif, ST.sans, S->language, err,
				   herr, sizeof err) != 0 || !FS.hy;
	if (!bad) {
		bad = diagram_set_load(&DG, &A, path_join(&A, S->content,
							  "diagrams"));
		theme th = { &A, ".", NULL };
		bad += ui_load(&UI, &A, &th, "nl") < 0;
	}
	bad += fuzz_quiet_end(&c, NULL, (fuzz_extent){ 0, 0 });
	if (bad || fs_mkdir_p(OUT) < 0) {
		fprintf(stderr, "fuzz: the project, the print style, fonts, "
			"patterns or diagrams do not load\n");
		exit(2);
	}
	D = S->modules[0]->lessons[0];
	return 0;
}

/* Draws the lesson onto SVG pages, as the site's previews are drawn. */
static void draw_svg(print_ctx *c, const md_doc *m)
{
	vlist v;
	vlist_init(&v, c->a);
	strmap in_pdf = { 0 };
	blocks b = { .ts = c->ts, .st = c->st, .v = &v, .a = c->a,
		     .in_pdf = &in_pdf, .ui = c->ui,
		     .diagrams = c->diagrams };
	b.width = render_area(c->st, 0).w;
	blocks_add_doc(&b, m, 1);
	vpages pages;
	vlist_paginate(&v, render_area(c->st, 0).h, &pages);
	canvas *svg = canvas_svg_new(&(canvas_info){ .title = "Fuzz" });
	if (typeset_register(c->ts, svg) < 0)
		fuzz_fail("font ids differ on the SVG canvas");
	render_pages(svg, &v, &pages, c->st, 0, (int)pages.n, 0, NULL, NULL);
	for (size_t i = 0; i < pages.n; i++) {
		size_t len = 0;
		const char *page = canvas_svg_page(svg, (int)i, &len);
		if (!page || !len)
			fuzz_fail("page %zu of %zu has no SVG", i + 1, pages.n);
	}
	canvas_free(svg);
	vpages_free(&pages);
	vlist_free(&v);
}

/* Lays the lesson out as a hand-out document and writes its PDF. */
static void write_pdf(print_ctx *c, const md_doc *m)
{
	handouts *h = handouts_new(c, NULL);
	c->handouts = h;
	product *p = handouts_doc(h, "fuzz.pdf", D->title, "Proef");
	blocks *b = handouts_doc_blocks(p);
	b->m = m;
	blocks_heading(b, 1, D->title, D->rel, 0, D->title_at);
	blocks_add_doc(b, m, 1);
	b->m = NULL;
	static const char *items[] = { "Een", "Twee" };
	handouts_doc_cover(p, "Samenvatting.", "Lijst", items, NULL, 2);
	print_stats st = { 0 };
	if (handouts_doc_write(h, p, OUT, &st) < 0 || st.pdfs != 1)
		fuzz_fail("the PDF was not written");
	handouts_doc_free(p);
	const char *file = path_join(c->a, OUT, "fuzz.pdf");
	if (unlink(file) < 0)
		fuzz_fail("no PDF at %s", file);
	handouts_free(h);
}

/* One input: the lesson body checked, then laid out and drawn. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	arena a;
	arena_init(&a, 0);
	/* the lesson's file: its front matter, then the input as its body */
	buf file = BUF_INIT;
	buf_puts(&file, FRONT);
	buf_put(&file, (const char *)data, size);
	buf_normalize_eol(&file);   /* as fs_read_text() reads a lesson */
	const char *body = file.data + strlen(FRONT);
	size = file.len - strlen(FRONT);
	site local = *S;         /* the media it finds go into a */
	local.a = &a;
	local.media = (strmap){ 0 };
	md_doc m = { .s = &local, .d = D, .file = FILE_NAME, .rel = D->rel,
		     .text = file.data, .text_len = file.len, .a = &a };
	diag_capture c;
	fuzz_quiet_begin(&c);
	int errors = md_doc_check(&m, body, size, D->body_line);
	if (!errors) {
		typeset ts;
		typeset_init(&ts, &FS, &a);
		theme th = { &a, ".", NULL };
		print_ctx pc = { .s = &local, .ts = &ts, .st = &ST,
				 .theme = &th, .ui = &UI,
				 .diagrams = &DG, .a = &a };
		if (fuzz_hash(data, size) % PDF_SHARE == 0)
			write_pdf(&pc, &m);
		draw_svg(&pc, &m);
	}
	fuzz_quiet_end(&c, fuzz_md_mappable(body, size) ? FILE_NAME : NULL,
		       fuzz_extent_of(file.data, file.len));
	md_doc_free(&m);
	buf_free(&file);
	arena_free(&a);
	return 0;
}
