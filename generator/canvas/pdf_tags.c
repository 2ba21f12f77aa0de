/* pdf_tags.c - the structure tree of a tagged PDF; see pdf_tags.h.
 *
 * An element is a record (role, alt text, parent, first page) and its
 * kids are records in one list in the order they come: marked content on
 * a page (an MCID), an element inside it, a link annotation. At the end
 * each element becomes an empty libharu dictionary in the cross-reference
 * table whose write hook writes its keys from the record, so a long
 * manual costs a few dozen bytes an element, not libharu's hundreds a
 * dictionary entry. */
#include "pdf_tags.h"
#include "util/buf.h"
#include "util/utf8.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { KID_MCID, KID_ELEM, KID_ANNOT };

typedef struct tag_elem {
	const char *role, *alt;
	int         parent;   /* -1: the StructTreeRoot (the Document) */
	int         page;     /* its /Pg, the page of its first MCID; -1 */
	const char *text;     /* an inline element's (a Link's) words */
	HPDF_Dict   obj;      /* made by pdf_tags_finish() */
} tag_elem;

typedef struct tag_kid {
	int elem;             /* whose kid */
	int kind;
	int page;             /* MCID, ANNOT: the page index */
	int value;            /* the MCID, the element, the annotation */
} tag_kid;

/* A link annotation and the element it belongs to. */
typedef struct tag_annot {
	HPDF_Annotation an;
	int             elem;
} tag_annot;

typedef enum { WANT_ARTIFACT, WANT_TAG, WANT_INLINE } want_kind;

/* A key of the ParentTree: a page's MCIDs, or an annotation. */
typedef struct tree_key {
	int key, page, annot;  /* page -1: the annotation */
} tree_key;

struct pdf_tags {
	arena           a;
	tag_elem       *elems;
	size_t          n_elems, cap_elems;
	tag_kid        *kids;
	size_t          n_kids, cap_kids;
	tag_annot      *annots;
	size_t          n_annots, cap_annots;
	/* what is drawn next belongs to, and what is open on the page */
	want_kind       want;
	canvas_tag     *want_tag;
	const char     *want_role;   /* WANT_INLINE */
	int             want_elem;   /* WANT_INLINE: made, or -1 */
	int             open;        /* -2: nothing; -1: an artifact */
	buf             words;       /* drawn in want_elem (WANT_INLINE) */
	int             page, mcid;  /* the page being marked, its next */
	/* pdf_tags_finish() */
	void *const    *pages;       /* HPDF_Page */
	size_t          n_pages;
	int            *by_elem, *elem_start;   /* kids by element */
	int            *by_page, *page_start;   /* MCIDs by page */
	tree_key       *keys;
	size_t          n_keys;
	HPDF_Dict      *leaves;
	size_t          n_leaves;
	HPDF_Dict       root, tree;
};

/* Grows an array of n items of size bytes to hold one more. */
static void *grow(void *items, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return items;
	*cap = *cap ? *cap * 2 : 64;
	return xrealloc(items, *cap * size);
}

/* Appends a kid to element elem. */
static void add_kid(pdf_tags *t, int elem, int kind, int page, int value)
{
	t->kids = grow(t->kids, t->n_kids, &t->cap_kids, sizeof *t->kids);
	t->kids[t->n_kids++] = (tag_kid){ elem, kind, page, value };
}

/* A standard structure type is a short name of letters and digits;
 * anything else is written as NonStruct. */
static const char *role_name(const char *role)
{
	size_t n = role ? strlen(role) : 0;
	if (n == 0 || n > 32)
		return "NonStruct";
	for (size_t i = 0; i < n; i++)
		if (!((role[i] >= 'A' && role[i] <= 'Z') ||
		      (role[i] >= 'a' && role[i] <= 'z') ||
		      (role[i] >= '0' && role[i] <= '9')))
			return "NonStruct";
	return role;
}

/* A new element inside parent; its index. role is a string constant
 * (canvas.h), alt is copied. */
