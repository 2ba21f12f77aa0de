/* handout.c - the hand-outs and the training manual; see handout.h. */
#include "handout.h"
#include "blocks.h"
#include "render.h"
#include "sheet.h"
#include "sources.h"
#include "glossary.h"
#include "canvas/canvas.h"
#include "util/diag.h"
#include "util/fs.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A part of a product's content laid out on its own: a module's lessons
 * (in the manual with the module's opening page), or the answer key. A
 * part begins on a new page, so the pages of the parts laid out one by
 * one are the pages of the whole. */
typedef struct chunk {
	const module *module;     /* NULL: the answer key (or, in another
				   * document, its whole content) */
	int           back;       /* the sources (and the manual's colophon)
				   * at the end */
	int           quizzes;    /* quizzes numbered before it */
	size_t        first;      /* its first page, from 0 in the content */
	size_t        n_pages;
	/* its layout, while held; a NULL arena: the product's own */
	arena        *a;
	vlist         v;
	vpages        pages;
	int           laid_out;
} chunk;

struct product {
	const char   *file;       /* "handout-coach.pdf" */
	const char   *title;
	diag_pos      title_at;   /* where the title is written */
	const char   *eyebrow;    /* "Module 2", "Trainingshandleiding" */
	const module *module;     /* a hand-out's module; NULL: the manual */
	buf           cited;      /* a hand-out's lessons, as sources_cite()
				   * makes them: which sources they cite */
	blocks        b;
	strmap        in_pdf;
	arena        *own;        /* its arena, freed once it is written */
	/* its content, part by part */
	chunk        *chunks;
	size_t        n_chunks;
	strmap        page_of;    /* an outline entry's dest -> the page
				   * (from 1 in the content) it lies on */
	size_t        n_content;  /* the content's pages */
	int           forced;     /* forced page breaks in them */
	int           held;       /* pages laid out and held now */
	int           held_max;   /* and at most */
	/* another document (handouts_doc()): its cover */
	int           extra;
	const char   *summary, *list_label;
	const char  **list;
	const diag_pos *list_at;  /* where each item is written */
	size_t        n_list;
};

/* How many laid-out pages a product holds from its measuring pass to its
 * drawing pass; the parts beyond are laid out again to be drawn, so that
 * memory stays the same however long the manual grows. */
enum { HOLD_PAGES = 256 };

/* The most pages a hand-out or the manual has without a warning: more
 * than a print shop binds in one volume, and slow in a reader; libharu
 * holds the whole document until it is written (about 12 kB a page). */
enum { MAX_PAGES = 2000 };

struct handouts {
	arena             *a;
	site              *s;
	const print_style *st;
	typeset           *ts;
	const ui_strings  *ui;
	const struct diagram_set *diagrams;
	const struct charset *charset;
	int                dump;       /* layout dumps instead of PDFs */
	const char        *dir;        /* where the PDFs go; NULL: check only */
	product          **products;   /* one per module, then the manual;
					* NULL once written */
	size_t             n;
};

/* A product whose lines and pages live in its own arena, so that each
 * can be laid out on its own thread. */
static product *new_product(handouts *j, const char *file,
			    const char *title, diag_pos title_at,
			    const char *eyebrow, const module *m)
{
	arena *a = xmalloc(sizeof *a);
	arena_init(a, 0);
	product *p = arena_alloc(a, sizeof *p);
	p->own = a;
	p->file = file;
	p->title = title;
	p->title_at = title_at;
	p->eyebrow = eyebrow;
	p->module = m;
	p->b = (blocks){ .ts = j->ts, .st = j->st, .a = a, .keep = a,
			 .in_pdf = &p->in_pdf,
			 .ui = j->ui,
			 .diagrams = j->diagrams };
	text_area area = render_area(j->st, 0);
	p->b.width = area.w;
	return p;
}

/* The pages at a product's end: the sources, and in the manual the
 * colophon. */
static const char *const back_pages[] = { "bronnen", "colofon" };

/* Puts the pages at p's end among the documents in it, so that links to
 * them lead there (in a hand-out, which has a part of the sources, to
 * their start). */
static void add_back_pages(product *p, const site *s, int manual)
{
	for (size_t i = 0; i < (manual ? 2u : 1u); i++) {
		const doc *d = sources_page(s, back_pages[i]);
		if (d)
			strmap_put(p->own, &p->in_pdf, d->rel, manual ?
				   (void *)d : BLOCKS_PART);
	}
}

handouts *handouts_new(print_ctx *c, const char *dir)
{
	handouts *j = arena_alloc(c->a, sizeof *j);
	site *s = (site *)c->s;   /* lessons register their media */
	j->a = c->a;
	j->s = s;
	j->st = c->st;
	j->ts = c->ts;
	j->ui = c->ui;
	j->diagrams = c->diagrams;
	j->charset = c->charset;
	j->dump = c->dump;
	j->dir = dir;
	j->n = s->n_modules + 1;
	j->products = arena_alloc(j->a, j->n * sizeof *j->products);
	const char *mod = ui_get(j->ui, "module");
	for (size_t i = 0; i < s->n_modules; i++) {
		const module *m = s->modules[i];
		product *p = new_product(j,
			arena_printf(j->a, "handout-%s.pdf", m->slug),
			m->title, m->title_at, arena_printf(j->a, "%s %zu",
					       mod ? mod : "Module", i + 1), m);
		for (size_t k = 0; k < m->n_lessons; k++)
			strmap_put(p->own, &p->in_pdf, m->lessons[k]->rel,
				   m->lessons[k]);
		add_back_pages(p, s, 0);
		j->products[i] = p;
	}
	const char *manual = ui_get(j->ui, "handleiding");
	product *p = new_product(j, "handleiding.pdf", s->title,
				 s->title_at, manual ? manual : "Handleiding",
				 NULL);
	for (size_t i = 0; i < s->n_modules; i++)
		for (size_t k = 0; k < s->modules[i]->n_lessons; k++)
			strmap_put(p->own, &p->in_pdf,
				   s->modules[i]->lessons[k]->rel,
				   s->modules[i]->lessons[k]);
	add_back_pages(p, s, 1);
	j->products[s->n_modules] = p;
	if (dir && fs_mkdir_p(dir) < 0) {
		diag_system("kan %s niet maken: %s", dir, syserr_text(errno));
		j->dir = NULL;
	}
	return j;
}

static void chunk_drop(product *p, chunk *c);

/* Frees what a product's parts hold, and its arena. */
static void product_free(product *p)
{
	arena *own = p->own;
	for (size_t i = 0; i < p->n_chunks; i++)
		chunk_drop(p, &p->chunks[i]);
	buf_free(&p->cited);
	arena_free(own);
	free(own);
}

static void drop_product(handouts *j, size_t i)
{
	if (j->products[i])
		product_free(j->products[i]);
	j->products[i] = NULL;
}

void handouts_free(handouts *j)
{
	for (size_t i = 0; j && i < j->n; i++)
		drop_product(j, i);
}

/* A new page, a lesson's title, and its body. */
static void add_lesson(product *p, const doc *d, const md_doc *m, int level)
{
	blocks *b = &p->b;
	b->m = m;
	if (b->v->len)
		vlist_penalty(b->v, -V_INFINITY);
	const char *title = arena_printf(b->a, "%zu.%zu  %s",
		d->module->index + 1, d->index + 1, d->title);
	struct canvas_tag *around = b->tag_in;
	b->tag_in = blocks_tag(b, "Sect");
	blocks_heading(b, 1, title, d->rel, level, d->title_at);
	if (d->summary) {
		blocks_text(b, d->summary, &b->st->body, FACE_ITALIC,
			    b->st->muted, d->summary_at);
		vlist_glue(b->v, b->st->body.after * 2);
	}
	blocks_add_doc(b, m, level + 1);
	b->m = NULL;   /* m goes when the build moves to the next lesson */
	b->tag_in = around;
}

/* A small coloured label (a UI string) and a bulleted list under it
 * (aims, lessons); item i is written at ats[i], or all at at. */
static void labelled_list(handouts *j, blocks *b, const char *label,
			  const char *const *items, size_t n,
			  const diag_pos *ats, diag_pos at)
{
	if (!n)
		return;
	vlist_glue(b->v, 18);
	blocks_text(b, label, &j->st->small, FACE_BOLD, j->st->primary,
		    blocks_ui_at(b));
	vlist_penalty(b->v, V_INFINITY);
	vlist_glue(b->v, 4);
	blocks_list_begin(b);
	for (size_t i = 0; i < n; i++) {
		vlist_penalty(b->v, V_INFINITY);
		blocks_bullet(b, items[i], &j->st->body, j->st->text,
			      ats ? ats[i] : at);
		vlist_glue(b->v, 2);
	}
	blocks_list_end(b);
}

/* "Duur 80 min · Doelgroep POH's", or NULL when neither is known. */
static const char *module_facts(blocks *b, const module *m)
{
	const char *duur = m->duur ? arena_printf(b->a, "%s %d %s",
		blocks_string(b, "duur"), m->duur,
		blocks_string(b, "minuten")) : NULL;
	const char *wie = m->doelgroep ? arena_printf(b->a, "%s %s",
		blocks_string(b, "doelgroep"), m->doelgroep) : NULL;
	if (duur && wie)
		return arena_printf(b->a, "%s  \xC2\xB7  %s", duur, wie);
	return duur ? duur : wie;
}

/* "Lessen in deze module": each lesson's number and title. */
static void lesson_list(handouts *j, blocks *b, const module *mod)
{
	const char **lessons = arena_alloc(b->a, (mod->n_lessons + 1) *
					   sizeof *lessons);
	diag_pos *ats = arena_alloc(b->a, (mod->n_lessons + 1) * sizeof *ats);
	for (size_t i = 0; i < mod->n_lessons; i++) {
		lessons[i] = arena_printf(b->a, "%zu.%zu  %s", mod->index + 1,
					  i + 1, mod->lessons[i]->title);
		ats[i] = mod->lessons[i]->title_at;
	}
	labelled_list(j, b, blocks_string(b, "lessen_in_module"), lessons,
		      mod->n_lessons, ats, mod->title_at);
}

/* The manual's opening of a module: a page of its own with the title,
 * what it is about, for whom and how long, its aims and its lessons. */
static void add_module_opening(handouts *j, product *p, const module *mod)
{
	blocks *b = &p->b;
	if (b->v->len)
		vlist_penalty(b->v, -V_INFINITY);
	const char *dest = mod->rel;
	blocks_heading(b, 1, arena_printf(b->a, "%s %zu  %s",
		       blocks_string(b, "module"), mod->index + 1, mod->title),
		       dest, 0, mod->title_at);
	b->m = NULL;
	if (mod->summary)
		blocks_text(b, mod->summary, &j->st->body, FACE_REGULAR,
			    j->st->text, mod->summary_at);
	const char *facts = module_facts(b, mod);
	if (facts) {
		vlist_glue(b->v, 6);
		blocks_text(b, facts, &j->st->small, FACE_REGULAR, j->st->muted,
			    mod->doelgroep_at);
	}
	labelled_list(j, b, blocks_string(b, "leerdoelen_module"),
		      mod->leerdoelen, mod->n_leerdoelen, NULL,
		      mod->leerdoelen_at);
	lesson_list(j, b, mod);
	vlist_glue(b->v, j->st->body.after);
}

static int write_product(handouts *j, product *p, const char *dir,
			 print_stats *stats);

/* The lessons of module mod, each read again and laid out (in the
 * manual after the module's opening); 0, or -1 after reporting. */
static int add_module(handouts *j, product *p, const module *mod)
{
	arena a;
	arena_init(&a, 0);
	buf text = BUF_INIT;
	int rc = 0, cite = p->module && !p->cited.len;
	struct canvas_tag *around = p->b.tag_in;
	p->b.figures = 0;   /* numbered within the module */
	if (!p->module) {   /* the manual: the module is a Part */
		p->b.tag_in = blocks_tag(&p->b, "Part");
		add_module_opening(j, p, mod);
	}
	for (size_t k = 0; k < mod->n_lessons; k++) {
		const doc *d = mod->lessons[k];
		md_doc m;
		if (md_doc_reload(&m, j->s, d, &a, &text) < 0) {
			rc = -1;
			break;
		}
		if (cite)
			sources_cite(&p->cited, text.data, text.len);
		add_lesson(p, d, &m, p->module ? 0 : 1);
		md_doc_free(&m);
		arena_reset(&a);
	}
	p->b.tag_in = around;
	buf_free(&text);
	arena_free(&a);
	return rc;
}

/* The answers to the quizzes, at the end of the content. */
static void add_answers(product *p, const ptrvec *answers)
{
	blocks *b = &p->b;
	if (!answers->len)
		return;
	vlist_penalty(b->v, -V_INFINITY);
	const char *dest = arena_printf(b->a, "%s#antwoorden", p->file);
	blocks_heading(b, 1, blocks_string(b, "antwoorden"), dest, 0,
		       blocks_ui_at(b));
	for (size_t i = 0; i < answers->len; i++) {
		const quiz_answer *qa = answers->items[i];
		blocks_text(b, arena_printf(b->a, "%s %d (%s): %s",
			    blocks_string(b, "vraag"), qa->number, qa->lesson,
			    qa->key), &b->st->body, FACE_BOLD, b->st->text,
			    qa->at);
		if (qa->uitleg)
			blocks_text(b, qa->uitleg, &b->st->body, FACE_REGULAR,
				    b->st->text, qa->at);
		vlist_glue(b->v, b->st->body.after);
	}
}

/* The end of a product: in the manual the glossary, then the pages of
 * sources and the colophon whole, in a hand-out the sources its lessons cite (see
 * sources.h). 0, or -1 after reporting. */
static int add_back(handouts *j, product *p)
{
	if (p->module) {
		const doc *d = sources_page(j->s, back_pages[0]);
		sources_filter f = { p->module, &p->cited };
		return d ? sources_add(&p->b, j->s, d, &f,
			blocks_string(&p->b, "bronnen_handout")) : 0;
	}
	int rc = 0;
	print_glossary_add(&p->b, j->s->glossary);   /* before the sources */
	for (size_t i = 0; i < 2; i++) {
		const doc *d = sources_page(j->s, back_pages[i]);
		if (d && sources_add(&p->b, j->s, d, NULL, NULL) < 0)
			rc = -1;
	}
	return rc;
}

/* Whether p ends with the pages of add_back(). */
static int has_back(const handouts *j, const product *p)
{
	const glossary *g = j->s->glossary;
	if (!p->module && g && !g->bad && g->n)
		return 1;
	for (size_t i = 0; i < (p->module ? 1u : 2u); i++)
		if (sources_page(j->s, back_pages[i]))
			return 1;
	return 0;
}

/* Frees what part c holds of its layout. */
static void chunk_drop(product *p, chunk *c)
{
	if (!c->laid_out)
		return;
	vpages_free(&c->pages);
	vlist_free(&c->v);
	if (c->a) {
		arena_free(c->a);
		free(c->a);
		c->a = NULL;
	}
	c->laid_out = 0;
	p->held -= (int)c->n_pages;
}

/* Lays out part c into an arena of its own and pages it. The first time
 * (again 0) its outline entries and quiz answers are kept in the
 * product; laid out again, to be drawn, it adds neither, nor counts its
 * lines a second time. 0, or -1 after reporting. */
static int chunk_lay_out(handouts *j, product *p, chunk *c, int again)
{
	blocks *b = &p->b;
	c->a = xmalloc(sizeof *c->a);
	arena_init(c->a, 0);
	vlist_init(&c->v, c->a);
	c->laid_out = 1;
	ptrvec outline = b->outline, answers = b->answers;
	typeset counts = *b->ts;
	b->a = c->a;
	b->v = &c->v;
	b->quizzes = c->quizzes;
	if (again) {
		b->keep = c->a;
		b->outline = b->answers = (ptrvec){ 0 };
	}
	int rc = c->module ? add_module(j, p, c->module) :
		 c->back ? add_back(j, p) : 0;
	if (!c->module && !c->back)
		add_answers(p, &answers);
	if (again) {
		b->outline = outline;
		b->answers = answers;
		b->ts->lines = counts.lines;
		b->ts->hyphens = counts.hyphens;
		b->ts->overfull = counts.overfull;
	}
	b->keep = p->own;
	b->a = p->own;
	b->v = NULL;
	vlist_paginate(&c->v, render_area(j->st, 0).h, &c->pages);
	c->n_pages = c->pages.n;
	p->held += (int)c->n_pages;
	if (p->held > p->held_max)
		p->held_max = p->held;
	return rc;
}

/* The content page (from 1) of every destination of part c that outline
 * entries [o0, end) name, for the table of contents. */
static void chunk_number(product *p, chunk *c, size_t o0)
{
	arena *a = c->a ? c->a : p->own;
	strmap at = { 0 };
	for (size_t k = 0; k < c->pages.n; k++)
		for (size_t i = c->pages.pages[k].start;
		     i < c->pages.pages[k].end; i++)
			if (c->v.items[i]->kind == V_DEST)
				strmap_put(a, &at, c->v.items[i]->name,
					   (void *)(c->first + k + 1));
	for (size_t i = o0; i < p->b.outline.len; i++) {
		const outline_entry *o = p->b.outline.items[i];
		void *page = o->level <= 1 ? strmap_get(&at, o->dest) : NULL;
		if (page)
			strmap_put(p->own, &p->page_of, o->dest, page);
	}
}

/* The first pass over part c: laid out, paged and numbered; held for the
 * drawing pass while the product holds few pages, or when it is the
 * last module (a hand-out: all there is, but for its answers). */
static int chunk_measure(handouts *j, product *p, chunk *c, int last)
{
	size_t o0 = p->b.outline.len;
	c->quizzes = p->b.quizzes;
	int held = p->held;
	int rc = chunk_lay_out(j, p, c, 0);
	c->first = p->n_content;
	p->n_content += c->n_pages;
	p->forced += c->pages.n_forced;
	if (rc == 0)
		chunk_number(p, c, o0);
	if (rc < 0 || !j->dir || (held + (int)c->n_pages > HOLD_PAGES &&
				  !(last && held == 0)))
		chunk_drop(p, c);
	return rc;
}

/* Lays out and measures the parts of p: each module of its lessons (a
 * hand-out's one), then the answer key (also when there is nothing at
 * all: one empty page), then the sources. 0, or -1 after reporting. */
static int measure(handouts *j, product *p)
{
	size_t n = 0, last = 0;
	for (size_t i = 0; i < j->s->n_modules; i++) {
		const module *mod = j->s->modules[i];
		if ((!p->module || p->module == mod) && mod->n_lessons) {
			n++;
			last = i;
		}
	}
	p->chunks = arena_alloc(p->own, (n + 2) * sizeof *p->chunks);
	for (size_t i = 0; i < j->s->n_modules; i++) {
		const module *mod = j->s->modules[i];
		if ((p->module && p->module != mod) || !mod->n_lessons)
			continue;
		chunk *c = &p->chunks[p->n_chunks++];
		c->module = mod;
		if (chunk_measure(j, p, c, i == last) < 0)
			return -1;
	}
	if ((p->b.answers.len || !p->n_chunks) &&
	    chunk_measure(j, p, &p->chunks[p->n_chunks++], 1) < 0)
		return -1;
	if (!has_back(j, p))
		return 0;
	chunk *c = &p->chunks[p->n_chunks++];
	c->back = 1;
	return chunk_measure(j, p, c, 1);
}

size_t handouts_count(const handouts *j)
{
	return j->n;
}

/* Warns, at the product's title (site.yaml for the manual, the
 * module's _module.yaml for a hand-out), about one too long. */
static void warn_length(const product *p)
{
	if (p->n_content <= MAX_PAGES)
		return;
	diag_warning(p->title_at.file, p->title_at.line, p->title_at.col,
		     "%s wordt %zu blz. lang, meer dan %d: te dik voor één "
		     "boek en traag in een PDF-lezer; bij het maken houdt het "
		     "ongeveer %zu MB geheugen vast", p->file, p->n_content,
		     MAX_PAGES, (p->n_content * 12 + 1023) / 1024);
}

int handouts_make(handouts *j, size_t i, typeset *ts, print_stats *st)
{
	product *p = j->products[i];
	p->b.ts = ts;
	int rc = measure(j, p);
	if (rc == 0)
		warn_length(p);
	if (rc == 0 && j->dir)
		rc = write_product(j, p, j->dir, st);
	if (p->held_max > st->held)
		st->held = p->held_max;
	drop_product(j, i);
	return rc;
}

/* The cover's text: what the product is and for whom. */
static void cover(handouts *j, product *p, vlist *v)
{
	blocks cb = p->b;
	cb.v = v;
	cb.m = NULL;
	cb.outline = (ptrvec){ 0 };
	vlist_add(v, V_BOX)->height = 150;   /* below the band; kept at the top */
	blocks_text(&cb, p->eyebrow, &j->st->small, FACE_BOLD, j->st->accent,
		    blocks_ui_at(&cb));
	vlist_glue(v, 6);
	text_style big = j->st->h1;
	big.size *= 1.35;
	big.leading *= 1.35;
	blocks_text(&cb, p->title, &big, FACE_BOLD, j->st->primary,
		    p->title_at);
	vlist_glue(v, 14);
	const module *m = p->module;
	const char *summary = p->extra ? p->summary : m ? m->summary :
			      j->s->description;
	diag_pos summary_at = p->extra ? blocks_ui_at(&cb) :
			      m ? m->summary_at : j->s->description_at;
	if (summary)
		blocks_text(&cb, summary, &j->st->body, FACE_REGULAR,
			    j->st->muted, summary_at);
	if (m) {
		const char *facts = module_facts(&cb, m);
		if (facts) {
			vlist_glue(v, 6);
			blocks_text(&cb, facts, &j->st->small, FACE_REGULAR,
				    j->st->muted, m->doelgroep_at);
		}
		labelled_list(j, &cb, blocks_string(&cb, "leerdoelen_module"),
			      m->leerdoelen, m->n_leerdoelen, NULL,
			      m->leerdoelen_at);
		return;
	}
	if (p->extra) {
		labelled_list(j, &cb, p->list_label, p->list, p->n_list,
			      p->list_at, blocks_ui_at(&cb));
		return;
	}
	const site *s = j->s;
	const char **mods = arena_alloc(cb.a, (s->n_modules + 1) *
					sizeof *mods);
	diag_pos *ats = arena_alloc(cb.a, (s->n_modules + 1) * sizeof *ats);
	for (size_t i = 0; i < s->n_modules; i++) {
		mods[i] = arena_printf(cb.a, "%s %zu  %s",
				       blocks_string(&cb, "module"), i + 1,
				       s->modules[i]->title);
		ats[i] = s->modules[i]->title_at;
	}
	labelled_list(j, &cb, blocks_string(&cb, "modules"), mods,
		      s->n_modules, ats, s->title_at);
}

/* Gives the last line of a contents entry its page number at the right
 * and dot leaders up to it, their dots on one grid for every line. */
static void toc_number(handouts *j, blocks *tb, vitem *last, size_t page,
		       const text_style *ts)
{
	const font *f = typeset_font(j->ts, ts->sans, FACE_REGULAR);
	const text_style *ls = &j->st->body;   /* the leaders of every line */
	const char *num = arena_printf(tb->a, "%zu", page);
	double nw = font_text_width(f, num, strlen(num), ts->size);
	double dot = font_text_width(typeset_font(j->ts, ls->sans,
				     FACE_REGULAR), ". ", 2, ls->size);
	double right = tb->width + 28 - last->x;   /* the number's right */
	const hrun *end = &last->runs[last->n_runs - 1];
	double from = end->x + end->width + dot;
	double to = right - (nw + 6 > 24 ? nw + 6 : 24);   /* a long number
							    * moves its dots */
	int n = dot > 0 && to > from ? (int)((to - from) / dot) : 0;
	hrun *runs = arena_alloc(tb->a, (last->n_runs + 2) * sizeof *runs);
	memcpy(runs, last->runs, last->n_runs * sizeof *runs);
	hrun *r = &runs[last->n_runs];
	if (n > 0) {
		char *dots = arena_alloc(tb->a, 2 * (size_t)n + 1);
		for (int k = 0; k < n; k++)
			memcpy(dots + 2 * k, ". ", 2);
		dots[2 * n - 1] = '\0';
		*r = last->runs[0];
		r->text = dots;
		r->len = 2 * (uint32_t)n - 1;
		r->width = (float)(n * dot - dot / 2);
		r->x = (float)(to - n * dot);
		r->font = (short)typeset_id(j->ts, ls->sans, FACE_REGULAR);
		r->size = (float)ls->size;
		r->colour = j->st->muted;
		r->artifact = 1;   /* not read out in a tagged PDF */
		r->expand = 0;   /* measured unexpanded */
		r++;
	}
	*r = last->runs[0];
	r->expand = 0;
	r->text = num;
	r->len = (uint32_t)strlen(num);
	r->width = (float)nw;
	r->x = (float)(right - nw);
	r->font = (short)typeset_id(j->ts, ts->sans, FACE_REGULAR);
	last->runs = runs;
	last->n_runs = (size_t)(r - runs) + 1;
}

/* The manual's table of contents: modules and lessons with the numbers
 * of their pages (the content's own, from 1), dot leaders between. */
static void toc(handouts *j, product *p, vlist *v, arena *a)
{
	blocks tb = p->b;
	tb.v = v;
	tb.a = tb.keep = a;
	tb.m = NULL;
	tb.outline = (ptrvec){ 0 };
	blocks_heading(&tb, 1, blocks_string(&tb, "inhoud"), NULL, 0,
		       blocks_ui_at(&tb));
	struct canvas_tag *list = blocks_tag(&tb, "TOC");
	for (size_t i = 0; i < p->b.outline.len; i++) {
		const outline_entry *o = p->b.outline.items[i];
		if (o->level > 1)
			continue;
		size_t at = (size_t)strmap_get(&p->page_of, o->dest);
		const text_style *ts = o->level ? &j->st->body : &j->st->h3;
		if (!o->level)
			vlist_glue(v, 6);
		size_t first = v->len;
		tb.indent = o->level ? 16 : 0;
		tb.width = p->b.width - 28;
		tb.tag_in = list;
		tb.tag_in = blocks_tag(&tb, "TOCI");
		blocks_text(&tb, o->title, ts, o->level ? FACE_REGULAR :
			    FACE_BOLD, j->st->text, o->at);
		for (size_t k = first; k < v->len; k++) {
			vitem *it = v->items[k];
			if (it->kind != V_LINE)
				continue;
			for (size_t r = 0; r < it->n_runs; r++)
				it->runs[r].link = o->dest;
		}
		vitem *last = v->items[v->len - 1];
		if (last->kind != V_LINE || !last->n_runs)
			continue;
		toc_number(j, &tb, last, at, ts);
	}
}

typedef struct decor_ctx {
	handouts     *j;
	const product *p;
	int            front;   /* pages before the content: cover, contents */
	buf            folio;
} decor_ctx;

/* Lowercase roman numeral of n (1 to 3999) into out. */
static const char *roman(int n, char out[16])
{
	static const char *const sym[] = { "m", "cm", "d", "cd", "c", "xc",
		"l", "xl", "x", "ix", "v", "iv", "i" };
	static const int val[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10,
		9, 5, 4, 1 };
	size_t o = 0;
	for (int i = 0; i < 13; i++)
		for (; n >= val[i] && o + 2 < 16; n -= val[i])
			for (const char *c = sym[i]; *c; c++)
				out[o++] = *c;
	out[o] = '\0';
	return out;
}

static void text_at(handouts *j, canvas *c, int face, double size,
		    uint32_t colour, double x, double y, const char *s,
		    int align_right)
{
	size_t len = strlen(s);
	if (align_right)
		x -= font_text_width(typeset_font(j->ts, 1, face), s, len, size);
	canvas_text(c, typeset_id(j->ts, 1, face), size, colour, x, y, s,
		    len);
}

/* The cover's colour band; elsewhere the running head and the folio:
 * "pagina N van M" counting the content's pages, roman numerals before
 * them, as the page labels say. */
static void decor(void *ud, canvas *c, int index, int count)
{
	decor_ctx *dc = ud;
	handouts *j = dc->j;
	const print_style *st = j->st;
	text_area a = render_area(st, index);
	if (index == 0) {
		/* into the bleed, if there is one */
		canvas_style band = { st->primary, CANVAS_NONE, 0, 0, 0, 0 };
		canvas_rect(c, -SHEET_BLEED, -SHEET_BLEED,
			    st->page_w + 2 * SHEET_BLEED, 120 + SHEET_BLEED, 0,
			    &band);
		text_at(j, c, FACE_BOLD, 12, 0xFFFFFF, a.x, 72, j->s->title, 0);
		if (j->s->subtitle)
			text_at(j, c, FACE_REGULAR, 10, 0xFFFFFF, a.x, 90,
				j->s->subtitle, 0);
		return;
	}
	int recto = index % 2 == 0;
	double hy = st->top - 22;
	const char *head = dc->p->module ? dc->p->eyebrow :
			   dc->p->extra ? dc->p->title : j->s->title;
	text_at(j, c, FACE_REGULAR, st->small.size, st->muted,
		recto ? a.x + a.w : a.x, hy, head, recto);
	canvas_style rule = { CANVAS_NONE, 0xC9D3D6, 0.5, 0, 0, 0 };
	canvas_segment(c, a.x, hy + 6, a.x + a.w, hy + 6, &rule);
	char rn[16];
	buf_clear(&dc->folio);
	if (index >= dc->front)
		buf_printf(&dc->folio, "%s %d %s %d", ui_get(j->ui, "pagina"),
			   index - dc->front + 1, ui_get(j->ui, "van"),
			   count - dc->front);
	const char *folio = index < dc->front ? roman(index + 1, rn) :
			    dc->folio.data;
	double fw = font_text_width(typeset_font(j->ts, 1, FACE_REGULAR),
				    folio, strlen(folio), st->small.size);
	text_at(j, c, FACE_REGULAR, st->small.size, st->muted,
		a.x + (a.w - fw) / 2, st->page_h - st->bottom + 28, folio, 0);
}

/* Draws the parts of p in order, each laid out again if it was not
 * held, and frees each once drawn; 0, or -1 after reporting. */
static int draw_content(handouts *j, product *p, canvas *c, int before,
			int count, decor_ctx *dc)
{
	int rc = 0;
	for (size_t i = 0; i < p->n_chunks; i++) {
		chunk *k = &p->chunks[i];
		if (!k->laid_out && chunk_lay_out(j, p, k, 1) < 0)
			rc = -1;
		render_pages(c, &k->v, &k->pages, j->st,
			     before + (int)k->first, count,
			     j->s->print_professional, decor, dc);
		chunk_drop(p, k);
	}
	return rc;
}

/* Pages and writes one product: its cover, the manual's table of
 * contents, then its content part by part (measured before). */
static int write_product(handouts *j, product *p, const char *dir,
			 print_stats *stats)
{
	arena *a = p->own, ta;
	arena_init(&ta, 0);
	double h = render_area(j->st, 0).h;
	vlist cv, tv;
	vlist_init(&cv, a);
	vlist_init(&tv, &ta);
	vpages cover_pages, toc_pages = { 0 };
	cover(j, p, &cv);
	vlist_paginate(&cv, h, &cover_pages);
	int before = (int)cover_pages.n;
	if (!p->module) {   /* the manual: a table of contents */
		toc(j, p, &tv, &ta);
		vlist_paginate(&tv, h, &toc_pages);
		before += (int)toc_pages.n;
	}
	int count = before + (int)p->n_content;
	canvas_info info = print_info(a, j->s, j->st, p->module ?
		arena_printf(a, "%s: %s", p->eyebrow, p->title) : p->title,
		j->charset);
	info.tagged = 1;
	canvas *c = j->dump ? canvas_dump_new(&info) : canvas_pdf_new(&info);
	decor_ctx dc = { j, p, before, BUF_INIT };
	canvas_page_label(c, 0, NULL, 1);
	canvas_page_label(c, before, NULL, 0);
	int bad_fonts = typeset_register(j->ts, c) < 0;
	render_pages(c, &cv, &cover_pages, j->st, 0, count,
		     j->s->print_professional, decor, &dc);
	render_pages(c, &tv, &toc_pages, j->st, (int)cover_pages.n, count,
		     j->s->print_professional, decor, &dc);
	vpages_free(&toc_pages);
	vlist_free(&tv);
	arena_free(&ta);
	int rc = draw_content(j, p, c, before, count, &dc);
	for (size_t i = 0; i < p->b.outline.len; i++) {
		const outline_entry *o = p->b.outline.items[i];
		canvas_bookmark(c, o->level, o->title, o->dest);
	}
	char err[300];
	const char *file = path_join(a, dir, j->dump ? arena_printf(a,
				     "%s.txt", p->file) : p->file);
	if (rc == 0 && (bad_fonts ||
			canvas_save(c, file, err, sizeof err) < 0)) {
		diag_system("%s: %s", file, bad_fonts ?
			    "lettertype-id's verschillen" : err);
		rc = -1;
	}
	stats->pdfs++;
	stats->pages += count;
	stats->forced += p->forced;
	buf_free(&dc.folio);
	canvas_free(c);
	vpages_free(&cover_pages);
	vlist_free(&cv);
	return rc;
}

product *handouts_doc(handouts *h, const char *file, const char *title,
		      const char *eyebrow)
{
	product *p = new_product(h, file, title, (diag_pos){
				 h->ui ? h->ui->file : NULL, 0, 0 }, eyebrow, NULL);
	p->extra = 1;
	p->chunks = arena_alloc(p->own, sizeof *p->chunks);
	p->n_chunks = 1;
	chunk *c = &p->chunks[0];   /* its whole content, in p->own */
	vlist_init(&c->v, p->own);
	c->laid_out = 1;
	p->b.v = &c->v;
	return p;
}

void handouts_doc_include(product *p, const doc *d)
{
	strmap_put(p->own, &p->in_pdf, d->rel, (void *)d);
}

blocks *handouts_doc_blocks(product *p)
{
	return &p->b;
}

void handouts_doc_cover(product *p, const char *summary, const char *label,
			const char **items, const diag_pos *ats, size_t n)
{
	p->summary = summary;
	p->list_label = label;
	p->list = items;
	p->list_at = ats;
	p->n_list = n;
}

int handouts_doc_write(handouts *h, product *p, const char *dir,
		       print_stats *st)
{
	chunk *c = &p->chunks[0];
	vlist_paginate(&c->v, render_area(h->st, 0).h, &c->pages);
	c->n_pages = c->pages.n;
	p->n_content = c->n_pages;
	p->forced = c->pages.n_forced;
	p->held = p->held_max = (int)c->n_pages;
	chunk_number(p, c, 0);
	int rc = write_product(h, p, dir, st);
	if (p->held_max > st->held)
		st->held = p->held_max;
	return rc;
}

void handouts_doc_free(product *p)
{
	product_free(p);
}
