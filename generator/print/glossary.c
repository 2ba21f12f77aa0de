/* glossary.c - the glossary in print; see glossary.h. */
#include "glossary.h"

/* One entry, kept whole on its page. */
static void add_entry(blocks *b, const glossary_entry *e)
{
	size_t from = b->v->len;
	const char *term = e->afkorting ?
		arena_printf(b->a, "%s (%s)", e->term, e->afkorting) : e->term;
	blocks_text(b, term, &b->st->body, FACE_BOLD, b->st->primary, e->at);
	blocks_text(b, e->uitleg, &b->st->body, FACE_REGULAR, b->st->text,
		    e->at);
	blocks_text(b, arena_printf(b->a, "%s: %s",
		    blocks_string(b, "begrip_bron"), e->bron), &b->st->small,
		    FACE_REGULAR, b->st->muted, e->at);
	vlist_keep(b->v, from);
	vlist_glue(b->v, b->st->body.after);
}

void print_glossary_add(blocks *b, const glossary *g)
{
	if (!g || g->bad || !g->n)
		return;
	diag_pos at = { g->file, 0, 0 };
	if (b->v->len)
		vlist_penalty(b->v, -V_INFINITY);
	blocks_heading(b, 1, g->titel ? g->titel :
		       blocks_string(b, "begrippen"), PRINT_GLOSSARY_DEST, 0,
		       at);
	if (g->inleiding) {
		blocks_text(b, g->inleiding, &b->st->body, FACE_ITALIC,
			    b->st->muted, at);
		vlist_glue(b->v, b->st->body.after * 2);
	}
	b->ragged = 1;   /* short texts with long words: flush left */
	for (size_t i = 0; i < g->n; i++)
		add_entry(b, &g->items[i]);
	b->ragged = 0;
}
