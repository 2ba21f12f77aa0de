/* excerpt.h - the source line a diagnostic points at, with a caret under
 * its column, as clang and rustc show it:
 *
 *       7 | Zie [de les](02-weg.md).
 *         |     ^
 *
 * Lines end at "\n" ("\r\n" and a lone "\r" too, as coachkit reads text);
 * columns count characters. Control characters and bytes that are not
 * UTF-8 are shown as '?', so no file can send escape sequences to a
 * terminal; a long line is shown around the column. Nothing is printed
 * when the file or the line cannot be read. */
#ifndef COACHKIT_EXCERPT_H
#define COACHKIT_EXCERPT_H

#include <stdio.h>

/* col 0: the line without a caret. */
void excerpt_print(FILE *f, const char *file, int line, int col);

#endif
