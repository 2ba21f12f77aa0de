/* pocket.h - the pocket reference (zakkaart), content/pocket.yaml.
 *
 *   titel: Zakkaart persoonsgerichte zorg    required
 *   ondertitel: ...                          on the cover
 *   pagina: ../pages/over.md                 the site page it belongs with
 *   paginas:                                 required: one panel a page, in
 *     - titel: Het vierbollenmodel           reading order (see panel.h;
 *       diagram: vierbollen                  breedte does not apply)
 *     - titel: Patiëntprofielen              a page with instead of its
 *       profielen: true                      content the profiles of
 *                                            content/profiles/ in brief
 *
 * The cover and the back are made from the site's settings. */
#ifndef COACHKIT_POCKET_H
#define COACHKIT_POCKET_H

#include "content/model.h"
#include "content/panel.h"

typedef struct pocket {
	const char *file;
	const char *titel, *ondertitel;
	const doc  *page;
	panel      *pages;
	size_t      n_pages;
	int        *profiles;     /* per page: the profiles in brief */
	int         bad;          /* it had errors (reported) */
} pocket;

/* Loads content/pocket.yaml into a pocket in s's arena; NULL when there
 * is no such file. Errors are reported through diag and set bad. */
pocket *pocket_load(site *s);

#endif
