/* blocks.h - a checked Markdown document onto a vertical list.
 *
 * Every line and box added is content of a structure element for a
 * tagged PDF (vitem.tag): headings H1..H6 by outline level, paragraphs
 * P, lists L > LI > Lbl + LBody, block quotes and quotations BlockQuote,
 * boxes (kader, casus, quiz, reflectie) Div, images and diagrams Figure
 * with their description as alternative text; elements lie in tag_in.
 *
 * Paragraphs, headings, lists, block quotes, code, rules and the
 * directives become lines, space, frames and boxes in the print style.
 * Headings are kept with what follows and leave a named destination
 * ("rel#id") and an outline entry; a lesson's start is "rel". Links to a
 * document that is in the same PDF become internal links; links to the
 * web stay URI links. Quiz answers are collected for the answer key.
 * Figures and diagrams are floats, numbered in their module ("Figuur
 * 4.1"); a paragraph that ends with a colon is kept with what follows. */
#ifndef COACHKIT_BLOCKS_H
#define COACHKIT_BLOCKS_H

#include "style.h"
#include "layout/para.h"
#include "markdown/md.h"
#include "ui.h"

typedef struct outline_entry {
	int         level;
	const char *title, *dest;
	diag_pos    at;        /* where the title is written */
} outline_entry;

typedef struct quiz_answer {
	int         number;
	const char *key;       /* "B" or "A, C" */
	const char *uitleg;    /* may be NULL */
	const char *lesson;    /* the lesson's title */
	diag_pos    at;        /* the quiz */
} quiz_answer;

/* The value in blocks.in_pdf of a document only partly in the PDF. */
#define BLOCKS_PART ((void *)&blocks_part)
extern const int blocks_part;

typedef struct blocks {
	typeset           *ts;
	const print_style *st;
	vlist             *v;
	arena             *a;           /* everything the vlist points at */
	arena             *keep;        /* the outline and the answers, which
					 * outlive the vlist; NULL: a */
	double             width;       /* of the text area */
	const strmap      *in_pdf;      /* rel -> doc, the documents here;
					 * -> BLOCKS_PART: only a part of it
					 * (links lead to its start) */
	const ui_strings  *ui;          /* the UI strings (ui.h) */
	const struct diagram_set *diagrams; /* for ```diagram blocks */
	ptrvec             outline;     /* outline_entry* */
	ptrvec             answers;     /* quiz_answer* */
	int                quizzes;
	int                figures;     /* figures numbered in the module */
	/* while a document is being added */
	const md_doc      *m;
	double             indent;
	int                line0;       /* file line before the body */
	int                line_exact;  /* the body's lines are the file's */
	int                col0;        /* characters before the text on its
					 * lines (a directive's field) */
	int                heading_base; /* outline level of a ## heading */
	int                ragged;      /* its paragraphs flush left, not
					 * justified (lists of sources) */
	struct canvas_tag *tag_in;      /* the element what is added lies
					 * in; NULL: the document */
} blocks;

/* A new structure element of role (a string constant) inside b->tag_in,
 * in b->a. */
struct canvas_tag *blocks_tag(blocks *b, const char *role);

/* Bullets added between these two form one list (an L element). */
void blocks_list_begin(blocks *b);
void blocks_list_end(blocks *b);

/* Adds the body of a checked document, after its title (added by the
 * caller). */
void blocks_add_doc(blocks *b, const md_doc *m, int heading_base);

/* Whether an entry (a list item, or a block of a section) is wanted. */
typedef int (*blocks_keep)(cmark_node *n, void *ud);

/* Adds, of a checked document, the entries keep() accepts: the items of
 * its lists, and its sections under a heading of level 3 or more (the
 * heading and the blocks up to the next heading, whole when keep()
 * accepts any of them). The rest of the document is left out. */
void blocks_add_entries(blocks *b, const md_doc *m, int heading_base,
			blocks_keep keep, void *ud);

/* Texts name where they are written (at), for the warnings of
 * typesetting: the content file and line, or a layout file. */

/* A heading of level 1..3 (style h1..h3) with a destination and an
 * outline entry at outline level. */
void blocks_heading(blocks *b, int level, const char *text, const char *dest,
		    int outline_level, diag_pos at);

/* A list item with a hanging bullet, outside a document. */
void blocks_bullet(blocks *b, const char *text, const text_style *ts,
		   uint32_t colour, diag_pos at);

/* Markdown that is not a document (a text from YAML: **bold**, lists,
 * paragraphs), set as a lesson's body is; warnings name file and line.
 * Its links go nowhere in print. */
void blocks_markdown(blocks *b, const char *text, const char *file,
		     int line);

/* A UI string from layouts/i18n, or the key when it is missing. */
const char *blocks_string(const blocks *b, const char *key);

/* A paragraph of plain text in a style, with colour and face. */
void blocks_text(blocks *b, const char *text, const text_style *ts,
		 int face, uint32_t colour, diag_pos at);

/* Line line of the document being added (b->m). */
diag_pos blocks_line(const blocks *b, int line);

/* Where a UI string is written: the layouts' i18n file. */
diag_pos blocks_ui_at(const blocks *b);

#endif
