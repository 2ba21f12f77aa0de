/* md.h - Markdown documents: parsing with cmark and the checking pass.
 *
 * md_check() walks a parsed document once and finds every content error in
 * it: links to missing files, images without alt text or file, malformed
 * directives. It attaches what renderers need as cmark user data:
 *   CMARK_NODE_LINK       md_link (the document or file it points to)
 *   CMARK_NODE_IMAGE      md_link (the media file)
 *   CMARK_NODE_HEADING    md_heading (text and unique id)
 *   CMARK_NODE_CODE_BLOCK directive, for directive blocks
 * Renderers never report content errors: they trust a checked tree.
 * All attached data lives in the md_doc's arena. */
#ifndef COACHKIT_MD_H
#define COACHKIT_MD_H

#include <cmark.h>
#include "content/model.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/strmap.h"
#include "directive.h"

typedef struct md_link {
	const doc  *target;     /* a lesson or page, or NULL */
	const char *media;      /* else: a file's path inside content/ */
	const char *fragment;   /* "#..." or "" */
	/* images */
	const char *alt;        /* the description, plain text */
	const char *caption;    /* a figure's: the title, else the alt text */
	int         figure;     /* alone in its paragraph: a figure */
	int         line, col;  /* where it is in the file */
} md_link;

typedef struct md_heading {
	int         level;
	const char *text;       /* plain text */
	const char *id;         /* unique within the document */
} md_heading;

/* A link to a heading, found while checking: checked against the
 * target's headings once all documents are checked (refs.h). */
typedef struct md_frag {
	const char *file;       /* the linking file, for diagnostics */
	const char *url;        /* as written */
	const char *target;     /* the linked document's path in content/ */
	const char *id;         /* the heading id, without "#" */
	int         line, col;
} md_frag;

typedef struct md_refs md_refs;

/* One Markdown document being checked and rendered. */
typedef struct md_doc {
	site        *s;
	const doc   *d;         /* NULL when checking text outside a doc */
	const char  *file;      /* for diagnostics */
	const char  *rel;       /* path inside content/, for relative links */
	const char  *text;      /* the whole file, for column offsets */
	size_t       text_len;
	arena       *a;         /* per-document data */
	cmark_node  *root;
	ptrvec       headings;  /* md_heading*, in order */
	ptrvec       extra;     /* cmark trees of directive bodies to free */
	ptrvec       refused;   /* links to unwrap after a check's walk */
	ptrvec       frags;     /* md_frag*: links to headings */
	ptrvec       media;     /* the files in content/ it links to, as
				 * paths in content/ kept in the site
				 * (media_add()) */
	md_refs     *refs;      /* where md_doc_check() hands the headings and
				 * frags; NULL: nowhere (refs.h) */
	strmap       ids;
	const char **lines;     /* where each line of text starts (made by
				 * md_file_line()), and their number */
	size_t       n_lines;
	strmap       abbr_warned; /* abbreviations without a glossary entry
				   * reported in it (once each) */
	int          n_quiz;    /* quizzes checked so far: the number in
				 * the id that seeds a quiz's order */
} md_doc;

/* Where a text given to cmark sits in its file: its line 1 is line
 * line_offset + 1 of the file, and its column 1 is column col_offset + 1.
 * Columns are counted in characters, as libyaml counts them. */
typedef struct md_src {
	const char *text;
	size_t      len;
	int         line_offset, col_offset;
	struct md_cursor *at;   /* where md_pos() last was, so that positions
				 * asked in the text's order cost one pass
				 * over it; may be NULL */
} md_src;

typedef struct md_cursor {
	int         line;       /* cmark's number of the line at p */
	const char *p;          /* NULL: at the start */
	int         file_line;  /* the file's number of the line holding p
				 * (lines end at line feeds only) */
	const char *start;      /* that line's start */
} md_cursor;

/* The column, in characters, of cmark's byte column byte_col on line line
 * of m's file, for a text that starts col_offset characters into its
 * lines (a directive's Markdown field); byte_col when m has no text. */
int md_file_col(const md_doc *m, int line, int byte_col, int col_offset);

/* Line `line` (1-based) of m's file without its line end (len bytes),
 * or NULL past its end or without a text. */
const char *md_file_line(md_doc *m, int line, size_t *len);

/* The file position of node, parsed from src. */
void md_pos(const md_src *src, cmark_node *node, int *line, int *col);

/* Checks the tree parsed from src (a whole body or a directive's Markdown
 * field). Returns the number of errors reported. */
int md_check_tree(md_doc *m, cmark_node *root, const md_src *src);

/* Parses body (which starts on line first_line of the file) and checks it.
 * Returns the number of errors reported. md_doc_free() releases the trees
 * (not the arena, which the caller owns). */
int  md_doc_check(md_doc *m, const char *body, size_t len, int first_line);
void md_doc_free(md_doc *m);

/* Reads the document d of s into text (reused) and checks it into m,
 * handing its headings and links to headings to refs (may be NULL).
 * 0, or -1 when it cannot be read (reported). md_doc_free() after. */
int  md_doc_load(md_doc *m, site *s, const doc *d, arena *a, buf *text,
		 md_refs *refs);
/* The same for an output, once d was checked: its reports were printed
 * then and are dropped. -1 when it cannot be read or now has errors (it
 * changed on disk: a system error is reported). */
int  md_doc_reload(md_doc *m, site *s, const doc *d, arena *a, buf *text);

/* Makes every link in root whose target may not leave the course
 * (util/url.h) plain text: what the checking pass does to the links it
 * reported, for renderers of texts it checked with md_check_text(). */
void md_unwrap_refused(cmark_node *root);

/* Checks a short Markdown text from a YAML value at file:line:col: a link
 * that may not leave the course is a warning there. */
void md_check_text(const char *file, int line, int col, const char *text);

/* Appends the plain text under node (text, code, a space for a line
 * break). */
void md_plain_text(cmark_node *node, buf *out);

/* The largest file a document may link to (copied to the site and into
 * its module's SCORM package). */
#define MD_MAX_MEDIA_BYTES (100L * 1024 * 1024)

/* Maximum nesting of Markdown blocks accepted. */
#define MD_MAX_DEPTH 100

#endif
