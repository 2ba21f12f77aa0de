/* offline.c - the web manifest, its icon and the service worker; see
 * offline.h. */
#include "offline.h"
#include "pages.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/hash.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

/* Files larger than this are not precached (as Workbox's default): a
 * large download is fetched when it is opened, not on a first visit. */
#define PRECACHE_MAX_BYTES (2L * 1024 * 1024)

/* What a first visit stores at most beyond the shell: the modules, in
 * their order, as long as they fit whole; the rest is stored as it is
 * visited, or a module at a time on the learner's request. */
#define PRECACHE_BUDGET (5L * 1024 * 1024)

/* The previews of the printed materials (SVG, a few KB each): the
 * materials page shows them, so they are stored with the shell, within
 * the budget. */
#define PREVIEWS "print/voorbeeld"

/* Files and folders that are not precached: the PDFs and the SCORM
 * packages are large, and each is fetched whole when it is opened; of
 * print/ only the previews are stored. */
static int skipped(const char *rel)
{
	if (!strncmp(rel, "print/", 6))
		return strncmp(rel, PREVIEWS, strlen(PREVIEWS)) != 0;
	return !strcmp(rel, "scorm") || !strcmp(rel, "sw.js");
}

static int is_preview(const char *rel)
{
	return !strncmp(rel, PREVIEWS "/", strlen(PREVIEWS) + 1);
}

/* A file of the site the worker may store: its path from the site root
 * and its size; group is what it belongs to (0 the shell, 1 + i module
 * i, then the rest). */
typedef struct sw_file {
	const char *rel;
	long        size;
	size_t      group;
} sw_file;

typedef struct sw_files {
	arena   *a;
	sw_file *f;
	size_t   n, cap;
} sw_files;

static void add_file(sw_files *l, const char *rel, long size)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 256;
		sw_file *f = arena_alloc(l->a, l->cap * sizeof *f);
		if (l->n)
			memcpy(f, l->f, l->n * sizeof *f);
		l->f = f;
	}
	l->f[l->n++] = (sw_file){ rel, size, 0 };
}

/* Adds every file under out/rel to files (paths from out), hashing their
 * contents into *hash. */
static int walk(const char *out, const char *rel, sw_files *files,
		uint64_t *hash, buf *data)
{
	arena *a = files->a;
	ptrvec names = { 0 };
	const char *dir = rel[0] ? path_join(a, out, rel) : out;
	if (fs_list(a, dir, &names) < 0)
		return -1;
	for (size_t i = 0; i < names.len; i++) {
		const char *r = rel[0] ? path_join(a, rel, names.items[i]) :
				names.items[i];
		if (skipped(r))
			continue;
		const char *path = path_join(a, out, r);
		struct stat st;
		if (stat(path, &st) < 0)
			return -1;
		if (S_ISDIR(st.st_mode)) {
			if (walk(out, r, files, hash, data) < 0)
				return -1;
			continue;
		}
		if (st.st_size > PRECACHE_MAX_BYTES)
			continue;
		if (fs_read(path, data) < 0)
			return -1;
		*hash = hash_mix(hash_mix(*hash, data->data, data->len), r,
				 strlen(r));
		add_file(files, r, (long)st.st_size);
	}
	return 0;
}

/* Where each module's files are: its folder (by slug), its outline, the
 * media its lessons link to (a file, or a folder with what is in it);
 * values are 1 + the module's index. */
typedef struct owners {
	strmap by_path;
} owners;

static void owners_init(owners *o, const site *s, arena *a)
{
	memset(o, 0, sizeof *o);
	for (size_t i = 0; i < s->n_modules; i++) {
		const module *m = s->modules[i];
		void *g = (void *)(uintptr_t)(1 + i);
		strmap_put(a, &o->by_path, m->slug, g);
		strmap_put(a, &o->by_path, arena_printf(a, "cursus/%s.js",
			   m->slug), g);
		for (size_t k = 0; k < m->n_lessons; k++)
			for (size_t j = 0; j < m->lessons[k]->n_media; j++) {
				const char *r = arena_printf(a, "media/%s",
					m->lessons[k]->media[j]);
				if (!strmap_get(&o->by_path, r))
					strmap_put(a, &o->by_path, r, g);
			}
	}
}

