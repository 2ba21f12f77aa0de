/* cache.h - what a build keeps for the next build in the same process
 * (coachkit serve), so that saving one lesson does not check and render
 * every document again.
 *
 * A build given a cache first compares the project with what the cache
 * was made for: its stamp, a hash of every document's path and front
 * matter and of the path, size and time of every other file in content/,
 * layouts/ and assets/, and of the base URL. When the stamp differs, the
 * cache starts again. When it is the same, each document whose file has
 * the hash its memo was made for keeps
 *   - its check: the reports (replayed), its headings and fragment links
 *     (refs.h) and the files it links to; and,
 *   - while the output holds the pages the cache knows of, its page, its
 *     part of the search index and its number of quizzes: a build of
 *     the pages alone then writes into the output itself, and the site
 *     renders only the others (build.c, site/site_output.c).
 * The print products' checks (their reports and what they list on the
 * site) are kept too while the stamp holds: they read no lesson's text.
 * Whatever the stamp, the front matter of a document is read again only
 * when it changed. Everything else is made again by every build, as
 * without a cache.
 *
 * The memos are made on the check's and the site's worker threads, each
 * job its own document's; everything else on the main thread. */
#ifndef COACHKIT_CACHE_H
#define COACHKIT_CACHE_H

#include "materials.h"
#include "resources.h"
#include "content/model.h"
#include "markdown/md.h"
#include "util/diag.h"

struct search_index;

typedef struct doc_memo {
	/* the check of the file with check_hash */
	int           checked;
	uint64_t      check_hash;
	diag_capture  reports;
	md_refs      *refs;
	const char  **media;      /* paths in content/ it links to */
	size_t        n_media;
	arena         a;          /* media */
	/* its page in the output, made from the file with page_hash */
	int           paged;
	uint64_t      page_hash;
	int           quizzes;
	struct search_index *search;
} doc_memo;

/* What a document's front matter gave (content/model.h, front_keeper):
 * kept whatever the stamp, since it depends on nothing else. */
typedef struct front_memo {
	uint64_t      hash;       /* of the file up to the body */
	doc           d;          /* its fields; strings in a */
	diag_capture  reports;
	arena         a;
} front_memo;

/* What a print product's check gave (print/print.c): its reports and
 * what it lists on the site. Depends on nothing a stamp does not see. */
typedef struct product_memo {
	diag_capture  reports;
	print_item   *items;      /* page: NULL; page_rels instead */
	const char  **page_rels;  /* the page each belongs with, or NULL */
	size_t        n_items;
	arena         a;
} product_memo;

typedef struct build_cache {
	font_cache  fonts;      /* kept whatever the stamp */
	arena       front_arena;
	strmap      fronts;     /* path in content/ -> front_memo*, in
				 * front_arena */
	front_keeper keeper;    /* of fronts, for site_load_kept() */
	uint64_t    stamp;
	int         pages;      /* the output holds the pages of the memos */
	int         rendering;  /* this build writes pages */
	arena       a;          /* the memos and their names */
	strmap      docs;       /* path in content/ -> doc_memo* */
	strmap      products;   /* print product's name -> product_memo* */
} build_cache;

void cache_init(build_cache *c);
void cache_free(build_cache *c);

/* What site_load_kept() takes its documents' front matter from. */
const front_keeper *cache_keeper(build_cache *c);

/* After loading s from project dir: starts again unless the stamp is
 * the one the cache was made for. */
void cache_begin(build_cache *c, const site *s, const char *dir);

/* d's memo, new when it has none (main thread). */
doc_memo *cache_memo(build_cache *c, const doc *d);

/* Whether m holds d's check, and d's page. */
int memo_checked(const doc_memo *m, const doc *d);
int memo_paged(const build_cache *c, const doc_memo *m, const doc *d);

/* Keeps the check just made of d's file with hash (on its worker): the
 * reports are the memo's now, and what md recorded. A check that met a
 * system error is not kept: its reports stay in reports. */
void memo_keep_check(doc_memo *m, uint64_t hash, diag_capture *reports,
		     const md_doc *md);
/* Keeps the page just written from the file with hash, with its search
 * part (the memo's now) and its number of quizzes. */
void memo_keep_page(doc_memo *m, uint64_t hash, struct search_index *part,
		    int quizzes);

/* The kept check of the print product name, replayed: its reports, and
 * its items pushed onto items (strings in a, pages in s); NULL when the
 * cache has none. */
const product_memo *cache_product(build_cache *c, const char *name,
				  site *s, arena *a, ptrvec *items);
/* Keeps the check of product name that gave reports (not replayed) and
 * items (n of them, print_item*). */
void cache_keep_product(build_cache *c, const char *name,
			const diag_capture *reports, void *const *items,
			size_t n);

/* After the build: whether its output took the place of the previous
 * one. Pages written into an output that was not committed are not the
 * output's, so the cache forgets every page then. */
void cache_end(build_cache *c, int committed);

#endif
