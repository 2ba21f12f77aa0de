/* test_suggest.c - "did you mean": the nearest known name, if near. */
#include "check.h"
#include "util/suggest.h"

int main(void)
{
	static const char *const keys[] = { "title", "subtitle", "base_url",
					    "leerdoelen", "duur" };
	CHECK_STR(suggest("titel", keys, 5), "title");
	CHECK_STR(suggest("Title", keys, 5), "title");
	CHECK_STR(suggest("base_ur", keys, 5), "base_url");
	CHECK_STR(suggest("leerdoel", keys, 5), "leerdoelen");
	CHECK_STR(suggest("dur", keys, 5), "duur");
	CHECK(suggest("kleur", keys, 5) == NULL);
	CHECK(suggest("x", keys, 5) == NULL);
	CHECK(suggest("title", keys, 5) == NULL);   /* it is known */
	CHECK(suggest("", keys, 5) == NULL);
	CHECK(suggest("titel", keys, 0) == NULL);
	CHECK_INT(suggest_distance("quizz", "quiz", 2), 1);
	CHECK_INT(suggest_distance("qiuz", "quiz", 2), 1);    /* a swap */
	CHECK_INT(suggest_distance("kader", "casus", 2), 3);  /* above 2 */
	static const char *const dirs[] = { "quiz", "reflectie", "citaat",
					    "kader", "casus", "diagram" };
	CHECK(suggest("python", dirs, 6) == NULL);
	CHECK(suggest("yaml", dirs, 6) == NULL);
	CHECK(suggest("c", dirs, 6) == NULL);
	CHECK_STR(suggest("reflecite", dirs, 6), "reflectie");
	return check_done();
}
