/* cache.c - what a build keeps for the next; see cache.h. */
#include "cache.h"
#include "docs.h"
#include "markdown/refs.h"
#include "site/search.h"
#include "util/fs.h"
#include "util/hash.h"

#include <string.h>
#include <sys/stat.h>

void cache_init(build_cache *c)
{
	memset(c, 0, sizeof *c);
	arena_init(&c->a, 0);
	arena_init(&c->front_arena, 4096);
}

static void forget_page(doc_memo *m)
{
	search_free(m->search);
	m->search = NULL;
	m->paged = 0;
}

static void forget_check(doc_memo *m)
{
	diag_capture_free(&m->reports);
	md_refs_free(m->refs);
	m->refs = NULL;
	arena_free(&m->a);
	m->media = NULL;
	m->n_media = 0;
	m->checked = 0;
}

/* to: a copy of the reports in from, to replay (diag_replay_kept()) as
 * often as needed. */
static void copy_capture(diag_capture *to, const diag_capture *from)
{
	memset(to, 0, sizeof *to);
	to->errors = from->errors;
	to->warnings = from->warnings;
	to->system = from->system;
	to->len = from->len;
	if (from->len) {
		to->text = xmalloc(from->len);
		memcpy(to->text, from->text, from->len);
	}
}

static void forget_product(product_memo *m)
{
	diag_capture_free(&m->reports);
	arena_free(&m->a);
}

/* Every memo goes (not the fronts, which hold whatever the stamp). */
static void forget(build_cache *c)
{
	for (size_t i = 0; i < c->products.cap; i++)
		if (c->products.slots[i].value)
			forget_product(c->products.slots[i].value);
	c->products = (strmap){ 0 };
	for (size_t i = 0; i < c->docs.cap; i++) {
		doc_memo *m = c->docs.slots[i].value;
		if (m) {
			forget_page(m);
			forget_check(m);
		}
	}
	arena_free(&c->a);
	arena_init(&c->a, 0);
	c->docs = (strmap){ 0 };
	c->pages = 0;
}

static void forget_front(front_memo *f)
{
	diag_capture_free(&f->reports);
	arena_free(&f->a);
}

void cache_free(build_cache *c)
{
	forget(c);
	arena_free(&c->a);
	for (size_t i = 0; i < c->fronts.cap; i++)
		if (c->fronts.slots[i].value)
			forget_front(c->fronts.slots[i].value);
	arena_free(&c->front_arena);
	font_cache_free(&c->fonts);
}

/* --- front matter ---------------------------------------------------- */

/* The strings of list (n of them) in a. */
static const char **copy_list(arena *a, const char **list, size_t n)
{
	const char **to = arena_alloc(a, (n + 1) * sizeof *to);
	for (size_t i = 0; i < n; i++)
		to[i] = arena_strdup(a, list[i]);
	return to;
}

