/* pdf_meta.c - document info, XMP, output intent, CMYK colour and subset
 * tags for pdf.c; see pdf_meta.h. */
#include "pdf_meta.h"
#include "colour.h"
#include "image.h"
#include "util/buf.h"
#include "util/hash.h"

#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_list.h>
#include <hpdf_objects.h>
#include <hpdf_version.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The output condition: offset on coated paper, ISO 12647-2:2004, as
 * registered in the ICC's characterization data registry. A registered
 * condition may be named without embedding its profile (PDF/X-1a). */
#define PDF_CONDITION    "FOGRA39"
#define PDF_CONDITION_IS "Coated FOGRA39 (ISO 12647-2:2004)"
#define PDF_REGISTRY     "http://www.color.org"

#define PDF_PRODUCER "coachkit " COACHKIT_VERSION " (libharu " \
		     HPDF_VERSION_TEXT ")"

static const char *dup_or_null(arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

void pdf_meta_init(pdf_meta *m, arena *a, const canvas_info *info)
{
	memset(m, 0, sizeof *m);
	if (!info)
		return;
	m->title = dup_or_null(a, info->title);
	m->author = dup_or_null(a, info->author);
	m->subject = dup_or_null(a, info->subject);
	m->creator = dup_or_null(a, info->creator);
	m->language = dup_or_null(a, info->language);
	m->date = info->date;
	m->cmyk = info->cmyk;
	m->n_inks = info->n_inks < CANVAS_INKS_MAX ? info->n_inks :
		    CANVAS_INKS_MAX;
	if (m->n_inks)
		memcpy(m->inks, info->inks, m->n_inks * sizeof *m->inks);
}

static float rgb_part(uint32_t c, int shift)
{
	return ((c >> shift) & 255) / 255.0f;
}

void pdf_meta_fill(HPDF_Page page, const pdf_meta *m, uint32_t colour)
{
	if (!m->cmyk) {
		HPDF_Page_SetRGBFill(page, rgb_part(colour, 16),
				     rgb_part(colour, 8), rgb_part(colour, 0));
		return;
	}
	double k[4];
	colour_cmyk(colour, m->inks, m->n_inks, k);
	HPDF_Page_SetCMYKFill(page, (HPDF_REAL)k[0], (HPDF_REAL)k[1],
			      (HPDF_REAL)k[2], (HPDF_REAL)k[3]);
}

void pdf_meta_stroke(HPDF_Page page, const pdf_meta *m, uint32_t colour)
{
	if (!m->cmyk) {
		HPDF_Page_SetRGBStroke(page, rgb_part(colour, 16),
				       rgb_part(colour, 8),
				       rgb_part(colour, 0));
		return;
	}
	double k[4];
	colour_cmyk(colour, m->inks, m->n_inks, k);
	HPDF_Page_SetCMYKStroke(page, (HPDF_REAL)k[0], (HPDF_REAL)k[1],
				(HPDF_REAL)k[2], (HPDF_REAL)k[3]);
}

/* The date as the info dictionary ("D:20261123093000+00'00'") or XMP
 * ("2026-11-23T09:30:00Z") writes it. */
static void format_date(long long date, int xmp, char *out, size_t n)
{
	time_t t = (time_t)date;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, n, xmp ? "%Y-%m-%dT%H:%M:%SZ" : "D:%Y%m%d%H%M%S+00'00'",
		 &tm);
}

/* s with &, < and > escaped for XML. */
static void put_xml(buf *b, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '&')
			buf_puts(b, "&amp;");
		else if (*s == '<')
			buf_puts(b, "&lt;");
		else if (*s == '>')
			buf_puts(b, "&gt;");
		else
			buf_putc(b, *s);
	}
}

/* An element <tag>text</tag>, text inside an rdf container (NULL: none)
 * as Dublin Core writes its lists. */
static void put_element(buf *b, const char *tag, const char *container,
			const char *text)
{
	if (!text)
		return;
	buf_printf(b, "   <%s>", tag);
	if (container)
		buf_printf(b, "<rdf:%s><rdf:li%s>", container,
			   !strcmp(container, "Alt") ?
			   " xml:lang=\"x-default\"" : "");
	put_xml(b, text);
	if (container)
		buf_printf(b, "</rdf:li></rdf:%s>", container);
	buf_printf(b, "</%s>\n", tag);
}

/* The XMP packet: the same title, author, dates and producer as the
 * info dictionary. */
