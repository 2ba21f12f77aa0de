/* new.c - coachkit new: a project, module, lesson, poster, desk mat or
 * patient profile made from the templates in layouts/new/; see new.h. */
#include "new.h"
#include "theme.h"
#include "content/cards.h"
#include "content/ynode.h"
#include "template/mustache.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/utf8.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage[] =
	"gebruik: coachkit new site MAP\n"
	"         coachkit new module|lesson|poster|deskmat|profile NAAM\n"
	"                      [--module M] [MAP]\n";

static const char help[] =
	"coachkit new maakt een nieuw project, of een nieuw bestand in het\n"
	"project MAP (standaard: .), uit de sjablonen in layouts/new/.\n"
	"\n"
	"  site MAP        een nieuw project in MAP (een nieuwe of lege map):\n"
	"                  content/site.yaml, een diagram en een module met\n"
	"                  een les\n"
	"  module NAAM     content/modules/NN-naam/_module.yaml\n"
	"  lesson NAAM     content/modules/NN-module/NN-naam.md, met een\n"
	"                  voorbeeld van elk blok (citaat, kader, casus, quiz,\n"
	"                  reflectie, diagram)\n"
	"  poster NAAM     content/posters/naam.yaml\n"
	"  deskmat NAAM    content/deskmats/naam.yaml (een bureaulegger)\n"
	"  profile NAAM    content/profiles/NN-naam.yaml (een patiëntprofiel)\n"
	"\n"
	"  --module M      de module van de les, of van de les waar een poster,\n"
	"                  bureaulegger of profiel naar verwijst: de mapnaam\n"
	"                  (02-coach), de naam zonder nummer (coach) of het\n"
	"                  nummer (2)\n"
	"\n"
	"NAAM wordt de titel, en zonder accenten en leestekens de bestandsnaam,\n"
	"genummerd na de laatste. coachkit new overschrijft niets en meldt elk\n"
	"bestand dat het schrijft.\n"
	"\n";

typedef enum {
	NEW_SITE, NEW_MODULE, NEW_LESSON, NEW_POSTER, NEW_DESKMAT,
	NEW_PROFILE, NEW_KINDS
} new_kind;

static const char *const kind_names[NEW_KINDS] = {
	"site", "module", "lesson", "poster", "deskmat", "profile"
};

/* Module names the site keeps for its own folders (content/load.c). */
static const char *const reserved_modules[] = {
	"assets", "media", "print", "index", "scorm", "competenties", NULL
};

typedef struct new_args {
	new_kind    kind;
	const char *name;     /* NAAM; NULL for site */
	const char *module;   /* --module M, or NULL */
	const char *dir;      /* MAP */
} new_args;

typedef struct new_ctx {
	arena      *a;
	theme       th;
	const char *content;  /* MAP/content */
	const char *module;   /* --module M, or NULL */
	const char *title;    /* the NAAM being made, as a YAML string */
	const char *slug;     /* its slug */
} new_ctx;

/* --- the command line ------------------------------------------------ */

static int usage_error(const char *fmt, const char *arg)
{
	return diag_usage(usage, fmt, arg);
}

/* The kind, NAAM and MAP from the words that are not options. -1 when
 * they make a command, else the exit status after the usage error. */
static int parse_words(const char *const *w, int n, new_args *o)
{
	if (n == 0)
		return usage_error("%s", "'new' heeft een soort nodig: "
				   "site|module|lesson|poster|deskmat|profile");
	int k = 0;
	while (k < NEW_KINDS && strcmp(w[0], kind_names[k]))
		k++;
	if (k == NEW_KINDS)
		return usage_error("'new' kent de soort '%s' niet", w[0]);
	o->kind = (new_kind)k;
	if (n < 2)
		return usage_error(k == NEW_SITE ? "'new %s' heeft een map "
				   "nodig" : "'new %s' heeft een naam nodig",
				   w[0]);
	if (n > (k == NEW_SITE ? 2 : 3))
		return usage_error("onverwacht argument '%s'",
				   w[k == NEW_SITE ? 2 : 3]);
	if (o->module && (k == NEW_SITE || k == NEW_MODULE))
		return usage_error("--module hoort niet bij 'new %s'", w[0]);
	o->name = k == NEW_SITE ? NULL : w[1];
	o->dir = k == NEW_SITE ? w[1] : n == 3 ? w[2] : ".";
	if (!*o->dir)
		return usage_error("%s", "de map mag geen lege naam hebben");
	return -1;
}

