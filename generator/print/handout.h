/* handout.h - a hand-out per module and the training manual (handleiding).
 *
 * Each is made on its own (handouts_make(), one job of the build each):
 * its lessons read again, laid out and paged into handout-<module>.pdf
 * or handleiding.pdf: a cover,
 * in the manual a table of contents and an opening page per module, a
 * running head, "pagina N van M", bookmarks, links between lessons and an
 * answer key for the quizzes. */
#ifndef COACHKIT_HANDOUT_H
#define COACHKIT_HANDOUT_H

#include "markdown/md.h"
#include "print/product.h"

typedef struct handouts handouts;

/* Lives in c->a; handouts_free() releases what was not made. The PDFs go
 * into dir (made here); with dir NULL they are only laid out. */
handouts *handouts_new(print_ctx *c, const char *dir);
/* The products: one per module, then the manual. */
size_t    handouts_count(const handouts *h);
/* Lays out product i with ts (the calling job's own: each product may be
 * made on another thread at once), writes it unless only laying out,
 * adds its figures to st and frees it; 0, or -1 after reporting. */
int       handouts_make(handouts *h, size_t i, typeset *ts, print_stats *st);
void      handouts_free(handouts *h);

/* Another A4 document in the same style (the competency appendix): a
 * cover with a summary and a labelled list, a table of contents of its
 * outline (levels 0 and 1), running head, folios and bookmarks. Fill it
 * through its blocks (blocks.h), then write it (its blocks' ts set to
 * the writing job's); handouts_doc_free() frees it. */
typedef struct product product;
struct blocks;
product       *handouts_doc(handouts *h, const char *file, const char *title,
			    const char *eyebrow);
struct blocks *handouts_doc_blocks(product *p);
/* The cover's summary, and a list under label: items[i] is written at
 * ats[i] (for warnings; NULL: in the UI strings). */
void           handouts_doc_cover(product *p, const char *summary,
				  const char *label, const char **items,
				  const diag_pos *ats, size_t n);
int            handouts_doc_write(handouts *h, product *p, const char *dir,
				  print_stats *st);
/* Makes d one of the documents in p: links to it lead into the PDF (to
 * d->rel, the destination of the heading it was added under). */
void           handouts_doc_include(product *p, const doc *d);
/* Frees the document's lines (after writing it, or instead). */
void           handouts_doc_free(product *p);

#endif
