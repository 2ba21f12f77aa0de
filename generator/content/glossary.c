/* glossary.c - loading content/begrippen.yaml and finding its terms and
 * unexplained abbreviations in a text; see glossary.h. */
#include "glossary.h"
#include "content/ynode.h"
#include "util/buf.h"
#include "util/fs.h"

#include <string.h>

/* ASCII alone, whatever the locale: bytes of UTF-8 are no letters here. */
static int ascii_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

static int ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int ascii_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static const char *const keys[] = {
	"titel", "inleiding", "begrippen", NULL
};
static const char *const required[] = { "begrippen", NULL };
static const char *const entry_keys[] = {
	"term", "afkorting", "uitleg", "bron", NULL
};
static const char *const entry_required[] = {
	"term", "uitleg", "bron", NULL
};

/* The anchor of term: its letters and digits in lower case, other runs
 * of characters as one '-' ("V&VN" -> "v-vn"); letters with accents are
 * kept as they are. Made unique in ids with -2, -3. */
static const char *make_id(site *s, strmap *ids, const char *term)
{
	buf b = BUF_INIT;
	int dash = 0;
	for (const unsigned char *p = (const unsigned char *)term; *p; p++) {
		if (!ascii_alnum(*p) && *p < 0x80) {
			dash = b.len > 0;
			continue;
		}
		if (dash)
			buf_putc(&b, '-');
		dash = 0;
		buf_putc(&b, (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' :
				    *p));
	}
	if (b.len == 0)
		buf_puts(&b, "begrip");
	const char *id = arena_strndup(s->a, b.data, b.len);
	for (int n = 2; strmap_get(ids, id); n++)
		id = arena_printf(s->a, "%s-%d", b.data, n);
	strmap_put(s->a, ids, id, (void *)id);
	buf_free(&b);
	return id;
}

/* A required text of an entry, reported when it is empty. */
static const char *entry_text(const char *file, const ynode *m,
			      const char *key)
{
	const char *v = yget_str(file, m, key);
	const ynode *n = ymap_get(m, key);
	if (n && n->kind == YNODE_SCALAR && (!v || !v[strspn(v, " \t\n")])) {
		diag_error(file, n->line, n->col, "begrip: '%s' mag niet "
			   "leeg zijn", key);
		return NULL;
	}
	return v;
}

/* Reads entry m into e; 0, or -1 after reporting. */
static int load_entry(site *s, glossary *g, const ynode *m,
		      glossary_entry *e, strmap *ids, strmap *folded)
{
	const char *file = g->file;
	int before = diag_errors();
	if (yexpect_map(file, m, "een begrip") < 0)
		return -1;
	ycheck_map(file, m, "begrip", entry_keys, entry_required);
	e->term = entry_text(file, m, "term");
	e->uitleg = entry_text(file, m, "uitleg");
	e->bron = entry_text(file, m, "bron");
	e->afkorting = yget_str(file, m, "afkorting");
	e->at = ypos(file, m);
	if (e->term && strchr(e->term, '\n')) {
		const ynode *n = ymap_get(m, "term");
		diag_error(file, n->line, n->col, "begrip: 'term' is één "
			   "woord of een paar woorden op één regel");
		e->term = NULL;
	}
	if (!e->term || diag_errors() > before)
		return -1;
	/* the same term twice, or in another case: one of them */
	char *low = arena_strdup(s->a, e->term);
	for (char *p = low; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	const glossary_entry *was = strmap_get(folded, low);
	if (was) {
		const ynode *n = ymap_get(m, "term");
		diag_error(file, n->line, n->col, "begrip '%s' staat er al "
			   "(regel %d): elk begrip staat er één keer in",
			   e->term, was->at.line);
		return -1;
	}
	strmap_put(s->a, folded, low, e);
	strmap_put(s->a, &g->by_term, e->term, e);
	e->id = make_id(s, ids, e->term);
	return 0;
}

/* Reads the list under 'begrippen'. */
static void load_entries(site *s, glossary *g, const ynode *list)
{
	if (list->kind != YNODE_SEQ) {
		diag_error(g->file, list->line, list->col, "'begrippen' moet "
			   "een lijst van begrippen zijn, elk met term, uitleg "
			   "en bron");
		return;
	}
	strmap ids = { 0 }, folded = { 0 };
	g->items = arena_alloc(s->a, (list->n + 1) * sizeof *g->items);
	for (size_t i = 0; i < list->n; i++) {
		glossary_entry *e = &g->items[g->n];
		if (load_entry(s, g, list->items[i], e, &ids, &folded) == 0)
			g->n++;
	}
}

glossary *glossary_load(site *s)
{
	const char *file = path_join(s->a, s->content, "begrippen.yaml");
	if (!fs_is_file(file))
		return NULL;
	glossary *g = arena_alloc(s->a, sizeof *g);
	g->file = file;
	int before = diag_errors();
	ynode *root = content_yaml_read(s, file, "de begrippenlijst");
	if (!root) {
		g->bad = 1;
		return g;
	}
	ycheck_map(file, root, "begrippenlijst", keys, required);
	g->titel = yget_str(file, root, "titel");
	g->inleiding = yget_str(file, root, "inleiding");
	const ynode *list = ymap_get(root, "begrippen");
	if (list)
		load_entries(s, g, list);
	g->bad = diag_errors() > before;
	return g;
}

const glossary_entry *glossary_find(const glossary *g, const char *p,
				    size_t len)
{
	char key[256];
	if (!g || len >= sizeof key)
		return NULL;
	memcpy(key, p, len);
	key[len] = 0;
	return strmap_get(&g->by_term, key);
}

int glossary_is_abbr(const char *p, size_t len)
{
	size_t caps = 0, roman = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)p[i];
		caps += c >= 'A' && c <= 'Z';
		roman += c && strchr("IVXLC", c) != NULL;
	}
	if (caps == len && len >= 6)   /* a word in capitals: "MOETEN" */
		return 0;
	return caps >= 2 && roman < len;
}

