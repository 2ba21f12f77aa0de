/* search.h - the site's search index, zoekindex.js.
 *
 * Every lesson and page is cut into passages: its title with its summary,
 * then one per section (## or ### heading). Each passage keeps its first
 * couple of hundred characters as the snippet; every word of it counts.
 * Words are lowercased, cut at anything that is not a letter or digit,
 * stripped of common Dutch function words and stemmed with libstemmer's
 * Dutch stemmer, so "patiënten" finds "patiënt". A stem's postings are
 * (passage, weight) pairs: 10 for a word in a title, 5 in a heading, 1 in
 * the text. The browser stems the query with the same algorithm
 * (assets/js/stem-nl.js):
 *
 *   window.CK_INDEX = { stop: [word, ...],
 *     docs: [ [url, title, context] ],
 *     passages: [ [doc, "#anchor" or "", heading or "", snippet] ],
 *     terms: { stem: [passage, weight, passage, weight, ...] } };
 */
#ifndef COACHKIT_SEARCH_H
#define COACHKIT_SEARCH_H

#include "markdown/md.h"

typedef struct search_index search_index;

/* NULL when the stemmer for language is missing (then words are indexed
 * as they are). */
search_index *search_new(const char *language);
/* Indexes a checked document, before the site's renderer changes it;
 * order is its place in the build. */
void          search_add(search_index *x, const doc *d, const md_doc *m,
			 size_t order);
/* A part of x: an index of its own that stems with x's stemmer (on x's
 * thread, while x lives), and outlives x. A build keeps each document's
 * part for the next (cache.h). */
search_index *search_part(search_index *x);
/* A part of one document kept from a build before, made this build's: d
 * is the document in this build's model, order its place. */
void          search_part_doc(search_index *part, const doc *d,
			      size_t order);
/* Adds the documents of parts (indexes built on other threads, or parts
 * kept from a build before) to x, in the order of the build. With take,
 * x frees the parts; else they stay the caller's and must outlive x. */
void          search_merge(search_index *x, search_index *const *parts,
			   size_t n, int take);
/* The index as a script; 0, or -1 with errno set. */
int           search_write(search_index *x, const char *path);
void          search_free(search_index *x);

/* For tests: the stem of the lowercase word w (len bytes) into out. */
const char   *search_stem(search_index *x, const char *w, size_t len);

/* Splits text into lowercase words: calls fn for each. */
void          search_words(const char *text,
			   void (*fn)(void *ud, const char *w, size_t len),
			   void *ud);

#endif
