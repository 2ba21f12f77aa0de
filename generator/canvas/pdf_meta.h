/* pdf_meta.h - what a PDF says about itself and how it sets colour, for
 * pdf.c: the document info with its dates, the XMP metadata, the PDF
 * version, for a print shop the colours in CMYK and the output intent,
 * and subset font names of their own.
 *
 * libharu writes none of these as a print shop wants them (it writes PDF
 * 1.3 without dates or XMP, RGB only, and names every document's first
 * subset font HPDFAA+), so they are set in its dictionaries directly. */
#ifndef COACHKIT_PDF_META_H
#define COACHKIT_PDF_META_H

#include "canvas.h"
#include "util/arena.h"

#include <hpdf.h>

/* What a document keeps of its canvas_info; the strings in the
 * canvas's arena. */
typedef struct pdf_meta {
	const char *title, *author, *subject, *creator, *language;
	long long   date;         /* 0: none */
	int         cmyk;
	canvas_ink  inks[CANVAS_INKS_MAX];
	size_t      n_inks;
} pdf_meta;

/* Copies what m needs of info (NULL: nothing) into a. */
void pdf_meta_init(pdf_meta *m, arena *a, const canvas_info *info);

/* Sets the fill or stroke colour of page: RGB, or CMYK for a print shop
 * (colour.h). */
void pdf_meta_fill(HPDF_Page page, const pdf_meta *m, uint32_t colour);
void pdf_meta_stroke(HPDF_Page page, const pdf_meta *m, uint32_t colour);

/* Before saving: PDF 1.4, the info's author, producer and dates, an XMP
 * metadata stream saying the same, a file identifier, and for a print
 * shop the output intent and the PDF/X keys. 0, or -1 (libharu's error
 * handler has the reason). */
int pdf_meta_write(HPDF_Doc doc, const pdf_meta *m);

/* A print shop's image: the pixels in CMYK (colour.h's plain
 * conversion), transparency flattened onto white paper, as PDF/X-1a
 * has no transparency. NULL when libharu refuses it. */
struct image_pixels;
HPDF_Image pdf_meta_image_cmyk(HPDF_Doc doc, const struct image_pixels *px);

/* A print shop's JPEG: a CMYK one as it is, any other decoded and set
 * in CMYK as above. NULL with a reason in why (n bytes) when it cannot
 * be read, or when libharu refuses it (why empty then). */
HPDF_Image pdf_meta_jpeg_cmyk(HPDF_Doc doc, const char *file, char *why,
			      size_t n);

/* Renames font's subset (a TrueType font libharu embeds) with a tag of
 * six capitals from a hash of its name and the glyphs it keeps, as a
 * subset's tag should be: another subset, another name. */
void pdf_meta_font_tag(HPDF_Font font);

#endif
