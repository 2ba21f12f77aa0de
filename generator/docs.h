/* docs.h - every lesson and page of the content, checked.
 *
 * docs_check() reads, parses and checks each document (markdown/md.h) on
 * up to `jobs` threads, each document whole on one of them, and prints
 * the reports of each in the documents' order afterwards, as one thread
 * would have printed them, and sets each document's media (the files it
 * links to); then it checks the links to headings, once
 * every document's headings are known (markdown/refs.h). Outputs read
 * the documents again when they render (md_doc_reload()).
 *
 * With a cache (cache.h), a document whose file is as it was when the
 * cache checked it is not checked again: its kept reports are printed in
 * their place, and its kept headings and links checked with the others'. */
#ifndef COACHKIT_DOCS_H
#define COACHKIT_DOCS_H

#include "content/model.h"

/* The documents in the build's order: the free pages, then every
 * module's lessons; in s's arena. */
const doc **docs_all(site *s, size_t *n);

struct build_cache;
void docs_check(site *s, int jobs, struct build_cache *cache);

#endif