static int elem_new(pdf_tags *t, const char *role, const char *alt,
		    int parent)
{
	t->elems = grow(t->elems, t->n_elems, &t->cap_elems, sizeof *t->elems);
	int e = (int)t->n_elems++;
	t->elems[e] = (tag_elem){ role_name(role),
				  alt && alt[0] ? arena_strdup(&t->a, alt) :
				  NULL, parent, -1, NULL, NULL };
	if (parent >= 0)
		add_kid(t, parent, KID_ELEM, -1, e);
	return e;
}

/* The structure of a new document: its Document element. */
pdf_tags *pdf_tags_new(void)
{
	pdf_tags *t = xmalloc(sizeof *t);
	memset(t, 0, sizeof *t);
	arena_init(&t->a, 0);
	elem_new(t, "Document", NULL, -1);   /* element 0 */
	t->open = -2;
	t->page = -1;
	t->want_elem = -1;
	return t;
}

void pdf_tags_free(pdf_tags *t)
{
	if (!t)
		return;
	free(t->elems);
	free(t->kids);
	free(t->annots);
	free(t->by_elem);
	free(t->elem_start);
	free(t->by_page);
	free(t->page_start);
	free(t->keys);
	free(t->leaves);
	buf_free(&t->words);
	arena_free(&t->a);
	free(t);
}

/* The element of tag, made (with its ancestors) on first use. */
static int elem_of(pdf_tags *t, canvas_tag *tag, int depth)
{
	if (!tag)
		return 0;
	if (tag->owner == t && tag->id > 0)
		return tag->id - 1;
	int parent = depth < 64 ? elem_of(t, tag->parent, depth + 1) : 0;
	int e = elem_new(t, tag->role, tag->alt, parent);
	tag->owner = t;
	tag->id = e + 1;
	return e;
}

/* Keeps the words drawn in the inline element that ends now. */
static void end_inline(pdf_tags *t)
{
	if (t->want == WANT_INLINE && t->want_elem >= 0 && t->words.len)
		t->elems[t->want_elem].text = arena_strndup(&t->a,
			t->words.data, t->words.len);
	buf_clear(&t->words);
}

void pdf_tags_set(pdf_tags *t, canvas_tag *tag)
{
	end_inline(t);
	t->want = tag ? WANT_TAG : WANT_ARTIFACT;
	t->want_tag = tag;
}

void pdf_tags_inline(pdf_tags *t, const char *role)
{
	end_inline(t);
	if (t->want == WANT_ARTIFACT)
		t->want_tag = NULL;   /* then inside the document */
	t->want = WANT_INLINE;
	t->want_role = role;
	t->want_elem = -1;
}

/* The element what is drawn next belongs to, made if need be; -1: an
 * artifact. */
static int wanted(pdf_tags *t)
{
	switch (t->want) {
	case WANT_TAG:
		return elem_of(t, t->want_tag, 0);
	case WANT_INLINE:
		if (t->want_elem < 0)
			t->want_elem = elem_new(t, t->want_role, NULL,
						elem_of(t, t->want_tag, 0));
		return t->want_elem;
	default:
		return -1;
	}
}

int pdf_tags_pending(const pdf_tags *t)
{
	switch (t->want) {
	case WANT_TAG:
		return !(t->want_tag->owner == t && t->want_tag->id > 0 &&
			 t->open == t->want_tag->id - 1);
	case WANT_INLINE:
		return t->want_elem < 0 || t->open != t->want_elem;
	default:
		return t->open != -1;
	}
}

/* The content stream of page, while it is being drawn. */
static HPDF_Stream content_of(HPDF_Page page)
{
	HPDF_PageAttr attr = page ? page->attr : NULL;
	return attr ? attr->stream : NULL;
}

void pdf_tags_mark(pdf_tags *t, HPDF_Page page, int page_index)
{
	HPDF_Stream s = content_of(page);
	if (!s)
		return;
	if (t->page != page_index) {
		t->page = page_index;
		t->mcid = 0;
	}
	if (t->open != -2)
		HPDF_Stream_WriteStr(s, "EMC\012");
	int e = wanted(t);
	t->open = e;
	if (e < 0) {
		HPDF_Stream_WriteStr(s, "/Artifact BMC\012");
		return;
	}
	char op[80];
	snprintf(op, sizeof op, "/%s <</MCID %d>> BDC\012", t->elems[e].role,
		 t->mcid);
	HPDF_Stream_WriteStr(s, op);
	add_kid(t, e, KID_MCID, page_index, t->mcid++);
	if (t->elems[e].page < 0)
		t->elems[e].page = page_index;
}

