/* search_int.h - the search index's insides, shared by search.c (which
 * fills and merges it) and search_shards.c (which writes it). Not for
 * other modules: they use search.h. */
#ifndef COACHKIT_SEARCH_INT_H
#define COACHKIT_SEARCH_INT_H

#include "search.h"
#include "util/buf.h"

#include <stdint.h>

#define SNIPPET 200   /* bytes of a passage kept for its snippet */
#define KEEP (SNIPPET + 8)

/* A stem and where it occurs. */
typedef struct term {
	const char *stem;
	uint32_t   *post;        /* passage, weight, passage, weight ...;
				  * after search_merge() in the passages'
				  * order */
	uint32_t    len, cap;
} term;

/* A title with its summary, or a section: the unit a snippet shows. */
typedef struct passage {
	uint32_t    doc;
	const char *anchor, *heading;
	char       *text;        /* the snippet: SNIPPET bytes and a little
				  * more, to see where to cut */
	uint32_t    len;
	int         more;        /* the text went on */
} passage;

struct search_index {
	arena              a;
	search_index      *root;       /* whose stemmer and words this one
					* uses: itself, or the index it is a
					* part of (search_part()) */
	struct sb_stemmer *stemmer;    /* a root's */
	strmap             stop;       /* a root's */
	strmap             words;      /* a root's: word -> its stem, or
					* STOPPED */
	strmap             terms;      /* stem -> term* */
	ptrvec             order;      /* term*, as first seen */
	ptrvec             docs;       /* const doc* */
	ptrvec             orders;     /* each doc's place in the build */
	ptrvec             parts;      /* merged indexes it took, whose
					* passages and stems it points into */
	ptrvec             passages;   /* passage*, document by document */
	buf                word;
};

/* The words left out of the index and of queries, NULL-terminated. */
extern const char *const search_stop_words[];

#endif