static void xmp_packet(buf *b, const pdf_meta *m, const char *date)
{
	buf_puts(b, "<?xpacket begin=\"\xEF\xBB\xBF\" "
		 "id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
		 "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
		 " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/"
		 "22-rdf-syntax-ns#\">\n"
		 "  <rdf:Description rdf:about=\"\"\n"
		 "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
		 "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
		 "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
		 "    xmlns:pdfx=\"http://ns.adobe.com/pdfx/1.3/\">\n"
		 "   <dc:format>application/pdf</dc:format>\n");
	put_element(b, "dc:title", "Alt", m->title);
	put_element(b, "dc:creator", "Seq", m->author);
	put_element(b, "dc:description", "Alt", m->subject);
	put_element(b, "dc:language", "Bag", m->language);
	put_element(b, "xmp:CreateDate", NULL, date);
	put_element(b, "xmp:ModifyDate", NULL, date);
	put_element(b, "xmp:MetadataDate", NULL, date);
	put_element(b, "xmp:CreatorTool", NULL, m->creator);
	put_element(b, "pdf:Producer", NULL, PDF_PRODUCER);
	put_element(b, "pdf:Trapped", NULL, m->cmyk ? "False" : NULL);
	put_element(b, "pdfx:GTS_PDFXVersion", NULL,
		    m->cmyk ? "PDF/X-1:2003" : NULL);
	buf_puts(b, "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n"
		 "<?xpacket end=\"r\"?>\n");
}

/* The catalog's /Metadata: the packet, uncompressed, as XMP readers
 * that scan a file for packets want. */
static int add_xmp(HPDF_Doc doc, const pdf_meta *m, const char *date)
{
	buf b = BUF_INIT;
	xmp_packet(&b, m, date);
	HPDF_Dict st = HPDF_DictStream_New(doc->mmgr, doc->xref);
	int ok = st && HPDF_Dict_AddName(st, "Type", "Metadata") == HPDF_OK &&
		 HPDF_Dict_AddName(st, "Subtype", "XML") == HPDF_OK &&
		 HPDF_Stream_Write(st->stream, (HPDF_BYTE *)b.data,
				   (HPDF_UINT)b.len) == HPDF_OK &&
		 HPDF_Dict_Add(doc->catalog, "Metadata", st) == HPDF_OK;
	buf_free(&b);
	return ok ? 0 : -1;
}

/* /OutputIntents with the coated condition, named, not embedded. */
static int add_output_intent(HPDF_Doc doc)
{
	HPDF_MMgr mm = doc->mmgr;
	HPDF_Array list = HPDF_Array_New(mm);
	HPDF_Dict oi = HPDF_Dict_New(mm);
	if (!list || !oi)
		return -1;
	int ok = HPDF_Dict_AddName(oi, "Type", "OutputIntent") == HPDF_OK &&
		HPDF_Dict_AddName(oi, "S", "GTS_PDFX") == HPDF_OK &&
		HPDF_Dict_Add(oi, "OutputConditionIdentifier",
			HPDF_String_New(mm, PDF_CONDITION, NULL)) == HPDF_OK &&
		HPDF_Dict_Add(oi, "OutputCondition",
			HPDF_String_New(mm, PDF_CONDITION_IS, NULL)) ==
			HPDF_OK &&
		HPDF_Dict_Add(oi, "Info", HPDF_String_New(mm,
			PDF_CONDITION_IS, NULL)) == HPDF_OK &&
		HPDF_Dict_Add(oi, "RegistryName", HPDF_String_New(mm,
			PDF_REGISTRY, NULL)) == HPDF_OK &&
		HPDF_Array_Add(list, oi) == HPDF_OK &&
		HPDF_Dict_Add(doc->catalog, "OutputIntents", list) == HPDF_OK;
	return ok ? 0 : -1;
}

/* The trailer's /ID: two equal 16-byte identifiers from the document's
 * title and date, so that a rebuild gives the same file. */
static int add_id(HPDF_Doc doc, const pdf_meta *m)
{
	uint64_t h = hash_str(hash_str(HASH_SEED, m->title), m->author);
	h = hash_u64(h, (uint64_t)m->date);
	HPDF_BYTE id[16];
	for (int i = 0; i < 16; i++) {
		if (i == 8)
			h = hash_u64(h, 0x9E3779B97F4A7C15ULL);
		id[i] = (HPDF_BYTE)(h >> (8 * (i % 8)));
	}
	HPDF_Array a = HPDF_Array_New(doc->mmgr);
	int ok = a && HPDF_Array_Add(a, HPDF_Binary_New(doc->mmgr, id, 16)) ==
		 HPDF_OK && HPDF_Array_Add(a, HPDF_Binary_New(doc->mmgr, id,
		 16)) == HPDF_OK && HPDF_Dict_Add(doc->trailer, "ID", a) ==
		 HPDF_OK;
	return ok ? 0 : -1;
}

/* Producer and dates in the info dictionary; for a print shop the
 * PDF/X version and /Trapped. */
