/* handout.h - a hand-out per module and the training manual (handleiding).
 *
 * Lessons are laid out as the build checks them (handouts_add_doc(),
 * before the site's renderer changes the tree); handouts_build() then
 * paginates and writes handout-<module>.pdf and handleiding.pdf: a cover,
 * in the manual a table of contents and an opening page per module, a
 * running head, "pagina N van M", bookmarks, links between lessons and an
 * answer key for the quizzes. */
#ifndef COACHKIT_HANDOUT_H
#define COACHKIT_HANDOUT_H

#include "markdown/md.h"
#include "print/product.h"

typedef struct handouts handouts;

/* Lives in c->a; handouts_free() releases the page lists. */
handouts *handouts_new(print_ctx *c);
void      handouts_add_doc(handouts *h, const doc *d, const md_doc *m);
/* See product.h: dir NULL only checks (the lessons are set already). */
int       handouts_build(handouts *h, const char *dir, print_stats *st);
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
void           handouts_doc_cover(product *p, const char *summary,
				  const char *label, const char **items,
				  size_t n);
int            handouts_doc_write(handouts *h, product *p, const char *dir,
				  print_stats *st);

#endif
