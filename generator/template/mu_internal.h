/* mu_internal.h - representation shared by the Mustache engine's sources.
 *
 * Not part of the public API: only value.c, mustache.c and render.c include
 * it. A compiled template is a flat array of nodes; a section node's body is
 * the nodes that follow it up to (not including) index `end`. */
#ifndef COACHKIT_MU_INTERNAL_H
#define COACHKIT_MU_INTERNAL_H

#include <stdint.h>
#include <pthread.h>

#include "template/mustache.h"

/* ---- values ---- */

typedef struct mu_entry {
	const char *key;
	size_t      key_len;
	uint32_t    hash;
	mu_value   *val;
} mu_entry;

struct mu_value {
	mu_kind kind;
	union {
		int b;
		struct { double d; const char *text; size_t len; } num;
		struct { const char *s; size_t len; } str;
		struct { mu_value **items; size_t len, cap; } list;
		struct { mu_entry *items; size_t len, cap; } map;
	} u;
};

uint32_t mu_hash(const char *s, size_t n);
/* the value stored under key (of length len and hash mu_hash(key, len)) */
const mu_value *mu_map_find(const mu_value *map, const char *key, size_t len,
                            uint32_t hash);

/* ---- compiled templates ---- */

typedef enum {
	MU_N_TEXT,      /* literal text */
	MU_N_ESC,       /* {{name}} */
	MU_N_RAW,       /* {{{name}}} and {{&name}} */
	MU_N_SECTION,   /* {{#name}} ... {{/name}} */
	MU_N_INVERTED,  /* {{^name}} ... {{/name}} */
	MU_N_PARTIAL,   /* {{>name}} */
	MU_N_INDENT     /* a line start with no other node: indentation only */
} mu_node_type;

/* one part of a dotted name */
typedef struct mu_seg {
	const char *s;
	uint32_t    len, hash;
} mu_seg;

typedef struct mu_node {
	uint8_t     type;        /* mu_node_type */
	uint8_t     bol;         /* begins a line: emit partial indentation */
	uint8_t     standalone;  /* partials: the tag stood alone on its line */
	uint32_t    nseg;        /* name parts; 0 is the implicit iterator */
	uint32_t    end;         /* sections: index just past the body */
	uint32_t    line, col;   /* tags: position of the opening delimiter */
	const char *text;        /* text: the bytes; tags: NUL-terminated name */
	size_t      len;
	const mu_seg *segs;
	const char *indent;      /* standalone partials: whitespace before tag */
	size_t      indent_len;
} mu_node;

/* compiled partials, kept by the template that mu_render was called on */
typedef struct mu_cache_entry {
	struct mu_cache_entry *next;
	const char  *name;
	uint32_t     hash;
	mu_template *tpl;
} mu_cache_entry;

typedef struct mu_cache {
	arena           a;      /* the entries and their names */
	mu_cache_entry *head;   /* newest first */
	pthread_mutex_t           lock;   /* renders may run on several threads */
} mu_cache;

struct mu_template {
	arena       a;
	const char *src;        /* private copy; text nodes point into it */
	size_t      len;
	mu_node    *nodes;
	size_t      n;
	mu_cache   *cache;
};

#endif
