/* fuzz_directive.c - the directive parser: fenced blocks of YAML.
 *
 * The input's first byte picks the directive (quiz, reflectie, citaat,
 * kader, casus, diagram) and where its block stands: at the top of the
 * lesson, in a list item or in a block quote. Up to the first line break
 * follows the rest of the info string (a diagram's name); the rest is the
 * block's YAML. The harness writes that as a lesson body, with a fence
 * longer than any run of backticks in the YAML, and checks it as the
 * build does, against the bundled site (content/: its lessons, images
 * and diagrams), so kader and casus texts are checked as Markdown too.
 *
 * Invariants checked: every report names a place inside the lesson
 * (where cmark's positions can be mapped, see fuzz_md_mappable()), and a
 * directive accepted without errors has what its renderers rely on (the
 * required fields, two options or more and the right answers of a
 * quiz, numbers within their ranges, a known diagram). */
#include "fuzz.h"
#include "content/model.h"
#include "markdown/md.h"
#include "util/buf.h"

#define FILE_NAME "fuzz.md"

static site      *S;
static const doc *D;

/* Loads the bundled site once: its lessons, media and diagrams. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_need_root();
	static arena a;
	arena_init(&a, 0);
	diag_capture c;
	fuzz_quiet_begin(&c);
	S = site_load(&a, ".");
	int errors = fuzz_quiet_end(&c, NULL, (fuzz_extent){ 0, 0 });
	if (!S || errors || !S->n_modules || !S->modules[0]->n_lessons) {
		fprintf(stderr, "fuzz: the bundled site does not load\n");
		exit(2);
	}
	D = S->modules[0]->lessons[0];
	return 0;
}

/* Appends line (len bytes) to b with the block's context before it. */
static void put_line(buf *b, int where, const char *line, size_t len)
{
	if (where == 1)
		buf_puts(b, "  ");
	else if (where == 2)
		buf_puts(b, "> ");
	buf_put(b, line, len);
	buf_putc(b, '\n');
}

/* The lesson body holding the directive block. */
static void write_body(buf *b, const uint8_t *data, size_t size)
{
	static const char *const names[] = {
		"quiz", "reflectie", "citaat", "kader", "casus", "diagram" };
	int kind = data[0] % 6, where = data[0] / 6 % 3;
	const char *rest = (const char *)data + 1, *end = rest + size - 1;
	const char *nl = memchr(rest, '\n', (size_t)(end - rest));
	const char *yaml = nl ? nl + 1 : end;
	size_t fence = 3, run = 0;
	for (const char *p = yaml; p < end; p++) {
		run = *p == '`' ? run + 1 : 0;
		if (run >= fence)
			fence = run + 1;
	}
	buf_puts(b, "Inleiding.\n\n");
	if (where == 1)
		buf_puts(b, "- Een punt.\n\n");
	buf info = BUF_INIT;
	for (size_t i = 0; i < fence; i++)
		buf_putc(&info, '`');
	buf_puts(&info, names[kind]);
	buf_putc(&info, ' ');
	for (const char *p = rest; p < (nl ? nl : end); p++)
		if (*p != '`' && *p != '\r')
			buf_putc(&info, *p);
	put_line(b, where, info.data, info.len);
	for (const char *p = yaml; p < end;) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		put_line(b, where, p, (size_t)((e ? e : end) - p));
		p = e ? e + 1 : end;
	}
	put_line(b, where, info.data, fence);
	buf_puts(b, "\nNa het blok.\n");
	buf_free(&info);
}

/* What the renderers trust in a directive that was accepted. */
static void check_directive(const directive *d)
{
	int ok = 1;
	size_t right = 0;
	switch (d->kind) {
	case DIRECTIVE_CITAAT:
		ok = d->tekst && d->wie && d->leeftijd >= 0 &&
		     d->leeftijd <= 150;
		break;
	case DIRECTIVE_KADER:
		ok = d->body != NULL;
		break;
	case DIRECTIVE_CASUS:
		ok = d->titel && d->body &&
		     (!d->n_vragen || d->vragen);
		for (size_t i = 0; ok && i < d->n_vragen; i++)
			ok = d->vragen[i] != NULL;
		break;
	case DIRECTIVE_REFLECTIE:
		ok = d->vraag && d->regels >= 1 && d->regels <= 40;
		break;
	case DIRECTIVE_QUIZ:
		ok = d->vraag && d->n_opties >= 2 && d->opties;
		for (size_t i = 0; ok && i < d->n_opties; i++) {
			ok = d->opties[i].tekst != NULL;
			right += d->opties[i].juist != 0;
		}
		ok = ok && right >= 1 && (d->meerdere || right == 1);
		break;
	case DIRECTIVE_DIAGRAM:
		ok = d->name && d->name[0] &&
		     strmap_get(&S->diagrams, d->name);
		break;
	}
	if (!ok)
		fuzz_fail("%s accepted without what it needs",
			  directive_name(d->kind));
}

/* Checks every directive the check attached to a code block of root. */
static void check_tree(cmark_node *root)
{
	cmark_iter *it = cmark_iter_new(root);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		directive_kind kind;
		const char *arg;
		if (ev == CMARK_EVENT_ENTER &&
		    cmark_node_get_type(n) == CMARK_NODE_CODE_BLOCK &&
		    directive_lookup(cmark_node_get_fence_info(n), &kind,
				     &arg) &&
		    cmark_node_get_user_data(n))
			check_directive(cmark_node_get_user_data(n));
	}
	cmark_iter_free(it);
}

/* One input: the lesson body around the block, checked as the build
 * checks a lesson, with a site of its own for the media it finds. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	buf body = BUF_INIT;
	write_body(&body, data, size);
	buf_normalize_eol(&body);   /* as fs_read_text() reads a lesson */
	arena a;
	arena_init(&a, 0);
	site local = *S;         /* the media it finds go into a */
	local.a = &a;
	local.media = (strmap){ 0 };
	md_doc m = { .s = &local, .d = D, .file = FILE_NAME, .rel = D->rel,
		     .text = body.data, .text_len = body.len, .a = &a };
	diag_capture c;
	fuzz_quiet_begin(&c);
	md_doc_check(&m, body.data, body.len, 1);
	fuzz_quiet_end(&c, fuzz_md_mappable(body.data, body.len) ? FILE_NAME :
		       NULL, fuzz_extent_of(body.data, body.len));
	check_tree(m.root);
	md_doc_free(&m);
	arena_free(&a);
	buf_free(&body);
	return 0;
}