void pdf_tags_page_end(pdf_tags *t, HPDF_Page page)
{
	HPDF_Stream s = content_of(page);
	if (s && t->open != -2)
		HPDF_Stream_WriteStr(s, "EMC\012");
	end_inline(t);
	t->open = -2;
	t->want = WANT_ARTIFACT;
	t->want_tag = NULL;
}

void pdf_tags_text(pdf_tags *t, const char *s, size_t len)
{
	if (t->want != WANT_INLINE || t->open != t->want_elem || !len)
		return;
	if (t->words.len)
		buf_putc(&t->words, ' ');
	buf_put(&t->words, s, len);
}

int pdf_tags_link_elem(pdf_tags *t)
{
	return t->want == WANT_ARTIFACT ? -1 : wanted(t);
}

void pdf_tags_annot(pdf_tags *t, HPDF_Annotation an, int elem,
		    int page_index)
{
	if (!an || elem < 0)
		return;
	t->annots = grow(t->annots, t->n_annots, &t->cap_annots,
			 sizeof *t->annots);
	t->annots[t->n_annots] = (tag_annot){ an, elem };
	add_kid(t, elem, KID_ANNOT, page_index, (int)t->n_annots++);
}

/* ---- writing ---- */

/* Page i of the document. */
static HPDF_Page page_of(const pdf_tags *t, size_t i)
{
	return (HPDF_Page)t->pages[i];
}

/* The object number libharu gave obj in the cross-reference table. */
static unsigned obj_id(const void *obj)
{
	return ((const HPDF_Obj_Header *)obj)->obj_id & 0x00FFFFFF;
}

/* Writes fmt (a string constant) with up to two numbers. */
static HPDF_STATUS put(HPDF_Stream s, const char *fmt, unsigned a,
		       unsigned b)
{
	char text[96];
	snprintf(text, sizeof text, fmt, a, b);
	return HPDF_Stream_WriteStr(s, text);
}

/* utf8 as a PDF text string: UTF-16BE after its byte order mark. */
static void utf16_of(buf *b, const char *utf8)
{
	const char *p = utf8, *end = utf8 + strlen(utf8);
	buf_put(b, "\xFE\xFF", 2);
	while (p < end) {
		uint32_t c = utf8_next(&p, end);
		if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
			c = 0xFFFD;
		if (c >= 0x10000) {
			c -= 0x10000;
			uint32_t hi = 0xD800 + (c >> 10), lo = 0xDC00 + (c & 0x3FF);
			char u[4] = { (char)(hi >> 8), (char)hi, (char)(lo >> 8),
				      (char)lo };
			buf_put(b, u, 4);
		} else {
			char u[2] = { (char)(c >> 8), (char)c };
			buf_put(b, u, 2);
		}
	}
}

/* A text string in hex. */
static HPDF_STATUS put_text(HPDF_Stream s, const char *utf8)
{
	buf b = BUF_INIT;
	utf16_of(&b, utf8);
	HPDF_STATUS rc = HPDF_Stream_WriteStr(s, "<");
	for (size_t i = 0; i < b.len && rc == HPDF_OK; i++)
		rc = put(s, "%02X", (unsigned char)b.data[i], 0);
	buf_free(&b);
	return rc == HPDF_OK ? HPDF_Stream_WriteStr(s, ">") : rc;
}

/* One entry of an element's /K: an MCID (a marked-content reference
 * when it lies on another page than the element's /Pg), an element, or
 * a link annotation (an object reference). */
