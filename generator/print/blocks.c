/* blocks.c - Markdown blocks onto the vertical list; see blocks.h. */
#include "blocks.h"
#include "canvas/canvas.h"
#include "canvas/image.h"
#include "diagram/diagram.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/typo.h"

#include <stdlib.h>
#include <string.h>

const int blocks_part;

#define LIST_INDENT 16.0
#define FRAME_PAD   10.0

canvas_tag *blocks_tag(blocks *b, const char *role)
{
	canvas_tag *t = arena_alloc(b->a, sizeof *t);
	t->role = role;
	t->parent = b->tag_in;
	return t;
}

/* What is added from now on lies in a new element of role. */
static canvas_tag *tag_enter(blocks *b, const char *role)
{
	return b->tag_in = blocks_tag(b, role);
}

/* Back to the element around the one entered last. */
static void tag_leave(blocks *b)
{
	if (b->tag_in)
		b->tag_in = b->tag_in->parent;
}

/* The lines and boxes added from index from on that are not content of
 * an element yet become content of t. */
static void tag_from(blocks *b, size_t from, canvas_tag *t)
{
	for (size_t i = from; i < b->v->len; i++) {
		vitem *it = b->v->items[i];
		if ((it->kind == V_LINE || it->kind == V_BOX) && !it->tag)
			it->tag = t;
	}
}

void blocks_list_begin(blocks *b)
{
	tag_enter(b, "L");
}

void blocks_list_end(blocks *b)
{
	tag_leave(b);
}

/* Spans of one paragraph being collected. */
typedef struct spans {
	span  *s;
	size_t n, cap;
	int    line;   /* the content line being collected */
} spans;

/* Appends a span of text at the current line; returns it, or NULL when
 * the text is empty. */
static span *add_span(blocks *b, spans *sp, const char *text, size_t len,
		      int face, int sans, uint32_t colour, const char *link,
		      int is_uri)
{
	if (!len)
		return NULL;
	if (sp->n == sp->cap) {
		sp->cap = sp->cap ? sp->cap * 2 : 16;
		sp->s = xrealloc(sp->s, sp->cap * sizeof *sp->s);
	}
	sp->s[sp->n] = (span){ arena_strndup(b->a, text, len), len, face,
			       sans, colour, link, is_uri, sp->line, 0 };
	return &sp->s[sp->n++];
}

/* Gives span s the column where node n's text starts, when the lines are
 * exact and cmark puts the node on the span's line. */
static void span_col(const blocks *b, span *s, cmark_node *n)
{
	if (s && s->line && b->line0 + cmark_node_get_start_line(n) == s->line)
		s->col = md_file_col(b->m, s->line,
				     cmark_node_get_start_column(n), b->col0);
}

/* The destination or URI a link node points at, or NULL. */
static const char *link_target(blocks *b, cmark_node *n, int *is_uri)
{
	const md_link *l = cmark_node_get_user_data(n);
	*is_uri = 0;
	if (!l) {
		const char *url = cmark_node_get_url(n);
		*is_uri = url && url[0] && url[0] != '#';
		return *is_uri ? arena_strdup(b->a, url) : NULL;
	}
	const void *in = l->target ? strmap_get(b->in_pdf, l->target->rel) :
			 NULL;
	if (in)
		return arena_printf(b->a, "%s%s", l->target->rel,
				    in == BLOCKS_PART ? "" : l->fragment);
	if (!l->target && !l->media && l->fragment[0])
		return arena_printf(b->a, "%s%s", b->m->rel, l->fragment);
	return NULL;
}

typedef struct inl {
	int         face;
	const char *link;
	int         is_uri;
	uint32_t    colour;
} inl;

