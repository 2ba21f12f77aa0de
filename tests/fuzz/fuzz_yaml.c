/* fuzz_yaml.c - front matter and YAML with positions.
 *
 * The input is a Markdown file: frontmatter_split() finds its YAML, which
 * ynode_parse() reads with the file's line offset, as the content loader
 * does; without front matter the whole input is read as a YAML file of
 * its own (site.yaml, _module.yaml). The tree is then read as a lesson's
 * front matter is, and every key through every typed getter.
 *
 * Invariants checked: the split's offsets lie inside the input and its
 * lines are the input's; every node lies inside the YAML text (line and
 * column), nesting stays within YNODE_MAX_DEPTH, a mapping holds
 * key-value pairs whose keys are scalars, and a scalar's length is its
 * text's; every report names a place inside the file. */
#include "fuzz.h"
#include "content/frontmatter.h"
#include "content/ynode.h"

#define FILE_NAME "fuzz.md"

/* The 1-based line of byte offset at in text. */
static int line_at(const char *text, size_t at)
{
	int line = 1;
	for (size_t i = 0; i < at; i++)
		line += text[i] == '\n';
	return line;
}

/* The split against the text: offsets inside it, lines its own. */
static void check_split(const char *text, size_t len, const frontmatter *fm)
{
	if (fm->yaml_offset > len || fm->yaml_len > len - fm->yaml_offset ||
	    fm->body_offset > len ||
	    fm->body_offset < fm->yaml_offset + fm->yaml_len)
		fuzz_fail("front matter offsets %zu+%zu, body %zu, of %zu",
			  fm->yaml_offset, fm->yaml_len, fm->body_offset, len);
	if (line_at(text, fm->yaml_offset) != fm->yaml_line)
		fuzz_fail("the YAML starts on line %d, not %d",
			  line_at(text, fm->yaml_offset), fm->yaml_line);
	int body = line_at(text, fm->body_offset);
	/* a closing line without a line break ends the file */
	if (fm->body_offset == len && len && text[len - 1] != '\n')
		body++;
	if (body != fm->body_line)
		fuzz_fail("the body starts on line %d, not %d", body,
			  fm->body_line);
}

/* The lines the YAML text takes in the file. */
typedef struct bounds {
	int first_line, last_line;
} bounds;

/* Node n and its children: inside the lines of b, well formed. */
static void check_node(const ynode *n, const bounds *b, int depth)
{
	if (depth > YNODE_MAX_DEPTH + 1)
		fuzz_fail("nesting of %d levels", depth);
	if (n->line < b->first_line || n->line > b->last_line || n->col < 1)
		fuzz_fail("node at %d:%d, outside lines %d to %d", n->line,
			  n->col, b->first_line, b->last_line);
	switch (n->kind) {
	case YNODE_SCALAR:
		if (!n->str || strnlen(n->str, n->len) > n->len ||
		    n->str[n->len] != '\0')
			fuzz_fail("scalar at %d:%d: bad text", n->line, n->col);
		if (n->end_line < n->line || n->end_line > b->last_line)
			fuzz_fail("scalar at %d:%d ends on line %d", n->line,
				  n->col, n->end_line);
		return;
	case YNODE_MAP:
		if (n->n % 2)
			fuzz_fail("mapping at %d:%d has %zu items", n->line,
				  n->col, n->n);
		for (size_t i = 0; i < n->n; i += 2)
			if (n->items[i]->kind != YNODE_SCALAR)
				fuzz_fail("key at %d:%d is no scalar",
					  n->items[i]->line, n->items[i]->col);
		break;
	case YNODE_SEQ:
		break;
	}
	for (size_t i = 0; i < n->n; i++)
		check_node(n->items[i], b, depth + 1);
}

static const char *const doc_keys[] = {
	"title", "weight", "duur", "leerdoelen", "samenvatting", NULL };
static const char *const doc_required[] = { "title", NULL };

/* Reads root as the loader reads a lesson's front matter, then every key
 * through every getter, and the nested mappings the same way. */
static void read_map(arena *a, const ynode *root, int depth)
{
	size_t n;
	ycheck_map(FILE_NAME, root, "lesson", doc_keys, doc_required);
	(void)yget_str(FILE_NAME, root, "title");
	(void)yget_int(FILE_NAME, root, "weight", -100000, 100000, 0);
	(void)yget_strlist(a, FILE_NAME, root, "leerdoelen", &n);
	for (size_t i = 0; i + 1 < root->n; i += 2) {
		const char *key = root->items[i]->str;
		const ynode *v = root->items[i + 1];
		if (strpbrk(key, "\n\r"))
			continue;   /* the program asks for its own keys only */
		(void)yget_str(FILE_NAME, root, key);
		(void)yget_int(FILE_NAME, root, key, 0, 150, 0);
		(void)yget_bool(FILE_NAME, root, key, 0);
		(void)yget_strlist(a, FILE_NAME, root, key, &n);
		diag_pos p = ypos(FILE_NAME, v);
		if (p.line != v->line || p.col != v->col)
			fuzz_fail("ypos differs from the node");
		if (v->kind == YNODE_MAP && depth < 4 &&
		    yexpect_map(FILE_NAME, v, "a value") == 0)
			read_map(a, v, depth + 1);
	}
}

/* One input: split, parsed with the offset, checked and read. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	frontmatter fm;
	int err = 0, line_offset = 0;
	const char *yaml = text;
	size_t len = size;
	if (frontmatter_split(text, size, &fm, &err) == 0) {
		check_split(text, size, &fm);
		yaml = text + fm.yaml_offset;
		len = fm.yaml_len;
		line_offset = fm.yaml_line - 1;
	} else if (err != 1 && err != 2) {
		fuzz_fail("frontmatter_split failed with error %d", err);
	}
	diag_capture c;
	fuzz_quiet_begin(&c);
	arena a;
	arena_init(&a, 0);
	ynode *root = ynode_parse(&a, FILE_NAME, yaml, len, line_offset, 0);
	if (root) {
		bounds b = { line_offset + 1,
			     line_offset + line_at(yaml, len) + 1 };
		check_node(root, &b, 0);
		if (yexpect_map(FILE_NAME, root, "front matter") == 0)
			read_map(&a, root, 0);
	} else if (c.errors == 0) {
		fuzz_fail("ynode_parse failed without reporting an error");
	}
	arena_free(&a);
	fuzz_quiet_end(&c, FILE_NAME, fuzz_extent_of(text, size));
	return 0;
}
