/* directive.h - fenced blocks that carry structured content as YAML.
 *
 * A fenced code block whose info string starts with a directive name
 * (quiz, reflectie, citaat, kader, casus, diagram) is parsed as YAML by
 * directive_parse(), checked against the directive's keys, and attached to
 * the code block node (cmark user data) for the renderers. */
#ifndef COACHKIT_DIRECTIVE_H
#define COACHKIT_DIRECTIVE_H

#include <stddef.h>
#include <cmark.h>
#include "util/arena.h"

typedef enum {
	DIRECTIVE_QUIZ, DIRECTIVE_REFLECTIE, DIRECTIVE_CITAAT,
	DIRECTIVE_KADER, DIRECTIVE_CASUS, DIRECTIVE_DIAGRAM
} directive_kind;

typedef struct quiz_option {
	const char *tekst, *feedback;
	int         juist;
} quiz_option;

typedef struct directive {
	directive_kind kind;
	const char  *name;        /* diagram: the diagram's name */
	const char  *titel;       /* kader, casus, diagram */
	const char  *tekst;       /* citaat (plain text) */
	cmark_node  *body;        /* kader, casus: their tekst, parsed as
				   * Markdown (they keep no text); owned by the
				   * directive's md_doc, freed with it */
	int          line;        /* of the opening fence in the file */
	int          body_line0;  /* file line before body's first line */
	int          body_col0;   /* characters before it on its lines */
	int          body_exact;  /* body's lines are the file's, one to one
				   * (a block scalar or a one-line value) */
	const char  *wie, *bron;  /* citaat */
	int          leeftijd;    /* citaat; 0 when not given */
	const char  *vraag;       /* quiz, reflectie */
	const char  *toelichting; /* reflectie */
	int          regels;      /* reflectie: ruled lines in print */
	int          meerdere;    /* quiz: more than one right answer */
	quiz_option *opties;      /* quiz, in the order written */
	size_t       n_opties;
	const size_t *volgorde;   /* quiz: the order shown (site, SCORM and
				   * print alike): volgorde[k] is the index
				   * in opties of the k-th option shown;
				   * shuffled by the quiz's id (shuffle.h)
				   * unless the author wrote 'volgorde:
				   * vast' */
	const char  *uitleg;      /* quiz */
	const char  *onderschrift;/* diagram */
	const char **vragen;      /* casus */
	size_t       n_vragen;
} directive;

/* Recognises a directive name as the first word of info. Returns 1 and
 * sets *kind and *arg (the rest of the info string, trimmed; "" if none). */
int directive_lookup(const char *info, directive_kind *kind, const char **arg);

const char *directive_name(directive_kind kind);
/* The directive an info string that names none seems meant to name
 * ("quizz", "Quiz"), or NULL. */
const char *directive_near(const char *info);

#endif
