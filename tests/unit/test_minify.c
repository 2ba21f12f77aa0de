/* test_minify.c - comments and white space go; strings, template
 * literals, regular expressions and line breaks stay. */
#include "check.h"
#include "site/minify.h"

static const char *css(const char *s)
{
	static buf b;
	buf_clear(&b);
	minify_css(s, strlen(s), &b);
	buf_putc(&b, '\0');
	return b.data;
}

static const char *js(const char *s)
{
	static buf b;
	buf_clear(&b);
	minify_js(s, strlen(s), &b);
	buf_putc(&b, '\0');
	return b.data;
}

static void test_css(void)
{
	CHECK_STR(css("/* a comment */\na  >  b ,\n  c {\n  color : red ;\n"
		      "  margin: 0 auto;\n}\n"),
		  "a>b,c{color :red;margin:0 auto}\n");
	/* a descendant's pseudo-class keeps its space; calc() its + */
	CHECK_STR(css("nav :focus { width: calc(1rem + 2px); }"),
		  "nav :focus{width:calc(1rem + 2px)}\n");
	CHECK_STR(css("@media screen and (max-width: 40rem) {\n  a { x: y; }\n}\n"),
		  "@media screen and (max-width:40rem){a{x:y}\n}\n");
	/* strings as they are, comment-like text in them too */
	CHECK_STR(css("a::before { content: \"  /* x */ ; }\"; }"),
		  "a::before{content:\"  /* x */ ; }\"}\n");
	CHECK_STR(css("a { b: c } /* unclosed"), "a{b:c}\n/* unclosed");
	CHECK_STR(css("a:not(.b) .c { d: e }"), "a:not(.b) .c{d:e}\n");
}

static void test_js(void)
{
	CHECK_STR(js("/*\n * header\n */\n(function () {\n  'use strict';\n"
		     "  // a line comment\n  const a = 1;\n\n  return a;\n})();\n"),
		  "(function(){\n'use strict';\nconst a=1;\nreturn a;\n})();\n");
	/* line breaks stay, for semicolon insertion */
	CHECK_STR(js("let a = b\n(c)\nx = y\n"), "let a=b\n(c)\nx=y\n");
	/* strings, with what looks like comments and escapes */
	CHECK_STR(js("s = 'a // b' + \"c /* d */\" + 'e\\'f  g';"),
		  "s='a // b'+\"c /* d */\"+'e\\'f  g';\n");
	/* template literals, nested ones and code inside */
	CHECK_STR(js("t = `a  ${ x ? `b  ${y}` : { k: 1 }.k }  // c`;"),
		  "t=`a  ${x?`b  ${y}`:{k:1}.k}  // c`;\n");
	/* a regular expression, not a division, not a comment */
	CHECK_STR(js("r = s.replace(/\\/\\/ [a/b]+/g, '');"),
		  "r=s.replace(/\\/\\/ [a/b]+/g,'');\n");
	CHECK_STR(js("if (x) return /a b/.test(y);"),
		  "if(x)return/a b/.test(y);\n");
	CHECK_STR(js("q = a / b / c;"), "q=a/b/c;\n");
	CHECK_STR(js("q = f(a) / 2 + g[1] / 3;"), "q=f(a)/2+g[1]/3;\n");
	/* spaces that must stay */
	CHECK_STR(js("a = b + +c - -d; e = 1 .toString(); typeof x;"),
		  "a=b+ +c- -d;e=1 .toString();typeof x;\n");
	CHECK_STR(js("a = b / /re/.source.length;"),
		  "a=b/ /re/.source.length;\n");
	/* what is not well-formed is copied from there on */
	CHECK_STR(js("a = 1; /* open"), "a=1;/* open");
	CHECK_STR(js("s = 'open\nb = 2"), "s='open\nb=2\n");
}

int main(void)
{
	test_css();
	test_js();
	return check_done();
}
