/* test_ynode.c - YAML with positions, front matter, schema checks. */
#include "check.h"
#include "content/frontmatter.h"
#include "content/ynode.h"

static ynode *parse(arena *a, const char *text, int line_off, int col_off)
{
	return ynode_parse(a, "f.yaml", text, strlen(text), line_off, col_off);
}

static void test_positions(arena *a)
{
	capture_begin();
	ynode *root = parse(a, "title: Hallo\nlijst:\n  - een\n  - twee\n",
			    0, 0);
	CHECK_STR(capture_end(), "");
	CHECK(root && root->kind == YNODE_MAP && root->n == 4);
	const ynode *lijst = ymap_get(root, "lijst");
	CHECK(lijst && lijst->kind == YNODE_SEQ && lijst->n == 2);
	CHECK_INT(lijst->items[1]->line, 4);
	CHECK_INT(lijst->items[1]->col, 5);
	/* Offsets place an embedded block inside its file. */
	root = parse(a, "a: 1\nb: 2\n", 10, 4);
	CHECK_INT(ymap_get(root, "a")->line, 11);
	CHECK_INT(ymap_get(root, "a")->col, 8);
	CHECK_INT(ymap_get(root, "b")->line, 12);
	CHECK_INT(ymap_get(root, "b")->col, 8);
}

/* Lines are the file's, ended by '\n' only: a carriage return, NEL, LS
 * or PS inside a value does not start one (libyaml counts them), so the
 * lines after it stay where the file has them. */
static void test_line_breaks(arena *a)
{
	static const char *const texts[] = {
		"a: \"x\ry\"\nb: 1\n",
		"a: 'x\xC2\x85y'\nb: 1\n",
		"a: \"x\xE2\x80\xA9y\"\nb: 1\n",
		"a: \"x\xE2\x80\xA8y\"\nb: 1\n",
	};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		capture_begin();
		ynode *root = parse(a, texts[i], 3, 0);
		CHECK_STR(capture_end(), "");
		const ynode *b = ymap_get(root, "b");
		CHECK_INT(b ? b->line : 0, 5);
		CHECK_INT(b ? b->col : 0, 4);
	}
	/* a value ends on the file's line */
	ynode *root = parse(a, "a: \"x\xE2\x80\xA8y\n  z\"\nb: 1\n", 0, 0);
	const ynode *v = ymap_get(root, "a");
	CHECK_INT(v ? v->end_line : 0, 2);
	/* columns count characters from the last '\n' */
	capture_begin();
	CHECK(parse(a, "a: \"x\ry\"\nb: [\n", 0, 0) == NULL);
	CHECK_STR(capture_end(), "f.yaml:3:1: error: de lijst of groep in "
		  "[ ] of { } die op regel 3 begon, wordt niet gesloten\n");
	capture_begin();
	CHECK(parse(a, "a: \"\xC3\xA9\rb\": c: d\n", 0, 0) == NULL);
	CHECK_STR(capture_end(), "f.yaml:1:9: error: een tweede ': ' op deze "
		  "regel: zet een waarde met ': ' erin tussen aanhalingstekens "
		  "(\"...\")\n");
}

static void test_errors(arena *a)
{
	capture_begin();
	CHECK(parse(a, "title: Hallo\nsummary: [open\n", 0, 0) == NULL);
	CHECK_STR(capture_end(), "f.yaml:3:1: error: de lijst in [ ] die op "
		  "regel 2 begon, wordt niet gesloten met ']'\n");
	capture_begin();
	CHECK(parse(a, "a: 1\n  b: 2\n", 4, 0) == NULL);
	CHECK_STR(capture_end(), "f.yaml:6:4: error: een tweede ': ' op deze "
		  "regel: zet een waarde met ': ' erin tussen aanhalingstekens "
		  "(\"...\")\n");
	capture_begin();
	CHECK(parse(a, "a: 1\na: 2\n", 0, 0) == NULL);
	CHECK_STR(capture_end(), "f.yaml:2:1: error: de sleutel 'a' komt twee "
		  "keer voor\n");
	/* a key is shown on the report's one line */
	capture_begin();
	CHECK(parse(a, "\"a\\tb\": 1\n\"a\\tb\": 2\n", 0, 0) == NULL);
	CHECK_STR(capture_end(), "f.yaml:2:1: error: de sleutel 'a\\tb' komt "
		  "twee keer voor\n");
	capture_begin();
	CHECK(parse(a, "a: &x 1\nb: *x\n", 0, 0) == NULL);
	CHECK_STR(capture_end(), "f.yaml:2:4: error: aliassen (*naam) worden "
		  "niet ondersteund\n");
	capture_begin();
	CHECK(parse(a, "a: 1\n---\nb: 2\n", 0, 0) == NULL);
	CHECK_STR(capture_end(), "f.yaml:2:1: error: een bestand mag maar één "
		  "YAML-document bevatten\n");
	/* Nesting is capped, not a stack overflow. */
	char deep[400];
	memset(deep, '[', 300);
	deep[300] = '\0';
	capture_begin();
	CHECK(parse(a, deep, 0, 0) == NULL);
	CHECK(strstr(capture_end(), "error: meer dan 64 niveaus diep genest") !=
	      NULL);
}

