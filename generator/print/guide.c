/* guide.c - the trainer's guide; see guide.h. */
#include "guide.h"
#include "print.h"
#include "blocks.h"
#include "handout.h"
#include "sources.h"
#include "markdown/md.h"
#include "util/diag.h"

/* Chapter d from a new page: its title as a heading of outline level 0
 * (the destination d->rel), then its body. 0, or -1 after reporting. */
static int add_chapter(print_ctx *c, blocks *b, const doc *d)
{
	arena a;
	arena_init(&a, 0);
	buf text = BUF_INIT;
	md_doc m;
	int rc = md_doc_reload(&m, (site *)c->s, d, &a, &text);
	if (rc == 0) {
		if (b->v->len)
			vlist_penalty(b->v, -V_INFINITY);
		struct canvas_tag *around = b->tag_in;
		b->tag_in = blocks_tag(b, "Sect");
		b->m = &m;
		blocks_heading(b, 1, d->title, d->rel, 0, d->title_at);
		if (d->summary) {
			blocks_text(b, d->summary, &b->st->body, FACE_ITALIC,
				    b->st->muted, d->summary_at);
			vlist_glue(b->v, b->st->body.after * 2);
		}
		blocks_add_doc(b, &m, 1);
		b->m = NULL;   /* m goes with this chapter */
		b->tag_in = around;
		md_doc_free(&m);
	}
	buf_free(&text);
	arena_free(&a);
	return rc;
}

/* Nothing to check: the chapters were checked as documents, and are
 * read again and laid out when the guide is made, as the manual's
 * lessons are (a chapter with errors is never read again). The
 * materials page lists the guide beside the manual by itself. */
static void *guide_check(print_ctx *c, int *bad)
{
	*bad = 0;
	return c->s->n_trainer ? (void *)c->s : NULL;
}

/* The guide laid out as a document of the manual's kind, and written. */
static int guide_render(print_ctx *c, void *state, const char *dir,
			print_stats *st)
{
	const site *s = state;
	product *guide = handouts_doc(c->handouts, "trainersgids.pdf",
				      print_ui(c, "trainersgids"),
				      print_ui(c, "voor_trainers"));
	blocks *b = handouts_doc_blocks(guide);
	b->ts = c->ts;   /* the job's */
	const doc *sources = sources_page(s, "bronnen");
	for (size_t i = 0; i < s->n_trainer; i++)
		handouts_doc_include(guide, s->trainer[i]);
	if (sources)
		handouts_doc_include(guide, sources);
	const char **titles = arena_alloc(c->a, s->n_trainer *
					  sizeof *titles);
	diag_pos *ats = arena_alloc(c->a, s->n_trainer * sizeof *ats);
	int rc = 0;
	for (size_t i = 0; i < s->n_trainer; i++) {
		titles[i] = s->trainer[i]->title;
		ats[i] = s->trainer[i]->title_at;
		if (add_chapter(c, b, s->trainer[i]) < 0)
			rc = -1;
	}
	if (sources && sources_add(b, (site *)s, sources, NULL, NULL) < 0)
		rc = -1;
	handouts_doc_cover(guide, print_ui(c, "trainersgids_intro"),
			   print_ui(c, "inhoud"), titles, ats, s->n_trainer);
	if (rc == 0)
		rc = handouts_doc_write(c->handouts, guide, dir, st);
	handouts_doc_free(guide);
	return rc;
}

const print_product guide_product = {
	.name = "trainersgids", .check = guide_check,
	.render = guide_render,
};

PRINT_OUTPUT(guide_output, "trainersgids",
	     READS_SITE | READS_PAGES | READS_TRAINER | READS_MEDIA |
	     READS_DIAGRAMS, guide_product);