static int set_info(HPDF_Doc doc, const pdf_meta *m, const char *date)
{
	if (HPDF_SetInfoAttr(doc, HPDF_INFO_PRODUCER, PDF_PRODUCER) !=
	    HPDF_OK || !doc->info)
		return -1;
	HPDF_MMgr mm = doc->mmgr;
	int ok = 1;
	if (date[0])
		ok = HPDF_Dict_Add(doc->info, "CreationDate",
			HPDF_String_New(mm, date, NULL)) == HPDF_OK &&
		     HPDF_Dict_Add(doc->info, "ModDate",
			HPDF_String_New(mm, date, NULL)) == HPDF_OK;
	if (ok && m->cmyk)
		ok = HPDF_Dict_Add(doc->info, "GTS_PDFXVersion",
			HPDF_String_New(mm, "PDF/X-1:2003", NULL)) ==
			HPDF_OK &&
		     HPDF_Dict_AddName(doc->info, "Trapped", "False") ==
			HPDF_OK;
	return ok ? 0 : -1;
}

HPDF_Image pdf_meta_jpeg_cmyk(HPDF_Doc doc, const char *file, char *why,
			      size_t n)
{
	image_pixels px;
	why[0] = '\0';
	int rc = image_decode_jpeg(file, &px, why, n);
	if (rc == 1)
		return HPDF_LoadJpegImageFromFile(doc, file);
	if (rc < 0)
		return NULL;
	HPDF_Image img = pdf_meta_image_cmyk(doc, &px);
	image_pixels_free(&px);
	return img;
}

/* A print shop's file has no annotations (links) on its pages: PDF/X
 * allows none inside the bleed, where they could print over the page. */
static void drop_links(HPDF_Doc doc)
{
	for (HPDF_UINT i = 0; doc->page_list && i < doc->page_list->count;
	     i++) {
		HPDF_Dict page = HPDF_List_ItemAt(doc->page_list, i);
		if (page && HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY))
			HPDF_Dict_RemoveElement(page, "Annots");
	}
}

int pdf_meta_write(HPDF_Doc doc, const pdf_meta *m)
{
	char info_date[40] = "", xmp_date[40] = "";
	if (m->date) {
		format_date(m->date, 0, info_date, sizeof info_date);
		format_date(m->date, 1, xmp_date, sizeof xmp_date);
	}
	if (m->author)
		HPDF_SetInfoAttr(doc, HPDF_INFO_AUTHOR, m->author);
	if (doc->pdf_version < HPDF_VER_14)
		doc->pdf_version = HPDF_VER_14;
	if (set_info(doc, m, info_date) < 0 ||
	    add_xmp(doc, m, xmp_date[0] ? xmp_date : NULL) < 0 ||
	    add_id(doc, m) < 0)
		return -1;
	if (!m->cmyk)
		return 0;
	drop_links(doc);
	return add_output_intent(doc);
}

HPDF_Image pdf_meta_image_cmyk(HPDF_Doc doc, const image_pixels *px)
{
	size_t n = (size_t)px->width * (size_t)px->height;
	unsigned char *out = xmalloc(n * 4 + 1);
	for (size_t i = 0; i < n; i++) {
		const unsigned char *v = px->colour + i * (size_t)px->channels;
		unsigned a = px->alpha ? px->alpha[i] : 255;
		uint32_t rgb = 0;
		for (int c = 0; c < 3; c++) {
			unsigned x = v[px->channels == 3 ? c : 0];
			x = (x * a + 255 * (255 - a) + 127) / 255;
			rgb = rgb << 8 | x;
		}
		double k[4];
		colour_cmyk_plain(rgb, k);
		for (int c = 0; c < 4; c++)
			out[4 * i + (size_t)c] = (unsigned char)(k[c] * 255 +
								  0.5);
	}
	HPDF_Image img = HPDF_LoadRawImageFromMem(doc, out,
		(HPDF_UINT)px->width, (HPDF_UINT)px->height,
		HPDF_CS_DEVICE_CMYK, 8);
	free(out);
	return img;
}

/* Writes tag over the "HPDFAA" of "HPDFAA+" or "HPDFAA+Name". */
static void retag(char *name, const char tag[6])
{
	if (strlen(name) >= 7 && name[6] == '+')
		memcpy(name, tag, 6);
}

void pdf_meta_font_tag(HPDF_Font font)
{
	HPDF_FontAttr fa = font ? font->attr : NULL;
	HPDF_FontDef def = fa ? fa->fontdef : NULL;
	if (!def || def->type != HPDF_FONTDEF_TYPE_TRUETYPE)
		return;
	/* libharu names the font's dictionaries from these when it writes
	 * them */
	HPDF_TTFontDefAttr ta = def->attr;
	const char *name = ta->base_font;
	uint64_t h = hash_str(HASH_SEED, strlen(name) > 7 ? name + 7 : name);
	if (ta->glyph_tbl.flgs)
		h = hash_mix(h, ta->glyph_tbl.flgs, ta->num_glyphs);
	char tag[6];
	for (int i = 0; i < 6; i++) {
		tag[i] = (char)('A' + h % 26);
		h /= 26;
	}
	retag(ta->base_font, tag);
	retag(ta->tag_name, tag);
}
