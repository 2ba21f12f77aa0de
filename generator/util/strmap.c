/* strmap.c - open addressing with linear probing; see strmap.h. */
#include "strmap.h"

#include <stdint.h>
#include <string.h>

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;   /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static strmap_entry *find(const strmap *m, const char *key)
{
	size_t i = (size_t)hash(key) & (m->cap - 1);
	while (m->slots[i].key && strcmp(m->slots[i].key, key) != 0)
		i = (i + 1) & (m->cap - 1);
	return &m->slots[i];
}

void *strmap_get(const strmap *m, const char *key)
{
	if (!m->cap)
		return NULL;
	return find(m, key)->value;
}

static void grow(arena *a, strmap *m)
{
	strmap old = *m;
	m->cap = old.cap ? old.cap * 2 : 64;
	m->slots = arena_alloc(a, m->cap * sizeof *m->slots);
	m->len = 0;
	for (size_t i = 0; i < old.cap; i++)
		if (old.slots[i].key)
			*find(m, old.slots[i].key) = old.slots[i], m->len++;
}

void *strmap_put(arena *a, strmap *m, const char *key, void *value)
{
	if ((m->len + 1) * 4 > m->cap * 3)
		grow(a, m);
	strmap_entry *e = find(m, key);
	void *old = e->value;
	if (!e->key) {
		e->key = key;
		m->len++;
	}
	e->value = value;
	return old;
}
