/* test_md.c - the checking pass: link resolution, images, headings and
 * directives, with the exact messages a user sees. */
#include "check.h"
#include "content/model.h"
#include "markdown/md.h"

static site  *s;
static arena  doc_arena;
static md_doc m;

/* Checks body as the body of modules/01-a/01-x.md starting on line 4. */
static int check_body(const char *body)
{
	md_doc_free(&m);
	arena_reset(&doc_arena);
	const doc *d = strmap_get(&s->by_rel, "modules/01-a/01-x.md");
	memset(&m, 0, sizeof m);
	m.s = s;
	m.d = d;
	m.file = "x.md";
	m.rel = d->rel;
	m.text = body;
	m.text_len = strlen(body);
	m.a = &doc_arena;
	return md_doc_check(&m, body, strlen(body), 1);
}

/* The first node of type t in the checked tree. */
static cmark_node *find(cmark_node_type t)
{
	cmark_iter *it = cmark_iter_new(m.root);
	cmark_node *found = NULL;
	while (!found && cmark_iter_next(it) != CMARK_EVENT_DONE)
		if (cmark_node_get_type(cmark_iter_get_node(it)) == t)
			found = cmark_iter_get_node(it);
	cmark_iter_free(it);
	return found;
}

static void test_links(void)
{
	capture_begin();
	CHECK_INT(check_body("Zie [y](02-y.md#kop) en [z](../02-b/01-z.md)."), 0);
	CHECK_STR(capture_end(), "");
	md_link *l = cmark_node_get_user_data(find(CMARK_NODE_LINK));
	CHECK(l && l->target && strcmp(l->target->rel, "modules/01-a/02-y.md") == 0);
	CHECK_STR(l ? l->fragment : NULL, "#kop");

	capture_begin();
	check_body("[over](../../pages/over.md) [web](https://example.org) "
		   "[mail](mailto:a@b.nl) [hier](#kop)");
	CHECK_STR(capture_end(), "");

	capture_begin();
	CHECK_INT(check_body("Regel een.\n\nZie [weg](03-weg.md) en\n"
			     "[buiten](../../../x.md) en [abs](/x.md)."), 3);
	CHECK_STR(capture_end(),
		  "x.md:3:5: error: link naar '03-weg.md': "
		  "tests/fixtures/links/content/modules/01-a/03-weg.md bestaat "
		  "niet\n"
		  "x.md:4:1: error: link '../../../x.md' wijst naar buiten de "
		  "map content\n"
		  "x.md:4:28: error: link '/x.md' begint met '/': schrijf het "
		  "pad vanaf dit bestand, zodat de site vanuit elke map "
		  "werkt\n");
}

static void test_images(void)
{
	capture_begin();
	CHECK_INT(check_body("![Een foto](../../images/foto.png)"), 0);
	CHECK_STR(capture_end(), "");
	md_link *l = cmark_node_get_user_data(find(CMARK_NODE_IMAGE));
	CHECK_STR(l ? l->media : NULL, "images/foto.png");
	CHECK(strmap_get(&s->media, "images/foto.png") != NULL);

	capture_begin();
	CHECK_INT(check_body("Tekst\n\n  ![](../../images/foto.png)\n"), 1);
	CHECK_STR(capture_end(), "x.md:3:3: error: afbeelding "
		  "'../../images/foto.png' heeft geen alt-tekst: beschrijf wat "
		  "erop staat tussen de haken, "
		  "![zoals hier](../../images/foto.png)\n");

	capture_begin();
	CHECK_INT(check_body("![Weg](weg.png) ![Web](https://x.nl/a.png)"), 2);
	const char *out = capture_end();
	CHECK(strstr(out, "x.md:1:1: error: afbeelding 'weg.png': het bestand "
		     "tests/fixtures/links/content/modules/01-a/weg.png "
		     "bestaat niet\n"));
	CHECK(strstr(out, "x.md:1:17: error: afbeelding 'https://x.nl/a.png' "
		     "staat op een andere server"));

	/* a damaged image: an error wherever it is shown, its verdict kept
	 * once for the file */
	capture_begin();
	CHECK_INT(check_body("![Kapot](../../images/kapot.png)\n\n"
			     "Ook ![hier](../../images/kapot.png).\n"), 2);
	CHECK_STR(capture_end(), "x.md:1:1: error: afbeelding "
		  "'../../images/kapot.png': de PNG-gegevens zijn beschadigd: "
		  "het bestand houdt te vroeg op (is het afgebroken?)\n"
		  "x.md:3:5: error: afbeelding '../../images/kapot.png': de "
		  "PNG-gegevens zijn beschadigd: het bestand houdt te vroeg op "
		  "(is het afgebroken?)\n");
	CHECK_INT(s->images.len, 2);   /* foto.png and kapot.png */
	CHECK(!strmap_get(&s->media, "images/kapot.png"));
}

static void test_headings(void)
{
	capture_begin();
	check_body("## Wat is één doel?\n\n### Wat is één doel?\n\n## ???\n");
	CHECK_STR(capture_end(), "");
	CHECK_INT(m.headings.len, 3);
	md_heading **h = (md_heading **)m.headings.items;
	CHECK_STR(h[0]->id, "wat-is-een-doel");
	CHECK_STR(h[1]->id, "wat-is-een-doel-2");
	CHECK_INT(h[1]->level, 3);
	CHECK_STR(h[2]->id, "sectie");
}

