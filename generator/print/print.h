/* print.h - the print outputs: a hand-out per module and the training
 * manual (handleiding), and every print product (posters, desk mats,
 * cards, the pocket reference, the competency appendix), as PDFs in
 * OUT/print/.
 *
 * print_begin() makes what they share (the print context over the
 * build's resources); each is an output of the build (outputs.h): the
 * hand-outs one job per module and one for the manual, each product
 * checked in new() and rendered as one job. A product file declares its
 * output with PRINT_OUTPUT(). */
#ifndef COACHKIT_PRINT_H
#define COACHKIT_PRINT_H

#include "outputs.h"
#include "resources.h"
#include "print/product.h"

typedef struct print_job print_job;

/* The PDFs go into dir (made here); with dir NULL they are only laid
 * out. NULL when r has no fonts (the problem was reported). */
print_job *print_begin(site *s, const resources *r, const char *dir,
		       int dump);
void       print_free(print_job *j);

/* A print product as an output: arg is its print_product. */
void  *print_output_new(build_ctx *b, const void *arg, int *bad);
size_t print_output_jobs(void *state, int stage);
void   print_output_render(void *state, int stage, size_t i, int worker);
void   print_output_finish(void *state, int stage, build_ctx *b);
void   print_output_free(void *state);

#define PRINT_OUTPUT(var, label, reads_, product)                       \
	const output_def var = {                                        \
		.name = label, .reads = (reads_), .arg = &(product),    \
		.new = print_output_new, .jobs = print_output_jobs,     \
		.render = print_output_render,                          \
		.finish = print_output_finish, .free = print_output_free }

#endif
