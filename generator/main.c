/* main.c - the command line: parse arguments, dispatch to build, check
 * or new. */
#include "build.h"
#include "serve/serve.h"
#include "util/diag.h"
#include "util/url.h"
#include "new.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"gebruik: coachkit build [MAP] [-o UITVOER] [--only site|print] [-j N]\n"
	"                        [-q | -v] [--dump-layout]\n"
	"         coachkit check [MAP] [-q]\n"
	"         coachkit serve [MAP] [--port 1313] [--bind 127.0.0.1] "
	"[--open]\n"
	"         coachkit new site MAP\n"
	"         coachkit new module|lesson|poster|deskmat|profile NAAM\n"
	"                      [--module M] [MAP]\n"
	"         coachkit --help | --version\n";

static const char help[] =
	"coachkit maakt van een map met Markdown en YAML een e-learningsite.\n"
	"\n"
	"Opdrachten:\n"
	"  build [MAP]   maak de site en de PDF's uit MAP/content in MAP/public\n"
	"                (de PDF's in MAP/public/print)\n"
	"  check [MAP]   controleer de inhoud en meld elke fout; schrijf niets\n"
	"  serve [MAP]   maak de site in een eigen map, toon die op\n"
	"                http://127.0.0.1:1313/ en maak hem opnieuw na elke\n"
	"                wijziging in content/, layouts/ of assets/; open\n"
	"                pagina's laden vanzelf opnieuw en tonen fouten\n"
	"  new site MAP  begin een nieuw project in MAP\n"
	"  new SOORT NAAM [MAP]\n"
	"                maak een module, les, poster, bureaulegger of\n"
	"                patiëntprofiel uit een sjabloon; SOORT is\n"
	"                module|lesson|poster|deskmat|profile (meer in\n"
	"                'coachkit new --help')\n"
	"\n"
	"Opties:\n"
	"  -o, --output UITVOER  schrijf de site naar UITVOER in plaats van\n"
	"                        MAP/public\n"
	"      --only site       maak alleen de pagina's (zonder de lessen voor\n"
	"                        print te zetten); de PDF's van de vorige build\n"
	"                        in UITVOER/print blijven staan\n"
	"      --only print      maak alleen de PDF's; de vorige pagina's\n"
	"                        blijven staan\n"
	"      --dump-layout     als --only print, maar van elke PDF de opmaak\n"
	"                        als tekst (NAAM.pdf.txt: pagina's, regels,\n"
	"                        vakken), voor tests\n"
	"  -j, --jobs N          threads voor de pagina's, de PDF's en de\n"
	"                        SCORM-pakketten (standaard: één per processor)\n"
	"      --base-url URL    het webadres van de site, in plaats van\n"
	"                        base_url in site.yaml (QR-codes, SCORM)\n"
	"      --port N          serve: de poort (standaard 1313)\n"
	"      --bind ADRES      serve: het adres (standaard 127.0.0.1, alleen\n"
	"                        deze computer)\n"
	"      --open            serve: open de site in de browser\n"
	"  -q, --quiet           meld alleen fouten en waarschuwingen, zonder\n"
	"                        samenvatting\n"
	"  -v, --verbose         meld ook de cijfers van het zetwerk (regels,\n"
	"                        afbrekingen, te brede regels, geforceerde\n"
	"                        paginaovergangen) en waar de tijd bleef; bij\n"
	"                        serve na elke build\n"
	"  -h, --help            toon deze hulp\n"
	"  -V, --version         toon de versie\n"
	"\n"
	"MAP is de map met content/, layouts/ en assets/ (standaard: .).\n"
	"De uitvoer wordt alleen vervangen als de build slaagt, en alleen als\n"
	"die leeg is of door coachkit is gemaakt.\n"
	"\n"
	"Afsluitstatus: 0 in orde, 1 fouten in de inhoud, 2 fouten in het\n"
	"gebruik of van het systeem.\n";

static int usage_error(const char *fmt, const char *arg)
{
	return diag_usage(usage, fmt, arg);
}

/* The value of option a: "-j4", "--jobs=4" or the next argument. NULL
 * when there is none; *i moves past what was used. */
static const char *value(int argc, char **argv, int *i, const char *a,
			 const char *shortopt, const char *longopt)
{
	size_t ls = strlen(longopt);
	if (shortopt && !strncmp(a, shortopt, 2) && a[2])
		return a + 2;
	if (!strncmp(a, longopt, ls) && a[ls] == '=')
		return a + ls + 1;
	return *i + 1 < argc ? argv[++*i] : NULL;
}

static int is_option(const char *a, const char *shortopt, const char *longopt)
{
	size_t ls = strlen(longopt);
	return (shortopt && !strncmp(a, shortopt, 2)) || !strcmp(a, longopt) ||
	       (!strncmp(a, longopt, ls) && a[ls] == '=');
}

/* A whole number from lo to hi, or -1. */
static long number(const char *s, long lo, long hi)
{
	char *end;
	long n = s && *s ? strtol(s, &end, 10) : -1;
	return s && *s && !*end && n >= lo && n <= hi ? n : -1;
}

