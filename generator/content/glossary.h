/* glossary.h - the glossary (begrippenlijst), content/begrippen.yaml.
 *
 *   titel: Begrippen                   the page's title (default the UI's)
 *   inleiding: ...                     a short text above the list
 *   begrippen:                         required: a list of entries
 *     - term: NHG                      required, unique: as the lessons
 *                                      write it (case counts)
 *       afkorting: Nederlands ...      an abbreviation's full name
 *       uitleg: ...                    required: a short explanation
 *       bron: thesis 004:120           required: where the sources use it
 *
 * The site gets a page of it (begrippen.html) and each lesson page marks
 * the first use of each term with a link to its entry (site/html.c); the
 * manual gets it as a section before the sources; `coachkit check` warns
 * about an abbreviation in capitals no entry explains (glossary_is_abbr()).
 * Everything lives in the site's arena. */
#ifndef COACHKIT_GLOSSARY_H
#define COACHKIT_GLOSSARY_H

#include "content/model.h"

typedef struct glossary_entry {
	const char *term;
	const char *afkorting;    /* may be NULL */
	const char *uitleg, *bron;
	const char *id;           /* its anchor on the page: "v-vn" */
	diag_pos    at;           /* where the entry starts */
} glossary_entry;

typedef struct glossary {
	const char     *file;
	const char     *titel;    /* NULL: the UI's word */
	const char     *inleiding;
	glossary_entry *items;    /* in the file's order */
	size_t          n;
	strmap          by_term;  /* term -> glossary_entry* */
	int             bad;      /* it had errors (reported) */
} glossary;

/* Loads content/begrippen.yaml into a glossary in s's arena; NULL when
 * there is no such file. Errors are reported through diag and set bad. */
glossary *glossary_load(site *s);

/* The entry whose term is the len bytes at p, or NULL. */
const glossary_entry *glossary_find(const glossary *g, const char *p,
				    size_t len);

/* The first use of a term of g in text[from, len): a whole word or
 * words, written as in the entry, or with a capital first letter where
 * the entry has a small one (a sentence's start). A word is made of
 * letters (accented ones too), digits, '&' and '-': "coaching" is not in
 * "e-coaching". The longest term wins. Sets [*start, *end); NULL when
 * there is none. */
const glossary_entry *glossary_scan(const glossary *g, const char *text,
				    size_t len, size_t from, size_t *start,
				    size_t *end);

/* The next word of text[*pos, len) that reads as an abbreviation in
 * capitals (glossary_is_abbr(); words split at '-' here: "NHG-standaard"
 * gives "NHG"): sets [*start, *end) and *pos past it; 0 at the end. */
int glossary_next_abbr(const char *text, size_t len, size_t *pos,
		       size_t *start, size_t *end);

/* Whether the len bytes at p are a word that reads as an abbreviation in
 * capitals: two capitals or more ("NHG", "V&VN", "InEen"), and not a
 * Roman numeral ("XIV") nor a word of six letters or more all in
 * capitals, which is a word stressed ("Vermijd het woord MOETEN"). */
int glossary_is_abbr(const char *p, size_t len);

#endif
