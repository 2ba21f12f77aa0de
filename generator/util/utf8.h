/* utf8.h - decoding and encoding UTF-8.
 *
 * Strict decoding (RFC 3629): a byte that does not start a well-formed
 * sequence - a stray continuation byte, a truncated sequence, an overlong
 * encoding, a UTF-16 surrogate or a value above U+10FFFF - decodes as
 * U+FFFD and consumes one byte, so decoding always advances and never reads
 * past the end it is given. No function allocates or keeps a pointer. */
#ifndef COACHKIT_UTF8_H
#define COACHKIT_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFDu

/* Decodes the code point at *p (requires *p < end) and advances *p past it;
 * an invalid sequence gives UTF8_REPLACEMENT and advances one byte. */
uint32_t utf8_next(const char **p, const char *end);

/* Writes cp as UTF-8 into out; returns the number of bytes written (1-4),
 * or 0 for a surrogate or a value above U+10FFFF (out is then untouched). */
size_t utf8_encode(uint32_t cp, char out[4]);

/* Number of code points in s[0..len), counted as utf8_next() decodes them
 * (each invalid byte counts as one U+FFFD). */
size_t utf8_length(const char *s, size_t len);

/* The first byte of s[0..len) that does not begin a well-formed sequence
 * (as utf8_next() decodes), or NULL when all of it is valid UTF-8. */
const char *utf8_invalid(const char *s, size_t len);

#endif
