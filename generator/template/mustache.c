/* mustache.c - compiling Mustache source into a flat node array.
 *
 * The parser scans for the current opening delimiter, reads one tag at a
 * time and appends nodes. Tags that may stand alone (sections, inverted
 * sections, closing tags, comments, partials and set-delimiter tags) remove
 * their whole line, whitespace and line ending included, when nothing else
 * is on it. Nodes that begin a line are flagged so that a partial rendered
 * with standalone indentation can indent every line of its own source. */
#include "template/mu_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser {
	const char *src;         /* the template's private copy */
	size_t      len;
	size_t      pos;         /* start of text not yet emitted */
	const char *open, *close;
	size_t      olen, clen;
	arena      *a;
	mu_node    *nodes;       /* heap while compiling */
	size_t      n, cap;
	size_t     *stack;       /* indices of open section nodes */
	size_t      depth, stack_cap;
	size_t      loc_pos;     /* locate() cursor: pos, line, line start */
	uint32_t    loc_line;
	size_t      loc_bol;
	mu_error   *err;
} parser;

typedef struct tag {
	size_t      start, end;  /* opening delimiter .. past closing one */
	char        type;        /* # ^ / ! > = { & or 0 for a variable */
	const char *body;        /* content, whitespace trimmed */
	size_t      body_len;
} tag;

/* locate - 1-based line and column of pos; the cursor makes increasing
 * positions cost linear time overall */
static void locate(parser *p, size_t pos, uint32_t *line, uint32_t *col)
{
	if (pos < p->loc_pos) {
		p->loc_pos = p->loc_bol = 0;
		p->loc_line = 1;
	}
	for (; p->loc_pos < pos; p->loc_pos++) {
		if (p->src[p->loc_pos] == '\n') {
			p->loc_line++;
			p->loc_bol = p->loc_pos + 1;
		}
	}
	*line = p->loc_line;
	*col = (uint32_t)(pos - p->loc_bol + 1);
}

/* vfail_at - record a syntax error at line/col; returns -1 */
static int vfail_at(parser *p, uint32_t line, uint32_t col, const char *fmt,
                    va_list ap)
{
	if (p->err) {
		p->err->line = (int)line;
		p->err->col = (int)col;
		vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
	}
	return -1;
}

/* fail_at - record a syntax error at a known line and column */
__attribute__((format(printf, 4, 5)))
static int fail_at(parser *p, uint32_t line, uint32_t col, const char *fmt,
                   ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfail_at(p, line, col, fmt, ap);
	va_end(ap);
	return -1;
}

/* fail - record a syntax error at source position pos; returns -1 */
__attribute__((format(printf, 3, 4)))
static int fail(parser *p, size_t pos, const char *fmt, ...)
{
	uint32_t line, col;
	locate(p, pos, &line, &col);
	va_list ap;
	va_start(ap, fmt);
	vfail_at(p, line, col, fmt, ap);
	va_end(ap);
	return -1;
}

/* is_space - whitespace allowed around tag content */
static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* at_line_start - whether pos begins a line of the source */
static int at_line_start(const parser *p, size_t pos)
{
	return pos == 0 || p->src[pos - 1] == '\n';
}

/* add_node - append a zeroed node and return it */
static mu_node *add_node(parser *p, mu_node_type type)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 32;
		p->nodes = xrealloc(p->nodes, p->cap * sizeof *p->nodes);
	}
	mu_node *n = &p->nodes[p->n++];
	memset(n, 0, sizeof *n);
	n->type = (uint8_t)type;
	return n;
}

/* add_text - emit the literal text src[from, to), if any */
static void add_text(parser *p, size_t from, size_t to)
{
	if (from >= to)
		return;
	mu_node *n = add_node(p, MU_N_TEXT);
	n->bol = (uint8_t)at_line_start(p, from);
	n->text = p->src + from;
	n->len = to - from;
}