/* The group of a file: the shell (0: the site's own pages at the top,
 * the assets, the course outline), a module (1 + its index: its pages,
 * its outline, the media its lessons link to), or the rest (the search
 * index, the competencies, other media): the path or the nearest folder
 * holding it decides. */
static size_t group_of(const site *s, const owners *o, const char *rel,
		       arena *a)
{
	if (!strncmp(rel, "assets/", 7) || is_preview(rel) ||
	    (!strchr(rel, '/') && strncmp(rel, "zoekindex", 9)))
		return 0;
	char *p = arena_strdup(a, rel);
	for (;;) {
		uintptr_t g = (uintptr_t)strmap_get(&o->by_path, p);
		if (g)
			return (size_t)g;
		char *slash = strrchr(p, '/');
		if (!slash)
			return 1 + s->n_modules;
		*slash = '\0';
	}
}

/* Which groups a first visit stores: the shell, then each module and at
 * last the rest, as long as they fit in the budget whole; the previews
 * of the materials are stored with the shell and count in the budget.
 * kept[g]. */
static void choose(const site *s, sw_files *l, int *kept, arena *a)
{
	size_t groups = s->n_modules + 2;
	long *size = arena_alloc(a, groups * sizeof *size);
	owners o;
	owners_init(&o, s, a);
	for (size_t i = 0; i < l->n; i++) {
		l->f[i].group = group_of(s, &o, l->f[i].rel, a);
		size[l->f[i].group] += l->f[i].size;
	}
	long used = 0;
	int full = 0;
	for (size_t i = 0; i < l->n; i++)
		if (is_preview(l->f[i].rel))
			used += l->f[i].size;
	kept[0] = 1;
	for (size_t g = 1; g < groups; g++) {
		full = full || used + size[g] > PRECACHE_BUDGET;
		kept[g] = !full;
		if (!full)
			used += size[g];
	}
}

