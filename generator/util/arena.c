/* arena.c - region allocator; see arena.h. */
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
	arena_block *prev;
	size_t       used, size;
	_Alignas(16) unsigned char data[];
};

void die_oom(void)
{
	fputs("coachkit: error: onvoldoende geheugen\n", stderr);
	exit(2);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		die_oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die_oom();
	return p;
}

void arena_init(arena *a, size_t block_size)
{
	a->head = NULL;
	a->block_size = block_size ? block_size : 64 * 1024;
}

void arena_free(arena *a)
{
	arena_block *b = a->head;
	while (b) {
		arena_block *prev = b->prev;
		free(b);
		b = prev;
	}
	a->head = NULL;
}

void arena_reset(arena *a)
{
	arena_block *b = a->head;
	if (!b)
		return;
	while (b->prev) {
		arena_block *prev = b->prev;
		free(b);
		b = prev;
	}
	b->used = 0;
	a->head = b;
}

void *arena_alloc(arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	arena_block *b = a->head;
	if (!b || b->size - b->used < n) {
		size_t size = n > a->block_size ? n : a->block_size;
		arena_block *nb = xmalloc(sizeof *nb + size);
		nb->size = size;
		nb->used = 0;
		/* A large one-off allocation goes behind the current block so
		 * the current block's free space is not abandoned. */
		if (b && size > a->block_size) {
			nb->prev = b->prev;
			b->prev = nb;
		} else {
			nb->prev = b;
			a->head = nb;
		}
		b = nb;
	}
	void *p = b->data + b->used;
	b->used += n;
	memset(p, 0, n);
	return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_printf(arena *a, const char *fmt, ...)
{
	/* Most results are short: format once into a stack buffer, and a
	 * second time only when it was too small. */
	char small[256];
	if (!fmt)   /* never so; says as much to gcc's -Wformat-truncation */
		fmt = "";
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	char *p = arena_alloc(a, (size_t)n + 1);
	if ((size_t)n < sizeof small) {
		memcpy(p, small, (size_t)n + 1);
		return p;
	}
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void ptrvec_push(arena *a, ptrvec *v, void *item)
{
	if (v->len == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 8;
		void **items = arena_alloc(a, cap * sizeof *items);
		if (v->len)
			memcpy(items, v->items, v->len * sizeof *items);
		v->items = items;
		v->cap = cap;
	}
	v->items[v->len++] = item;
}
