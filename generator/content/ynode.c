/* ynode.c - YAML with positions on libyaml's event API; see ynode.h. */
#include "ynode.h"
#include "util/suggest.h"
#include "util/diag.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/syserr.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

typedef struct parse_state {
	arena      *a;
	const char *file;
	const char *text;
	size_t      len;
	int         line_offset, col_offset;
	const int  *line_cols;   /* per line of text: its column offset */
	size_t      n_line_cols;
	/* the last position looked up: byte and character index in text,
	 * and its 1-based line and column */
	size_t      at_byte, at_char;
	int         at_line, at_col;
	yaml_parser_t parser;
} parse_state;

/* Bytes of the UTF-8 character whose first byte is c, as libyaml reads
 * it (it stops at invalid UTF-8 before counting a character). */
static size_t utf8_width(unsigned char c)
{
	return (c & 0x80) == 0 ? 1 : (c & 0xE0) == 0xC0 ? 2 :
	       (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
}

/* Moves the cursor to mark m (from the start when m lies behind it).
 * libyaml counts lines at a carriage return, NEL, LS and PS as well as
 * at '\n'; the file's lines, which cmark's positions and the directive
 * bodies cut from the file use, end at '\n' only. So the position comes
 * from the mark's character index, counting lines at '\n'. */
static void seek_mark(parse_state *ps, yaml_mark_t m)
{
	if (m.index < ps->at_char || !ps->at_line) {
		ps->at_byte = ps->at_char = 0;
		ps->at_line = ps->at_col = 1;
	}
	while (ps->at_char < m.index && ps->at_byte < ps->len) {
		unsigned char c = (unsigned char)ps->text[ps->at_byte];
		size_t w = utf8_width(c);
		ps->at_byte += w < ps->len - ps->at_byte ? w :
			       ps->len - ps->at_byte;
		ps->at_char++;
		if (c == '\n')
			ps->at_line++, ps->at_col = 1;
		else
			ps->at_col++;
	}
}

/* The line of mark m in the enclosing file. */
static int pos_line(parse_state *ps, yaml_mark_t m)
{
	seek_mark(ps, m);
	return ps->at_line + ps->line_offset;
}

/* The column of mark m in the enclosing file, in characters. */
static int pos_col(parse_state *ps, yaml_mark_t m)
{
	seek_mark(ps, m);
	size_t l = (size_t)ps->at_line - 1;
	return ps->at_col + (l < ps->n_line_cols ? ps->line_cols[l] :
			     ps->col_offset);
}

/* libyaml's problems, said as what to do about them. "%d" in a message
 * is the line where what went wrong began (libyaml's context). */
static const struct yaml_hint {
	const char *problem;   /* the start of libyaml's text */
	const char *context;   /* in libyaml's context, or NULL: any */
	const char *message;
} yaml_hints[] = {
	{ "mapping values are not allowed", NULL,
	  "een tweede ': ' op deze regel: zet een waarde met ': ' erin "
	  "tussen aanhalingstekens (\"...\")" },
	{ "could not find expected ':'", NULL,
	  "deze regel is geen 'sleutel: waarde': laat tekst die doorloopt "
	  "van de regel erboven verder inspringen, of zet de hele waarde "
	  "tussen aanhalingstekens" },
	{ "did not find expected key", NULL,
	  "het inspringen klopt hier niet: een sleutel moet recht onder de "
	  "sleutels erboven staan (de groep sleutels begon op regel %d), en "
	  "een waarde die met een aanhalingsteken begint, moet er ook mee "
	  "eindigen" },
	{ "did not find expected '-' indicator", NULL,
	  "deze regel breekt de lijst af die op regel %d begon: laat hem "
	  "inspringen zoals de items van de lijst, die elk met '- ' "
	  "beginnen" },
	{ "block sequence entries are not allowed", NULL,
	  "een lijstitem ('- ') kan niet na een waarde bij dezelfde sleutel "
	  "komen: zet de lijst op de regels onder de sleutel" },
	{ "found character that cannot start any token", NULL,
	  "een waarde kan niet met dit teken beginnen ('@', '`', '%' of een "
	  "tab): zet de waarde tussen aanhalingstekens" },
	{ "found a tab character", NULL,
	  "een tab in het inspringen: YAML springt in met spaties" },
	{ "found unexpected end of stream", "quoted",
	  "het aanhalingsteken van regel %d wordt nergens gesloten" },
	{ "found unknown escape character", NULL,
	  "een onbekende escape na '\\' tussen dubbele aanhalingstekens: "
	  "schrijf '\\\\' voor een backslash, of gebruik enkele "
	  "aanhalingstekens" },
	{ "did not find expected node content", "flow",
	  "de lijst of groep in [ ] of { } die op regel %d begon, wordt niet "
	  "gesloten" },
	{ "did not find expected node content", NULL,
	  "hier ontbreekt een waarde" },
	{ "did not find expected ',' or ']'", NULL,
	  "de lijst in [ ] die op regel %d begon, wordt niet gesloten met "
	  "']'" },
	{ "did not find expected ',' or '}'", NULL,
	  "de groep in { } die op regel %d begon, wordt niet gesloten met "
	  "'}'" },
	{ "control characters are not allowed", NULL,
	  "een stuurteken: een YAML-bestand bevat alleen tekst" },
	{ "invalid leading UTF-8 octet", NULL,
	  "de tekst is hier geen geldige UTF-8; sla het bestand op als "
	  "UTF-8" },
	{ "invalid trailing UTF-8 octet", NULL,
	  "de tekst is hier geen geldige UTF-8; sla het bestand op als "
	  "UTF-8" },
	{ "incomplete UTF-8 octet sequence", NULL,
	  "de tekst is hier geen geldige UTF-8; sla het bestand op als "
	  "UTF-8" },
	{ "invalid length of a UTF-8 sequence", NULL,
	  "de tekst is hier geen geldige UTF-8; sla het bestand op als "
	  "UTF-8" },
	{ "invalid Unicode character", NULL,
	  "de tekst is hier geen geldige UTF-8; sla het bestand op als "
	  "UTF-8" },
	{ "mapping keys are not allowed", NULL,
	  "een '?' aan het begin (een sleutel over meer regels) kan hier "
	  "niet: schrijf 'sleutel: waarde' op één regel" },
	{ "did not find expected comment or line break", "block scalar",
	  "na | of > mag op dezelfde regel niets meer staan (alleen een "
	  "opmerking met #): zet de tekst op de regels eronder, ingesprongen" },
	{ "found an indentation indicator equal to 0", NULL,
	  "het getal na | of > (hoe ver de tekst inspringt) mag geen 0 "
	  "zijn: laat het weg" },
	{ "found unexpected document indicator", NULL,
	  "een regel '---' of '...' midden in de tekst tussen "
	  "aanhalingstekens die op regel %d begon: sluit de "
	  "aanhalingstekens eerder, of laat de regel inspringen" },
	{ "did not find expected hexdecimal number", NULL,
	  "na \\x, \\u of \\U tussen dubbele aanhalingstekens horen "
	  "hexadecimale cijfers: schrijf '\\\\' voor een backslash, of "
	  "gebruik enkele aanhalingstekens" },
	{ "found invalid Unicode character escape code", NULL,
	  "deze \\u- of \\U-code is geen geldig Unicode-teken" },
	{ "found unexpected ':'", NULL,
	  "een ':' die hier niet kan staan: zet de waarde tussen "
	  "aanhalingstekens" },
	{ "did not find expected alphabetic or numeric character", NULL,
	  "na '&' of '*' verwacht YAML een naam (een anker of alias): zet "
	  "een waarde die met & of * begint tussen aanhalingstekens" },
	{ "found undefined tag handle", NULL,
	  "een waarde die met '!' begint, is voor YAML een tag: zet de "
	  "waarde tussen aanhalingstekens" },
	{ "found duplicate %YAML directive", NULL,
	  "de regel %YAML staat er twee keer: laat er één staan" },
	{ "found duplicate %TAG directive", NULL,
	  "dezelfde regel %TAG staat er twee keer: laat er één staan" },
	{ "found incompatible YAML document", NULL,
	  "deze YAML-versie kan coachkit niet lezen: laat de regel %YAML "
	  "weg" },
	{ "did not find expected <document start>", NULL,
	  "hier staat nog iets na het einde van de YAML: een ']' of '}' te "
	  "veel, of een regel zonder 'sleutel: ' ervoor?" },
	{ "did not found expected <document start>", NULL,
	  "hier staat nog iets na het einde van de YAML: een ']' of '}' te "
	  "veel, of een regel zonder 'sleutel: ' ervoor?" },
	{ "Maximum nesting level reached", NULL,
	  "de YAML is te diep genest" },
	{ "input is too long", NULL,
	  "het bestand is te groot om als YAML te lezen" },
	{ "input error", NULL,
	  "het bestand kan niet worden gelezen" },
	/* whatever else goes wrong in a line that starts with '%', or in a
	 * value that starts with '!' */
	{ "", "directive",
	  "deze regel begint met '%' en is daarmee een YAML-opdracht die "
	  "niet klopt: zet een tekst die met '%' begint tussen "
	  "aanhalingstekens" },
	{ "", "tag",
	  "een waarde die met '!' begint, is voor YAML een tag: zet de "
	  "waarde tussen aanhalingstekens" },
};

static void report_parser_error(parse_state *ps)
{
	const yaml_parser_t *p = &ps->parser;
	yaml_mark_t m = p->problem_mark;
	const char *problem = p->problem ? p->problem : "onbekende fout";
	if (p->error == YAML_MEMORY_ERROR)
		die_oom();
	int line = pos_line(ps, m), col = pos_col(ps, m);
	int context_line = p->context ? pos_line(ps, p->context_mark) : line;
	for (size_t i = 0; i < sizeof yaml_hints / sizeof *yaml_hints; i++) {
		const struct yaml_hint *h = &yaml_hints[i];
		if (strncmp(problem, h->problem, strlen(h->problem)) ||
		    (h->context && (!p->context ||
				    !strstr(p->context, h->context))))
			continue;
		char msg[300];
		if (strstr(h->message, "%d"))
			snprintf(msg, sizeof msg, h->message, context_line);
		else
			snprintf(msg, sizeof msg, "%s", h->message);
		diag_error(ps->file, line, col, "%s", msg);
		return;
	}
	if (p->context)
		diag_error(ps->file, line, col, "de YAML klopt hier niet "
			   "(libyaml: %s %s, regel %d)", problem, p->context,
			   context_line);
	else
		diag_error(ps->file, line, col, "de YAML klopt hier niet "
			   "(libyaml: %s)", problem);
}

static int next_event(parse_state *ps, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&ps->parser, ev)) {
		report_parser_error(ps);
		return -1;
	}
	return 0;
}

