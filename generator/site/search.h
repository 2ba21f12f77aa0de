/* search.h - the site's search index: zoekindex.js and zoekindex/.
 *
 * Every lesson and page is cut into passages: its title with its summary,
 * then one per section (## or ### heading). Each passage keeps its first
 * couple of hundred characters as the snippet; every word of it counts.
 * Words are lowercased, cut at anything that is not a letter or digit,
 * stripped of common Dutch function words and stemmed with libstemmer's
 * Dutch stemmer, so "patiënten" finds "patiënt". A stem's postings are
 * (passage, weight) pairs: 10 for a word in a title, 5 in a heading, 1 in
 * the text. The browser stems the query with the same algorithm
 * (assets/js/stem-nl.js).
 *
 * The index is written as scripts that call window.CK_SEARCH, so that a
 * query loads only the few it needs (from file:// too):
 *
 *   zoekindex.js     CK_SEARCH.i({stop: [word], docs: N,
 *                      shards: [first stem of each t<k>.js],
 *                      prefixes: [prefix of each p<k>.js]})
 *   zoekindex/t<k>.js  CK_SEARCH.t(k, id of its first stem, [stem],
 *                      [postings]): the stems in byte order, their ids
 *                      counting on; a stem's postings are its documents
 *   zoekindex/p<k>.js  CK_SEARCH.p(k, lo, hi, postings): the documents
 *                      of stems lo..hi-1, those that begin with a prefix
 *                      that spans more than one shard
 *   zoekindex/d<n>.js  CK_SEARCH.d(n, url, title, module title,
 *                      [[#anchor or "", heading or "", snippet]], [stem],
 *                      terms): document n, loaded when it is shown
 *
 * Postings and terms are strings of numbers, each written as base-32
 * digits from "0-9A-Za-z-_": the first 32 characters end a number, the
 * other 32 are its higher digits. Postings: for each document, its
 * distance from the one before less one, then the best weight of the
 * stem in one of its passages, less one. Terms: for each stem of the
 * document (named in the list before, so that a document's piece does
 * not change when other documents do), its number of passages, then each
 * passage's place in the document and the stem's weight there less one. A prefix's stems are in one term shard or, when
 * they would not fit, merged into a p<k>.js, so a word being typed loads
 * one file.
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
/* The index as scripts in the folder out: out/zoekindex.js and
 * out/zoekindex/ (a file that holds what it should already is left as
 * it is, and files the index no longer has go); 0, or -1 with errno set. The terms are
 * put in order of their stems (the same files for any division of the
 * work). */
int           search_write(search_index *x, const char *out);
/* The same with term shards of about shard_bytes (for tests). */
int           search_write_shards(search_index *x, const char *out,
				  size_t shard_bytes);
void          search_free(search_index *x);

/* For tests: the stem of the lowercase word w (len bytes) into out. */
const char   *search_stem(search_index *x, const char *w, size_t len);

/* Splits text into lowercase words: calls fn for each. */
void          search_words(const char *text,
			   void (*fn)(void *ud, const char *w, size_t len),
			   void *ud);

#endif
