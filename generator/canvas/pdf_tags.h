/* pdf_tags.h - the structure of a tagged PDF, for pdf.c.
 *
 * While the pages are drawn, pdf.c says which element (canvas_tag) the
 * content belongs to; this module numbers the marked content of each page
 * (BDC /MCID ... EMC, written into the page's content stream), and keeps
 * elements and their kids as small records. When the document is saved
 * it makes the structure tree from them: the StructTreeRoot, an object
 * per element written straight from its record, the ParentTree, and
 * /StructParents on the pages and /StructParent on the link annotations;
 * in the catalog /MarkInfo and /ViewerPreferences /DisplayDocTitle.
 * libharu has no call for any of it.
 *
 * Everything lives in the pdf_tags until pdf_tags_free(); canvas tags are
 * only read while canvas_tag_set() is called. */
#ifndef COACHKIT_PDF_TAGS_H
#define COACHKIT_PDF_TAGS_H

#include "canvas.h"
#include "util/arena.h"

#include <hpdf.h>

typedef struct pdf_tags pdf_tags;

pdf_tags *pdf_tags_new(void);
void      pdf_tags_free(pdf_tags *t);

/* What is drawn next belongs to t (NULL: an artifact). */
void pdf_tags_set(pdf_tags *t, canvas_tag *tag);
/* What is drawn next belongs to a new element of role inside the current
 * one. */
void pdf_tags_inline(pdf_tags *t, const char *role);

/* Must the marked content change before drawing? Then the caller closes
 * any text object and calls pdf_tags_mark() to end the open sequence and
 * begin the next on page (index page_index from 0). */
int  pdf_tags_pending(const pdf_tags *t);
void pdf_tags_mark(pdf_tags *t, HPDF_Page page, int page_index);
/* Ends the page's open sequence (outside any text object); the next page
 * starts as an artifact. */
void pdf_tags_page_end(pdf_tags *t, HPDF_Page page);

/* Text s[0, len) is drawn now (a word or more): an inline element (a
 * Link) keeps its words for its annotations' /Contents. */
void pdf_tags_text(pdf_tags *t, const char *s, size_t len);
/* The element a link made now belongs to, or -1. */
int  pdf_tags_link_elem(pdf_tags *t);
/* Ties annotation an (on page page_index) to element elem (from
 * pdf_tags_link_elem(); -1: none). */
void pdf_tags_annot(pdf_tags *t, HPDF_Annotation an, int elem,
		    int page_index);

/* Makes the structure tree of doc, whose pages (HPDF_Page) are
 * pages[0, n). 0, or -1 when libharu failed (its error handler has the
 * reason). */
int  pdf_tags_finish(pdf_tags *t, HPDF_Doc doc, void *const *pages,
		     size_t n);

#endif