/* Fills o from argv (argv[0] is "new"). -1 when there is something to
 * make, else the exit status (0 after --help). */
static int parse_args(int argc, char **argv, new_args *o)
{
	const char *words[4];
	int n = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(help, stdout);
			fputs(usage, stdout);
			return 0;
		} else if (!strcmp(a, "--module")) {
			if (i + 1 >= argc)
				return usage_error("%s heeft een module nodig",
						   a);
			o->module = argv[++i];
		} else if (!strncmp(a, "--module=", 9)) {
			o->module = a + 9;
		} else if (a[0] == '-' && a[1]) {
			return usage_error("onbekende optie '%s'", a);
		} else if (n < 4) {
			words[n++] = a;
		} else {
			return usage_error("onverwacht argument '%s'", a);
		}
	}
	return parse_words(words, n, o);
}

/* NAAM must be UTF-8 without control characters, and give a slug. -1
 * when it does, else the exit status after the usage error. */
static int check_name(arena *a, const char *name)
{
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return usage_error("%s", "de naam mag geen tabs, regeleinden "
					   "of andere stuurtekens bevatten");
	if (utf8_invalid(name, strlen(name)))
		return usage_error("%s", "de naam is geen geldige UTF-8");
	if (!*cards_slug(a, name))
		return usage_error("de naam '%s' geeft geen bestandsnaam: "
				   "gebruik minstens één letter of cijfer",
				   name);
	return -1;
}

/* --- names ------------------------------------------------------------ */

/* s as a YAML string in double quotes. In a. */
static const char *yaml_quote(arena *a, const char *s)
{
	buf b = BUF_INIT;
	buf_putc(&b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			buf_putc(&b, '\\');
		if (*p < 0x20 || *p == 0x7f)
			buf_printf(&b, "\\x%02x", *p);
		else
			buf_putc(&b, (char)*p);
	}
	buf_putc(&b, '"');
	const char *r = arena_strndup(a, b.data, b.len);
	buf_free(&b);
	return r;
}

/* NAAM as the title and the slug of what is made next. */
static void set_name(new_ctx *c, const char *name)
{
	c->title = yaml_quote(c->a, name);
	c->slug = cards_slug(c->a, name);
}

/* The slug of "03-coach" or "03-coach.md" (suffix taken off, when not
 * NULL), and its number in *number: -1 for a name without "NN-". In a. */
static const char *split_name(arena *a, const char *name, const char *suffix,
			      int *number)
{
	size_t n = strlen(name) - (suffix ? strlen(suffix) : 0);
	const char *p = name, *start = name;
	while (isdigit((unsigned char)*p))
		p++;
	*number = -1;
	if (p > name && p - name <= 6 && *p == '-' &&
	    (size_t)(p + 1 - name) < n) {
		*number = atoi(name);
		start = p + 1;
	}
	return arena_strndup(a, start, n - (size_t)(start - name));
}

/* "mijn-cursus" gives "Mijn cursus": the name of the folder dir with
 * spaces for its hyphens and underscores and a capital first letter. */
static const char *site_title(arena *a, const char *dir)
{
	const char *r = path_resolve(a, dir);
	char *t = arena_strdup(a, r ? path_basename(r) : "");
	for (char *p = t; *p; p++)
		if (*p == '-' || *p == '_')
			*p = ' ';
	if (*t >= 'a' && *t <= 'z')
		*t = (char)(*t - 'a' + 'A');
	int ok = *cards_slug(a, t) && !utf8_invalid(t, strlen(t));
	return ok ? t : "Mijn cursus";
}

/* --- the project ------------------------------------------------------ */

