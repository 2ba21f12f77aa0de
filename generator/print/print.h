/* print.h - the print products: a hand-out per module and the training
 * manual (handleiding), as PDF.
 *
 * print_begin() loads the fonts and the style once; print_add_doc() lays
 * out each lesson as the build checks it (before the site changes its
 * tree); print_finish() paginates and writes every PDF into OUT/print/.
 * Layout errors are content warnings; system errors go through diag. */
#ifndef COACHKIT_PRINT_H
#define COACHKIT_PRINT_H

#include "content/model.h"
#include "markdown/md.h"
#include "template/mustache.h"

typedef struct print_job print_job;

typedef struct print_stats {
	int pdfs, pages, lines, hyphens, overfull, forced;
} print_stats;

/* NULL after reporting a problem (fonts missing, a style error). */
print_job *print_begin(site *s, const char *theme, const mu_value *strings);
void       print_add_doc(print_job *j, const doc *d, const md_doc *m);
/* Writes the PDFs into dir; 0, or -1 after reporting. */
int        print_finish(print_job *j, const char *dir, print_stats *st);
void       print_free(print_job *j);

#endif
