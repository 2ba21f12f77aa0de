/* frontmatter.h - splitting a Markdown file into YAML front matter and body. */
#ifndef COACHKIT_FRONTMATTER_H
#define COACHKIT_FRONTMATTER_H

#include <stddef.h>

typedef struct frontmatter {
	size_t yaml_offset, yaml_len;  /* the YAML between the --- lines */
	int    yaml_line;              /* 1-based line where the YAML starts */
	size_t body_offset;            /* the Markdown after the closing line */
	int    body_line;
} frontmatter;

/* Returns 0, or -1 when text does not start with a "---" line (error 1)
 * or the block is not closed by a "---" or "..." line (error 2): *err says
 * which. A UTF-8 byte order mark before the first line is skipped. */
int frontmatter_split(const char *text, size_t len, frontmatter *fm, int *err);

#endif