/* The highest NN of the entries of dir named "NN-slug" (folders when
 * suffix is NULL, else files ending in suffix); *same gets the path of
 * the first whose slug is c->slug, or NULL. 0 when there are none. */
static int scan_numbers(new_ctx *c, const char *dir, const char *suffix,
			const char **same)
{
	ptrvec names = { 0 };
	int last = 0;
	*same = NULL;
	if (fs_list(c->a, dir, &names) < 0)
		return 0;
	for (size_t i = 0; i < names.len; i++) {
		const char *name = names.items[i];
		const char *path = path_join(c->a, dir, name);
		if (suffix ? !path_has_suffix(name, suffix) || fs_is_dir(path)
			   : !fs_is_dir(path))
			continue;
		int number;
		const char *slug = split_name(c->a, name, suffix, &number);
		if (number > last)
			last = number;
		if (!*same && !strcmp(slug, c->slug))
			*same = path;
	}
	return last;
}

/* The folders of content/modules, sorted by name. */
static ptrvec module_folders(new_ctx *c)
{
	const char *dir = path_join(c->a, c->content, "modules");
	ptrvec names = { 0 }, mods = { 0 };
	if (fs_list(c->a, dir, &names) < 0)
		return mods;
	for (size_t i = 0; i < names.len; i++)
		if (fs_is_dir(path_join(c->a, dir, names.items[i])))
			ptrvec_push(c->a, &mods, names.items[i]);
	return mods;
}

/* The names of mods as "01-a, 02-b", for messages. In c's arena. */
static const char *module_list(new_ctx *c, const ptrvec *mods)
{
	const char *s = "";
	for (size_t i = 0; i < mods->len; i++)
		s = arena_printf(c->a, "%s%s%s", s, i ? ", " : "",
				 (const char *)mods->items[i]);
	return s;
}

/* The folder of mods that want names: its folder name, its slug or its
 * number. NULL after reporting that there is none, or more than one. */
static const char *find_module(new_ctx *c, const char *want,
			       const ptrvec *mods)
{
	const char *hit = NULL;
	int hits = 0, number;
	for (size_t i = 0; i < mods->len; i++)
		if (!strcmp(mods->items[i], want))
			return mods->items[i];
	for (size_t i = 0; i < mods->len; i++)
		if (!strcmp(split_name(c->a, mods->items[i], NULL, &number),
			    want))
			return mods->items[i];
	int digits = *want && strspn(want, "0123456789") == strlen(want) &&
		     strlen(want) <= 6;
	for (size_t i = 0; digits && i < mods->len; i++) {
		split_name(c->a, mods->items[i], NULL, &number);
		if (number >= 0 && number == atoi(want))
			hit = mods->items[i], hits++;
	}
	if (hits == 1)
		return hit;
	if (!mods->len)
		diag_system("er is geen module '%s': er zijn nog geen modules "
			    "(maak er een met 'coachkit new module NAAM')",
			    want);
	else
		diag_system("%s module '%s'; de modules zijn: %s",
			    hits ? "meer dan één" : "er is geen", want,
			    module_list(c, mods));
	return NULL;
}

/* The module folder a new lesson goes in: --module M, or the only one.
 * NULL after reporting. */
static const char *lesson_module(new_ctx *c)
{
	ptrvec mods = module_folders(c);
	if (c->module)
		return find_module(c, c->module, &mods);
	if (mods.len == 1)
		return mods.items[0];
	if (!mods.len)
		diag_system("er is nog geen module om de les in te zetten: "
			    "maak er eerst een met 'coachkit new module NAAM'");
	else
		diag_system("in welke module komt de les? Noem die met "
			    "--module M (de mapnaam, de naam zonder nummer of "
			    "het nummer); de modules zijn: %s",
			    module_list(c, &mods));
	return NULL;
}

/* The first lesson of the module folder, as a path from a folder of
 * content/ ("../modules/01-a/01-b.md"); NULL when it has none. */
