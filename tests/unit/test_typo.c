/* test_typo.c - typographic quotes in titles and other YAML text. */
#include "check.h"
#include "util/typo.h"

int main(void)
{
	arena a;
	arena_init(&a, 0);
	CHECK_STR(typo_quotes(&a, "POH's"), "POH\xE2\x80\x99s");
	CHECK_STR(typo_quotes(&a, "'t Is \"goed\" zo."),
		  "\xE2\x80\x98t Is \xE2\x80\x9Cgoed\xE2\x80\x9D zo.");
	CHECK_STR(typo_quotes(&a, "de 'allergie\xC3\xABn'"),
		  "de \xE2\x80\x98" "allergie\xC3\xAB" "n\xE2\x80\x99");
	CHECK_STR(typo_quotes(&a, "(\"citaat\")"),
		  "(\xE2\x80\x9C" "citaat\xE2\x80\x9D)");
	const char *plain = "geen aanhalingstekens";
	CHECK(typo_quotes(&a, plain) == plain);
	CHECK(typo_quotes(&a, NULL) == NULL);
	arena_free(&a);
	return check_done();
}