static void collect(blocks *b, spans *sp, cmark_node *n, inl st)
{
	for (cmark_node *c = cmark_node_first_child(n); c;
	     c = cmark_node_next(c)) {
		inl in = st;
		const char *lit = cmark_node_get_literal(c);
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_TEXT:
			span_col(b, add_span(b, sp, lit, strlen(lit), st.face,
					     0, st.colour, st.link, st.is_uri),
				 c);
			break;
		case CMARK_NODE_CODE:
			add_span(b, sp, lit, strlen(lit), FACE_REGULAR, 1,
				 b->st->muted, st.link, st.is_uri);
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			add_span(b, sp, " ", 1, st.face, 0, st.colour, NULL, 0);
			if (sp->line)
				sp->line++;
			break;
		case CMARK_NODE_EMPH:
			in.face |= FACE_ITALIC;
			collect(b, sp, c, in);
			break;
		case CMARK_NODE_STRONG:
			in.face |= FACE_BOLD;
			collect(b, sp, c, in);
			break;
		case CMARK_NODE_LINK:
			in.link = link_target(b, c, &in.is_uri);
			if (in.link)
				in.colour = b->st->primary;
			collect(b, sp, c, in);
			break;
		case CMARK_NODE_IMAGE:
			in.face |= FACE_ITALIC;
			in.colour = b->st->muted;
			collect(b, sp, c, in);
			break;
		default:
			break;
		}
	}
}

static para_style body_style(const blocks *b, const text_style *ts)
{
	para_style ps = { b->width - b->indent, b->indent, ts->size,
			  ts->leading, 0, 0, 0, 0 };
	return ps;
}

/* Sets a paragraph node (or any node with inline children). */
static void inline_para(blocks *b, cmark_node *n, const text_style *ts,
			  int face, uint32_t colour, int ragged)
{
	int line = b->line0 + cmark_node_get_start_line(n);
	spans sp = { .line = b->line_exact ? line : 0 };
	inl st = { face, NULL, 0, colour };
	collect(b, &sp, n, st);
	para_style ps = body_style(b, ts);
	ps.ragged = ragged || b->ragged;
	size_t from = b->v->len;
	para_set(b->ts, sp.s, sp.n, &ps, b->v, b->m ? b->m->file : "", line);
	tag_from(b, from, blocks_tag(b, "P"));
	free(sp.s);
}

/* A paragraph of plain text as content of a new element of role. */
static void text_as(blocks *b, const char *role, const char *text,
		    const text_style *ts, int face, uint32_t colour,
		    diag_pos at)
{
	const char *t = arena_strdup(b->a, typo_quotes(b->a, text));
	span s = { t, strlen(t), face, ts->sans, colour, NULL, 0, 0, 0 };
	para_style ps = body_style(b, ts);
	ps.ragged = ts->sans;
	ps.no_hyphens = ts->size > b->st->body.size;   /* headings, titles */
	size_t from = b->v->len;
	para_set(b->ts, &s, 1, &ps, b->v, at.file, at.line);
	tag_from(b, from, blocks_tag(b, role));
}

void blocks_text(blocks *b, const char *text, const text_style *ts,
		 int face, uint32_t colour, diag_pos at)
{
	text_as(b, "P", text, ts, face, colour, at);
}

/* A text of the document being added, from its line. */
static void doc_text(blocks *b, const char *text, const text_style *ts,
		     int face, uint32_t colour, int line)
{
	blocks_text(b, text, ts, face, colour, blocks_line(b, line));
}

diag_pos blocks_line(const blocks *b, int line)
{
	return (diag_pos){ b->m->file, line, 0 };
}

diag_pos blocks_ui_at(const blocks *b)
{
	return (diag_pos){ b->ui ? b->ui->file : NULL, 0, 0 };
}

void blocks_heading(blocks *b, int level, const char *text, const char *dest,
		    int outline_level, diag_pos at)
{
	const text_style *ts = level <= 1 ? &b->st->h1 :
			       level == 2 ? &b->st->h2 : &b->st->h3;
	if (ts->before > 0)
		vlist_glue(b->v, ts->before);
	if (dest) {
		vitem *d = vlist_add(b->v, V_DEST);
		d->name = dest;
		arena *k = b->keep ? b->keep : b->a;
		outline_entry *o = arena_alloc(k, sizeof *o);
		*o = (outline_entry){ outline_level, arena_strdup(k,
				      typo_quotes(b->a, text)),
				      k == b->a ? dest : arena_strdup(k, dest),
				      at };
		ptrvec_push(k, &b->outline, o);
	}
	static const char *const role[] = { "H1", "H2", "H3", "H4", "H5",
					    "H6" };
	int rank = outline_level < 0 ? 0 : outline_level > 5 ? 5 :
		   outline_level;
	double indent = b->indent;
	b->indent = 0;
	text_as(b, role[rank], text, ts, FACE_BOLD, level <= 1 ?
		b->st->primary : b->st->text, at);
	b->indent = indent;
	vlist_penalty(b->v, V_INFINITY);
	vlist_glue(b->v, ts->after);
	vlist_penalty(b->v, V_INFINITY);
}