static const char *first_lesson(new_ctx *c, const char *folder)
{
	const char *dir = path_join(c->a, path_join(c->a, c->content,
						    "modules"), folder);
	ptrvec names = { 0 };
	if (fs_list(c->a, dir, &names) < 0)
		return NULL;
	for (size_t i = 0; i < names.len; i++)
		if (path_has_suffix(names.items[i], ".md") &&
		    fs_is_file(path_join(c->a, dir, names.items[i])))
			return arena_printf(c->a, "../modules/%s/%s", folder,
					    (const char *)names.items[i]);
	return NULL;
}

/* The lesson a poster, desk mat or profile leads to: the first of
 * --module M, else the first of the first module that has one. NULL when
 * there is none; *reported says whether that was an error reported. */
static const char *target_page(new_ctx *c, int *reported)
{
	ptrvec mods = module_folders(c);
	*reported = 0;
	if (c->module) {
		const char *m = find_module(c, c->module, &mods);
		const char *l = m ? first_lesson(c, m) : NULL;
		if (m && !l)
			diag_system("de module %s heeft nog geen les om naar te "
				    "verwijzen", m);
		*reported = !l;
		return l;
	}
	for (size_t i = 0; i < mods.len; i++) {
		const char *l = first_lesson(c, mods.items[i]);
		if (l)
			return l;
	}
	return NULL;
}

/* The name of the first diagram of content/diagrams/, or NULL. */
static const char *first_diagram(new_ctx *c)
{
	const char *dir = path_join(c->a, c->content, "diagrams");
	ptrvec names = { 0 };
	if (fs_list(c->a, dir, &names) < 0)
		return NULL;
	for (size_t i = 0; i < names.len; i++) {
		const char *n = names.items[i];
		if (path_has_suffix(n, ".yaml") && strlen(n) > 5 &&
		    fs_is_file(path_join(c->a, dir, n)))
			return arena_strndup(c->a, n, strlen(n) - 5);
	}
	return NULL;
}

/* 1 when site.yaml gives a base_url (a poster's QR code needs it). Its
 * YAML errors are left to coachkit check. */
static int has_base_url(new_ctx *c)
{
	const char *file = path_join(c->a, c->content, "site.yaml");
	buf text = BUF_INIT;
	int ok = 0;
	if (fs_read_text(file, &text) == 0) {
		diag_capture cap;
		diag_capture_begin(&cap);
		ynode *root = ynode_parse(c->a, file, text.data ? text.data :
					  "", text.len, 0, 0);
		diag_capture_end(&cap);
		diag_capture_free(&cap);
		const ynode *v = root && root->kind == YNODE_MAP ?
				 ymap_get(root, "base_url") : NULL;
		ok = v && v->kind == YNODE_SCALAR && v->str[0];
	}
	buf_free(&text);
	return ok;
}

/* --- writing ---------------------------------------------------------- */

/* The template layouts/new/name rendered with vars, appended to out. 0,
 * or the exit status after reporting. */
static int render(new_ctx *c, const char *name, const mu_value *vars,
		  buf *out)
{
	const char *file = theme_file(&c->th, path_join(c->a, "layouts/new",
							name));
	buf src = BUF_INIT;
	if (fs_read_text(file, &src) < 0) {
		diag_system("kan het sjabloon %s niet lezen: %s", file,
			    syserr_text(errno));
		buf_free(&src);
		return 2;
	}
	mu_error err;
	mu_template *t = mu_compile(src.data ? src.data : "", src.len, &err);
	buf_free(&src);
	int rc = !t || mu_render(t, vars, NULL, NULL, out, &err) < 0;
	mu_template_free(t);
	if (rc) {
		diag_error(file, err.line, err.col, "%s", err.msg);
		return 1;
	}
	return 0;
}

/* Writes text to path, which must not exist yet, and prints path. 0, or
 * the exit status after reporting: 1 when path exists. */
static int write_new(const char *path, const buf *text)
{
	if (fs_create(path, text->data ? text->data : "", text->len) == 0) {
		puts(path);
		return 0;
	}
	if (errno == EEXIST) {
		diag_system("%s bestaat al; coachkit new overschrijft niets",
			    path);
		return 1;
	}
	diag_system("kan %s niet schrijven: %s", path, syserr_text(errno));
	return 2;
}

