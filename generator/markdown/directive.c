/* directive.c - parsing and checking directive blocks; see directive.h. */
#include "directive.h"
#include "md.h"
#include "shuffle.h"
#include "content/ynode.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/diag.h"

#include <string.h>

typedef struct dctx {
	md_doc      *m;
	directive   *d;
	const ynode *root;
} dctx;

/* The text at key of map, which must not be empty (what names the
 * directive, or a part of it, in the message). */
static const char *req_str_in(dctx *c, const ynode *map, const char *what,
			      const char *key)
{
	const char *s = yget_str(c->m->file, map, key);
	const ynode *v = ymap_get(map, key);
	if (!s && v && v->kind == YNODE_SCALAR) {
		diag_error(c->m->file, v->line, v->col, "%s: '%s' mag niet "
			   "leeg zijn", what, key);
	}
	return s;
}

static const char *req_str(dctx *c, const char *key)
{
	return req_str_in(c, c->root, directive_name(c->d->kind), key);
}

static size_t indent_of(const char *p, size_t len)
{
	size_t n = 0;
	while (n < len && p[n] == ' ')
		n++;
	return n;
}

/* The explicit indentation indicator of the block scalar whose | or >
 * stands at character column col of line, or 0. */
static int indent_indicator(md_doc *m, int line, int col)
{
	size_t len;
	const char *p = md_file_line(m, line, &len), *end = p ? p + len : NULL;
	for (int chars = 1; p && p < end && chars < col; p++)
		chars += ((unsigned char)p[1] & 0xC0) != 0x80;
	for (int i = 1; p && p + i < end && i <= 2; i++)
		if (p[i] >= '1' && p[i] <= '9')
			return p[i] - '0';
	return 0;
}

/* The Markdown of a | or > block scalar as it stands in the file, lines
 * dedented, so that cmark's positions are the file's (a folded scalar
 * would join its lines). The block's indent comes from its indentation
 * indicator, or else from its first non-blank line. */
static void block_source(dctx *c, const ynode *key, const ynode *v,
			 md_src *src)
{
	size_t len, indent = 0;
	int d = indent_indicator(c->m, v->line, v->col);
	if (d)
		indent = (size_t)(key->col - 1 + d);
	for (int l = v->line + 1; !d && l < v->end_line; l++) {
		const char *p = md_file_line(c->m, l, &len);
		if (p && indent_of(p, len) < len) {
			indent = indent_of(p, len);
			break;
		}
	}
	buf b = BUF_INIT;
	for (int l = v->line + 1; l < v->end_line; l++) {
		const char *p = md_file_line(c->m, l, &len);
		if (!p)
			break;
		if (len > indent)
			buf_put(&b, p + indent, len - indent);
		buf_putc(&b, '\n');
	}
	src->text = arena_strndup(c->m->a, b.data ? b.data : "", b.len);
	src->len = b.len;
	src->line_offset = v->line;
	src->col_offset = (int)indent;
	buf_free(&b);
}

/* The key node whose value is v in map. */
static const ynode *key_of(const ynode *map, const ynode *v)
{
	for (size_t i = 0; i + 1 < map->n; i += 2)
		if (map->items[i + 1] == v)
			return map->items[i];
	return v;
}

/* Parses and checks the Markdown in key (kader and casus bodies). */
static cmark_node *markdown_field(dctx *c, const char *key)
{
	const ynode *v = ymap_get(c->root, key);
	const char *text = req_str(c, key);
	if (!text)
		return NULL;
	md_src src = { text, strlen(text), v->line - 1,
		       v->col - (v->quoted ? 0 : 1), NULL };
	if (v->block)
		block_source(c, key_of(c->root, v), v, &src);
	c->d->body_line0 = src.line_offset;
	c->d->body_col0 = src.col_offset;
	c->d->body_exact = v->block || !strchr(text, '\n');
	int opts = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8;
	cmark_node *body = cmark_parse_document(src.text, src.len, opts);
	if (!body)
		die_oom();
	ptrvec_push(c->m->a, &c->m->extra, body);
	/* A quoted or plain text over several lines is folded into one:
	 * its columns are not the file's, so what is in it is reported at
	 * the text's start (a position without text counts no columns). */
	md_src at = src;
	if (!v->block && v->end_line > v->line)
		at.text = "", at.len = 0;
	md_check_tree(c->m, body, &at);
	return body;
}

static const char *const citaat_keys[] = {
	"tekst", "wie", "leeftijd", "bron", NULL };