static void test_schema(arena *a)
{
	static const char *const keys[] = { "title", "duur", "lijst", NULL };
	static const char *const req[] = { "title", "summary", NULL };
	ynode *root = parse(a, "titel: x\nduur: lang\nlijst: {a: 1}\n", 0, 0);
	capture_begin();
	CHECK_INT(ycheck_map("f.yaml", root, "module", keys, req), 2);
	CHECK_INT(yget_int("f.yaml", root, "duur", 0, 100, 7), 7);
	size_t n;
	CHECK(yget_strlist(a, "f.yaml", root, "lijst", &n) == NULL);
	CHECK_STR(capture_end(),
		  "f.yaml:1:1: warning: module: onbekende sleutel 'titel'; "
		  "bedoelde je 'title'?\n"
		  "f.yaml:1:1: error: module: de verplichte sleutel 'title' "
		  "ontbreekt\n"
		  "f.yaml:1:1: error: module: de verplichte sleutel 'summary' "
		  "ontbreekt\n"
		  "f.yaml:2:7: error: 'duur' moet een geheel getal zijn\n"
		  "f.yaml:3:8: error: 'lijst' moet een lijst van teksten "
		  "zijn\n");
	/* keys with control characters, or very long, stay on one line */
	root = parse(a, "? o\n\n  f.yaml:0\n: 1\n\"\\x01\": 2\n", 0, 0);
	capture_begin();
	ycheck_map("f.yaml", root, "les", keys, NULL);
	CHECK_STR(capture_end(),
		  "f.yaml:1:3: warning: les: onbekende sleutel 'o\\nf.yaml:0'\n"
		  "f.yaml:5:1: warning: les: onbekende sleutel '\\x01'\n");
	char long_key[200];
	memset(long_key, 'k', 120);
	memcpy(long_key + 120, ": 1\n", 5);
	root = parse(a, long_key, 0, 0);
	capture_begin();
	ycheck_map("f.yaml", root, "les", keys, NULL);
	const char *out = capture_end();
	CHECK(strstr(out, "kkk...'\n") != NULL);
	CHECK_INT(strlen(out), strlen("f.yaml:1:1: warning: les: onbekende "
				      "sleutel ''\n") + 80 + 3);
	root = parse(a, "x: 5\ny: ja\nz: [a, b]\n", 0, 0);
	capture_begin();
	CHECK_INT(yget_int("f.yaml", root, "x", 0, 3, 1), 1);
	CHECK_INT(yget_bool("f.yaml", root, "y", 0), 1);
	CHECK(yget_strlist(a, "f.yaml", root, "z", &n) && n == 2);
	CHECK_STR(capture_end(),
		  "f.yaml:1:4: error: 'x' moet tussen 0 en 3 liggen, niet 5\n");
}

static void test_frontmatter(void)
{
	frontmatter fm;
	int err = 0;
	const char *t = "---\ntitle: x\nduur: 5\n---\n\nTekst\n";
	CHECK_INT(frontmatter_split(t, strlen(t), &fm, &err), 0);
	CHECK_INT(fm.yaml_line, 2);
	CHECK_INT(fm.body_line, 5);
	CHECK_STR(t + fm.body_offset, "\nTekst\n");
	CHECK_INT(fm.yaml_len, strlen("title: x\nduur: 5\n"));
	t = "\xEF\xBB\xBF---\r\ntitle: x\r\n...\r\nTekst";
	CHECK_INT(frontmatter_split(t, strlen(t), &fm, &err), 0);
	CHECK_INT(fm.body_line, 4);
	CHECK_STR(t + fm.body_offset, "Tekst");
	t = "title: x\n";
	CHECK_INT(frontmatter_split(t, strlen(t), &fm, &err), -1);
	CHECK_INT(err, 1);
	t = "---\ntitle: x\n";
	CHECK_INT(frontmatter_split(t, strlen(t), &fm, &err), -1);
	CHECK_INT(err, 2);
	t = "---\ntitle: x\n----\n";
	CHECK_INT(frontmatter_split(t, strlen(t), &fm, &err), -1);
}

int main(void)
{
	arena a;
	arena_init(&a, 0);
	test_positions(&a);
	test_line_breaks(&a);
	test_errors(&a);
	test_schema(&a);
	test_frontmatter();
	arena_free(&a);
	return check_done();
}
