/* test_glossary.c - finding the glossary's terms in a text (whole words,
 * the longest first, a capital at a sentence's start) and the
 * abbreviations in capitals (not Roman numerals, not in web addresses). */
#include "check.h"
#include "content/glossary.h"

/* The terms of g found in text, "term@start" each, from the start on. */
static const char *terms_in(arena *a, const glossary *g, const char *text)
{
	buf b = BUF_INIT;
	size_t from = 0, s0, e0, len = strlen(text);
	const glossary_entry *e;
	while ((e = glossary_scan(g, text, len, from, &s0, &e0)) != NULL) {
		buf_printf(&b, "%s%s@%zu", b.len ? " " : "", e->term, s0);
		from = e0;
	}
	const char *out = arena_strndup(a, b.data ? b.data : "", b.len);
	buf_free(&b);
	return out;
}

/* The abbreviations found in text, space-separated. */
static const char *abbrs_in(arena *a, const char *text)
{
	buf b = BUF_INIT;
	size_t pos = 0, s0, e0, len = strlen(text);
	while (glossary_next_abbr(text, len, &pos, &s0, &e0))
		buf_printf(&b, "%s%.*s", b.len ? " " : "", (int)(e0 - s0),
			   text + s0);
	const char *out = arena_strndup(a, b.data ? b.data : "", b.len);
	buf_free(&b);
	return out;
}

int main(void)
{
	arena a;
	arena_init(&a, 0);
	glossary_entry items[] = {
		{ .term = "NHG" }, { .term = "NHG-standaard" },
		{ .term = "coaching" }, { .term = "intervisie" },
		{ .term = "Chronic Care Model" }, { .term = "V&VN" },
		{ .term = "casu\xC3\xAFstiek" },
	};
	glossary g = { .items = items, .n = sizeof items / sizeof *items };

	CHECK_STR(terms_in(&a, &g, "De NHG en de NHG-standaard."),
		  "NHG@3 NHG-standaard@13");
	CHECK_STR(terms_in(&a, &g, "e-coaching, coachings, coaching."),
		  "coaching@23");
	CHECK_STR(terms_in(&a, &g, "Intervisie en intervisie; INTERVISIE"),
		  "intervisie@0 intervisie@14");
	CHECK_STR(terms_in(&a, &g, "het Chronic Care Model en Chronic Care"),
		  "Chronic Care Model@4");
	CHECK_STR(terms_in(&a, &g, "de V&VN\xE2\x80\x99s en nhg"), "V&VN@3");
	CHECK_STR(terms_in(&a, &g, "casu\xC3\xAFstiek, casu\xC3\xAFstiekbespreking"),
		  "casu\xC3\xAFstiek@0");
	CHECK_STR(terms_in(&a, NULL, "De NHG."), "");

	CHECK_STR(abbrs_in(&a, "De LHV, V&VN, InEen en POH\xE2\x80\x99s; XIV en LXX."),
		  "LHV V&VN InEen POH");
	CHECK_STR(abbrs_in(&a, "NHG-standaard, COACH-training, HbA1c, Nijkerk"),
		  "NHG COACH HbA1c");
	CHECK_STR(abbrs_in(&a, "zie www.x.nl/AbC of (https://x.nl/DeF) en ZN"),
		  "ZN");
	CHECK(glossary_is_abbr("NHG", 3));
	CHECK(!glossary_is_abbr("XIV", 3));
	CHECK(!glossary_is_abbr("Nijkerk", 7));
	CHECK(!glossary_is_abbr("MOETEN", 6));   /* a word stressed */
	CHECK(glossary_is_abbr("NVvPO", 5));
	CHECK(glossary_find(&g, "NHG", 3) == NULL);   /* by_term is empty */
	arena_free(&a);
	return check_done();
}