static const char worker[] =
"const FILES = self.CK_FILES;\n"
"const MODULES = self.CK_MODULES || {};\n"
"const PREFIX = 'ck-' + self.CK_SITE + '-';\n"
"const CACHE = PREFIX + self.CK_VERSION;\n"
"\n"
"self.addEventListener('install', (e) => {\n"
"  e.waitUntil(caches.open(CACHE)\n"
"    .then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))\n"
"    .then(() => self.skipWaiting()));\n"
"});\n"
"\n"
"self.addEventListener('activate', (e) => {\n"
"  e.waitUntil(caches.keys()\n"
"    .then((keys) => Promise.all(keys\n"
"      .filter((k) => k.startsWith(PREFIX) && k !== CACHE)\n"
"      .map((k) => caches.delete(k))))\n"
"    .then(() => self.clients.claim()));\n"
"});\n"
"\n"
"/* Whether a response may be kept: this site's own files, but not the\n"
" * PDFs and the SCORM packages, which are large (the previews of the\n"
" * printed materials are small). */\n"
"const keep = (req, res) => res && res.ok && res.type === 'basic' &&\n"
"  (!/\\/(print|scorm)\\//.test(new URL(req.url).pathname) ||\n"
"   /\\/print\\/voorbeeld\\//.test(new URL(req.url).pathname));\n"
"\n"
"/* The offline page for a request in a folder of the site: its links are\n"
" * relative to the site root, so each gets a '../' per folder between\n"
" * the root (the worker's scope) and the request. */\n"
"const fallback = (c, req) => c.match('offline.html').then((res) => {\n"
"  const scope = new URL(self.registration.scope).pathname;\n"
"  const path = new URL(req.url).pathname;\n"
"  const depth = path.startsWith(scope) ?\n"
"    path.slice(scope.length).split('/').length - 1 : 0;\n"
"  if (!res || depth <= 0) return res;\n"
"  const up = '../'.repeat(depth);\n"
"  return res.text().then((html) => new Response(html\n"
"    .replace(/ data-root=\"\"/, ' data-root=\"' + up + '\"')\n"
"    .replace(/( (?:href|src|action)=\")(?![a-z][a-z0-9+.-]*:|\\/|#)/gi, '$1' + up),\n"
"    { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));\n"
"});\n"
"\n"
"/* The cache first, then the network (and what it gives is kept, so a\n"
" * page visited once opens without one); a page that is in neither gets\n"
" * the offline page. */\n"
"self.addEventListener('fetch', (e) => {\n"
"  const req = e.request;\n"
"  if (req.method !== 'GET' || new URL(req.url).origin !== location.origin)\n"
"    return;\n"
"  e.respondWith(caches.open(CACHE).then((c) =>\n"
"    c.match(req, { ignoreSearch: true }).then((hit) => hit ||\n"
"      fetch(req).then((res) => {\n"
"        if (keep(req, res)) c.put(req, res.clone());\n"
"        return res;\n"
"      }).catch(() => req.mode === 'navigate' ?\n"
"        fallback(c, req) : Response.error()))));\n"
"});\n"
"\n"
"/* A page asks: { module, store }: are the module's files all kept, or\n"
" * keep them now; the answer { module, kept } goes to its port. */\n"
"self.addEventListener('message', (e) => {\n"
"  const d = e.data || {}, port = e.ports && e.ports[0];\n"
"  const files = MODULES[d.module];\n"
"  if (!port || !files) return;\n"
"  const all = (c) => Promise.all(files.map((f) => c.match(f, { ignoreSearch: true })))\n"
"    .then((hits) => hits.every(Boolean));\n"
"  e.waitUntil(caches.open(CACHE).then((c) => (d.store ?\n"
"    c.addAll(files).then(() => true) : all(c)))\n"
"    .catch(() => false)\n"
"    .then((kept) => port.postMessage({ module: d.module, kept: kept })));\n"
"});\n";

/* The files of l as JSON strings, comma-separated: with kept, those of
 * the groups kept; else those of group. */
static void put_files(buf *b, const sw_files *l, const int *kept,
		      size_t group)
{
	int first = 1;
	for (size_t i = 0; i < l->n; i++) {
		const sw_file *f = &l->f[i];
		if (kept ? !kept[f->group] : f->group != group)
			continue;
		buf_puts(b, first ? "\n" : ",\n");
		first = 0;
		buf_put_json(b, f->rel);
	}
}

static int write_worker(const site *s, const char *out, const char *slug,
			arena *a)
{
	sw_files files = { .a = a };
	uint64_t hash = HASH_SEED;
	buf b = BUF_INIT, data = BUF_INIT;
	int rc = walk(out, "", &files, &hash, &data);
	buf_free(&data);
	if (rc < 0) {
		diag_system("kan %s niet lezen: %s", out, syserr_text(errno));
		return -1;
	}
	int *kept = arena_alloc(a, (s->n_modules + 2) * sizeof *kept);
	choose(s, &files, kept, a);
	buf_puts(&b, "/* The service worker: the site's shell and, as far as "
		 "they fit, its modules,\n * stored on the first visit so "
		 "that it works without a network. Written by\n * the "
		 "build. */\n");
	buf_puts(&b, "self.CK_SITE = ");
	buf_put_json(&b, slug);
	buf_printf(&b, ";\nself.CK_VERSION = \"%016llx\";\nself.CK_FILES = [",
		   (unsigned long long)hash);
	buf_puts(&b, "\n\"./\",");
	put_files(&b, &files, kept, 0);
	buf_puts(&b, "];\n/* every module's files, to store on request */\n"
		 "self.CK_MODULES = {");
	for (size_t i = 0; i < s->n_modules; i++) {
		buf_puts(&b, i ? ",\n" : "\n");
		buf_put_json(&b, s->modules[i]->slug);
		buf_puts(&b, ": [");
		put_files(&b, &files, NULL, 1 + i);
		buf_puts(&b, "]");
	}
	buf_puts(&b, "};\n\n");
	buf_puts(&b, worker);
	const char *path = path_join(a, out, "sw.js");
	rc = fs_write(path, b.data, b.len);
	if (rc < 0)
		diag_system("kan %s niet schrijven: %s", path,
			    syserr_text(errno));
	buf_free(&b);
	return rc;
}