static void add_children(blocks *b, cmark_node *n);

/* A marker ("•", "3.", "A") hanging left of the first line added at or
 * after index first. */
static void hang_marker(blocks *b, size_t first, const char *marker,
			int face, uint32_t colour, canvas_tag *label)
{
	for (size_t i = first; i < b->v->len; i++) {
		vitem *it = b->v->items[i];
		if (it->kind != V_LINE)
			continue;
		hrun *runs = arena_alloc(b->a, (it->n_runs + 1) * sizeof *runs);
		memcpy(runs + 1, it->runs, it->n_runs * sizeof *runs);
		const font *f = typeset_font(b->ts, 1, face);
		double size = it->n_runs ? it->runs[0].size : b->st->body.size;
		double w = font_text_width(f, marker, strlen(marker), size);
		runs[0] = (hrun){
			.x = (float)(-LIST_INDENT + (LIST_INDENT - w) / 2 - 2),
			.width = (float)w,
			.font = (short)typeset_id(b->ts, 1, face),
			.size = (float)size, .colour = colour,
			.text = arena_strdup(b->a, marker),
			.len = (uint32_t)strlen(marker) };
		it->runs = runs;
		it->n_runs++;
		it->label = label;
		return;
	}
}

void blocks_bullet(blocks *b, const char *text, const text_style *ts,
		   uint32_t colour, diag_pos at)
{
	b->indent += LIST_INDENT;
	size_t first = b->v->len;
	tag_enter(b, "LI");
	canvas_tag *label = blocks_tag(b, "Lbl");
	text_as(b, "LBody", text, ts, FACE_REGULAR, colour, at);
	hang_marker(b, first, "\xE2\x80\xA2", FACE_BOLD, b->st->primary,
		    label);
	tag_leave(b);
	b->indent -= LIST_INDENT;
}

/* A list, or of it the items keep() accepts (keep NULL: all); returns
 * how many were added. */
static int add_list(blocks *b, cmark_node *list, blocks_keep keep, void *ud)
{
	int ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
	int number = cmark_node_get_list_start(list);
	int tight = cmark_node_get_list_tight(list);
	int added = 0;
	b->indent += LIST_INDENT;
	tag_enter(b, "L");
	for (cmark_node *item = cmark_node_first_child(list); item;
	     item = cmark_node_next(item), number++) {
		if (keep && !keep(item, ud))
			continue;
		added++;
		size_t first = b->v->len;
		tag_enter(b, "LI");
		canvas_tag *label = blocks_tag(b, "Lbl");
		tag_enter(b, "LBody");
		add_children(b, item);
		tag_leave(b);
		tag_leave(b);
		const char *marker = ordered ?
			arena_printf(b->a, "%d.", number) : "\xE2\x80\xA2";
		hang_marker(b, first, marker, FACE_REGULAR, b->st->primary,
			    label);
		if (tight && cmark_node_next(item)) {
			/* a tight list: items close together */
			vitem *last = b->v->len ? b->v->items[b->v->len - 1] :
				NULL;
			if (last && last->kind == V_GLUE)
				last->height = 2;
		}
	}
	tag_leave(b);
	b->indent -= LIST_INDENT;
	return added;
}

/* Opens a frame across the text width (minus the current indent). */
static void frame_begin(blocks *b, uint32_t fill, uint32_t border)
{
	vitem *f = vlist_add(b->v, V_FRAME_BEGIN);
	f->x = b->indent;
	f->width = b->width - b->indent;
	f->colour = fill;
	f->border = border;
	vlist_glue(b->v, FRAME_PAD);
	vlist_penalty(b->v, V_INFINITY);
	b->indent += FRAME_PAD + (border != CANVAS_NONE ? 4 : 0);
	b->width -= FRAME_PAD;
}