static ynode *new_node(parse_state *ps, ynode_kind kind, yaml_mark_t m)
{
	ynode *n = arena_alloc(ps->a, sizeof *n);
	n->kind = kind;
	n->line = pos_line(ps, m);
	n->col = pos_col(ps, m);
	return n;
}

/* A key as a message shows it: control characters written as \n, \t
 * or \xHH, so that a report stays on one line, and at most about 80
 * bytes. Returns out. */
static const char *shown_key(const char *key, char out[100])
{
	const unsigned char *p = (const unsigned char *)key;
	size_t o = 0;
	for (; *p && o < 80; p++) {
		if (*p >= 0x20 && *p != 0x7F)
			out[o++] = (char)*p;
		else if (*p == '\n' || *p == '\t')
			o += (size_t)sprintf(out + o, "\\%c",
					     *p == '\n' ? 'n' : 't');
		else
			o += (size_t)sprintf(out + o, "\\x%02X", *p);
	}
	if (*p)
		o += (size_t)sprintf(out + o, "...");
	out[o] = '\0';
	return out;
}

static void push_item(arena *a, ynode *parent, ynode *child, size_t *cap)
{
	if (parent->n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 4;
		ynode **items = arena_alloc(a, ncap * sizeof *items);
		if (parent->n)
			memcpy(items, parent->items, parent->n * sizeof *items);
		parent->items = items;
		*cap = ncap;
	}
	parent->items[parent->n++] = child;
}