static HPDF_STATUS put_kid(const pdf_tags *t, const tag_elem *el,
			   const tag_kid *k, HPDF_Stream s)
{
	switch (k->kind) {
	case KID_MCID:
		if (k->page == el->page)
			return put(s, "%u ", (unsigned)k->value, 0);
		return put(s, "<< /Type /MCR /Pg %u 0 R /MCID %u >> ",
			   obj_id(page_of(t, (size_t)k->page)),
			   (unsigned)k->value);
	case KID_ELEM:
		return put(s, "%u 0 R ", obj_id(t->elems[k->value].obj), 0);
	default:
		return put(s, "<< /Type /OBJR /Pg %u 0 R /Obj %u 0 R >> ",
			   obj_id(page_of(t, (size_t)k->page)),
			   obj_id(t->annots[k->value].an));
	}
}

/* What a dictionary's write hook writes from: the tags and a number
 * (an element, or the first key of a ParentTree leaf). */
typedef struct tag_ref {
	const pdf_tags *t;
	int             i, n;
} tag_ref;

/* An empty dictionary in the cross-reference table, written by fn from
 * (t, i, n); NULL after libharu failed. */
static HPDF_Dict hook_dict(pdf_tags *t, HPDF_Doc doc, HPDF_Dict_OnWriteFunc fn,
			   int i, int n)
{
	HPDF_Dict d = HPDF_Dict_New(doc->mmgr);
	if (!d || HPDF_Xref_Add(doc->xref, d) != HPDF_OK)
		return NULL;
	tag_ref *r = arena_alloc(&t->a, sizeof *r);
	*r = (tag_ref){ t, i, n };
	d->attr = r;
	d->write_fn = fn;
	return d;
}

/* An element's keys, from its record. */
static HPDF_STATUS write_elem(HPDF_Dict d, HPDF_Stream s)
{
	const tag_ref *r = d->attr;
	const pdf_tags *t = r->t;
	const tag_elem *el = &t->elems[r->i];
	HPDF_STATUS rc = HPDF_Stream_WriteStr(s, "/S ");
	if (rc == HPDF_OK)
		rc = HPDF_Stream_WriteEscapeName(s, el->role);
	if (rc == HPDF_OK)
		rc = put(s, " /P %u 0 R", obj_id(el->parent < 0 ?
			 t->root : t->elems[el->parent].obj), 0);
	if (rc == HPDF_OK && el->page >= 0)
		rc = put(s, " /Pg %u 0 R", obj_id(page_of(t,
			 (size_t)el->page)), 0);
	if (rc == HPDF_OK && el->alt) {
		rc = HPDF_Stream_WriteStr(s, " /Alt ");
		if (rc == HPDF_OK)
			rc = put_text(s, el->alt);
	}
	/* one kid stands alone, more in an array */
	int from = t->elem_start[r->i], to = t->elem_start[r->i + 1];
	if (rc == HPDF_OK)
		rc = HPDF_Stream_WriteStr(s, to - from == 1 ? " /K " :
					  " /K [ ");
	for (int k = from; k < to && rc == HPDF_OK; k++)
		rc = put_kid(t, el, &t->kids[t->by_elem[k]], s);
	return rc == HPDF_OK ? HPDF_Stream_WriteStr(s, to - from == 1 ?
						    "\012" : "]\012") : rc;
}

/* A leaf of the ParentTree: keys [i, i + n). */
static HPDF_STATUS write_leaf(HPDF_Dict d, HPDF_Stream s)
{
	const tag_ref *r = d->attr;
	const pdf_tags *t = r->t;
	HPDF_STATUS rc = put(s, "/Limits [ %u %u ]\012/Nums [\012",
			     (unsigned)t->keys[r->i].key,
			     (unsigned)t->keys[r->i + r->n - 1].key);
	for (int i = r->i; i < r->i + r->n && rc == HPDF_OK; i++) {
		const tree_key *k = &t->keys[i];
		if (k->page < 0) {
			rc = put(s, "%u %u 0 R\012", (unsigned)k->key, obj_id(
				 t->elems[t->annots[k->annot].elem].obj));
			continue;
		}
		rc = put(s, "%u [ ", (unsigned)k->key, 0);
		for (int m = t->page_start[k->page]; m < t->page_start[k->page +
		     1] && rc == HPDF_OK; m++)
			rc = put(s, "%u 0 R ", obj_id(t->elems[
				 t->kids[t->by_page[m]].elem].obj), 0);
		if (rc == HPDF_OK)
			rc = HPDF_Stream_WriteStr(s, "]\012");
	}
	return rc == HPDF_OK ? HPDF_Stream_WriteStr(s, "]\012") : rc;
}

