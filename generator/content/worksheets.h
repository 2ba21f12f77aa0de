/* worksheets.h - the worksheets of content/werkbladen/, as a model.
 *
 * One YAML file per worksheet (one A4 page to fill in); its name (the
 * file name without .yaml) names its PDF. Keys:
 *
 *   titel: Reflectie met WAKKER      required: the heading
 *   inleiding: ...                   a short text under it
 *   bron: ...                        required: the source line at the foot
 *   pagina: ../modules/06-x/05-y.md  the lesson it goes with
 *   onderdelen:                      required: the parts, top to bottom;
 *                                    each exactly one of
 *     - velden: [Datum, Naam]        fields side by side on one line
 *     - tekst: ...                   a short text (**bold** allowed)
 *     - vraag: ...                   a question over writing lines
 *       regels: 3                    how many (default 2)
 *     - vak: ...                     a frame with a heading and room
 *       hoogte: 30mm                 its height (default 30mm)
 *     - diagram: vierbollen          a diagram of content/diagrams/
 *       hoogte: 120mm                its height (default: as its shape
 *                                    asks at the page's width)
 *       schrijven: true              its areas big and empty to write in
 *     - schaal: [Ja, Deels, Nee]     a table to score: a row per item,
 *       items: [..., ...]            required: a box per label
 *       kolommen: [Vóór, Na]         the labels repeated under each
 *     - stappen: [..., ...]          numbered steps
 *       regels: 2                    writing lines under each (default 0)
 *
 * Every value keeps its position, so that layout can report a sheet that
 * does not fit its page at its file:line:col. Lengths (hoogte) are kept
 * as written and read by the print product, as a poster's formaat is. */
#ifndef COACHKIT_WORKSHEETS_H
#define COACHKIT_WORKSHEETS_H

#include "content/model.h"
#include "util/diag.h"

typedef enum {
	WS_VELDEN, WS_TEKST, WS_VRAAG, WS_VAK, WS_DIAGRAM, WS_SCHAAL,
	WS_STAPPEN, WS_KINDS
} ws_kind;

typedef struct ws_part {
	ws_kind      kind;
	diag_pos     at;            /* the part's mapping */
	diag_pos     content_at;    /* the value of its kind's key */
	const char  *text;          /* tekst, vraag, vak; diagram: its name */
	const char **items;         /* velden, stappen; schaal: its items */
	size_t       n_items;
	const char **labels;        /* schaal: a box per label */
	size_t       n_labels;
	const char **columns;       /* schaal: kolommen, or none */
	size_t       n_columns;
	int          regels;        /* vraag, stappen: writing lines */
	const char  *hoogte;        /* vak, diagram: as written, or NULL */
	diag_pos     hoogte_at;
	int          schrijven;     /* diagram: areas to write in */
} ws_part;

typedef struct worksheet {
	const char *name;           /* "wakker" */
	const char *file;           /* for diagnostics */
	const char *titel, *inleiding, *bron;
	diag_pos    titel_at, inleiding_at, bron_at, onderdelen_at;
	const doc  *page;           /* the lesson it goes with, or NULL */
	ws_part    *parts;
	size_t      n_parts;
	int         bad;            /* it had errors (reported) */
} worksheet;

typedef struct worksheets {
	worksheet **items;
	size_t      n;
} worksheets;

/* The key that names a part of kind k ("velden", ...). */
const char *worksheet_kind_name(ws_kind k);

/* Loads every YAML file of content/werkbladen/, sorted by name, into out
 * (in s's arena). Every error is reported through diag at its position;
 * a sheet with errors is kept, marked bad. A missing folder is no
 * sheets. Returns the number of files with errors. */
int worksheets_load(site *s, worksheets *out);

#endif
