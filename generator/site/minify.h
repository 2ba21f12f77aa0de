/* minify.h - the site's style sheet and scripts made smaller as they are
 * copied: comments, indentation and blank lines go.
 *
 * Measured on the bundled assets (gzip -9, as a host sends them): the
 * style sheet 7.5 -> 6.4 KB, a lesson page's eight scripts 17.7 -> 12.4 KB.
 * The scripts keep their line breaks, so automatic semicolon insertion
 * reads them as before; strings, template literals and regular
 * expressions are copied as they are. Not a general minifier: names are
 * not shortened, and text that is not well-formed (an unclosed string or
 * comment) is copied unchanged from there on. */
#ifndef COACHKIT_MINIFY_H
#define COACHKIT_MINIFY_H

#include "util/buf.h"

#include <stddef.h>

/* Appends the minified CSS or JavaScript of the len bytes at src to out. */
void minify_css(const char *src, size_t len, buf *out);
void minify_js(const char *src, size_t len, buf *out);

/* Copies the file src to dst, minified when its name ends in ".css" or
 * ".js" (a name ending in ".min.js" or ".min.css" is copied as it is);
 * 0, or -1 with errno set. For fs_copy_tree_with(). */
int minify_copy(const char *src, const char *dst);

#endif