/* The new file path from the template tmpl, with c's title and, when not
 * NULL, pagina and diagram. 0, or the exit status after reporting. */
static int make_file(new_ctx *c, const char *tmpl, const char *path,
		     const char *pagina, const char *diagram)
{
	mu_value *v = mu_map(c->a);
	mu_map_str(c->a, v, "title", c->title);
	mu_map_str(c->a, v, "pagina", pagina);
	mu_map_str(c->a, v, "diagram", diagram);
	buf out = BUF_INIT;
	int rc = render(c, tmpl, v, &out);
	if (rc == 0)
		rc = write_new(path, &out);
	buf_free(&out);
	return rc;
}

/* Makes the folder dir with its parents. 0, or 2 after reporting. */
static int make_dir(const char *dir)
{
	if (fs_mkdir_p(dir) == 0)
		return 0;
	diag_system("kan de map %s niet maken: %s", dir, syserr_text(errno));
	return 2;
}

/* The folder dir (made when missing) and in it the file name from the
 * template tmpl, as make_file(). */
static int make_in(new_ctx *c, const char *dir, const char *name,
		   const char *tmpl, const char *pagina, const char *diagram)
{
	int rc = make_dir(dir);
	return rc ? rc : make_file(c, tmpl, path_join(c->a, dir, name), pagina,
				   diagram);
}

/* --- the kinds -------------------------------------------------------- */

static int new_module(new_ctx *c)
{
	const char *dir = path_join(c->a, c->content, "modules"), *same;
	int last = scan_numbers(c, dir, NULL, &same);
	if (same) {
		diag_system("er is al een module met de naam '%s': %s",
			    c->slug, same);
		return 1;
	}
	for (const char *const *r = reserved_modules; *r; r++)
		if (!strcmp(*r, c->slug)) {
			diag_system("de modulenaam '%s' is gereserveerd voor "
				    "de eigen bestanden van de site; kies een "
				    "andere naam", c->slug);
			return 1;
		}
	const char *folder = path_join(c->a, dir, arena_printf(c->a,
				       "%02d-%s", last + 1, c->slug));
	int rc = make_dir(dir);
	if (rc)
		return rc;
	if (mkdir(folder, 0755) < 0) {
		int e = errno;
		if (e == EEXIST)
			diag_system("%s bestaat al; coachkit new overschrijft "
				    "niets", folder);
		else
			diag_system("kan de map %s niet maken: %s", folder,
				    syserr_text(e));
		return e == EEXIST ? 1 : 2;
	}
	rc = make_file(c, "module.yaml.mustache",
		       path_join(c->a, folder, "_module.yaml"), NULL, NULL);
	if (rc)
		rmdir(folder);
	return rc;
}

static int new_lesson(new_ctx *c)
{
	const char *m = lesson_module(c), *same;
	if (!m)
		return 1;
	const char *dir = path_join(c->a, path_join(c->a, c->content,
						    "modules"), m);
	if (!strcmp(c->slug, "index")) {
		diag_system("een les mag niet 'index' heten: dat is de naam van "
			    "de pagina van de module; kies een andere naam");
		return 1;
	}
	int last = scan_numbers(c, dir, ".md", &same);
	if (same) {
		diag_system("er is al een les met de naam '%s' in module %s: "
			    "%s", c->slug, m, same);
		return 1;
	}
	const char *file = path_join(c->a, dir, arena_printf(c->a,
				     "%02d-%s.md", last + 1, c->slug));
	return make_file(c, "lesson.md.mustache", file, NULL,
			 first_diagram(c));
}

static int new_poster(new_ctx *c)
{
	int reported;
	const char *pagina = target_page(c, &reported);
	if (reported)
		return 1;
	if (!pagina) {
		diag_system("een poster leidt met zijn QR-code naar een les, "
			    "en er is nog geen les: maak er eerst een met "
			    "'coachkit new lesson NAAM'");
		return 1;
	}
	if (!has_base_url(c)) {
		diag_system("een poster heeft het adres van de site nodig voor "
			    "zijn QR-code: zet eerst base_url in %s",
			    path_join(c->a, c->content, "site.yaml"));
		return 1;
	}
	return make_in(c, path_join(c->a, c->content, "posters"),
		       arena_printf(c->a, "%s.yaml", c->slug),
		       "poster.yaml.mustache", pagina, NULL);
}