/* The ParentTree's root: its leaves. */
static HPDF_STATUS write_tree(HPDF_Dict d, HPDF_Stream s)
{
	const tag_ref *r = d->attr;
	const pdf_tags *t = r->t;
	if (!t->n_leaves)
		return HPDF_Stream_WriteStr(s, "/Nums [ ]\012");
	HPDF_STATUS rc = HPDF_Stream_WriteStr(s, "/Kids [ ");
	for (size_t i = 0; i < t->n_leaves && rc == HPDF_OK; i++)
		rc = put(s, "%u 0 R ", obj_id(t->leaves[i]), 0);
	return rc == HPDF_OK ? HPDF_Stream_WriteStr(s, "]\012") : rc;
}

/* The StructTreeRoot: the Document element and the ParentTree. */
static HPDF_STATUS write_root(HPDF_Dict d, HPDF_Stream s)
{
	const tag_ref *r = d->attr;
	const pdf_tags *t = r->t;
	HPDF_STATUS rc = put(s, "/Type /StructTreeRoot\012/K %u 0 R\012"
			     "/ParentTree %u 0 R\012", obj_id(t->elems[0].obj),
			     obj_id(t->tree));
	return rc == HPDF_OK ? put(s, "/ParentTreeNextKey %u\012",
				   (unsigned)(t->n_pages + t->n_annots), 0) :
		rc;
}

/* Kid indices ordered by bucket (an element, or a page for MCIDs only),
 * keeping their order within one: *start gets n + 1 offsets. */
static int *order_kids(const pdf_tags *t, size_t n, int by_page,
		       int **start)
{
	int *at = xmalloc((n + 2) * sizeof *at);
	int *out = xmalloc((t->n_kids + 1) * sizeof *out);
	memset(at, 0, (n + 2) * sizeof *at);
	for (size_t i = 0; i < t->n_kids; i++) {
		const tag_kid *k = &t->kids[i];
		if (!by_page)
			at[k->elem + 1]++;
		else if (k->kind == KID_MCID)
			at[k->page + 1]++;
	}
	for (size_t i = 1; i <= n; i++)
		at[i] += at[i - 1];
	int *fill = xmalloc((n + 1) * sizeof *fill);
	memcpy(fill, at, (n + 1) * sizeof *fill);
	for (size_t i = 0; i < t->n_kids; i++) {
		const tag_kid *k = &t->kids[i];
		if (!by_page)
			out[fill[k->elem]++] = (int)i;
		else if (k->kind == KID_MCID)
			out[fill[k->page]++] = (int)i;
	}
	free(fill);
	*start = at;
	return out;
}

/* The ParentTree's keys in order (pages with marked content, then the
 * annotations) in leaves of at most LEAF_KEYS. */
enum { LEAF_KEYS = 64 };

static int make_parent_tree(pdf_tags *t, HPDF_Doc doc)
{
	t->keys = xmalloc((t->n_pages + t->n_annots + 1) * sizeof *t->keys);
	for (size_t p = 0; p < t->n_pages; p++)
		if (t->page_start[p + 1] > t->page_start[p])
			t->keys[t->n_keys++] = (tree_key){ (int)p, (int)p, -1 };
	for (size_t i = 0; i < t->n_annots; i++)
		t->keys[t->n_keys++] = (tree_key){ (int)(t->n_pages + i), -1,
						   (int)i };
	size_t n = (t->n_keys + LEAF_KEYS - 1) / LEAF_KEYS;
	t->leaves = xmalloc((n + 1) * sizeof *t->leaves);
	for (size_t i = 0; i < n; i++) {
		size_t from = i * LEAF_KEYS, k = t->n_keys - from;
		t->leaves[i] = hook_dict(t, doc, write_leaf, (int)from,
					 (int)(k < LEAF_KEYS ? k : LEAF_KEYS));
		if (!t->leaves[i])
			return -1;
		t->n_leaves++;
	}
	t->tree = hook_dict(t, doc, write_tree, 0, 0);
	return t->tree ? 0 : -1;
}

