/* main.c - the command line: parse arguments, dispatch to build or check. */
#include "build.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: coachkit build [DIR] [-o OUT] [--only site|print] [-j N] [-q | -v]\n"
	"                      [--dump-layout]\n"
	"       coachkit check [DIR] [-q]\n"
	"       coachkit --help | --version\n";

static const char help[] =
	"coachkit turns a folder of Markdown and YAML into an e-learning site.\n"
	"\n"
	"Commands:\n"
	"  build [DIR]   build the site and the PDFs from DIR/content into\n"
	"                DIR/public (the PDFs in DIR/public/print)\n"
	"  check [DIR]   check the content and report every error; write nothing\n"
	"\n"
	"Options:\n"
	"  -o, --output OUT  write the site to OUT instead of DIR/public\n"
	"      --only site   build the pages only (no lessons typeset); the\n"
	"                    PDFs of the previous build in OUT/print stay\n"
	"      --only print  build the PDFs only; the previous pages stay\n"
	"      --dump-layout as --only print, but each PDF's layout as text\n"
	"                    (NAME.pdf.txt: pages, lines, boxes), for tests\n"
	"  -j, --jobs N      threads for the pages and the SCORM packages\n"
	"                    (default: one per processor)\n"
	"  -q, --quiet       print errors and warnings only, no summary line\n"
	"  -v, --verbose     also print the typesetting figures (lines,\n"
	"                    hyphenations, overfull lines, forced page breaks)\n"
	"  -h, --help        show this help\n"
	"  -V, --version     show the version\n"
	"\n"
	"DIR is the folder holding content/, layouts/ and assets/ (default: .).\n"
	"The output is replaced only when the build succeeds, and only if it is\n"
	"empty or was made by coachkit.\n"
	"\n"
	"Exit status: 0 ok, 1 content errors, 2 usage or system errors.\n";

static int usage_error(const char *fmt, const char *arg)
{
	fputs("coachkit: ", stderr);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	fputs(usage, stderr);
	return 2;
}

int main(int argc, char **argv)
{
	build_options o = { .dir = NULL };
	const char *cmd = NULL;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(help, stdout);
			fputs("\n", stdout);
			fputs(usage, stdout);
			return 0;
		} else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
			puts("coachkit " COACHKIT_VERSION);
			return 0;
		} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			o.quiet = 1;
		} else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
			o.verbose = 1;
		} else if (!strcmp(a, "-o") || !strcmp(a, "--output")) {
			if (i + 1 >= argc)
				return usage_error("%s needs a folder", a);
			o.out = argv[++i];
		} else if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) {
			char *end;
			long n = i + 1 < argc ? strtol(argv[++i], &end, 10) : 0;
			if (n < 1 || n > 64 || *end)
				return usage_error("%s takes a number of threads "
						   "from 1 to 64", a);
			o.jobs = (int)n;
		} else if (!strcmp(a, "--dump-layout")) {
			o.dump_layout = 1;
		} else if (!strcmp(a, "--only")) {
			const char *what = i + 1 < argc ? argv[++i] : "";
			if (!strcmp(what, "site"))
				o.only = ONLY_SITE;
			else if (!strcmp(what, "print"))
				o.only = ONLY_PRINT;
			else
				return usage_error("--only takes 'site' or "
						   "'print', not '%s'", what);
		} else if (a[0] == '-' && a[1]) {
			return usage_error("unknown option '%s'", a);
		} else if (!cmd) {
			cmd = a;
		} else if (!o.dir) {
			o.dir = a;
		} else {
			return usage_error("unexpected argument '%s'", a);
		}
	}
	if (!cmd)
		return usage_error("%s", "no command given");
	if (!strcmp(cmd, "check"))
		o.check_only = 1;
	else if (strcmp(cmd, "build") != 0)
		return usage_error("unknown command '%s'", cmd);
	if (o.check_only && o.out)
		return usage_error("%s", "check writes nothing; -o is for build");
	if (o.check_only && o.only)
		return usage_error("%s", "check checks everything; --only is "
				   "for build");
	if (o.dump_layout && (o.check_only || o.only == ONLY_SITE))
		return usage_error("%s", "--dump-layout is for build, and "
				   "implies --only print");
	if (o.dump_layout)
		o.only = ONLY_PRINT;
	if (!o.dir)
		o.dir = ".";
	return build_run(&o);
}