static int new_deskmat(new_ctx *c)
{
	int reported;
	const char *pagina = target_page(c, &reported);
	if (reported)
		return 1;
	return make_in(c, path_join(c->a, c->content, "deskmats"),
		       arena_printf(c->a, "%s.yaml", c->slug),
		       "deskmat.yaml.mustache", pagina, first_diagram(c));
}

static int new_profile(new_ctx *c)
{
	int reported;
	const char *pagina = target_page(c, &reported), *same;
	if (reported)
		return 1;
	const char *dir = path_join(c->a, c->content, "profiles");
	int last = scan_numbers(c, dir, ".yaml", &same);
	if (same) {
		diag_system("er is al een patiëntprofiel met de naam '%s': %s",
			    c->slug, same);
		return 1;
	}
	return make_in(c, dir, arena_printf(c->a, "%02d-%s.yaml", last + 1,
					    c->slug),
		       "profile.yaml.mustache", pagina, NULL);
}

/* site.yaml, a diagram, a module and its lesson. 0, or the exit status
 * after reporting. */
static int site_files(new_ctx *c, const char *dir)
{
	int rc = make_dir(path_join(c->a, c->content, "diagrams"));
	set_name(c, site_title(c->a, dir));
	if (!rc)
		rc = make_file(c, "site.yaml.mustache",
			       path_join(c->a, c->content, "site.yaml"), NULL,
			       NULL);
	if (!rc)
		rc = make_file(c, "diagram.yaml.mustache",
			       path_join(c->a, c->content,
					 "diagrams/vierbollen.yaml"),
			       NULL, NULL);
	set_name(c, "Eerste module");
	if (!rc)
		rc = new_module(c);
	set_name(c, "Eerste les");
	if (!rc)
		rc = new_lesson(c);
	return rc;
}

/* A new project in dir, which must be new or empty. What it made is
 * taken away again when it fails. */
static int new_site(new_ctx *c, const char *dir)
{
	struct stat st;
	int existed = stat(dir, &st) == 0;
	if (existed && (!S_ISDIR(st.st_mode) || !fs_is_empty_dir(dir))) {
		diag_system("%s bestaat al en is niet leeg: een nieuw project "
			    "begint in een nieuwe of lege map", dir);
		return 1;
	}
	int rc = site_files(c, dir);
	if (rc) {
		fs_remove_tree(existed ? c->content : dir);
		return rc;
	}
	printf("Maak de site met: coachkit build %s\n", dir);
	return 0;
}

/* Makes what o asks for. The exit status. */
static int new_run(new_ctx *c, const new_args *o)
{
	static int (*const makers[NEW_KINDS])(new_ctx *) = {
		[NEW_MODULE] = new_module, [NEW_LESSON] = new_lesson,
		[NEW_POSTER] = new_poster, [NEW_DESKMAT] = new_deskmat,
		[NEW_PROFILE] = new_profile,
	};
	if (o->kind == NEW_SITE)
		return new_site(c, o->dir);
	if (!fs_is_dir(c->content)) {
		diag_system("%s is geen project: er is geen map %s (begin er "
			    "een met 'coachkit new site MAP')", o->dir,
			    c->content);
		return 2;
	}
	set_name(c, o->name);
	return makers[o->kind](c);
}

int new_main(int argc, char **argv)
{
	new_args o = { .name = NULL };
	int rc = parse_args(argc, argv, &o);
	if (rc >= 0)
		return rc;
	arena a;
	arena_init(&a, 0);
	new_ctx c = { .a = &a, .module = o.module };
	c.content = path_join(&a, o.dir, "content");
	theme_init(&c.th, &a, o.dir);
	rc = o.name ? check_name(&a, o.name) : -1;
	if (rc < 0)
		rc = new_run(&c, &o);
	arena_free(&a);
	return rc;
}