/* A link's /Contents, its words (UTF-16BE, as a hex string). */
static HPDF_STATUS add_contents(pdf_tags *t, HPDF_Annotation an,
				const char *utf8)
{
	buf b = BUF_INIT;
	utf16_of(&b, utf8);
	HPDF_Binary v = HPDF_Binary_New(t->root->mmgr, (HPDF_BYTE *)b.data,
					(HPDF_UINT)b.len);
	buf_free(&b);
	return v ? HPDF_Dict_Add(an, "Contents", v) : HPDF_FAILD_TO_ALLOC_MEM;
}

/* /StructParents and /Tabs on the pages, /StructParent on the links and
 * their words as /Contents. */
static int mark_pages(pdf_tags *t)
{
	HPDF_STATUS rc = HPDF_OK;
	for (size_t p = 0; p < t->n_pages && rc == HPDF_OK; p++) {
		if (t->page_start[p + 1] > t->page_start[p])
			rc = HPDF_Dict_AddNumber(page_of(t, p), "StructParents",
						 (HPDF_INT32)p);
		if (rc == HPDF_OK)
			rc = HPDF_Dict_AddName(page_of(t, p), "Tabs", "S");
	}
	for (size_t i = 0; i < t->n_annots && rc == HPDF_OK; i++) {
		const tag_annot *a = &t->annots[i];
		rc = HPDF_Dict_AddNumber(a->an, "StructParent",
					 (HPDF_INT32)(t->n_pages + i));
		if (rc == HPDF_OK && t->elems[a->elem].text)
			rc = add_contents(t, a->an, t->elems[a->elem].text);
	}
	return rc == HPDF_OK ? 0 : -1;
}

/* /StructTreeRoot, /MarkInfo and /ViewerPreferences in the catalog. */
static int mark_catalog(pdf_tags *t, HPDF_Doc doc)
{
	HPDF_Dict cat = doc->catalog;
	HPDF_Dict info = HPDF_Dict_New(doc->mmgr);
	HPDF_Dict prefs = HPDF_Dict_GetItem(cat, "ViewerPreferences",
					    HPDF_OCLASS_DICT);
	HPDF_STATUS rc = info ? HPDF_Dict_AddBoolean(info, "Marked",
		HPDF_TRUE) : HPDF_FAILD_TO_ALLOC_MEM;
	if (rc == HPDF_OK)
		rc = HPDF_Dict_Add(cat, "MarkInfo", info);
	if (rc == HPDF_OK)
		rc = HPDF_Dict_Add(cat, "StructTreeRoot", t->root);
	if (rc == HPDF_OK && !prefs) {
		prefs = HPDF_Dict_New(doc->mmgr);
		rc = prefs ? HPDF_Dict_Add(cat, "ViewerPreferences", prefs) :
			HPDF_FAILD_TO_ALLOC_MEM;
	}
	if (rc == HPDF_OK)
		rc = HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE);
	/* marked content and /MarkInfo came with PDF 1.4 */
	if (doc->pdf_version < HPDF_VER_14)
		doc->pdf_version = HPDF_VER_14;
	return rc == HPDF_OK ? 0 : -1;
}

int pdf_tags_finish(pdf_tags *t, HPDF_Doc doc, void *const *pages,
		    size_t n)
{
	t->pages = pages;
	t->n_pages = n;
	for (size_t i = 0; i < t->n_kids; i++)
		if (t->kids[i].page >= (int)n)
			return -1;   /* cannot be: pages are never taken away */
	t->by_elem = order_kids(t, t->n_elems, 0, &t->elem_start);
	t->by_page = order_kids(t, n, 1, &t->page_start);
	t->root = hook_dict(t, doc, write_root, 0, 0);
	if (!t->root)
		return -1;
	for (size_t i = 0; i < t->n_elems; i++)
		if (!(t->elems[i].obj = hook_dict(t, doc, write_elem, (int)i,
						  0)))
			return -1;
	if (make_parent_tree(t, doc) < 0 || mark_pages(t) < 0)
		return -1;
	return mark_catalog(t, doc);
}
