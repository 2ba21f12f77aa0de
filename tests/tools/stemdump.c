/* stemdump: print "word<TAB>stem" per stdin line with libstemmer's Dutch stemmer (reference for assets/js/stem-nl.js). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libstemmer.h>

int main(void)
{
	struct sb_stemmer *st = sb_stemmer_new("dutch", "UTF_8");
	if (!st) {
		fputs("stemdump: cannot create dutch UTF_8 stemmer\n", stderr);
		return 1;
	}
	char *line = NULL;
	size_t cap = 0, len = 0;
	int c;
	for (;;) {
		c = getchar();
		if (c != EOF && c != '\n') {
			if (len + 1 >= cap) {
				cap = cap ? cap * 2 : 64;
				char *p = realloc(line, cap);
				if (!p) {
					fputs("stemdump: out of memory\n", stderr);
					return 1;
				}
				line = p;
			}
			line[len++] = (char)c;
			continue;
		}
		if (len > 0 && line[len - 1] == '\r')
			len--;
		if (len > 0 || c != EOF) {
			const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)(line ? line : ""), (int)len);
			if (!s) {
				fputs("stemdump: out of memory\n", stderr);
				return 1;
			}
			fwrite(line ? line : "", 1, len, stdout);
			putchar('\t');
			fwrite(s, 1, (size_t)sb_stemmer_length(st), stdout);
			putchar('\n');
		}
		len = 0;
		if (c == EOF)
			break;
	}
	free(line);
	sb_stemmer_delete(st);
	return ferror(stdout) ? 1 : 0;
}