static ynode *parse_node(parse_state *ps, yaml_event_t *ev, int depth);

/* Reads children until the closing event of a sequence or mapping. */
static int parse_children(parse_state *ps, ynode *node, int depth)
{
	size_t cap = 0;
	yaml_event_type_t end = node->kind == YNODE_SEQ ?
		YAML_SEQUENCE_END_EVENT : YAML_MAPPING_END_EVENT;
	for (;;) {
		yaml_event_t ev;
		if (next_event(ps, &ev) < 0)
			return -1;
		if (ev.type == end) {
			yaml_event_delete(&ev);
			return 0;
		}
		ynode *child = parse_node(ps, &ev, depth + 1);
		if (!child)
			return -1;
		if (node->kind == YNODE_MAP && node->n % 2 == 0) {
			if (child->kind != YNODE_SCALAR) {
				diag_error(ps->file, child->line, child->col,
					   "een sleutel moet een gewone tekst "
					   "zijn, geen lijst of groep "
					   "sleutels");
				return -1;
			}
			if (ymap_get(node, child->str)) {
				char key[100];
				diag_error(ps->file, child->line, child->col,
					   "de sleutel '%s' komt twee keer "
					   "voor",
					   shown_key(child->str, key));
				return -1;
			}
		}
		push_item(ps->a, node, child, &cap);
	}
}

