/* directive.c - parsing and checking directive blocks; see directive.h. */
#include "directive.h"
#include "md.h"
#include "content/ynode.h"
#include "util/diag.h"

#include <string.h>

int md_check_tree(md_doc *m, cmark_node *root, int line_offset,
		  int col_offset);

typedef struct dctx {
	md_doc      *m;
	directive   *d;
	const ynode *root;
} dctx;

static const char *req_str(dctx *c, const char *key)
{
	const char *s = yget_str(c->m->file, c->root, key);
	const ynode *v = ymap_get(c->root, key);
	if (!s && v && v->kind == YNODE_SCALAR) {
		diag_error(c->m->file, v->line, v->col, "%s: '%s' must not be "
			   "empty", directive_name(c->d->kind), key);
	}
	return s;
}

/* Number of spaces before the text on line (1-based) of the file. */
static int line_indent(const md_doc *m, int line)
{
	const char *p = m->text, *end = m->text + m->text_len;
	for (int l = 1; l < line && p < end; l++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		p = nl ? nl + 1 : end;
	}
	int n = 0;
	while (p < end && p[n] == ' ')
		n++;
	return n;
}

/* Parses and checks the Markdown in key (kader and casus bodies). */
static cmark_node *markdown_field(dctx *c, const char *key)
{
	const ynode *v = ymap_get(c->root, key);
	const char *text = req_str(c, key);
	if (!text)
		return NULL;
	int line_offset = v->line - 1, col_offset = v->col - 1;
	if (v->block) {
		line_offset = v->line;
		col_offset = line_indent(c->m, v->line + 1);
	}
	int opts = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8;
	cmark_node *body = cmark_parse_document(text, strlen(text), opts);
	if (!body)
		die_oom();
	ptrvec_push(c->m->a, &c->m->extra, body);
	md_check_tree(c->m, body, line_offset, col_offset);
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
	"vraag", "meerdere", "opties", "uitleg", NULL };
static const char *const quiz_req[] = { "vraag", "opties", NULL };
static const char *const option_keys[] = {
	"tekst", "juist", "feedback", NULL };
static const char *const option_req[] = { "tekst", NULL };
static const char *const diagram_keys[] = {
	"titel", "onderschrift", NULL };

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
		diag_error(file, opts->line, opts->col, "quiz: 'opties' must be "
			   "a list of at least two options");
		return;
	}
	d->opties = arena_alloc(c->m->a, opts->n * sizeof *d->opties);
	int right = 0;
	for (size_t i = 0; i < opts->n; i++) {
		const ynode *o = opts->items[i];
		if (yexpect_map(file, o, "a quiz option") < 0 ||
		    ycheck_map(file, o, "quiz option", option_keys,
			       option_req)) {
			continue;
		}
		quiz_option *q = &d->opties[d->n_opties++];
		q->tekst = yget_str(file, o, "tekst");
		q->juist = yget_bool(file, o, "juist", 0);
		q->feedback = yget_str(file, o, "feedback");
		right += q->juist;
	}
	if (d->n_opties == opts->n && right == 0) {
		diag_error(file, opts->line, opts->col, "quiz: no option is "
			   "marked 'juist: true'");
	} else if (right > 1 && !d->meerdere) {
		diag_error(file, opts->line, opts->col, "quiz: %d options are "
			   "right; add 'meerdere: true' to allow that", right);
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
	d->titel = yget_str(file, c->root, "titel");
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
		break;
	case DIRECTIVE_DIAGRAM:
		d->name = arg;
		d->onderschrift = yget_str(file, c->root, "onderschrift");
		if (!arg[0]) {
			diag_error(file, line, col, "diagram: name the diagram "
				   "after the word, as in ```diagram "
				   "vierbollenmodel");
		}
		break;
	}
}

/* Parses the YAML of a directive code block and attaches the directive.
 * Returns the number of errors reported. */
int directive_check(md_doc *m, cmark_node *node, directive_kind kind,
		    const char *arg, int line_offset)
{
	int line = cmark_node_get_start_line(node) + line_offset;
	int col = cmark_node_get_start_column(node);
	const char *yaml = cmark_node_get_literal(node);
	int before = diag_errors();
	ynode *root = ynode_parse(m->a, m->file, yaml, strlen(yaml), line,
				  col - 1);
	if (!root)
		return diag_errors() - before;
	if (root->n == 0 && root->kind == YNODE_MAP)
		root->line = line, root->col = col;
	if (yexpect_map(m->file, root, directive_name(kind)) < 0)
		return 1;
	directive *d = arena_alloc(m->a, sizeof *d);
	d->kind = kind;
	dctx c = { m, d, root };
	parse_fields(&c, arena_strdup(m->a, arg), line, col);
	int errors = diag_errors() - before;
	if (errors == 0)
		cmark_node_set_user_data(node, d);
	return errors;
}
