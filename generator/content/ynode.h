/* ynode.h - YAML documents as small trees that remember where they came from.
 *
 * ynode_parse() reads one YAML document with libyaml into nodes allocated in
 * an arena. Every node carries the 1-based line and column of its first
 * character in the *enclosing file*: line_offset and col_offset say where
 * the YAML text starts inside that file (0, 0 for a file of its own).
 * Syntax errors are reported through diag as file:line:col. Aliases, more
 * than YNODE_MAX_DEPTH levels of nesting, and duplicate keys are errors.
 *
 * The ycheck and yget functions read a mapping against a schema and report
 * what is wrong (unknown keys are warnings, missing required keys and wrong
 * types are errors); they return NULL/default when a value is unusable. */
#ifndef COACHKIT_YNODE_H
#define COACHKIT_YNODE_H

#include <stddef.h>
#include "util/arena.h"
#include "util/diag.h"

#define YNODE_MAX_DEPTH 64

typedef enum { YNODE_SCALAR, YNODE_SEQ, YNODE_MAP } ynode_kind;

typedef struct ynode ynode;
struct ynode {
	ynode_kind kind;
	int        line, col;
	int        plain;        /* scalar written without quotes or block style */
	int        block;        /* scalar written as a | or > block */
	int        quoted;       /* scalar written in ' or " quotes */
	int        end_line;     /* where the node ends (exclusive) */
	const char *str;         /* scalar text, NUL-terminated */
	size_t     len;
	ynode    **items;        /* sequence items; for a map: key, value, key, ... */
	size_t     n;            /* number of items (a map holds n/2 pairs) */
};

/* Returns the root node (an empty map for an empty document), or NULL after
 * reporting a syntax error. */
ynode *ynode_parse(arena *a, const char *file, const char *text, size_t len,
		   int line_offset, int col_offset);
/* The same for a text whose lines start at different columns of the file
 * (a fenced block in nested block quotes): line i of text (from 0) starts
 * after line_cols[i] characters; lines past n_line_cols after
 * col_offset. */
ynode *ynode_parse_lines(arena *a, const char *file, const char *text,
			 size_t len, int line_offset, int col_offset,
			 const int *line_cols, size_t n_line_cols);

const ynode *ymap_get(const ynode *map, const char *key);

/* Reports keys of map not in allowed (warning) and required keys that are
 * missing (error at the map's position). Both lists end with NULL; required
 * keys must also be in allowed. Returns the number of errors. */
int ycheck_map(const char *file, const ynode *map, const char *what,
	       const char *const *allowed, const char *const *required);

/* Typed getters: a missing key gives the default and no report; a value of
 * the wrong type is an error at the value's position. */
const char *yget_str(const char *file, const ynode *map, const char *key);
long        yget_int(const char *file, const ynode *map, const char *key,
		     long min, long max, long dflt);
int         yget_bool(const char *file, const ynode *map, const char *key,
		      int dflt);
/* A list of strings; a single string is accepted as a list of one. */
const char **yget_strlist(arena *a, const char *file, const ynode *map,
			  const char *key, size_t *count);
/* Requires a mapping (error otherwise): for a document's root. */
int yexpect_map(const char *file, const ynode *node, const char *what);

/* Reads and parses the YAML file, whose root must be a mapping ("a
 * poster" names it in the message), into a; NULL after reporting. */
ynode *ynode_read_map(arena *a, const char *file, const char *what);

/* Where node n of file was written; a NULL node gives line 0. */
diag_pos ypos(const char *file, const ynode *n);

#endif
