/* cards.h - patient profiles and competencies, as a model.
 *
 * Two kinds of content become cards, and the competencies are also shown
 * in the competency appendix and on the site's competency pages, so the
 * model holds everything the sources give, not only what a card shows.
 *
 * content/profiles/NAME.yaml - one patient profile per file, sorted by
 * file name; the name without .yaml, and without a leading "NN-" that
 * orders it, names the profile ("01-coach.yaml" is "coach"):
 *
 *   titel: De patiënt die ‘nee’ zegt       required
 *   rol: coach                             required: the role the POH
 *                                          takes: coach, behandelaar,
 *                                          poortwachter or leraar
 *   herkenning: [..., ...]                 required: how you recognise
 *                                          this patient (a list)
 *   nodig: ...                             required: what this patient
 *                                          needs
 *   aanpak: ...                            required: what the POH does in
 *                                          that role
 *   vragen: [..., ...]                     required: helpful questions
 *   valkuilen: [..., ...]                  required: pitfalls
 *   bron: ...                              required: where it comes from
 *   pagina: ../modules/04-x/03-y.md        the lesson it belongs with
 *
 * content/competencies.yaml - two groups, each a mapping:
 *
 *   persoonsgericht:                       competencies for
 *     titel: Tien competenties ...         person-centred care (required)
 *     inleiding: ...                       a short introduction
 *     bron: ...                            the source line of its cards
 *     pagina: modules/06-x/02-y.md         the lesson of the group
 *     competenties:                        required, in reading order
 *       - naam: Oplossingsgerichtheid      required, unique in its group
 *         corp: conceptueel                required: conceptueel,
 *                                          operationeel, relationeel or
 *                                          persoonlijk
 *         definitie: ...                   required
 *         toelichting: ...                 what it asks in practice
 *         interviews: [..., ...]           additions from the interviews
 *         literatuur:                      additions from the literature
 *           - tekst: ...                   required
 *             bron: Burgers, 2017          required
 *         huisarts: ...                    what it means for the huisarts
 *                                          (the leidinggevenden group)
 *         pagina: ...                      overrides the group's
 *   leidinggevenden:                       competencies for
 *     ...                                  leidinggevenden, the same keys
 *
 * Texts may hold **bold** spans. Every value keeps its file:line:col, so
 * layout can report a text that does not fit where it was written.
 * Unknown keys are warnings; a missing required key, a wrong type, an
 * unknown role or CORP category, an empty text and more items than the
 * caps below are errors.
 *
 * Ownership: everything is allocated in the site's arena and lives as
 * long as it (until site_free()). */
#ifndef COACHKIT_CARDS_H
#define COACHKIT_CARDS_H

#include "content/model.h"
#include "util/diag.h"

#define CARDS_MAX_FILES  500    /* profiles in content/profiles/ */
#define CARDS_MAX_ITEMS  40     /* items in one list, competencies in one
				 * group */

/* A text and where it was written; text NULL when absent. */
typedef struct card_text {
	const char *text;
	diag_pos    at;
} card_text;

/* A list of texts; at is the list's own position (file NULL: absent). */
typedef struct card_texts {
	card_text *items;
	size_t     n;
	diag_pos   at;
} card_texts;

/* --- patient profiles ------------------------------------------------ */

/* The roles a patient may need the care provider in (thesis, bijlage 2:
 * "coach, behandelaar, poortwachter, leraar"). */
typedef enum {
	ROL_COACH, ROL_BEHANDELAAR, ROL_POORTWACHTER, ROL_LERAAR, ROL_COUNT
} poh_rol;

/* "coach", "behandelaar", ... as written in YAML (static strings). */
const char *poh_rol_name(poh_rol r);

typedef struct profile {
	const char *name;         /* "coach", from "01-coach.yaml" */
	const char *file;         /* for diagnostics */
	card_text   titel;
	poh_rol     rol;
	diag_pos    rol_at;
	card_texts  herkenning;
	card_text   nodig, aanpak;
	card_texts  vragen, valkuilen;
	card_text   bron;
	const doc  *page;         /* pagina, or NULL */
	int         bad;          /* it had errors (reported) */
} profile;

typedef struct profiles {
	profile **items;
	size_t    n;
} profiles;

/* Loads every YAML file of content/profiles/, sorted by name, into out.
 * A profile with errors is kept and marked bad, so that what layout
 * checks in its good parts is still reported. A missing folder is no
 * profiles. Returns the number of files with errors. */
int profiles_load(site *s, profiles *out);

/* --- competencies ----------------------------------------------------- */

/* The CORP classification (Tuin, Beijer & Akkerboom 2005), in its order. */
typedef enum {
	CORP_CONCEPTUEEL, CORP_OPERATIONEEL, CORP_RELATIONEEL,
	CORP_PERSOONLIJK, CORP_COUNT
} corp_kind;

/* "conceptueel", as written in YAML (static). */
const char *corp_key(corp_kind k);
/* "Conceptueel", for headings (static). */
const char *corp_label(corp_kind k);
/* "het denken", "het doen", "de interactie met anderen", "het zijn". */
const char *corp_meaning(corp_kind k);

typedef enum {
	GROUP_PERSOONSGERICHT,     /* bijlage 4: for care providers */
	GROUP_LEIDINGGEVENDEN,     /* bijlage 5: for leidinggevenden */
	GROUP_COUNT
} competency_group_kind;

/* An addition from the literature and its source. */
typedef struct competency_source {
	card_text tekst, bron;
} competency_source;

typedef struct competency_group competency_group;

typedef struct competency {
	const char        *slug;      /* "clientgerichtheid": from naam,
				       * unique in its group */
	diag_pos           at;        /* its mapping */
	card_text          naam, definitie;
	card_text          toelichting, huisarts;     /* text NULL: none */
	corp_kind          corp;
	diag_pos           corp_at;
	card_texts         interviews;
	competency_source *literatuur;
	size_t             n_literatuur;
	const doc         *page;      /* its pagina, else the group's, or
				       * NULL */
	const competency_group *group;
	size_t             index;     /* position in its group, from 0 */
	int                bad;       /* it had errors (reported) */
} competency;

struct competency_group {
	competency_group_kind kind;
	const char  *key;             /* "persoonsgericht", "leidinggevenden" */
	int          present;         /* the file has this group */
	card_text    titel, inleiding, bron;
	const doc   *page;
	competency **items;           /* in the order written */
	size_t       n;
};

typedef struct competencies {
	const char      *file;        /* NULL: there is no competencies.yaml */
	competency_group groups[GROUP_COUNT];
	int              bad;         /* it had errors (reported) */
} competencies;

/* Loads content/competencies.yaml into out. A missing file is no
 * competencies (out->file NULL). Returns the number of errors. */
int competencies_load(site *s, competencies *out);

/* How many of group's competencies are in category k. */
size_t competency_group_count(const competency_group *g, corp_kind k);

/* The lowercase ASCII slug of a name: letters and digits, accents
 * dropped, anything else one '-'; "Cliëntgerichtheid" gives
 * "clientgerichtheid", "Verbeeldingskracht/creativiteit"
 * "verbeeldingskracht-creativiteit". In a. */
char *cards_slug(arena *a, const char *name);

#endif
