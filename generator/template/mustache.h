/* mustache.h - Mustache template engine (spec v1.x core modules).
 *
 * Templates are compiled once into a flat node array and can then be
 * rendered many times against a generic value tree (mu_value). Supported:
 * escaped and raw interpolation, dotted names, the implicit iterator,
 * sections, inverted sections, comments, partials (with standalone
 * indentation and recursion), set-delimiter tags and the standalone-line
 * rules. Lambdas and template inheritance are not supported.
 *
 * Value trees live in a caller-supplied arena. A compiled template owns its
 * memory; mu_template_free() releases it together with the partials it has
 * compiled and cached while rendering.
 *
 * Thread safety: a template caches compiled partials inside itself on first
 * use, so one template must not be rendered by two threads at the same time
 * when partials are involved. Value trees are only read while rendering. */
#ifndef COACHKIT_MUSTACHE_H
#define COACHKIT_MUSTACHE_H

#include <stddef.h>

#include "util/arena.h"
#include "util/buf.h"

/* ---- generic data tree the template is rendered against ---- */

typedef enum { MU_NULL, MU_BOOL, MU_NUM, MU_STR, MU_LIST, MU_MAP } mu_kind;
typedef struct mu_value mu_value;

mu_value *mu_null(arena *a);
mu_value *mu_bool(arena *a, int b);
mu_value *mu_num(arena *a, double d);
mu_value *mu_str(arena *a, const char *s, size_t len);     /* copies */
mu_value *mu_str_ref(arena *a, const char *s, size_t len); /* does not copy:
                                        s must outlive rendering */
mu_value *mu_list(arena *a);
mu_value *mu_map(arena *a);
void mu_list_push(arena *a, mu_value *list, mu_value *item);
/* key copied; replaces the value of an existing key */
void mu_map_set(arena *a, mu_value *map, const char *key, mu_value *val);

/* convenience setters */
void mu_map_str(arena *a, mu_value *map, const char *key, const char *s);
                                        /* copies s; NULL s -> not set */
void mu_map_bool(arena *a, mu_value *map, const char *key, int b);
void mu_map_num(arena *a, mu_value *map, const char *key, double d);
/* NULL when map is not a map or has no such key */
const mu_value *mu_map_get(const mu_value *map, const char *key);

/* inspection */
mu_kind mu_kind_of(const mu_value *v);            /* NULL -> MU_NULL */
/* The text of a string value (NUL-terminated), or NULL for other kinds. */
const char *mu_string(const mu_value *v);
int mu_truthy(const mu_value *v);  /* 0 for NULL, null, false, empty list */
size_t mu_list_len(const mu_value *v);            /* 0 when not a list */
const mu_value *mu_list_at(const mu_value *v, size_t i); /* NULL if out */

/* ---- templates ---- */

/* line and col are 1-based (col counts bytes) and point at the opening
 * delimiter of the offending tag. For errors inside a partial, line/col
 * refer to the partial's source and msg begins with "in partial 'NAME': ". */
typedef struct mu_error {
	int  line, col;
	char msg[200];
} mu_error;

/* Partial lookup: return the partial's source (and its length in *len) or
 * NULL when unknown (an unknown partial renders as the empty string). The
 * source only needs to stay valid until the call returns: the template
 * keeps a compiled copy, reused while the same name yields the same text. */
typedef const char *(*mu_partial_fn)(void *ud, const char *name, size_t *len);

typedef struct mu_template mu_template;

/* NULL + err (if err is not NULL) on syntax error. src is copied. */
mu_template *mu_compile(const char *src, size_t len, mu_error *err);
void mu_template_free(mu_template *t);  /* NULL is ignored */

/* Renders t into out (appends). ctx may be NULL (empty context); partials
 * may be NULL (no partials). Returns 0, or -1 with err set (if not NULL) when a
 * partial has a syntax error or partials nest deeper than MU_MAX_DEPTH; the
 * output rendered up to that point is left in out. A NULL t is an error
 * ("no template"). */
#define MU_MAX_DEPTH 100
int mu_render(const mu_template *t, const mu_value *ctx,
              mu_partial_fn partials, void *ud, buf *out, mu_error *err);

#endif
