/* test_url.c - which link targets may leave the course. */
#include "check.h"
#include "util/url.h"

static void test_classify(void)
{
	CHECK(url_classify("https://example.org") == URL_ALLOWED);
	CHECK(url_classify("HTTP://example.org") == URL_ALLOWED);
	CHECK(url_classify("mailto:poh@example.org") == URL_ALLOWED);
	CHECK(url_classify("tel:+31201234567") == URL_ALLOWED);
	CHECK(url_classify("javascript:alert(1)") == URL_REFUSED);
	CHECK(url_classify("JavaScript:alert(1)") == URL_REFUSED);
	CHECK(url_classify("vbscript:x") == URL_REFUSED);
	CHECK(url_classify("data:text/html,x") == URL_REFUSED);
	CHECK(url_classify("file:///etc/passwd") == URL_REFUSED);
	CHECK(url_classify("httpx://example.org") == URL_REFUSED);
	CHECK(url_classify("//example.org/x") == URL_REFUSED);
	CHECK(url_classify("02-les.md") == URL_RELATIVE);
	CHECK(url_classify("../beeld.png") == URL_RELATIVE);
	CHECK(url_classify("#kop") == URL_RELATIVE);
	CHECK(url_classify("map/a:b.md") == URL_RELATIVE);
	CHECK(url_classify("1a:b") == URL_RELATIVE);
}

static void test_web(void)
{
	CHECK(url_is_web("https://example.org/"));
	CHECK(url_is_web("http://localhost:8080/cursus/"));
	CHECK(url_is_web("HTTPS://Example.org"));
	CHECK(!url_is_web("https://"));
	CHECK(!url_is_web("https:///pad"));
	CHECK(!url_is_web("https:example.org"));
	CHECK(!url_is_web("ftp://example.org/"));
	CHECK(!url_is_web("javascript://example.org/%0aalert(1)"));
	CHECK(!url_is_web("example.org"));
	CHECK(!url_is_web("https://exa mple.org/"));
	CHECK(!url_is_web("https://example.org/\"><script>"));
	CHECK(!url_is_web("https://example.org/\n"));
}

/* The addresses kept for examples, which no site is published at. */
static void test_example(void)
{
	CHECK(url_is_example("https://persoonsgerichtezorg.example/"));
	CHECK(url_is_example("https://cursus.example"));
	CHECK(url_is_example("http://EXAMPLE.org/pad"));
	CHECK(url_is_example("https://www.example.com:8080/x"));
	CHECK(url_is_example("https://user@training.example./"));
	CHECK(!url_is_example("https://zorggroep.nl/cursus/"));
	CHECK(!url_is_example("https://notexample.com/"));
	CHECK(!url_is_example("https://example.nl/"));
	CHECK(!url_is_example("https://example.zorg.nl/"));
	CHECK(!url_is_example("mailto:poh@example.org"));
}

int main(void)
{
	test_classify();
	test_web();
	test_example();
	return check_done();
}
