/* refs.c - links to headings across documents; see refs.h. */
#include "refs.h"
#include "util/diag.h"
#include "util/suggest.h"

#include <stdlib.h>
#include <string.h>
#include <pthread.h>

struct md_refs {
	pthread_mutex_t   lock;
	arena   a;
	strmap  anchors;   /* "modules/01-a/02-b.md#id" */
	ptrvec  links;     /* md_frag* */
};

md_refs *md_refs_new(void)
{
	md_refs *r = xmalloc(sizeof *r);
	memset(r, 0, sizeof *r);
	pthread_mutex_init(&r->lock, NULL);
	arena_init(&r->a, 4096);
	return r;
}

void md_refs_free(md_refs *r)
{
	if (!r)
		return;
	pthread_mutex_destroy(&r->lock);
	arena_free(&r->a);
	free(r);
}

void md_refs_add_doc(md_refs *r, const md_doc *m)
{
	pthread_mutex_lock(&r->lock);
	for (size_t i = 0; i < m->headings.len; i++) {
		const md_heading *h = m->headings.items[i];
		const char *key = arena_printf(&r->a, "%s#%s", m->rel, h->id);
		strmap_put(&r->a, &r->anchors, key, (void *)key);
	}
	for (size_t i = 0; i < m->frags.len; i++) {
		const md_frag *f = m->frags.items[i];
		md_frag *k = arena_alloc(&r->a, sizeof *k);
		k->file = arena_strdup(&r->a, f->file);
		k->url = arena_strdup(&r->a, f->url);
		k->target = arena_strdup(&r->a, f->target);
		k->id = arena_strdup(&r->a, f->id);
		k->line = f->line;
		k->col = f->col;
		ptrvec_push(&r->a, &r->links, k);
	}
	pthread_mutex_unlock(&r->lock);
}

void md_refs_merge(md_refs *into, const md_refs *from)
{
	pthread_mutex_lock(&into->lock);
	for (size_t i = 0; i < from->anchors.cap; i++) {
		const char *k = from->anchors.slots[i].key;
		if (k) {
			k = arena_strdup(&into->a, k);
			strmap_put(&into->a, &into->anchors, k, (void *)k);
		}
	}
	for (size_t i = 0; i < from->links.len; i++)
		ptrvec_push(&into->a, &into->links, from->links.items[i]);
	pthread_mutex_unlock(&into->lock);
}

static int cmp_frag(const void *a, const void *b)
{
	const md_frag *x = *(md_frag *const *)a, *y = *(md_frag *const *)b;
	int c = strcmp(x->file, y->file);
	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return (x->col > y->col) - (x->col < y->col);
}

/* The heading id of target nearest to id, or NULL. */
static const char *near_id(md_refs *r, const char *target, const char *id)
{
	size_t n = strlen(target);
	ptrvec ids = { 0 };
	for (size_t i = 0; i < r->anchors.cap; i++) {
		const char *k = r->anchors.slots[i].key;
		if (k && !strncmp(k, target, n) && k[n] == '#')
			ptrvec_push(&r->a, &ids, (void *)(k + n + 1));
	}
	return suggest(id, (const char *const *)ids.items, ids.len);
}

int md_refs_check(md_refs *r)
{
	if (r->links.len)
		qsort(r->links.items, r->links.len, sizeof *r->links.items,
		      cmp_frag);
	int bad = 0;
	for (size_t i = 0; i < r->links.len; i++) {
		const md_frag *f = r->links.items[i];
		const char *key = arena_printf(&r->a, "%s#%s", f->target,
					       f->id);
		if (strmap_get(&r->anchors, key))
			continue;
		const char *near = near_id(r, f->target, f->id);
		if (near)
			diag_error(f->file, f->line, f->col, "link naar '%s': "
				   "%s heeft geen kop met de id '%s'; bedoelde "
				   "je '#%s'?", f->url, f->target, f->id,
				   near);
		else
			diag_error(f->file, f->line, f->col, "link naar '%s': "
				   "%s heeft geen kop met de id '%s'", f->url,
				   f->target, f->id);
		bad++;
	}
	return bad;
}