static void frame_end(blocks *b, uint32_t border)
{
	b->width += FRAME_PAD;
	b->indent -= FRAME_PAD + (border != CANVAS_NONE ? 4 : 0);
	vlist_penalty(b->v, V_INFINITY);
	vlist_glue(b->v, FRAME_PAD - b->st->body.after);
	vlist_penalty(b->v, V_INFINITY);
	vlist_add(b->v, V_FRAME_END);
	vlist_glue(b->v, b->st->body.after + 4);
}

static void label(blocks *b, const char *text, uint32_t colour, int line)
{
	doc_text(b, text, &b->st->small, FACE_BOLD, colour, line);
	vlist_penalty(b->v, V_INFINITY);
	vlist_glue(b->v, 2);
	vlist_penalty(b->v, V_INFINITY);
}

static void code_block(blocks *b, cmark_node *n)
{
	const char *text = cmark_node_get_literal(n);
	frame_begin(b, b->st->frame, CANVAS_NONE);
	const text_style *ts = &b->st->small;
	int line = b->line0 + cmark_node_get_start_line(n);
	size_t from = b->v->len;
	while (*text) {
		size_t len = strcspn(text, "\n");
		line++;   /* past the fence, then each line */
		span s = { arena_strndup(b->a, text, len), len, FACE_REGULAR, 1,
			   b->st->text, NULL, 0, 0, 0 };
		para_style ps = body_style(b, ts);
		ps.ragged = 1;
		if (len)
			para_set(b->ts, &s, 1, &ps, b->v, b->m->file, line);
		else
			vlist_glue(b->v, ts->leading);
		text += len + (text[len] == '\n');
	}
	tag_from(b, from, blocks_tag(b, "P"));
	frame_end(b, CANVAS_NONE);
}

/* Ruled lines to write on, for a reflectie. */
static void draw_rule_line(canvas *c, void *ud, double x, double y,
			   double w, double h)
{
	canvas_style s = { CANVAS_NONE, *(uint32_t *)ud, 0.5, 0, 0, 0 };
	canvas_segment(c, x, y + h - 0.5, x + w, y + h - 0.5, &s);
}

static void writing_lines(blocks *b, int n)
{
	uint32_t *colour = arena_alloc(b->a, sizeof *colour);
	*colour = b->st->muted;
	for (int i = 0; i < n; i++) {
		vitem *box = vlist_add(b->v, V_BOX);
		box->x = b->indent;
		box->width = b->width - b->indent;
		box->height = 22;
		box->draw = draw_rule_line;
		box->ud = colour;
		/* up to a dozen lines stay together, as one place to write;
		 * more may break, keeping three at either end */
		if (i + 1 < n)
			vlist_penalty(b->v, n <= 12 || i < 2 || i + 4 > n ?
				      V_INFINITY : 0);
	}
	vlist_glue(b->v, b->st->body.after);
}

const char *blocks_string(const blocks *b, const char *key)
{
	const char *s = ui_get(b->ui, key);
	return s ? s : key;
}

/* The Markdown of a kader or casus, with its own lines in the file. */
static void directive_body(blocks *b, const directive *d)
{
	int line0 = b->line0, exact = b->line_exact, col0 = b->col0;
	b->line0 = d->body_line0;
	b->line_exact = d->body_exact;
	b->col0 = d->body_col0;
	add_children(b, d->body);
	b->line0 = line0;
	b->line_exact = exact;
	b->col0 = col0;
}

static void directive_citaat(blocks *b, const directive *d)
{
	frame_begin(b, CANVAS_NONE, b->st->accent);
	tag_enter(b, "BlockQuote");
	doc_text(b, arena_printf(b->a, "\xE2\x80\x9C%s\xE2\x80\x9D",
				    d->tekst), &b->st->body, FACE_ITALIC,
		    b->st->text, d->line);
	vlist_penalty(b->v, V_INFINITY);
	const char *who = d->leeftijd ?
		arena_printf(b->a, "\xE2\x80\x94 %s, %d jaar", d->wie,
			     d->leeftijd) :
		arena_printf(b->a, "\xE2\x80\x94 %s", d->wie);
	if (d->bron)
		who = arena_printf(b->a, "%s (%s)", who, d->bron);
	doc_text(b, who, &b->st->small, FACE_REGULAR, b->st->muted,
		    d->line);
	tag_leave(b);
	frame_end(b, b->st->accent);
}