static const char *const citaat_req[] = { "tekst", "wie", NULL };
static const char *const kader_keys[] = { "titel", "tekst", NULL };
static const char *const kader_req[] = { "tekst", NULL };
static const char *const casus_keys[] = { "titel", "tekst", "vragen", NULL };
static const char *const casus_req[] = { "titel", "tekst", NULL };
static const char *const reflectie_keys[] = {
	"vraag", "toelichting", "regels", NULL };
static const char *const reflectie_req[] = { "vraag", NULL };
static const char *const quiz_keys[] = {
	"vraag", "meerdere", "opties", "uitleg", "volgorde", NULL };
static const char *const quiz_req[] = { "vraag", "opties", NULL };
static const char *const option_keys[] = {
	"tekst", "juist", "feedback", NULL };
static const char *const option_req[] = { "tekst", NULL };
static const char *const diagram_keys[] = {
	"titel", "onderschrift", NULL };

/* The order the quiz's options are shown in: as written with
 * 'volgorde: vast', else shuffled by the quiz's id, its document's path
 * in content/ and its number there ("modules/01-x/02-y.md#quiz-1"). */
static void quiz_order(dctx *c)
{
	directive *d = c->d;
	md_doc *m = c->m;
	int number = ++m->n_quiz;
	size_t *order = arena_alloc(m->a, (d->n_opties ? d->n_opties : 1) *
				    sizeof *order);
	const char *v = yget_str(m->file, c->root, "volgorde");
	const ynode *n = ymap_get(c->root, "volgorde");
	if (v && strcmp(v, "vast") && strcmp(v, "gemengd")) {
		diag_error(m->file, n->line, n->col, "quiz: 'volgorde' moet "
			   "'vast' (de opties in de volgorde waarin ze er "
			   "staan) of 'gemengd' (door elkaar, steeds op "
			   "dezelfde manier; zo zonder 'volgorde') zijn, niet "
			   "'%s'", v);
	}
	if (v && !strcmp(v, "vast")) {
		for (size_t i = 0; i < d->n_opties; i++)
			order[i] = i;
	} else {
		const char *doc = m->rel ? m->rel : m->file;
		shuffle_order(arena_printf(m->a, "%s#quiz-%d", doc ? doc : "",
					   number), d->n_opties, order);
	}
	d->volgorde = order;
}

static void parse_quiz(dctx *c)
{
	directive *d = c->d;
	const char *file = c->m->file;
	d->vraag = req_str(c, "vraag");
	d->meerdere = yget_bool(file, c->root, "meerdere", 0);
	d->uitleg = yget_str(file, c->root, "uitleg");
	const ynode *opts = ymap_get(c->root, "opties");
	if (!opts)
		return;
	if (opts->kind != YNODE_SEQ || opts->n < 2) {
		diag_error(file, opts->line, opts->col, "quiz: 'opties' moet "
			   "een lijst van minstens twee opties zijn");
		return;
	}
	d->opties = arena_alloc(c->m->a, opts->n * sizeof *d->opties);
	int right = 0, before = diag_errors();
	for (size_t i = 0; i < opts->n; i++) {
		const ynode *o = opts->items[i];
		if (yexpect_map(file, o, "een quizoptie") < 0 ||
		    ycheck_map(file, o, "quizoptie", option_keys,
			       option_req)) {
			continue;
		}
		quiz_option *q = &d->opties[d->n_opties++];
		q->tekst = req_str_in(c, o, "quizoptie", "tekst");
		q->juist = yget_bool(file, o, "juist", 0);
		q->feedback = yget_str(file, o, "feedback");
		right += q->juist;
	}
	if (diag_errors() > before)
		return;   /* the options' own errors say enough */
	if (right == 0) {
		diag_error(file, opts->line, opts->col, "quiz: geen enkele "
			   "optie heeft 'juist: true'");
	} else if (right > 1 && !d->meerdere) {
		diag_error(file, opts->line, opts->col, "quiz: %d opties zijn "
			   "juist; zet 'meerdere: true' erbij als dat zo "
			   "bedoeld is", right);
	}
}

