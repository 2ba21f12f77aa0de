/* panel.h - a panel of content: a titled diagram, list of questions,
 * numbered steps or text, as desk mats and the pocket reference hold
 * them in their YAML:
 *
 *   - titel: Het vierbollenmodel     required
 *     breedte: 2                     columns spanned (desk mats; default 1)
 *     diagram: vierbollen            exactly one of: diagram (a name in
 *                                    content/diagrams/), vragen (a list),
 *                                    stappen (a numbered list) or tekst
 *                                    (**bold** allowed)
 *
 * Values keep their positions for the errors layout reports. */
#ifndef COACHKIT_PANEL_H
#define COACHKIT_PANEL_H

#include "content/model.h"
#include "content/ynode.h"
#include "util/diag.h"

typedef enum { PANEL_DIAGRAM, PANEL_VRAGEN, PANEL_STAPPEN, PANEL_TEKST }
	panel_kind;

typedef struct panel {
	const char  *titel;
	diag_pos     at;            /* the panel's mapping */
	panel_kind   kind;
	const char  *diagram;       /* PANEL_DIAGRAM: its name */
	const char  *tekst;         /* PANEL_TEKST */
	const char **items;         /* PANEL_VRAGEN, PANEL_STAPPEN */
	size_t       n_items;
	int          span;          /* columns */
	diag_pos     content_at;    /* the diagram, list or text value */
	int          bad;           /* it had errors (reported) */
} panel;

/* Reads the panel mapping m of file into p (in s's arena); a panel may
 * span at most max_span columns. Errors are reported; p->bad says
 * whether there were any. */
void panel_load(site *s, const char *file, const ynode *m, int max_span,
		panel *p);

#endif