static void test_directives(void)
{
	capture_begin();
	CHECK_INT(check_body("```citaat\ntekst: Tijd is een probleem.\nwie: POH\n"
			     "leeftijd: 39\n```\n"), 0);
	CHECK_STR(capture_end(), "");
	directive *d = cmark_node_get_user_data(find(CMARK_NODE_CODE_BLOCK));
	CHECK(d && d->kind == DIRECTIVE_CITAAT && d->leeftijd == 39);
	CHECK_STR(d ? d->wie : NULL, "POH");

	capture_begin();
	check_body("Intro.\n\n```quiz\nvraag: Wat?\nopties:\n"
		   "  - tekst: A\n    juist: true\n  - tekst: B\n"
		   "    juist: true\n```\n");
	CHECK_STR(capture_end(), "x.md:6:3: error: quiz: 2 opties zijn juist; "
		  "zet 'meerdere: true' erbij als dat zo bedoeld is\n");

	capture_begin();
	check_body("```citaat\ntekst: [open\nwie: x\n```\n");
	CHECK_STR(capture_end(), "x.md:3:4: error: de lijst in [ ] die op regel "
		  "2 begon, wordt niet gesloten met ']'\n");

	capture_begin();
	check_body("- lijst\n\n  ```casus\n  titel: Casus\n  tekst: |\n"
		   "    Zie [weg](weg.md).\n  kleur: rood\n  ```\n");
	CHECK_STR(capture_end(),
		  "x.md:7:3: warning: casus: onbekende sleutel 'kleur'\n"
		  "x.md:6:9: error: link naar 'weg.md': "
		  "tests/fixtures/links/content/modules/01-a/weg.md bestaat "
		  "niet\n");

	capture_begin();
	check_body("```reflectie\n```\n\n```diagram\ntitel: x\n```\n");
	CHECK_STR(capture_end(),
		  "x.md:1:1: error: reflectie: de verplichte sleutel 'vraag' "
		  "ontbreekt\n"
		  "x.md:4:1: error: diagram: zet de naam van het diagram achter "
		  "het woord, zoals in ```diagram vierbollen\n");

	/* A line separator (U+2028) in a block is no line of the file:
	 * the body stops at the block's end, before the closing fence. */
	capture_begin();
	CHECK_INT(check_body("```kader\ntekst: |\n  Een\xE2\x80\xA8  twee\n"
			     "```\n\nNa.\n"), 0);
	CHECK_STR(capture_end(), "");
	d = cmark_node_get_user_data(find(CMARK_NODE_CODE_BLOCK));
	buf body = BUF_INIT;
	if (d && d->body)
		md_plain_text(d->body, &body);
	buf_puts(&body, "");
	CHECK_STR(body.data, "Een\xE2\x80\xA8  twee");
	buf_free(&body);

	capture_begin();
	CHECK_INT(check_body("```yaml\nniet: [een directive\n```\n"), 0);
	CHECK_STR(capture_end(), "");
}

/* Positions as the file has them, whatever cmark makes of the text:
 * lines end at line feeds, columns count characters, a NUL or a byte that
 * is not UTF-8 is one. */
static void test_positions(void)
{
	capture_begin();
	check_body("Een\rtwee [a](weg.md)\n");
	CHECK_STR(capture_end(), "x.md:1:10: error: link naar 'weg.md': "
		  "tests/fixtures/links/content/modules/01-a/weg.md bestaat "
		  "niet\n");
	capture_begin();
	check_body("Een\r\ntwee [a](weg.md)\n");
	CHECK_STR(capture_end(), "x.md:2:6: error: link naar 'weg.md': "
		  "tests/fixtures/links/content/modules/01-a/weg.md bestaat "
		  "niet\n");
	capture_begin();
	check_body("\xC3\xA9\xC3\xA9 [a](weg.md)\n");
	CHECK_STR(capture_end(), "x.md:1:4: error: link naar 'weg.md': "
		  "tests/fixtures/links/content/modules/01-a/weg.md bestaat "
		  "niet\n");
	capture_begin();
	check_body("\xFF\xFF [a](weg.md)\n");
	CHECK(strstr(capture_end(), "x.md:1:4: error: link naar 'weg.md'"));
	/* a fence indented by two: a line with less indent keeps it all */
	capture_begin();
	check_body("  ```kader\ntitel: a: b\n  ```\n");
	CHECK_STR(capture_end(), "x.md:2:9: error: een tweede ': ' op deze "
		  "regel: zet een waarde met ': ' erin tussen aanhalingstekens "
		  "(\"...\")\n");
	static const char nul[] = "a\0\0 [a](weg.md)\n";
	capture_begin();
	md_doc_free(&m);
	arena_reset(&doc_arena);
	m.text = nul;
	m.text_len = sizeof nul - 1;
	md_doc_check(&m, nul, sizeof nul - 1, 1);
	CHECK(strstr(capture_end(), "x.md:1:5: error: link naar 'weg.md'"));
}

int main(void)
{
	arena a;
	arena_init(&a, 0);
	arena_init(&doc_arena, 0);
	capture_begin();
	s = site_load(&a, "tests/fixtures/links");
	CHECK_STR(capture_end(), "");
	CHECK(s && s->n_modules == 2 && s->n_pages == 1);
	if (!s)
		return check_done();
	test_links();
	test_images();
	test_headings();
	test_directives();
	test_positions();
	md_doc_free(&m);
	arena_free(&doc_arena);
	arena_free(&a);
	return check_done();
}