/* Reads the fields of d's kind from c->root. */
static void parse_fields(dctx *c, const char *arg, int line, int col)
{
	directive *d = c->d;
	const char *file = c->m->file;
	static const char *const *const keys[][2] = {
		[DIRECTIVE_QUIZ] = { quiz_keys, quiz_req },
		[DIRECTIVE_REFLECTIE] = { reflectie_keys, reflectie_req },
		[DIRECTIVE_CITAAT] = { citaat_keys, citaat_req },
		[DIRECTIVE_KADER] = { kader_keys, kader_req },
		[DIRECTIVE_CASUS] = { casus_keys, casus_req },
		[DIRECTIVE_DIAGRAM] = { diagram_keys, NULL },
	};
	ycheck_map(file, c->root, directive_name(d->kind), keys[d->kind][0],
		   keys[d->kind][1]);
	/* a casus needs its title (the print sets it as a heading) */
	d->titel = d->kind == DIRECTIVE_CASUS ? req_str(c, "titel") :
		   yget_str(file, c->root, "titel");
	switch (d->kind) {
	case DIRECTIVE_CITAAT:
		d->tekst = req_str(c, "tekst");
		d->wie = req_str(c, "wie");
		d->leeftijd = (int)yget_int(file, c->root, "leeftijd", 0, 150,
					    0);
		d->bron = yget_str(file, c->root, "bron");
		break;
	case DIRECTIVE_KADER:
		d->body = markdown_field(c, "tekst");
		break;
	case DIRECTIVE_CASUS:
		d->body = markdown_field(c, "tekst");
		d->vragen = yget_strlist(c->m->a, file, c->root, "vragen",
					 &d->n_vragen);
		break;
	case DIRECTIVE_REFLECTIE:
		d->vraag = req_str(c, "vraag");
		d->toelichting = yget_str(file, c->root, "toelichting");
		d->regels = (int)yget_int(file, c->root, "regels", 1, 40, 5);
		break;
	case DIRECTIVE_QUIZ:
		parse_quiz(c);
		quiz_order(c);
		break;
	case DIRECTIVE_DIAGRAM:
		d->name = arg;
		d->onderschrift = yget_str(file, c->root, "onderschrift");
		if (!arg[0]) {
			diag_error(file, line, col, "diagram: zet de naam van "
				   "het diagram achter het woord, zoals in "
				   "```diagram vierbollen");
		} else if (c->m->s && !strmap_get(&c->m->s->diagrams, arg)) {
			diag_error(file, line, col, "er is geen diagram '%s': "
				   "de diagrammen zijn de bestanden in "
				   "content/diagrams/", arg);
		}
		break;
	}
}

/* Where each line of a fenced block's literal starts in its file line:
 * the literal line is what is left of the file line once cmark took off
 * the block quotes, list indents and the fence's indent, and those need
 * not be as wide on every line. col is the fence's own offset, for lines
 * that cannot be found. NULL (n 0) without the file's text. */
static const int *literal_cols(md_doc *m, const char *lit, int fence_line,
			       int col, size_t *n)
{
	*n = 0;
	if (!m->text)
		return NULL;
	size_t lines = 1;
	for (const char *p = lit; *p; p++)
		lines += *p == '\n';
	int *cols = arena_alloc(m->a, lines * sizeof *cols);
	const char *p = lit;
	for (size_t i = 0; i < lines; i++) {
		const char *nl = strchr(p, '\n');
		size_t lit_len = nl ? (size_t)(nl - p) : strlen(p), len;
		const char *f = md_file_line(m, fence_line + 1 + (int)i, &len);
		long d = f ? (long)utf8_length(f, len) -
			     (long)utf8_length(p, lit_len) : col;
		cols[i] = d < 0 ? 0 : (int)d;
		p = nl ? nl + 1 : p + lit_len;
	}
	*n = lines;
	return cols;
}

/* Parses the YAML of a directive code block and attaches the directive.
 * Returns the number of errors reported. */
int directive_check(md_doc *m, cmark_node *node, directive_kind kind,
		    const char *arg, const md_src *src)
{
	int line, col;
	md_pos(src, node, &line, &col);
	const char *yaml = cmark_node_get_literal(node);
	int before = diag_errors();
	size_t n_cols;
	const int *cols = literal_cols(m, yaml, line, col - 1, &n_cols);
	ynode *root = ynode_parse_lines(m->a, m->file, yaml, strlen(yaml),
					line, col - 1, cols, n_cols);
	if (!root)
		return diag_errors() - before;
	if (root->n == 0 && root->kind == YNODE_MAP)
		root->line = line, root->col = col;
	if (yexpect_map(m->file, root, directive_name(kind)) < 0)
		return 1;
	directive *d = arena_alloc(m->a, sizeof *d);
	d->kind = kind;
	d->line = line;
	dctx c = { m, d, root };
	parse_fields(&c, arena_strdup(m->a, arg), line, col);
	int errors = diag_errors() - before;
	if (errors == 0)
		cmark_node_set_user_data(node, d);
	return errors;
}
