/* handout.h - a hand-out per module and the training manual (handleiding).
 *
 * Lessons are laid out as the build checks them (handouts_add_doc(),
 * before the site's renderer changes the tree) and paged into
 * handout-<module>.pdf and handleiding.pdf: a cover,
 * in the manual a table of contents and an opening page per module, a
 * running head, "pagina N van M", bookmarks, links between lessons and an
 * answer key for the quizzes. */
#ifndef COACHKIT_HANDOUT_H
#define COACHKIT_HANDOUT_H

#include "markdown/md.h"
#include "print/product.h"

typedef struct handouts handouts;

/* Lives in c->a; handouts_free() releases the page lists. The PDFs go
 * into dir; with dir NULL they are only checked. A module's hand-out is
 * written (and its memory freed) as soon as its last lesson is added. */
handouts *handouts_new(print_ctx *c, const char *dir);
void      handouts_add_doc(handouts *h, const doc *d, const md_doc *m);
/* Writes what is left (the manual, hand-outs of modules without lessons)
 * and adds the figures of every written PDF to st; 0, or -1 after
 * reporting. */
int       handouts_build(handouts *h, print_stats *st);
void      handouts_free(handouts *h);

/* Another A4 document in the same style (the competency appendix): a
 * cover with a summary and a labelled list, a table of contents of its
 * outline (levels 0 and 1), running head, folios and bookmarks. Fill it
 * through its blocks (blocks.h), then write it; it lives in the print
 * arena. */
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
/* Frees the document's lines (after writing it, or instead). */
void           handouts_doc_free(product *p);

#endif
