/* print.h - the print products: a hand-out per module and the training
 * manual (handleiding), as PDF.
 *
 * print_begin() loads the fonts and the style once; print_add_doc() lays
 * out each lesson as the build checks it (before the site changes its
 * tree) and writes a module's hand-out once the module is complete;
 * print_finish() writes the other PDFs. All go into OUT/print/.
 * Layout errors are content warnings; system errors go through diag. */
#ifndef COACHKIT_PRINT_H
#define COACHKIT_PRINT_H

#include "content/model.h"
#include "markdown/md.h"
#include "print/product.h"
#include "template/mustache.h"

typedef struct print_job print_job;

/* The PDFs go into dir; with dir NULL every product is only checked.
 * NULL after reporting a problem (fonts missing, a style error). */
print_job *print_begin(site *s, const theme *theme, const mu_value *strings,
		       const char *dir, int dump);
/* Loads, checks and lays out every product besides the hand-outs and
 * the manual (posters, desk mats, cards, pocket reference, appendix), so
 * that their errors are known before anything is rendered. 0, or -1
 * after reporting errors. */
int        print_check(print_job *j);
void       print_add_doc(print_job *j, const doc *d, const md_doc *m);
/* Builds the remaining products (checking them first if print_check()
 * was not called); 0, or -1 after reporting. */
int        print_finish(print_job *j, print_stats *st);
/* What the products gave the site (print_ctx.items), and the shared
 * fonts; NULL for NULL. */
const print_ctx *print_context(const print_job *j);
void       print_free(print_job *j);

#endif