/* Builds the node that starts with ev (which it consumes). */
static ynode *parse_node(parse_state *ps, yaml_event_t *ev, int depth)
{
	ynode *node = NULL;
	yaml_mark_t m = ev->start_mark;
	if (depth > YNODE_MAX_DEPTH) {
		diag_error(ps->file, pos_line(ps, m), pos_col(ps, m),
			   "meer dan %d niveaus diep genest", YNODE_MAX_DEPTH);
		yaml_event_delete(ev);
		return NULL;
	}
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		node = new_node(ps, YNODE_SCALAR, m);
		node->str = arena_strndup(ps->a,
			(const char *)ev->data.scalar.value,
			ev->data.scalar.length);
		node->len = ev->data.scalar.length;
		node->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		node->block = ev->data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
			ev->data.scalar.style == YAML_FOLDED_SCALAR_STYLE;
		node->quoted = ev->data.scalar.style ==
			YAML_SINGLE_QUOTED_SCALAR_STYLE ||
			ev->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
		node->end_line = pos_line(ps, ev->end_mark);
		yaml_event_delete(ev);
		return node;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		node = new_node(ps, ev->type == YAML_SEQUENCE_START_EVENT ?
				YNODE_SEQ : YNODE_MAP, m);
		yaml_event_delete(ev);
		return parse_children(ps, node, depth) < 0 ? NULL : node;
	case YAML_ALIAS_EVENT:
		diag_error(ps->file, pos_line(ps, m), pos_col(ps, m),
			   "aliassen (*naam) worden niet ondersteund");
		break;
	default:
		diag_error(ps->file, pos_line(ps, m), pos_col(ps, m),
			   "onverwacht YAML-element");
		break;
	}
	yaml_event_delete(ev);
	return NULL;
}

/* Reads events up to the document's root node; NULL root when empty. */
static int parse_document(parse_state *ps, ynode **root)
{
	yaml_event_t ev;
	*root = NULL;
	for (;;) {
		if (next_event(ps, &ev) < 0)
			return -1;
		yaml_event_type_t t = ev.type;
		if (t == YAML_STREAM_START_EVENT || t == YAML_DOCUMENT_START_EVENT) {
			yaml_event_delete(&ev);
			continue;
		}
		if (t == YAML_STREAM_END_EVENT || t == YAML_DOCUMENT_END_EVENT) {
			yaml_event_delete(&ev);
			return 0;
		}
		*root = parse_node(ps, &ev, 0);
		return *root ? 0 : -1;
	}
}

