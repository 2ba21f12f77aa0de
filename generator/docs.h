/* docs.h - every lesson and page of the content, checked.
 *
 * docs_check() reads, parses and checks each document (markdown/md.h) on
 * up to `jobs` threads, each document whole on one of them, and prints
 * the reports of each in the documents' order afterwards, as one thread
 * would have printed them, and sets each document's media (the files it
 * links to); then it checks the links to headings, once
 * every document's headings are known (markdown/refs.h).
 *
 * A document whose own check found no error is handed, while its tree is
 * alive, to the hook, on the thread that checked it: the site renders its
 * page from it there and then, so that a build reads and parses each
 * document once. What the hook writes goes into the staging folder, which
 * an error found later discards. Outputs that did not take a document
 * so read it again when they render (md_doc_reload()).
 *
 * With a cache (cache.h), a document whose file is as it was when the
 * cache checked it is not checked again: its kept reports are printed in
 * their place, and its kept headings and links checked with the others'. */
#ifndef COACHKIT_DOCS_H
#define COACHKIT_DOCS_H

#include "content/model.h"

/* The documents in the build's order: the free pages, the chapters of
 * the trainer's guide, then every module's lessons; in s's arena. */
const doc **docs_all(site *s, size_t *n);

/* i: the document's place in docs_all()'s order; worker: the thread's
 * number, below jobs. Its reports are printed after the document's. */
struct md_doc;
typedef struct doc_hook {
	void  (*fn)(void *ud, size_t i, struct md_doc *m, int worker);
	void   *ud;
} doc_hook;

struct build_cache;
/* hook may be NULL. */
void docs_check(site *s, int jobs, struct build_cache *cache,
		const doc_hook *hook);

#endif
