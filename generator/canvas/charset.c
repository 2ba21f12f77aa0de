/* charset.c - the characters a build may draw; see charset.h. */
#include "charset.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/utf8.h"

#include <string.h>
#include <sys/stat.h>

void charset_add(charset *cs, uint32_t cp)
{
	if (cp < 0x10000)
		cs->bits[cp >> 3] |= (uint8_t)(1u << (cp & 7));
}

int charset_has(const charset *cs, uint32_t cp)
{
	return cp < 0x10000 && (cs->bits[cp >> 3] >> (cp & 7) & 1);
}

void charset_init(charset *cs)
{
	memset(cs, 0, sizeof *cs);
	static const uint32_t ranges[][2] = {
		{ 0x20, 0x7E },       /* ASCII */
		{ 0xA0, 0x17F },      /* Latin-1, Latin Extended-A */
		{ 0x2010, 0x205E },   /* General Punctuation */
		{ 0x20AC, 0x20AC },   /* euro */
		{ 0xFB00, 0xFB04 },   /* ff fi fl ffi ffl, which layout sets */
		{ 0xFFFD, 0xFFFD },   /* replacement character */
	};
	for (size_t i = 0; i < sizeof ranges / sizeof *ranges; i++)
		for (uint32_t c = ranges[i][0]; c <= ranges[i][1]; c++)
			charset_add(cs, c);
}

void charset_add_text(charset *cs, const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	while (p < end) {
		if ((unsigned char)*p < 0x80) {
			p++;
			continue;   /* ASCII is in already */
		}
		charset_add(cs, utf8_next(&p, end));
	}
}

static int is_text(const char *name)
{
	return path_has_suffix(name, ".md") || path_has_suffix(name, ".yaml") ||
	       path_has_suffix(name, ".yml") ||
	       path_has_suffix(name, ".mustache");
}

/* Walks dir, depth levels down at most. */
static void add_tree(charset *cs, const char *dir, buf *text, int depth)
{
	arena a;
	arena_init(&a, 0);
	ptrvec names = { 0 };
	if (depth < 32 && fs_list(&a, dir, &names) == 0)
		for (size_t i = 0; i < names.len; i++) {
			const char *path = path_join(&a, dir, names.items[i]);
			if (fs_is_dir(path))
				add_tree(cs, path, text, depth + 1);
			else if (is_text(path) && fs_read(path, text) == 0)
				charset_add_text(cs, text->data, text->len);
		}
	arena_free(&a);
}

void charset_add_tree(charset *cs, const char *dir)
{
	buf text = BUF_INIT;
	add_tree(cs, dir, &text, 0);
	buf_free(&text);
}