static void numbered(blocks *b, const char *const *items, size_t n,
		     int letters, int face, int line)
{
	b->indent += LIST_INDENT;
	tag_enter(b, "L");
	for (size_t i = 0; i < n; i++) {
		size_t first = b->v->len;
		tag_enter(b, "LI");
		canvas_tag *label = blocks_tag(b, "Lbl");
		text_as(b, "LBody", items[i], &b->st->body, face, b->st->text,
			blocks_line(b, line));
		tag_leave(b);
		hang_marker(b, first, letters ?
			    arena_printf(b->a, "%c", (int)('A' + i % 26)) :
			    arena_printf(b->a, "%zu.", i + 1),
			    FACE_BOLD, b->st->primary, label);
		vlist_glue(b->v, 3);
	}
	tag_leave(b);
	b->indent -= LIST_INDENT;
}

static void directive_quiz(blocks *b, const directive *d)
{
	size_t from = b->v->len;
	frame_begin(b, b->st->frame, CANVAS_NONE);
	tag_enter(b, "Div");
	int number = ++b->quizzes;
	label(b, arena_printf(b->a, "%s %d", blocks_string(b, "quiz"), number),
	      b->st->accent, d->line);
	doc_text(b, d->vraag, &b->st->body, FACE_BOLD, b->st->text,
		    d->line);
	if (d->meerdere)
		doc_text(b, blocks_string(b, "meerdere_juist"),
			    &b->st->small, FACE_ITALIC, b->st->muted,
			    d->line);
	vlist_glue(b->v, 4);
	const char **opts = arena_alloc(b->a, d->n_opties * sizeof *opts);
	buf key = BUF_INIT;
	for (size_t k = 0; k < d->n_opties; k++) {
		/* in the order the site shows them (directive.h) */
		size_t i = d->volgorde ? d->volgorde[k] : k;
		opts[k] = d->opties[i].tekst;
		if (d->opties[i].juist)
			buf_printf(&key, "%s%c", key.len ? ", " : "",
				   (int)('A' + k % 26));
	}
	numbered(b, opts, d->n_opties, 1, FACE_REGULAR, d->line);
	vlist_keep(b->v, from);   /* a question is read whole */
	tag_leave(b);
	frame_end(b, CANVAS_NONE);
	arena *k = b->keep ? b->keep : b->a;
	quiz_answer *qa = arena_alloc(k, sizeof *qa);
	qa->number = number;
	qa->key = arena_strdup(k, key.data ? key.data : "");
	qa->uitleg = d->uitleg ? arena_strdup(k, d->uitleg) : NULL;
	qa->lesson = b->m && b->m->d ? b->m->d->title : "";
	qa->at = blocks_line(b, d->line);
	ptrvec_push(k, &b->answers, qa);
	buf_free(&key);
}

/* "Figuur 4.1": the next figure's number in its module (the module's
 * number, then the figure's), or "Figuur 3" outside a module. */
static const char *figure_label(blocks *b)
{
	const doc *d = b->m ? b->m->d : NULL;
	int n = ++b->figures;
	const char *word = blocks_string(b, "diagram");
	if (d && d->module)
		return arena_printf(b->a, "%s %zu.%d", word,
				    d->module->index + 1, n);
	return arena_printf(b->a, "%s %d", word, n);
}

/* A figure's caption: its bold label, then the text in italics. */
static void caption(blocks *b, const char *text, int line, int centred)
{
	const char *lab = figure_label(b);
	span s[2] = {
		{ lab, strlen(lab), FACE_BOLD, b->st->small.sans, b->st->muted,
		  NULL, 0, 0, 0 },
		{ NULL, 0, FACE_ITALIC, b->st->small.sans, b->st->muted, NULL,
		  0, 0, 0 } };
	s[1].text = arena_printf(b->a, "  %s", typo_quotes(b->a, text));
	s[1].len = strlen(s[1].text);
	para_style ps = body_style(b, &b->st->small);
	ps.centred = centred;
	ps.ragged = centred;
	size_t from = b->v->len;
	para_set(b->ts, s, 2, &ps, b->v, b->m->file, line);
	tag_from(b, from, blocks_tag(b, "P"));
}