/* find_open - position of the next opening delimiter from pos, or len */
static size_t find_open(const parser *p, size_t from)
{
	while (from + p->olen <= p->len) {
		const char *c = memchr(p->src + from, p->open[0],
		                       p->len - from - p->olen + 1);
		if (!c)
			break;
		size_t i = (size_t)(c - p->src);
		if (memcmp(c, p->open, p->olen) == 0)
			return i;
		from = i + 1;
	}
	return p->len;
}

/* find_close - position of the closing delimiter at or after from, which
 * must be preceded by sigil (if not 0) found at or after from; or len */
static size_t find_close(const parser *p, size_t from, char sigil)
{
	size_t skip = sigil ? 1 : 0;
	for (size_t i = from + skip; i + p->clen <= p->len; i++) {
		if (memcmp(p->src + i, p->close, p->clen) == 0 &&
		    (!sigil || p->src[i - 1] == sigil))
			return i;
	}
	return p->len;
}

/* contains_open - whether [s, s+n) holds the opening delimiter */
static int contains_open(const parser *p, const char *s, size_t n)
{
	for (size_t i = 0; i + p->olen <= n; i++)
		if (memcmp(s + i, p->open, p->olen) == 0)
			return 1;
	return 0;
}

/* read_tag - parse the tag whose opening delimiter is at ts. A tag whose
 * content holds the opening delimiter (outside comments and set-delimiter
 * tags) is reported as unclosed: "{{name and {{b}}" lacks its "}}". */
static int read_tag(parser *p, size_t ts, tag *t)
{
	size_t cs = ts + p->olen;
	char sigil = 0;
	t->start = ts;
	t->type = cs < p->len ? p->src[cs] : 0;
	switch (t->type) {
	case '{': sigil = '}'; cs++; break;
	case '=': sigil = '='; cs++; break;
	case '#': case '^': case '/': case '!': case '>': case '&':
		cs++;
		break;
	default:
		t->type = 0;
	}
	size_t ce = find_close(p, cs, sigil);
	if (ce == p->len ||
	    (t->type != '!' && t->type != '=' &&
	     contains_open(p, p->src + cs, ce - cs)))
		return fail(p, ts, "tag niet gesloten: verwacht '%s%.*s'",
		            sigil == '}' ? "}" : sigil == '=' ? "=" : "",
		            (int)p->clen, p->close);
	t->end = ce + p->clen;
	if (sigil)
		ce--;
	while (cs < ce && is_space(p->src[cs]))
		cs++;
	while (ce > cs && is_space(p->src[ce - 1]))
		ce--;
	t->body = p->src + cs;
	t->body_len = ce - cs;
	return 0;
}

/* standalone - whether tag t is alone on its line; if so set *line_start to
 * the line's first byte and *next past its line ending */
static int standalone(const parser *p, const tag *t, size_t *line_start,
                      size_t *next)
{
	if (!t->type || t->type == '{' || t->type == '&')
		return 0;
	size_t i = t->start;
	while (i > p->pos && (p->src[i - 1] == ' ' || p->src[i - 1] == '\t'))
		i--;
	if (!at_line_start(p, i))
		return 0;
	size_t j = t->end;
	while (j < p->len && (p->src[j] == ' ' || p->src[j] == '\t'))
		j++;
	if (j < p->len && p->src[j] == '\n')
		j++;
	else if (j + 1 < p->len && p->src[j] == '\r' && p->src[j + 1] == '\n')
		j += 2;
	else if (j != p->len)
		return 0;
	*line_start = i;
	*next = j;
	return 1;
}

/* set_name - split the tag's name into node n: "." is the implicit
 * iterator, otherwise non-empty parts separated by single dots */
