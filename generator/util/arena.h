/* arena.h - region allocator for data that lives as long as its owner.
 *
 * Everything allocated from an arena is freed at once by arena_free() or
 * arena_reset(). Allocation never fails: on out-of-memory the program exits
 * with status 2 and a message, as there is nothing sensible to recover. */
#ifndef COACHKIT_ARENA_H
#define COACHKIT_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

typedef struct arena {
	arena_block *head;     /* current block; older blocks chain behind it */
	size_t       block_size;
} arena;

void  arena_init(arena *a, size_t block_size);   /* 0 selects 64 KiB */
void  arena_free(arena *a);                      /* releases every block */
void  arena_reset(arena *a);                     /* keeps the first block */
void *arena_alloc(arena *a, size_t n);           /* zeroed, 16-byte aligned */
char *arena_strndup(arena *a, const char *s, size_t n);  /* NUL-terminated */
char *arena_strdup(arena *a, const char *s);
char *arena_printf(arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Growable array of pointers kept in an arena. */
typedef struct ptrvec {
	void  **items;
	size_t  len, cap;
} ptrvec;

void ptrvec_push(arena *a, ptrvec *v, void *item);

/* Out-of-memory: print and exit(2). */
void die_oom(void) __attribute__((noreturn));
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);

#endif
