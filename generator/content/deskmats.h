/* deskmats.h - the desk mats (bureauleggers) of content/deskmats/.
 *
 * One YAML file per mat; its name (the file name without .yaml) names its
 * PDF. A mat is a grid of panels, filled row by row:
 *
 *   titel: Het consult                 required
 *   ondertitel: ...                    under the title
 *   formaat: 600x400mm                 default: the layout's (A3 liggend)
 *   kolommen: 3                        columns of the grid (1 to 6)
 *   pagina: ../modules/04-coach/02-het-vierbollenmodel.md
 *   panelen:                           required, at least one panel
 *     - titel: Het vierbollenmodel     (see panel.h)
 *       diagram: vierbollen
 *
 * Values keep their positions for the errors layout reports. */
#ifndef COACHKIT_DESKMATS_H
#define COACHKIT_DESKMATS_H

#include "content/model.h"
#include "content/panel.h"
#include "util/diag.h"

typedef struct deskmat {
	const char  *name, *file;
	const char  *titel, *ondertitel;
	diag_pos     titel_at;
	const char  *formaat;       /* NULL: the layout's */
	diag_pos     formaat_at;
	int          columns;
	const doc   *page;          /* NULL when not given */
	panel       *panels;
	size_t       n_panels;
	int          bad;           /* it had errors (reported); its good
				     * panels are still laid out, for their
				     * errors */
} deskmat;

typedef struct deskmats {
	deskmat **items;
	size_t    n;
} deskmats;

/* Loads every YAML file of content/deskmats/, sorted by name, into out
 * (in s's arena). Errors are reported through diag; a mat with errors is
 * kept and marked bad. Returns the number of files with errors. */
int deskmats_load(site *s, deskmats *out);

#endif