static int set_name(parser *p, const tag *t, mu_node *n)
{
	const char *s = t->body;
	size_t len = t->body_len;
	if (len == 0)
		return fail(p, t->start, "lege tagnaam");
	n->text = arena_strndup(p->a, s, len);
	n->len = len;
	if (len == 1 && s[0] == '.')
		return 0;
	uint32_t nseg = 1;
	for (size_t i = 0; i < len; i++) {
		if (is_space(s[i]) || (s[i] == '.' &&
		    (i == 0 || i == len - 1 || s[i + 1] == '.')))
			return fail(p, t->start, "ongeldige tagnaam '%.*s'",
			            (int)(len > 60 ? 60 : len), s);
		nseg += s[i] == '.';
	}
	mu_seg *segs = arena_alloc(p->a, nseg * sizeof *segs);
	const char *part = n->text;
	for (uint32_t k = 0; k < nseg; k++) {
		const char *dot = memchr(part, '.', len - (size_t)(part - n->text));
		size_t plen = dot ? (size_t)(dot - part) : strlen(part);
		segs[k].s = part;
		segs[k].len = (uint32_t)plen;
		segs[k].hash = mu_hash(part, plen);
		part += plen + 1;
	}
	n->segs = segs;
	n->nseg = nseg;
	return 0;
}

/* set_delims - apply a set-delimiter tag: two whitespace-separated
 * delimiters, neither containing '=' */
static int set_delims(parser *p, const tag *t)
{
	const char *s = t->body, *end = t->body + t->body_len;
	const char *o = s, *oe = o;
	while (oe < end && !is_space(*oe) && *oe != '=')
		oe++;
	const char *c = oe;
	while (c < end && is_space(*c))
		c++;
	const char *ce = c;
	while (ce < end && !is_space(*ce) && *ce != '=')
		ce++;
	if (oe == o || c == oe || ce == c || ce != end)
		return fail(p, t->start, "ongeldige tag voor scheidingstekens "
		            "'=%.*s=': verwacht twee scheidingstekens met "
		            "witruimte ertussen",
		            (int)(t->body_len > 60 ? 60 : t->body_len), s);
	p->open = o;
	p->olen = (size_t)(oe - o);
	p->close = c;
	p->clen = (size_t)(ce - c);
	return 0;
}

/* open_section - emit a section or inverted section node and push it */
static int open_section(parser *p, const tag *t, int bol)
{
	mu_node *n = add_node(p, t->type == '#' ? MU_N_SECTION : MU_N_INVERTED);
	n->bol = (uint8_t)bol;
	locate(p, t->start, &n->line, &n->col);
	if (set_name(p, t, n))
		return -1;
	if (p->depth == p->stack_cap) {
		p->stack_cap = p->stack_cap ? p->stack_cap * 2 : 16;
		p->stack = xrealloc(p->stack, p->stack_cap * sizeof *p->stack);
	}
	p->stack[p->depth++] = p->n - 1;
	return 0;
}

/* close_section - match a closing tag with the innermost open section */
static int close_section(parser *p, const tag *t, int bol)
{
	int w = (int)(t->body_len > 60 ? 60 : t->body_len);
	if (p->depth == 0)
		return fail(p, t->start, "sluittag '%.*s' zonder open sectie",
		            w, t->body);
	mu_node *open = &p->nodes[p->stack[p->depth - 1]];
	if (open->len != t->body_len ||
	    memcmp(open->text, t->body, t->body_len) != 0)
		return fail(p, t->start, "sectie '%s' gesloten door '%.*s'",
		            open->text, w, t->body);
	if (bol)
		add_node(p, MU_N_INDENT);
	/* re-fetch: add_node may have moved the array */
	p->nodes[p->stack[--p->depth]].end = (uint32_t)p->n;
	return 0;
}

/* set_partial_name - a partial's name is used as written (dots included)
 * but must be non-empty and free of whitespace */
static int set_partial_name(parser *p, const tag *t, mu_node *n)
{
	if (t->body_len == 0)
		return fail(p, t->start, "lege naam van een partial");
	for (size_t i = 0; i < t->body_len; i++)
		if (is_space(t->body[i]))
			return fail(p, t->start, "ongeldige partialnaam '%.*s'",
			            (int)(t->body_len > 60 ? 60 : t->body_len),
			            t->body);
	n->text = arena_strndup(p->a, t->body, t->body_len);
	n->len = t->body_len;
	return 0;
}

