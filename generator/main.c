/* main.c - the command line: parse arguments, dispatch to build, check
 * or new. */
#include "build.h"
#include "new.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"gebruik: coachkit build [MAP] [-o UITVOER] [--only site|print] [-j N]\n"
	"                        [-q | -v] [--dump-layout]\n"
	"         coachkit check [MAP] [-q]\n"
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
	"  -j, --jobs N          threads voor de pagina's en de SCORM-pakketten\n"
	"                        (standaard: één per processor)\n"
	"  -q, --quiet           meld alleen fouten en waarschuwingen, zonder\n"
	"                        samenvatting\n"
	"  -v, --verbose         meld ook de cijfers van het zetwerk (regels,\n"
	"                        afbrekingen, te brede regels, geforceerde\n"
	"                        paginaovergangen)\n"
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
	fputs("coachkit: ", stderr);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	fputs(usage, stderr);
	return 2;
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "new"))
		return new_main(argc - 1, argv + 1);
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
				return usage_error("%s heeft een map nodig", a);
			o.out = argv[++i];
		} else if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) {
			char *end;
			long n = i + 1 < argc ? strtol(argv[++i], &end, 10) : 0;
			if (n < 1 || n > 64 || *end)
				return usage_error("%s verwacht een aantal "
						   "threads van 1 tot 64", a);
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
				return usage_error("--only verwacht 'site' of "
						   "'print', niet '%s'", what);
		} else if (a[0] == '-' && a[1]) {
			return usage_error("onbekende optie '%s'", a);
		} else if (!cmd) {
			cmd = a;
		} else if (!o.dir) {
			o.dir = a;
		} else {
			return usage_error("onverwacht argument '%s'", a);
		}
	}
	if (!cmd)
		return usage_error("%s", "geen opdracht gegeven");
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
