/* posters.h - the nudging posters of content/posters/, as a model.
 *
 * One YAML file per poster; its name (the file name without .yaml) names
 * its PDF. Keys:
 *
 *   kop: De mens is boeiend          required: the headline
 *   onderkop: ...                    a subline under it
 *   tekst: ...                       a short body (a few sentences)
 *   pagina: ../modules/05-x/03-y.md  required: the lesson (or page) the
 *                                    poster leads to; its QR code opens it
 *   formaat: A2                      the paper size when not the layout's
 *                                    default (A3): see sheet_size()
 *   kleur: accent                    primary (default) or accent
 *   diagram: vierbollen              a diagram of content/diagrams/ under
 *                                    the band (the band is lower then)
 *
 * Every value keeps its position, so layout can report a headline that
 * does not fit at its file:line:col. */
#ifndef COACHKIT_POSTERS_H
#define COACHKIT_POSTERS_H

#include "content/model.h"
#include "util/diag.h"

typedef struct poster_text {
	const char *text;     /* NULL when absent */
	diag_pos    at;
} poster_text;

typedef struct poster {
	const char  *name;            /* "de-mens-is-boeiend" */
	const char  *file;            /* for diagnostics */
	poster_text  kop, onderkop, tekst;
	const doc   *page;            /* the lesson it leads to */
	const char  *formaat;         /* NULL: the layout's */
	diag_pos     formaat_at;
	int          accent;          /* kleur: accent */
	const char  *diagram;         /* a name in content/diagrams/, or NULL */
	diag_pos     diagram_at;
	int          bad;             /* it had errors (reported) */
} poster;

typedef struct posters {
	poster **items;
	size_t   n;
} posters;

/* Loads every YAML file of content/posters/, sorted by name, into out (in
 * s's arena). Errors are reported through diag; a poster with errors is
 * kept, marked bad, so that what is checked later (its paper size) is
 * reported too. A missing folder is no posters. Returns the number of
 * files with errors. */
int posters_load(site *s, posters *out);

#endif