/* Begins a figure: a float in the main text, which may move down to the
 * next page's top; within a list or a frame it stays where it is. Returns
 * where it begins, for float_end(). */
static size_t float_begin(blocks *b)
{
	size_t from = b->v->len;
	if (b->indent == 0)
		vlist_add(b->v, V_FLOAT_BEGIN);
	return from;
}

/* Ends the figure begun at from: kept whole, and the space under it. */
static void float_end(blocks *b, size_t from)
{
	vlist_keep(b->v, from);
	if (b->v->items[from]->kind == V_FLOAT_BEGIN)
		vlist_add(b->v, V_FLOAT_END);
	vlist_glue(b->v, b->st->body.after + 4);
}

typedef struct diagram_box {
	const diagram *d;
	typeset       *ts;
} diagram_box;

static void draw_diagram(canvas *c, void *ud, double x, double y, double w,
			 double h)
{
	const diagram_box *db = ud;
	diagram_error e;
	diagram_draw(db->d, c, db->ts, x, y, w, h, &e);
}

/* A diagram across the column at its best shape (at most half a page
 * high), with its numbered caption under it; a float. */
static void directive_diagram(blocks *b, const directive *d)
{
	const diagram *dg = b->diagrams ?
		diagram_set_get(b->diagrams, d->name) : NULL;
	vlist_glue(b->v, 4);
	size_t from = float_begin(b);
	if (dg) {
		double w = b->width - b->indent, h = w / diagram_aspect(dg);
		double max_h = (b->st->page_h - b->st->top - b->st->bottom) / 2;
		if (h > max_h)
			h = max_h;
		diagram_text *texts;
		size_t n;
		diagram_error e;
		if (diagram_texts(dg, b->ts, b->a, 0, 0, w, h, &texts, &n,
				  &e) < 0) {
			if (typeset_once(b->ts, arena_printf(b->a, "%s:%d:dg",
					 b->m->file, d->line)))
				diagram_report(&e);
		} else {
			diagram_box *db = arena_alloc(b->a, sizeof *db);
			*db = (diagram_box){ dg, b->ts };
			vitem *box = vlist_add(b->v, V_BOX);
			box->x = b->indent;
			box->width = w;
			box->height = h;
			box->draw = draw_diagram;
			box->ud = db;
			box->tag = blocks_tag(b, "Figure");
			box->tag->alt = diagram_description(dg, b->a);
			vlist_glue(b->v, 6);
		}
	}
	const char *title = d->titel ? d->titel : dg ? diagram_title(dg) :
			    d->name;
	caption(b, d->onderschrift ? arena_printf(b->a, "%s. %s", title,
		d->onderschrift) : title, d->line, 0);
	float_end(b, from);
}