/* The bytes of the word character at p (see glossary_scan()), or 0: ASCII
 * letters and digits, '&', '-' when hyphen, and the Latin letters of two
 * bytes (U+00C0 to U+017F: é, ë, ï); punctuation such as ’ is not. */
static size_t word_char(const char *text, size_t i, size_t len, int hyphen)
{
	unsigned char c = (unsigned char)text[i];
	if (ascii_alnum(c) || c == '&' || (hyphen && c == '-'))
		return 1;
	if (c >= 0xC3 && c <= 0xC5 && i + 1 < len &&
	    ((unsigned char)text[i + 1] & 0xC0) == 0x80)
		return 2;
	return 0;
}

/* The length of the longest term at text[i], ending at a word's end; 0. */
static size_t term_at(const glossary *g, const char *text, size_t i,
		      size_t len, const glossary_entry **hit)
{
	size_t best = 0;
	unsigned char c = (unsigned char)text[i];
	for (size_t k = 0; k < g->n; k++) {
		const char *t = g->items[k].term;
		size_t n = strlen(t);
		unsigned char t0 = (unsigned char)t[0];
		if (n <= best || i + n > len ||
		    !(c == t0 || (ascii_lower(t0) && c == t0 - 'a' + 'A')) ||
		    memcmp(text + i + 1, t + 1, n - 1) ||
		    (i + n < len && word_char(text, i + n, len, 1)))
			continue;
		best = n;
		*hit = &g->items[k];
	}
	return best;
}

const glossary_entry *glossary_scan(const glossary *g, const char *text,
				    size_t len, size_t from, size_t *start,
				    size_t *end)
{
	size_t i = from;   /* from is never inside a word: i is always
			    * at a word's start or outside words */
	while (g && i < len) {
		size_t w = word_char(text, i, len, 1);
		if (!w) {
			i++;
			continue;
		}
		const glossary_entry *hit = NULL;
		size_t n = term_at(g, text, i, len, &hit);
		if (n) {
			*start = i;
			*end = i + n;
			return hit;
		}
		while (i < len && (w = word_char(text, i, len, 1)) != 0)
			i += w;
	}
	return NULL;
}

/* Whether text from i (a word's start) to the next space is a web
 * address: "www." or a scheme before "://". Only at
 * the start of such a run: elsewhere a word ends at '/'. */
static int is_address(const char *text, size_t i, size_t len)
{
	if (i > 0 && !ascii_space((unsigned char)text[i - 1]) &&
	    text[i - 1] != '(' && text[i - 1] != '<')
		return 0;
	size_t e = i;
	while (e < len && !ascii_space((unsigned char)text[e]))
		e++;
	if (e - i >= 4 && !strncmp(text + i, "www.", 4))
		return 1;
	for (size_t k = i; k + 2 < e; k++)
		if (!strncmp(text + k, "://", 3))
			return 1;
	return 0;
}

int glossary_next_abbr(const char *text, size_t len, size_t *pos,
		       size_t *start, size_t *end)
{
	size_t i = *pos;
	while (i < len) {
		size_t w = word_char(text, i, len, 0);
		if (!w) {
			i++;
			continue;
		}
		if (is_address(text, i, len)) {   /* "www.x.nl/aBC": no words */
			while (i < len && !ascii_space((unsigned char)text[i]))
				i++;
			continue;
		}
		size_t s0 = i;
		while (i < len && (w = word_char(text, i, len, 0)) != 0)
			i += w;
		if (glossary_is_abbr(text + s0, i - s0)) {
			*start = s0;
			*end = i;
			*pos = i;
			return 1;
		}
	}
	*pos = len;
	return 0;
}
