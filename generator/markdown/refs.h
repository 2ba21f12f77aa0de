/* refs.h - links to a heading (a fragment: "#id" in the same document,
 * "02-les.md#id" in another), checked once every document's headings are
 * known.
 *
 * Documents are checked one at a time, on several threads; each hands its
 * heading ids and its fragment links to the build's md_refs at the end of
 * its check (md_doc_check does, when the md_doc has one). md_refs_check()
 * then reports each link to a heading that does not exist. */
#ifndef COACHKIT_REFS_H
#define COACHKIT_REFS_H

#include "md.h"

md_refs *md_refs_new(void);
void     md_refs_free(md_refs *r);

/* Records m's heading ids and fragment links (thread-safe). */
void md_refs_add_doc(md_refs *r, const md_doc *m);

/* Adds what from records to into; from must outlive into (its links
 * are shared). A build keeps each document's own md_refs for the next
 * (cache.h). */
void md_refs_merge(md_refs *into, const md_refs *from);

/* Reports every link to a heading its document does not have, sorted by
 * file and position; returns their number. */
int md_refs_check(md_refs *r);

#endif