static void add_directive(blocks *b, const directive *d)
{
	switch (d->kind) {
	case DIRECTIVE_CITAAT:
		directive_citaat(b, d);
		break;
	case DIRECTIVE_KADER:
		frame_begin(b, b->st->frame, CANVAS_NONE);
		tag_enter(b, "Div");
		if (d->titel)
			label(b, d->titel, b->st->primary, d->line);
		directive_body(b, d);
		tag_leave(b);
		frame_end(b, CANVAS_NONE);
		break;
	case DIRECTIVE_CASUS:
		frame_begin(b, CANVAS_NONE, b->st->primary);
		tag_enter(b, "Div");
		label(b, blocks_string(b, "casus"), b->st->accent, d->line);
		doc_text(b, d->titel, &b->st->h3, FACE_BOLD, b->st->text,
			    d->line);
		vlist_penalty(b->v, V_INFINITY);
		vlist_glue(b->v, 3);
		directive_body(b, d);
		if (d->n_vragen) {
			label(b, blocks_string(b, "vragen_bij_casus"),
			      b->st->primary, d->line);
			numbered(b, d->vragen, d->n_vragen, 0, FACE_REGULAR,
				 d->line);
		}
		tag_leave(b);
		frame_end(b, b->st->primary);
		break;
	case DIRECTIVE_QUIZ:
		directive_quiz(b, d);
		break;
	case DIRECTIVE_REFLECTIE:
		tag_enter(b, "Div");
		label(b, blocks_string(b, "reflectie"), b->st->accent, d->line);
		doc_text(b, d->vraag, &b->st->body, FACE_BOLD, b->st->text,
			    d->line);
		if (d->toelichting)
			doc_text(b, d->toelichting, &b->st->body,
				    FACE_ITALIC, b->st->muted, d->line);
		vlist_penalty(b->v, V_INFINITY);
		writing_lines(b, d->regels);   /* artifacts */
		tag_leave(b);
		break;
	case DIRECTIVE_DIAGRAM:
		directive_diagram(b, d);
		break;
	}
}

static void draw_image(canvas *c, void *ud, double x, double y, double w,
		       double h)
{
	canvas_image(c, ud, x, y, w, h);
}

/* An image alone in its paragraph: centred, as large as it is at its
 * resolution (150 dpi when the file does not say) but no wider than the
 * column and no taller than half the page, with its caption under it. */
static int figure(blocks *b, cmark_node *img)
{
	const md_link *l = cmark_node_get_user_data(img);
	if (!l || !l->figure || !l->media)
		return 0;
	const char *path = path_join(b->a, b->m->s->content, l->media);
	image_info info;
	char why[200];
	int line = l->line;
	size_t from = b->v->len;
	vlist_glue(b->v, 4);
	if (image_probe(path, &info, why, sizeof why) < 0) {
		if (typeset_once(b->ts, arena_printf(b->a, "%s:%d:%d:image",
						     b->m->file, line, l->col)))
			diag_warning(b->m->file, line, l->col, "afbeelding "
				     "'%s' wordt weggelaten uit de PDF's: %s",
				     l->media, why);
	} else {
		double dpi = info.dpi >= 36 ? info.dpi : 150;
		double avail = b->width - b->indent;
		double w = info.width * 72.0 / dpi, h;
		double max_h = (b->st->page_h - b->st->top - b->st->bottom) / 2;
		if (w > avail)
			w = avail;
		h = w * info.height / info.width;
		if (h > max_h)
			h = max_h, w = h * info.width / info.height;
		from = float_begin(b);
		vitem *box = vlist_add(b->v, V_BOX);
		box->x = b->indent + (avail - w) / 2;
		box->width = w;
		box->height = h;
		box->draw = draw_image;
		box->ud = (void *)path;
		box->tag = blocks_tag(b, "Figure");
		box->tag->alt = arena_strdup(b->a, l->alt && l->alt[0] ?
					     l->alt : l->caption);
		vlist_penalty(b->v, V_INFINITY);
		vlist_glue(b->v, 6);
		vlist_penalty(b->v, V_INFINITY);
	}
	caption(b, l->caption, line, 1);   /* left out: its caption stays */
	float_end(b, from);
	return 1;
}

/* Whether paragraph n ends with a colon (in its last text, also inside
 * emphasis): it introduces what follows and stays with it. */
static int ends_with_colon(cmark_node *n)
{
	cmark_node *last = cmark_node_last_child(n);
	while (last && cmark_node_last_child(last))
		last = cmark_node_last_child(last);
	if (!last || cmark_node_get_type(last) != CMARK_NODE_TEXT)
		return 0;
	const char *t = cmark_node_get_literal(last);
	size_t len = t ? strlen(t) : 0;
	while (len && (t[len - 1] == ' ' || t[len - 1] == '\t'))
		len--;
	return len && t[len - 1] == ':';
}