ynode *ynode_parse(arena *a, const char *file, const char *text, size_t len,
		   int line_offset, int col_offset)
{
	return ynode_parse_lines(a, file, text, len, line_offset, col_offset,
				 NULL, 0);
}

ynode *ynode_parse_lines(arena *a, const char *file, const char *text,
			 size_t len, int line_offset, int col_offset,
			 const int *line_cols, size_t n_line_cols)
{
	parse_state ps = { .a = a, .file = file, .text = text, .len = len,
			   .line_offset = line_offset,
			   .col_offset = col_offset, .line_cols = line_cols,
			   .n_line_cols = n_line_cols };
	if (!yaml_parser_initialize(&ps.parser))
		die_oom();
	yaml_parser_set_input_string(&ps.parser, (const unsigned char *)text,
				     len);
	yaml_parser_set_encoding(&ps.parser, YAML_UTF8_ENCODING);
	ynode *root = NULL;
	int rc = parse_document(&ps, &root);
	/* What follows the root: the document's end, then the stream's; a
	 * second document is an error. */
	for (int done = 0; rc == 0 && !done;) {
		yaml_event_t ev;
		if (next_event(&ps, &ev) < 0) {
			rc = -1;
			break;
		}
		if (ev.type == YAML_DOCUMENT_START_EVENT) {
			diag_error(file, pos_line(&ps, ev.start_mark),
				   pos_col(&ps, ev.start_mark),
				   "een bestand mag maar één YAML-document "
				   "bevatten");
			rc = -1;
		}
		done = ev.type == YAML_STREAM_END_EVENT ||
		       ev.type == YAML_NO_EVENT;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&ps.parser);
	if (rc < 0)
		return NULL;
	if (!root) {
		root = arena_alloc(a, sizeof *root);
		root->kind = YNODE_MAP;
		root->line = line_offset + 1;
		root->col = (n_line_cols ? line_cols[0] : col_offset) + 1;
	}
	return root;
}

const ynode *ymap_get(const ynode *map, const char *key)
{
	if (!map || map->kind != YNODE_MAP)
		return NULL;
	for (size_t i = 0; i + 1 < map->n; i += 2)
		if (strcmp(map->items[i]->str, key) == 0)
			return map->items[i + 1];
	return NULL;
}

static int in_list(const char *const *list, const char *s)
{
	for (; list && *list; list++)
		if (strcmp(*list, s) == 0)
			return 1;
	return 0;
}

int ycheck_map(const char *file, const ynode *map, const char *what,
	       const char *const *allowed, const char *const *required)
{
	int errors = 0;
	for (size_t i = 0; i + 1 < map->n; i += 2) {
		const ynode *k = map->items[i];
		char key[100];
		if (in_list(allowed, k->str))
			continue;
		size_t n = 0;
		while (allowed && allowed[n])
			n++;
		const char *near = suggest(k->str, allowed, n);
		if (near)
			diag_warning(file, k->line, k->col, "%s: onbekende "
				     "sleutel '%s'; bedoelde je '%s'?",
				     what, shown_key(k->str, key), near);
		else
			diag_warning(file, k->line, k->col,
				     "%s: onbekende sleutel '%s'",
				     what, shown_key(k->str, key));
	}
	for (; required && *required; required++) {
		if (ymap_get(map, *required))
			continue;
		diag_error(file, map->line, map->col,
			   "%s: de verplichte sleutel '%s' ontbreekt", what,
			   *required);
		errors++;
	}
	return errors;
}

static const char *kind_name(const ynode *n)
{
	return n->kind == YNODE_SEQ ? "een lijst" :
	       n->kind == YNODE_MAP ? "een groep sleutels" : "een tekst";
}

