/* render.c - rendering compiled Mustache templates.
 *
 * Rendering walks the node array. The context stack and the chain of
 * partial indentations are linked lists of frames on the C stack, so the
 * only allocations are the output buffer's growth and, the first time a
 * partial is used, its compilation into the root template's cache. */
#include "template/mu_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* one entry of the context stack, innermost first */
typedef struct ctx_frame {
	const mu_value         *v;
	const struct ctx_frame *up;
} ctx_frame;

/* indentation of a standalone partial: up's indentation comes first */
typedef struct indent {
	const char          *s;
	size_t               len;
	const struct indent *up;
} indent;

typedef struct render_state {
	const mu_template *root;      /* owns the partial cache */
	mu_partial_fn      partials;
	void              *ud;
	buf               *out;
	mu_error          *err;
	int                depth;     /* partials currently being rendered */
	const char        *partial;   /* innermost of them, or NULL */
} render_state;

static int render_range(render_state *st, const mu_template *t, size_t from,
                        size_t to, const ctx_frame *c, const indent *ind);

/* render_error - set the error (when wanted); returns -1 */
__attribute__((format(printf, 4, 5)))
static int render_error(render_state *st, uint32_t line, uint32_t col,
                        const char *fmt, ...)
{
	if (st->err) {
		st->err->line = (int)line;
		st->err->col = (int)col;
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(st->err->msg, sizeof st->err->msg, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* lookup - resolve node n's name: the first part in the innermost context
 * that is a map holding it, every further part in the previous result
 * only. NULL when any part is missing. */
static const mu_value *lookup(const mu_node *n, const ctx_frame *c)
{
	if (n->nseg == 0)
		return c ? c->v : NULL;
	const mu_value *v = NULL;
	for (; c && !v; c = c->up)
		if (c->v && c->v->kind == MU_MAP)
			v = mu_map_find(c->v, n->segs[0].s, n->segs[0].len,
			                n->segs[0].hash);
	for (uint32_t i = 1; v && i < n->nseg; i++) {
		if (v->kind != MU_MAP)
			return NULL;
		v = mu_map_find(v, n->segs[i].s, n->segs[i].len,
		                n->segs[i].hash);
	}
	return v;
}

/* put_indent - write the whole indentation chain, outermost first */
static void put_indent(buf *out, const indent *ind)
{
	if (!ind)
		return;
	put_indent(out, ind->up);
	buf_put(out, ind->s, ind->len);
}

/* put_text - write literal text, indenting each line that starts inside
 * it (a line ending at the text's end is indented by the next node) */
static void put_text(buf *out, const mu_node *n, const indent *ind)
{
	const char *s = n->text, *end = n->text + n->len;
	if (!ind) {
		buf_put(out, s, n->len);
		return;
	}
	const char *nl;
	while ((nl = memchr(s, '\n', (size_t)(end - s))) && nl + 1 < end) {
		buf_put(out, s, (size_t)(nl + 1 - s));
		put_indent(out, ind);
		s = nl + 1;
	}
	buf_put(out, s, (size_t)(end - s));
}

/* put_value - interpolate v: strings (escaped unless raw), numbers,
 * booleans as "true"/"false"; null, lists and maps as nothing */
static void put_value(buf *out, const mu_value *v, int raw)
{
	if (!v)
		return;
	switch (v->kind) {
	case MU_STR:
		if (raw)
			buf_put(out, v->u.str.s, v->u.str.len);
		else
			buf_put_html(out, v->u.str.s, v->u.str.len);
		break;
	case MU_NUM:
		buf_put(out, v->u.num.text, v->u.num.len);
		break;
	case MU_BOOL:
		buf_puts(out, v->u.b ? "true" : "false");
		break;
	default:
		break;
	}
}

/* render_section - render the body of section node i of t: once per list
 * item, once with the value pushed for other truthy values; inverted
 * sections render once with the context unchanged when v is falsey */
static int render_section(render_state *st, const mu_template *t, size_t i,
                          const ctx_frame *c, const indent *ind)
{
	const mu_node *n = &t->nodes[i];
	const mu_value *v = lookup(n, c);
	if (n->type == MU_N_INVERTED)
		return mu_truthy(v) ? 0 :
		       render_range(st, t, i + 1, n->end, c, ind);
	if (!mu_truthy(v))
		return 0;
	if (v->kind != MU_LIST) {
		ctx_frame f = { v, c };
		return render_range(st, t, i + 1, n->end, &f, ind);
	}
	for (size_t k = 0; k < v->u.list.len; k++) {
		ctx_frame f = { v->u.list.items[k], c };
		if (render_range(st, t, i + 1, n->end, &f, ind))
			return -1;
	}
	return 0;
}

/* cached_partial - the compiled partial name with source src, if cached */
static const mu_template *cached_partial(const mu_cache *cache,
                                         const char *name, uint32_t hash,
                                         const char *src, size_t len)
{
	for (const mu_cache_entry *e = cache->head; e; e = e->next)
		if (e->hash == hash && strcmp(e->name, name) == 0 &&
		    e->tpl->len == len && memcmp(e->tpl->src, src, len) == 0)
			return e->tpl;
	return NULL;
}

/* get_partial - look partial node n up and compile it on first use. Sets
 * *out to NULL for an unknown partial; returns -1 on a syntax error. */
static int get_partial(render_state *st, const mu_node *n,
                       const mu_template **out)
{
	size_t len = 0;
	const char *src = st->partials ? st->partials(st->ud, n->text, &len)
	                               : NULL;
	*out = NULL;
	if (!src)
		return 0;
	mu_cache *cache = st->root->cache;
	uint32_t hash = mu_hash(n->text, n->len);
	pthread_mutex_lock(&cache->lock);
	*out = cached_partial(cache, n->text, hash, src, len);
	if (*out) {
		pthread_mutex_unlock(&cache->lock);
		return 0;
	}
	mu_error perr = { 0, 0, "" };
	mu_template *pt = mu_compile(src, len, &perr);
	if (!pt) {
		pthread_mutex_unlock(&cache->lock);
		return render_error(st, (uint32_t)perr.line, (uint32_t)perr.col,
		                    "in partial '%.60s': %s", n->text, perr.msg);
	}
	mu_cache_entry *e = arena_alloc(&cache->a, sizeof *e);
	e->name = arena_strndup(&cache->a, n->text, n->len);
	e->hash = hash;
	e->tpl = pt;
	e->next = cache->head;
	cache->head = e;
	pthread_mutex_unlock(&cache->lock);
	*out = pt;
	return 0;
}

/* render_partial - render partial node n in context c. A standalone
 * partial indents each of its lines by its own indentation appended to
 * the current one; an inline partial is not indented at all. */
static int render_partial(render_state *st, const mu_node *n,
                          const ctx_frame *c, const indent *ind)
{
	if (st->depth >= MU_MAX_DEPTH)
		return render_error(st, n->line, n->col, "%s%.60s%spartial "
		                    "'%.60s' is meer dan %d niveaus diep "
		                    "genest",
		                    st->partial ? "in partial '" : "",
		                    st->partial ? st->partial : "",
		                    st->partial ? "': " : "",
		                    n->text, MU_MAX_DEPTH);
	const mu_template *pt;
	if (get_partial(st, n, &pt))
		return -1;
	if (!pt)
		return 0;
	indent own = { n->indent, n->indent_len, ind };
	const indent *pind = NULL;
	if (n->standalone)
		pind = n->indent_len ? &own : ind;
	const char *outer = st->partial;
	st->partial = n->text;
	st->depth++;
	int rc = render_range(st, pt, 0, pt->n, c, pind);
	st->depth--;
	st->partial = outer;
	return rc;
}

/* render_range - render nodes [from, to) of template t */
static int render_range(render_state *st, const mu_template *t, size_t from,
                        size_t to, const ctx_frame *c, const indent *ind)
{
	for (size_t i = from; i < to; i++) {
		const mu_node *n = &t->nodes[i];
		if (n->bol && ind)
			put_indent(st->out, ind);
		switch ((mu_node_type)n->type) {
		case MU_N_TEXT:
			put_text(st->out, n, ind);
			break;
		case MU_N_ESC:
		case MU_N_RAW:
			put_value(st->out, lookup(n, c), n->type == MU_N_RAW);
			break;
		case MU_N_SECTION:
		case MU_N_INVERTED:
			if (render_section(st, t, i, c, ind))
				return -1;
			i = n->end - 1;
			break;
		case MU_N_PARTIAL:
			if (render_partial(st, n, c, ind))
				return -1;
			break;
		case MU_N_INDENT:
			put_indent(st->out, ind);
			break;
		}
	}
	return 0;
}

int mu_render(const mu_template *t, const mu_value *ctx,
              mu_partial_fn partials, void *ud, buf *out, mu_error *err)
{
	render_state st = { t, partials, ud, out, err, 0, NULL };
	ctx_frame root = { ctx, NULL };
	if (err) {
		err->line = err->col = 0;
		err->msg[0] = '\0';
	}
	/* make sure out->data is a valid string even if nothing is written */
	buf_put(out, "", 0);
	if (!t)
		return render_error(&st, 0, 0, "geen sjabloon");
	return render_range(&st, t, 0, t->n, ctx ? &root : NULL, NULL);
}