static void add_block(blocks *b, cmark_node *n)
{
	const text_style *body = &b->st->body;
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_PARAGRAPH:
		if (figure(b, cmark_node_first_child(n)))
			break;
		inline_para(b, n, body, FACE_REGULAR, b->st->text, 0);
		if (ends_with_colon(n))
			vlist_penalty(b->v, V_INFINITY);
		vlist_glue(b->v, body->after);
		break;
	case CMARK_NODE_HEADING: {
		const md_heading *h = cmark_node_get_user_data(n);
		int level = cmark_node_get_heading_level(n);
		const char *dest = h ? arena_printf(b->a, "%s#%s", b->m->rel,
						    h->id) : NULL;
		blocks_heading(b, level <= 2 ? 2 : 3, h ? h->text : "",
			       dest, b->heading_base + (level > 2),
			       blocks_line(b, b->line0 +
					   cmark_node_get_start_line(n)));
		break;
	}
	case CMARK_NODE_LIST:
		add_list(b, n, NULL, NULL);
		vlist_glue(b->v, body->after);
		break;
	case CMARK_NODE_BLOCK_QUOTE:
		frame_begin(b, CANVAS_NONE, b->st->muted);
		tag_enter(b, "BlockQuote");
		add_children(b, n);
		tag_leave(b);
		frame_end(b, b->st->muted);
		break;
	case CMARK_NODE_CODE_BLOCK: {
		const directive *d = cmark_node_get_user_data(n);
		if (d)
			add_directive(b, d);
		else
			code_block(b, n);
		break;
	}
	case CMARK_NODE_THEMATIC_BREAK: {
		vlist_glue(b->v, body->leading / 2);
		vitem *r = vlist_add(b->v, V_RULE);
		r->x = b->indent + (b->width - b->indent) / 3;
		r->width = (b->width - b->indent) / 3;
		r->height = 0.6;
		r->colour = b->st->muted;
		vlist_glue(b->v, body->leading / 2 + body->after);
		break;
	}
	default:   /* raw HTML is for the site only */
		break;
	}
}

static void add_children(blocks *b, cmark_node *n)
{
	for (cmark_node *c = cmark_node_first_child(n); c;
	     c = cmark_node_next(c))
		add_block(b, c);
}

void blocks_markdown(blocks *b, const char *text, const char *file,
		     int line)
{
	cmark_node *root = cmark_parse_document(text, strlen(text),
						CMARK_OPT_SMART);
	if (!root)
		die_oom();
	md_unwrap_refused(root);   /* as md_check_text() reported */
	md_doc m = { .file = file };
	const md_doc *saved = b->m;
	int line0 = b->line0, exact = b->line_exact;
	b->m = &m;
	b->line0 = line - 1;
	b->line_exact = 0;
	add_children(b, root);
	b->m = saved;
	b->line0 = line0;
	b->line_exact = exact;
	cmark_node_free(root);
}

void blocks_add_doc(blocks *b, const md_doc *m, int heading_base)
{
	b->m = m;
	b->heading_base = heading_base;
	b->line0 = m->d ? m->d->body_line - 1 : 0;
	b->line_exact = 1;
	add_children(b, m->root);
}

/* Whether keep() accepts node n or a block after it up to the next
 * heading: a section under a heading. */
static int section_kept(cmark_node *n, blocks_keep keep, void *ud)
{
	for (cmark_node *c = n; c; c = cmark_node_next(c)) {
		if (c != n && cmark_node_get_type(c) == CMARK_NODE_HEADING)
			return 0;
		if (keep(c, ud))
			return 1;
	}
	return 0;
}

void blocks_add_entries(blocks *b, const md_doc *m, int heading_base,
			blocks_keep keep, void *ud)
{
	b->m = m;
	b->heading_base = heading_base;
	b->line0 = m->d ? m->d->body_line - 1 : 0;
	b->line_exact = 1;
	int in_section = 0;
	for (cmark_node *c = cmark_node_first_child(m->root); c;
	     c = cmark_node_next(c)) {
		cmark_node_type t = cmark_node_get_type(c);
		if (t == CMARK_NODE_HEADING)
			in_section = cmark_node_get_heading_level(c) >= 3 &&
				     section_kept(c, keep, ud);
		if (in_section)
			add_block(b, c);
		else if (t == CMARK_NODE_LIST && add_list(b, c, keep, ud))
			vlist_glue(b->v, b->st->body.after);
	}
}
