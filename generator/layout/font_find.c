/* font_find.c - finding font files through fontconfig; see font.h.
 *
 * Fontconfig always answers, substituting another family when it has to;
 * we take its ranking (FcFontSort) but accept only a face whose family
 * name is the one asked for, so that a typo in a family name is an error
 * rather than a silently different typeface. */
#include "font.h"

#include <fontconfig/fontconfig.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static pthread_once_t fc_once = PTHREAD_ONCE_INIT;

/* Initializes fontconfig (once, through pthread_once). */
static void fc_init(void)
{
	FcInit();
}

/* ASCII lower case, independent of the locale. */
static int lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Are a and b the same family name, ignoring ASCII case and blanks (as
 * fontconfig compares families)? */
static int same_family(const char *a, const char *b)
{
	for (;;) {
		while (*a == ' ')
			a++;
		while (*b == ' ')
			b++;
		if (lower((unsigned char)*a) != lower((unsigned char)*b))
			return 0;
		if (!*a)
			return 1;
		a++;
		b++;
	}
}

/* Is one of the family names of candidate p the family asked for? */
static int family_matches(FcPattern *p, const char *family)
{
	FcChar8 *name;
	for (int i = 0; FcPatternGetString(p, FC_FAMILY, i, &name) ==
	     FcResultMatch; i++)
		if (same_family((const char *)name, family))
			return 1;
	return 0;
}

/* Can we use candidate p: TrueType outlines, the first face of its file,
 * not a variable font (libharu would draw only its default instance)? */
static int usable(FcPattern *p)
{
	FcChar8 *format;
	int index = 0;
	FcBool variable = FcFalse;
	if (FcPatternGetString(p, FC_FONTFORMAT, 0, &format) != FcResultMatch ||
	    strcmp((const char *)format, "TrueType") != 0)
		return 0;
	if (FcPatternGetInteger(p, FC_INDEX, 0, &index) == FcResultMatch &&
	    index != 0)
		return 0;
	if (FcPatternGetBool(p, FC_VARIABLE, 0, &variable) == FcResultMatch &&
	    variable)
		return 0;
	return 1;
}

/* The pattern for family in the given style, with fontconfig's
 * configuration and defaults applied; the caller destroys it. */
static FcPattern *make_pattern(const char *family, int bold, int italic)
{
	FcPattern *pat = FcPatternCreate();
	if (!pat)
		return NULL;
	FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
	FcPatternAddInteger(pat, FC_WEIGHT,
			    bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
	FcPatternAddInteger(pat, FC_SLANT,
			    italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
	FcPatternAddString(pat, FC_FONTFORMAT, (const FcChar8 *)"TrueType");
	FcConfigSubstitute(NULL, pat, FcMatchPattern);
	FcDefaultSubstitute(pat);
	return pat;
}

char *font_find(const char *family, int bold, int italic)
{
	if (!family || !*family)
		return NULL;
	pthread_once(&fc_once, fc_init);
	FcPattern *pat = make_pattern(family, bold, italic);
	if (!pat)
		return NULL;
	FcResult result;
	FcFontSet *set = FcFontSort(NULL, pat, FcFalse, NULL, &result);
	char *path = NULL;
	for (int i = 0; set && i < set->nfont && !path; i++) {
		FcPattern *p = set->fonts[i];
		FcChar8 *file;
		if (family_matches(p, family) && usable(p) &&
		    FcPatternGetString(p, FC_FILE, 0, &file) == FcResultMatch)
			path = strdup((const char *)file);
	}
	if (set)
		FcFontSetDestroy(set);
	FcPatternDestroy(pat);
	return path;
}