/* add_tag_node - emit an interpolation or partial node */
static int add_tag_node(parser *p, const tag *t, int bol, int alone,
                        size_t line_start)
{
	mu_node_type type = t->type == '>' ? MU_N_PARTIAL :
	                    t->type ? MU_N_RAW : MU_N_ESC;
	mu_node *n = add_node(p, type);
	n->bol = (uint8_t)bol;
	locate(p, t->start, &n->line, &n->col);
	if (type != MU_N_PARTIAL)
		return set_name(p, t, n);
	if (alone) {
		n->standalone = 1;
		n->indent = p->src + line_start;
		n->indent_len = t->start - line_start;
	}
	return set_partial_name(p, t, n);
}

/* handle_tag - emit what tag t stands for; alone tells whether it is
 * standalone, line_start where its line begins */
static int handle_tag(parser *p, const tag *t, int alone, size_t line_start)
{
	int bol = !alone && at_line_start(p, t->start);
	switch (t->type) {
	case '!':
		break;
	case '=':
		if (set_delims(p, t))
			return -1;
		break;
	case '#': case '^':
		return open_section(p, t, bol);
	case '/':
		return close_section(p, t, bol);
	default:
		return add_tag_node(p, t, bol, alone, line_start);
	}
	if (bol)
		add_node(p, MU_N_INDENT);
	return 0;
}

/* parse - turn the whole source into nodes */
static int parse(parser *p)
{
	while (p->pos < p->len) {
		size_t ts = find_open(p, p->pos);
		if (ts == p->len)
			break;
		tag t;
		memset(&t, 0, sizeof t);
		if (read_tag(p, ts, &t))
			return -1;
		size_t line_start = ts, next = t.end;
		int alone = standalone(p, &t, &line_start, &next);
		add_text(p, p->pos, alone ? line_start : ts);
		if (handle_tag(p, &t, alone, line_start))
			return -1;
		p->pos = next;
	}
	add_text(p, p->pos, p->len);
	if (p->depth) {
		const mu_node *open = &p->nodes[p->stack[p->depth - 1]];
		return fail_at(p, open->line, open->col,
		               "sectie '%s' wordt niet gesloten", open->text);
	}
	return 0;
}

mu_template *mu_compile(const char *src, size_t len, mu_error *err)
{
	mu_template *t = xmalloc(sizeof *t);
	arena_init(&t->a, 8 * 1024);
	t->src = arena_strndup(&t->a, src ? src : "", src ? len : 0);
	t->len = src ? len : 0;
	t->cache = arena_alloc(&t->a, sizeof *t->cache);
	arena_init(&t->cache->a, 1024);
	pthread_mutex_init(&t->cache->lock, NULL);

	parser p;
	memset(&p, 0, sizeof p);
	p.src = t->src;
	p.len = t->len;
	p.open = "{{";
	p.close = "}}";
	p.olen = p.clen = 2;
	p.a = &t->a;
	p.loc_line = 1;
	p.err = err;
	int rc = parse(&p);
	if (rc == 0) {
		t->n = p.n;
		t->nodes = arena_alloc(&t->a, (p.n ? p.n : 1) * sizeof *t->nodes);
		if (p.n)
			memcpy(t->nodes, p.nodes, p.n * sizeof *p.nodes);
	}
	free(p.nodes);
	free(p.stack);
	if (rc != 0) {
		pthread_mutex_destroy(&t->cache->lock);
		arena_free(&t->cache->a);
		arena_free(&t->a);
		free(t);
		return NULL;
	}
	return t;
}

void mu_template_free(mu_template *t)
{
	if (!t)
		return;
	for (mu_cache_entry *e = t->cache->head; e; e = e->next)
		mu_template_free(e->tpl);
	pthread_mutex_destroy(&t->cache->lock);
	arena_free(&t->cache->a);
	arena_free(&t->a);
	free(t);
}
