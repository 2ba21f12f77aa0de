/* value.c - the generic data tree templates are rendered against.
 *
 * Every value lives in the caller's arena. Lists and maps grow by doubling
 * inside the arena (old arrays are abandoned to it). Numbers are formatted
 * once, when created, so rendering them costs a copy. Maps are searched
 * linearly, comparing a 32-bit hash before the key bytes. */
#include "template/mu_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* mu_hash - FNV-1a hash of n bytes */
uint32_t mu_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/* new_value - a zeroed value of the given kind */
static mu_value *new_value(arena *a, mu_kind kind)
{
	mu_value *v = arena_alloc(a, sizeof *v);
	v->kind = kind;
	return v;
}

mu_value *mu_null(arena *a)
{
	return new_value(a, MU_NULL);
}

mu_value *mu_bool(arena *a, int b)
{
	mu_value *v = new_value(a, MU_BOOL);
	v->u.b = b != 0;
	return v;
}

/* format_num - shortest text that reads back as d: "85" for 85.0, "1.21"
 * for 1.210. Integers below 1e15 in magnitude print without exponent
 * (and -0 prints as "0"). */
static size_t format_num(double d, char *out, size_t size)
{
	int n;
	if (d > -1e15 && d < 1e15 && d == (double)(long long)d) {
		n = snprintf(out, size, "%lld", (long long)d);
		return (size_t)n;
	}
	for (int prec = 1; prec <= 17; prec++) {
		n = snprintf(out, size, "%.*g", prec, d);
		if (strtod(out, NULL) == d)
			break;
	}
	return (size_t)n;
}

mu_value *mu_num(arena *a, double d)
{
	char tmp[64];
	size_t n = format_num(d, tmp, sizeof tmp);
	mu_value *v = new_value(a, MU_NUM);
	v->u.num.d = d;
	v->u.num.text = arena_strndup(a, tmp, n);
	v->u.num.len = n;
	return v;
}

mu_value *mu_str(arena *a, const char *s, size_t len)
{
	return mu_str_ref(a, arena_strndup(a, s, len), len);
}

mu_value *mu_str_ref(arena *a, const char *s, size_t len)
{
	mu_value *v = new_value(a, MU_STR);
	v->u.str.s = s;
	v->u.str.len = len;
	return v;
}

mu_value *mu_list(arena *a)
{
	return new_value(a, MU_LIST);
}

mu_value *mu_map(arena *a)
{
	return new_value(a, MU_MAP);
}

/* mu_list_push - append item; ignored when list is not a list */
void mu_list_push(arena *a, mu_value *list, mu_value *item)
{
	if (!list || list->kind != MU_LIST)
		return;
	if (list->u.list.len == list->u.list.cap) {
		size_t cap = list->u.list.cap ? list->u.list.cap * 2 : 8;
		mu_value **items = arena_alloc(a, cap * sizeof *items);
		if (list->u.list.len)
			memcpy(items, list->u.list.items,
			       list->u.list.len * sizeof *items);
		list->u.list.items = items;
		list->u.list.cap = cap;
	}
	list->u.list.items[list->u.list.len++] = item;
}

/* find_entry - the entry holding key, or NULL */
static mu_entry *find_entry(const mu_value *map, const char *key, size_t len,
                            uint32_t hash)
{
	for (size_t i = 0; i < map->u.map.len; i++) {
		mu_entry *e = &map->u.map.items[i];
		if (e->hash == hash && e->key_len == len &&
		    memcmp(e->key, key, len) == 0)
			return e;
	}
	return NULL;
}

const mu_value *mu_map_find(const mu_value *map, const char *key, size_t len,
                            uint32_t hash)
{
	mu_entry *e = find_entry(map, key, len, hash);
	return e ? e->val : NULL;
}

/* mu_map_set - set key to val (NULL val stores null); ignored for non-maps */
void mu_map_set(arena *a, mu_value *map, const char *key, mu_value *val)
{
	if (!map || map->kind != MU_MAP || !key)
		return;
	if (!val)
		val = mu_null(a);
	size_t len = strlen(key);
	uint32_t hash = mu_hash(key, len);
	mu_entry *e = find_entry(map, key, len, hash);
	if (e) {
		e->val = val;
		return;
	}
	if (map->u.map.len == map->u.map.cap) {
		size_t cap = map->u.map.cap ? map->u.map.cap * 2 : 8;
		mu_entry *items = arena_alloc(a, cap * sizeof *items);
		if (map->u.map.len)
			memcpy(items, map->u.map.items,
			       map->u.map.len * sizeof *items);
		map->u.map.items = items;
		map->u.map.cap = cap;
	}
	e = &map->u.map.items[map->u.map.len++];
	e->key = arena_strndup(a, key, len);
	e->key_len = len;
	e->hash = hash;
	e->val = val;
}

void mu_map_str(arena *a, mu_value *map, const char *key, const char *s)
{
	if (s)
		mu_map_set(a, map, key, mu_str(a, s, strlen(s)));
}

void mu_map_bool(arena *a, mu_value *map, const char *key, int b)
{
	mu_map_set(a, map, key, mu_bool(a, b));
}

void mu_map_num(arena *a, mu_value *map, const char *key, double d)
{
	mu_map_set(a, map, key, mu_num(a, d));
}

const mu_value *mu_map_get(const mu_value *map, const char *key)
{
	if (!map || map->kind != MU_MAP || !key)
		return NULL;
	size_t len = strlen(key);
	return mu_map_find(map, key, len, mu_hash(key, len));
}

mu_kind mu_kind_of(const mu_value *v)
{
	return v ? v->kind : MU_NULL;
}

/* mu_string - the text of a string value, or NULL for any other kind */
const char *mu_string(const mu_value *v)
{
	return v && v->kind == MU_STR ? v->u.str.s : NULL;
}

/* mu_truthy - Mustache truthiness: null, false and [] are falsey; numbers
 * (even 0), strings (even "") and maps are truthy */
int mu_truthy(const mu_value *v)
{
	if (!v)
		return 0;
	switch (v->kind) {
	case MU_NULL: return 0;
	case MU_BOOL: return v->u.b;
	case MU_LIST: return v->u.list.len != 0;
	default:      return 1;
	}
}

size_t mu_list_len(const mu_value *v)
{
	return v && v->kind == MU_LIST ? v->u.list.len : 0;
}

const mu_value *mu_list_at(const mu_value *v, size_t i)
{
	return i < mu_list_len(v) ? v->u.list.items[i] : NULL;
}