static const char *copy(arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

/* The fields read from front matter, from *from into *d, strings in a;
 * positions in file. */
static void copy_front(doc *d, const doc *from, arena *a, const char *file)
{
	d->title = copy(a, from->title);
	d->summary = copy(a, from->summary);
	d->title_at = (diag_pos){ file, from->title_at.line,
				  from->title_at.col };
	d->summary_at = (diag_pos){ file, from->summary_at.line,
				    from->summary_at.col };
	d->weight = from->weight;
	d->duur = from->duur;
	d->n_leerdoelen = from->n_leerdoelen;
	d->leerdoelen = from->leerdoelen ? copy_list(a, from->leerdoelen,
				from->n_leerdoelen) : NULL;
}

static int front_get(void *ud, doc *d, arena *a)
{
	build_cache *c = ud;
	front_memo *f = strmap_get(&c->fronts, d->rel);
	if (!f || f->hash != d->front_hash)
		return 0;
	copy_front(d, &f->d, a, d->file);
	diag_replay_kept(&f->reports);
	return 1;
}

static void front_put(void *ud, const doc *d, const diag_capture *reports)
{
	build_cache *c = ud;
	if (reports->system)
		return;
	front_memo *f = strmap_get(&c->fronts, d->rel);
	if (!f) {
		f = arena_alloc(&c->front_arena, sizeof *f);
		memset(f, 0, sizeof *f);
		strmap_put(&c->front_arena, &c->fronts,
			   arena_strdup(&c->front_arena, d->rel), f);
	}
	forget_front(f);
	arena_init(&f->a, 512);
	f->hash = d->front_hash;
	copy_front(&f->d, d, &f->a, NULL);
	copy_capture(&f->reports, reports);   /* the caller replays them */
}

const front_keeper *cache_keeper(build_cache *c)
{
	c->keeper = (front_keeper){ c, front_get, front_put };
	return &c->keeper;
}

/* Mixes into h the path, size and time of every file under dir/rel that
 * is not a document of s (those are known by their hashes). */
static uint64_t stamp_tree(uint64_t h, const site *s, const char *dir,
			   const char *rel, arena *a)
{
	ptrvec names = { 0 };
	if (fs_list(a, path_join(a, dir, rel), &names) < 0)
		return hash_str(h, rel);   /* missing: that too is a state */
	for (size_t i = 0; i < names.len; i++) {
		const char *r = path_join(a, rel, names.items[i]);
		struct stat st;
		if (stat(path_join(a, dir, r), &st) < 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			h = stamp_tree(h, s, dir, r, a);
			continue;
		}
		if (!strncmp(r, "content/", 8) &&
		    strmap_get(&s->by_rel, r + 8))
			continue;
		h = hash_str(h, r);
		h = hash_u64(h, (uint64_t)st.st_size);
		h = hash_u64(h, (uint64_t)st.st_mtim.tv_sec);
		h = hash_u64(h, (uint64_t)st.st_mtim.tv_nsec);
		h = hash_u64(h, (uint64_t)st.st_ino);
	}
	return h;
}

void cache_begin(build_cache *c, const site *s, const char *dir)
{
	arena a;
	arena_init(&a, 0);
	uint64_t h = hash_str(HASH_SEED, s->base_url);
	size_t n;
	const doc **docs = docs_all((site *)s, &n);
	for (size_t i = 0; i < n; i++) {
		h = hash_str(h, docs[i]->rel);
		h = hash_u64(h, docs[i]->front_hash);
	}
	static const char *const folders[] = { "content", "layouts", "assets" };
	for (size_t i = 0; i < sizeof folders / sizeof *folders; i++)
		h = stamp_tree(h, s, dir, folders[i], &a);
	arena_free(&a);
	if (h != c->stamp)
		forget(c);
	c->stamp = h;
	c->rendering = 0;
}

doc_memo *cache_memo(build_cache *c, const doc *d)
{
	doc_memo *m = strmap_get(&c->docs, d->rel);
	if (!m) {
		m = arena_alloc(&c->a, sizeof *m);
		memset(m, 0, sizeof *m);
		strmap_put(&c->a, &c->docs, arena_strdup(&c->a, d->rel), m);
	}
	return m;
}

int memo_checked(const doc_memo *m, const doc *d)
{
	return m->checked && m->check_hash == d->hash;
}

int memo_paged(const build_cache *c, const doc_memo *m, const doc *d)
{
	return c->pages && m->paged && m->page_hash == d->hash;
}

void memo_keep_check(doc_memo *m, uint64_t hash, diag_capture *reports,
		     const md_doc *md)
{
	md_refs *refs = md->refs;
	forget_check(m);
	if (reports->system) {
		md_refs_free(refs);
		return;
	}
	m->reports = *reports;
	memset(reports, 0, sizeof *reports);
	m->refs = refs;
	arena_init(&m->a, 1024);
	m->n_media = md->media.len;
	m->media = arena_alloc(&m->a, (m->n_media + 1) * sizeof *m->media);
	for (size_t i = 0; i < m->n_media; i++)
		m->media[i] = arena_strdup(&m->a, md->media.items[i]);
	m->check_hash = hash;
	m->checked = 1;
}

void memo_keep_page(doc_memo *m, uint64_t hash, struct search_index *part,
		    int quizzes)
{
	forget_page(m);
	m->search = part;
	m->quizzes = quizzes;
	m->page_hash = hash;
	m->paged = 1;
}

/* --- print products -------------------------------------------------- */

const product_memo *cache_product(build_cache *c, const char *name,
				  site *s, arena *a, ptrvec *items)
{
	const product_memo *m = strmap_get(&c->products, name);
	if (!m)
		return NULL;
	diag_replay_kept(&m->reports);
	for (size_t i = 0; i < m->n_items; i++) {
		print_item *it = arena_alloc(a, sizeof *it);
		*it = m->items[i];
		it->page = m->page_rels[i] ? strmap_get(&s->by_rel,
							m->page_rels[i]) : NULL;
		ptrvec_push(a, items, it);
	}
	return m;
}

void cache_keep_product(build_cache *c, const char *name,
			const diag_capture *reports, void *const *items,
			size_t n)
{
	if (reports->system)
		return;
	product_memo *m = strmap_get(&c->products, name);
	if (!m) {
		m = arena_alloc(&c->a, sizeof *m);
		memset(m, 0, sizeof *m);
		strmap_put(&c->a, &c->products, arena_strdup(&c->a, name), m);
	}
	forget_product(m);
	arena_init(&m->a, 1024);
	copy_capture(&m->reports, reports);
	m->n_items = n;
	m->items = arena_alloc(&m->a, (n + 1) * sizeof *m->items);
	m->page_rels = arena_alloc(&m->a, (n + 1) * sizeof *m->page_rels);
	for (size_t i = 0; i < n; i++) {
		const print_item *it = items[i];
		m->items[i] = (print_item){ copy(&m->a, it->kind),
			copy(&m->a, it->title), copy(&m->a, it->pdf),
			copy(&m->a, it->preview), NULL };
		m->page_rels[i] = it->page ? copy(&m->a, it->page->rel) : NULL;
	}
}

void cache_end(build_cache *c, int committed)
{
	if (!c->rendering)
		return;
	c->pages = committed;
	if (!committed)
		for (size_t i = 0; i < c->docs.cap; i++) {
			doc_memo *m = c->docs.slots[i].value;
			if (m)
				forget_page(m);
		}
	c->rendering = 0;
}
