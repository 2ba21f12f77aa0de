/* fs.h - files and paths.
 *
 * All functions return 0 on success and -1 with errno set on failure,
 * unless stated otherwise; none of them prints. Strings returned from an
 * arena live as long as the arena. */
#ifndef COACHKIT_FS_H
#define COACHKIT_FS_H

#include "arena.h"
#include "buf.h"

int fs_read(const char *path, buf *out);    /* replaces out's contents */
/* A text file: fs_read(), with its line ends made "\n" (buf.h). */
int fs_read_text(const char *path, buf *out);
int fs_write(const char *path, const char *data, size_t len);
/* fs_write(), unless path holds data already: then the file stays as it
 * is (a link to an earlier build's file stays one). scratch is for
 * reading it. */
int fs_write_changed(const char *path, const char *data, size_t len,
		     buf *scratch);
/* fs_write() of a file that must not exist yet: -1 with errno EEXIST when
 * path exists (whatever it is), so nothing is ever overwritten. */
int fs_create(const char *path, const char *data, size_t len);
int fs_mkdir_p(const char *path);
int fs_remove_tree(const char *path);       /* a missing path is not an error */
/* Copies a file without holding it in memory (at most 64 KiB at once). */
int fs_copy_file(const char *src, const char *dst);
int fs_copy_tree(const char *src, const char *dst);
/* The same, each file given to copy() (fs_copy_file() or one that changes
 * what it copies). */
int fs_copy_tree_with(const char *src, const char *dst,
		      int (*copy)(const char *src, const char *dst));
/* The same with hard links (copies across file systems): fs_write() and
 * fs_copy_file() replace a file rather than write into it, so writing
 * into dst never changes src. */
int fs_link_tree(const char *src, const char *dst);
int fs_is_dir(const char *path);            /* 1 or 0 */
int fs_is_file(const char *path);           /* 1 or 0 */
int fs_is_empty_dir(const char *path);      /* 1 when it has no entries */
/* Names in dir (no "." entries, no hidden files), sorted bytewise. */
int fs_list(arena *a, const char *dir, ptrvec *names);

char *path_join(arena *a, const char *dir, const char *name); /* "." + n = n */
char *path_dirname(arena *a, const char *path);   /* "" for a bare name */
const char *path_basename(const char *path);
/* Collapses "." and "x/.." in a relative path; NULL when ".." climbs
 * above the start or the path is absolute. */
char *path_normalize(arena *a, const char *path);
/* Relative URL from the directory from_dir to the file to, both relative
 * to the same root with '/' separators ("" is the root). */
char *path_relative(arena *a, const char *from_dir, const char *to);
int path_has_suffix(const char *path, const char *suffix);
/* The absolute path of path with symbolic links resolved, "." and ".."
 * taken away and no trailing slash; path need not exist (its longest
 * existing ancestor is resolved, the rest appended). NULL with errno set
 * when not even that can be resolved. */
char *path_resolve(arena *a, const char *path);
/* 1 when inner is outer or lies inside it (both resolved, absolute). */
int path_within(const char *inner, const char *outer);

#endif