typedef struct args {
	build_options o;
	serve_options so;
	const char   *cmd;
	int           serve_only;   /* an option that belongs to serve */
} args;

/* One argument at *i; 0, 1 (--help or --version: done) or 2 (usage). */
static int parse_one(args *g, int argc, char **argv, int *i)
{
	build_options *o = &g->o;
	const char *a = argv[*i], *v;
	if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
		fputs(help, stdout);
		fputs("\n", stdout);
		fputs(usage, stdout);
		return 1;
	} else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
		puts("coachkit " COACHKIT_VERSION);
		return 1;
	} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
		o->quiet = 1;
	} else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
		o->verbose = 1;
	} else if (is_option(a, "-o", "--output")) {
		if (!(o->out = value(argc, argv, i, a, "-o", "--output")))
			return usage_error("%s heeft een map nodig", a);
	} else if (is_option(a, "-j", "--jobs")) {
		long n = number(value(argc, argv, i, a, "-j", "--jobs"), 1, 64);
		if (n < 0)
			return usage_error("%s verwacht een aantal threads van "
					   "1 tot 64", a);
		o->jobs = (int)n;
	} else if (is_option(a, NULL, "--base-url")) {
		v = value(argc, argv, i, a, NULL, "--base-url");
		if (!v || !url_is_web(v))
			return usage_error("--base-url verwacht een webadres "
					   "dat met http:// of https:// begint, "
					   "niet '%s'", v ? v : "");
		o->base_url = v;
	} else if (is_option(a, NULL, "--port")) {
		long n = number(value(argc, argv, i, a, NULL, "--port"), 1,
				65535);
		if (n < 0)
			return usage_error("%s verwacht een poort van 1 tot "
					   "65535", a);
		g->so.port = (int)n;
		g->serve_only = 1;
	} else if (is_option(a, NULL, "--bind")) {
		if (!(g->so.bind = value(argc, argv, i, a, NULL, "--bind")))
			return usage_error("%s heeft een adres nodig", a);
		if (!strcmp(g->so.bind, "localhost"))
			g->so.bind = "127.0.0.1";
		g->serve_only = 1;
	} else if (!strcmp(a, "--open")) {
		g->so.open = 1;
		g->serve_only = 1;
	} else if (!strcmp(a, "--dump-layout")) {
		o->dump_layout = 1;
	} else if (is_option(a, NULL, "--only")) {
		const char *what = value(argc, argv, i, a, NULL, "--only");
		if (what && !strcmp(what, "site"))
			o->only = ONLY_SITE;
		else if (what && !strcmp(what, "print"))
			o->only = ONLY_PRINT;
		else
			return usage_error("--only verwacht 'site' of 'print', "
					   "niet '%s'", what ? what : "");
	} else if (a[0] == '-' && a[1]) {
		return usage_error("onbekende optie '%s'", a);
	} else if (!g->cmd) {
		g->cmd = a;
	} else if (!o->dir) {
		o->dir = a;
	} else {
		return usage_error("onverwacht argument '%s'", a);
	}
	return 0;
}

/* serve with what the command line gave. */
static int serve(args *g)
{
	const build_options *o = &g->o;
	if (o->out || o->only || o->dump_layout)
		return usage_error("%s", "serve maakt de site in een eigen map; "
				   "-o, --only en --dump-layout horen bij build");
	g->so.dir = o->dir ? o->dir : ".";
	g->so.jobs = o->jobs;
	g->so.base_url = o->base_url;
	g->so.verbose = o->verbose;
	if (!g->so.bind)
		g->so.bind = "127.0.0.1";
	if (!g->so.port)
		g->so.port = 1313;
	return serve_run(&g->so);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "new"))
		return new_main(argc - 1, argv + 1);
	args g = { .o = { .dir = NULL } };
	for (int i = 1; i < argc; i++) {
		int rc = parse_one(&g, argc, argv, &i);
		if (rc == 1)
			return 0;
		if (rc)
			return rc;
	}
	build_options o = g.o;
	const char *cmd = g.cmd;
	if (!cmd)
		return usage_error("%s", "geen opdracht gegeven");
	if (!strcmp(cmd, "serve"))
		return serve(&g);
	if (g.serve_only)
		return usage_error("%s", "--port, --bind en --open horen bij "
				   "serve");
	if (!strcmp(cmd, "check"))
		o.check_only = 1;
	else if (strcmp(cmd, "build") != 0)
		return usage_error("onbekende opdracht '%s'", cmd);
	if (o.check_only && o.out)
		return usage_error("%s", "check schrijft niets; -o hoort bij "
				   "build");
	if (o.check_only && o.only)
		return usage_error("%s", "check controleert alles; --only "
				   "hoort bij build");
	if (o.dump_layout && (o.check_only || o.only == ONLY_SITE))
		return usage_error("%s", "--dump-layout hoort bij build en "
				   "houdt --only print in");
	if (o.dump_layout)
		o.only = ONLY_PRINT;
	if (!o.dir)
		o.dir = ".";
	return build_run(&o);
}