const char *offline_icon(const site *s, arena *a)
{
	return arena_printf(a,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 512 512\">"
		"<rect width=\"512\" height=\"512\" rx=\"96\" fill=\"%s\"/>"
		"<circle cx=\"206\" cy=\"256\" r=\"118\" fill=\"none\" "
		"stroke=\"#fff\" stroke-width=\"36\"/>"
		"<circle cx=\"306\" cy=\"256\" r=\"118\" fill=\"none\" "
		"stroke=\"%s\" stroke-width=\"36\"/></svg>\n",
		s->colour_primary, s->colour_accent);
}

const char *offline_manifest(const site *s, arena *a)
{
	buf b = BUF_INIT;
	buf_puts(&b, "{\n  \"name\": ");
	buf_put_json(&b, s->title);
	buf_puts(&b, ",\n  \"short_name\": ");
	buf_put_json(&b, s->title);
	if (s->description) {
		buf_puts(&b, ",\n  \"description\": ");
		buf_put_json(&b, s->description);
	}
	buf_puts(&b, ",\n  \"lang\": ");
	buf_put_json(&b, s->language);
	buf_puts(&b, ",\n  \"start_url\": \"./index.html\",\n"
		 "  \"scope\": \"./\",\n  \"display\": \"standalone\",\n"
		 "  \"background_color\": \"#ffffff\",\n  \"theme_color\": ");
	buf_put_json(&b, s->colour_primary);
	buf_puts(&b, ",\n  \"icons\": [{ \"src\": \"icon.svg\", \"sizes\": "
		 "\"any\", \"type\": \"image/svg+xml\", \"purpose\": "
		 "\"any\" }]\n}\n");
	const char *text = arena_strdup(a, b.data);
	buf_free(&b);
	return text;
}

/* icon.svg and manifest.webmanifest in out; 0, or -1 (errno). */
static int write_app(const site *s, const char *out, arena *a)
{
	const char *icon = offline_icon(s, a);
	const char *man = offline_manifest(s, a);
	if (fs_write(path_join(a, out, "icon.svg"), icon, strlen(icon)) < 0)
		return -1;
	return fs_write(path_join(a, out, "manifest.webmanifest"), man,
			strlen(man));
}

static int offline_write(const site *s, const char *out, const char *slug,
			 int preview)
{
	arena a;
	arena_init(&a, 0);
	int rc = 0;
	if (write_app(s, out, &a) < 0) {
		diag_system("kan het webmanifest in %s niet schrijven: %s", out,
			    syserr_text(errno));
		rc = -1;
	} else if (!preview) {
		rc = write_worker(s, out, slug, &a);
	}
	arena_free(&a);
	return rc;
}

/* --- as an output of the build: one job, in the last stage ------------ */

static void *offline_new(build_ctx *b, const void *arg, int *bad)
{
	(void)arg;
	(void)bad;
	return b->out && b->only != ONLY_PRINT ? b : NULL;
}

static size_t offline_jobs(void *state, int stage)
{
	(void)state;
	return stage == STAGE_LAST;
}

static void offline_render(void *state, int stage, size_t i, int worker)
{
	(void)stage;
	(void)i;
	(void)worker;
	const build_ctx *b = state;
	offline_write(b->s, b->out, site_slug(b->s->a, b->s->title),
		      b->preview);
}

const output_def offline_output = {
	.name = "offline", .reads = READS_SITE | READS_OUTPUT,
	.new = offline_new, .jobs = offline_jobs, .render = offline_render,
};