int yexpect_map(const char *file, const ynode *node, const char *what)
{
	if (node->kind == YNODE_MAP)
		return 0;
	diag_error(file, node->line, node->col,
		   "%s moet bestaan uit regels 'sleutel: waarde', niet uit "
		   "%s", what, kind_name(node));
	return -1;
}

const char *yget_str(const char *file, const ynode *map, const char *key)
{
	const ynode *v = ymap_get(map, key);
	if (!v)
		return NULL;
	if (v->kind != YNODE_SCALAR) {
		diag_error(file, v->line, v->col, "'%s' moet een tekst zijn, "
			   "niet %s", key, kind_name(v));
		return NULL;
	}
	if (v->plain && (v->len == 0 || !strcmp(v->str, "~") ||
			 !strcmp(v->str, "null")))
		return NULL;
	return v->str;
}

long yget_int(const char *file, const ynode *map, const char *key,
	      long min, long max, long dflt)
{
	const ynode *v = ymap_get(map, key);
	if (!v)
		return dflt;
	char *end = NULL;
	errno = 0;
	long n = v->kind == YNODE_SCALAR ? strtol(v->str, &end, 10) : 0;
	if (v->kind != YNODE_SCALAR || end == v->str || *end || errno) {
		diag_error(file, v->line, v->col,
			   "'%s' moet een geheel getal zijn", key);
		return dflt;
	}
	if (n < min || n > max) {
		diag_error(file, v->line, v->col,
			   "'%s' moet tussen %ld en %ld liggen, niet %ld", key,
			   min, max, n);
		return dflt;
	}
	return n;
}

int yget_bool(const char *file, const ynode *map, const char *key, int dflt)
{
	const ynode *v = ymap_get(map, key);
	if (!v)
		return dflt;
	if (v->kind == YNODE_SCALAR && v->plain) {
		if (!strcmp(v->str, "true") || !strcmp(v->str, "ja"))
			return 1;
		if (!strcmp(v->str, "false") || !strcmp(v->str, "nee"))
			return 0;
	}
	diag_error(file, v->line, v->col, "'%s' moet true of false zijn", key);
	return dflt;
}

const char **yget_strlist(arena *a, const char *file, const ynode *map,
			  const char *key, size_t *count)
{
	const ynode *v = ymap_get(map, key);
	*count = 0;
	if (!v)
		return NULL;
	if (v->kind == YNODE_SCALAR) {
		const char **list = arena_alloc(a, sizeof *list);
		list[0] = v->str;
		*count = 1;
		return list;
	}
	if (v->kind != YNODE_SEQ) {
		diag_error(file, v->line, v->col,
			   "'%s' moet een lijst van teksten zijn", key);
		return NULL;
	}
	const char **list = arena_alloc(a, (v->n + 1) * sizeof *list);
	for (size_t i = 0; i < v->n; i++) {
		const ynode *it = v->items[i];
		if (it->kind != YNODE_SCALAR) {
			diag_error(file, it->line, it->col,
				   "'%s' moet een lijst van teksten zijn; dit "
				   "item is %s", key, kind_name(it));
			continue;
		}
		list[(*count)++] = it->str;
	}
	return list;
}

diag_pos ypos(const char *file, const ynode *n)
{
	return n ? (diag_pos){ file, n->line, n->col } :
		   (diag_pos){ file, 0, 0 };
}

ynode *ynode_read_map(arena *a, const char *file, const char *what)
{
	buf text = BUF_INIT;
	if (fs_read_text(file, &text) < 0) {
		diag_error(file, 0, 0, "kan het bestand niet lezen: %s",
			   syserr_text(errno));
		buf_free(&text);
		return NULL;
	}
	ynode *root = ynode_parse(a, file, text.data ? text.data : "",
				  text.len, 0, 0);
	buf_free(&text);
	if (!root || yexpect_map(file, root, what) < 0)
		return NULL;
	return root;
}
