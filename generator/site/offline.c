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

/* Folders that are not precached: the PDFs and the SCORM packages are
 * large, and each is fetched whole when it is opened. */
static int skipped(const char *rel)
{
	return !strcmp(rel, "print") || !strcmp(rel, "scorm") ||
	       !strcmp(rel, "sw.js");
}

/* Adds every file under out/rel to files (paths from out), hashing their
 * contents into *hash. */
static int walk(const char *out, const char *rel, arena *a, ptrvec *files,
		uint64_t *hash, buf *data)
{
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
			if (walk(out, r, a, files, hash, data) < 0)
				return -1;
			continue;
		}
		if (st.st_size > PRECACHE_MAX_BYTES)
			continue;
		if (fs_read(path, data) < 0)
			return -1;
		*hash = hash_mix(hash_mix(*hash, data->data, data->len), r,
				 strlen(r));
		ptrvec_push(a, files, (void *)r);
	}
	return 0;
}

static const char worker[] =
"const FILES = self.CK_FILES;\n"
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
"/* The cache first (every page and asset is in it), then the network;\n"
" * a page that is in neither gets the offline page. */\n"
"self.addEventListener('fetch', (e) => {\n"
"  const req = e.request;\n"
"  if (req.method !== 'GET' || new URL(req.url).origin !== location.origin)\n"
"    return;\n"
"  e.respondWith(caches.open(CACHE).then((c) =>\n"
"    c.match(req, { ignoreSearch: true }).then((hit) => hit ||\n"
"      fetch(req).catch(() => req.mode === 'navigate' ?\n"
"        c.match('offline.html') : Response.error()))));\n"
"});\n";

/* sw.js: the list of files to precache, the version, then the worker. */
static int write_worker(const site *s, const char *out, const char *slug,
			arena *a)
{
	ptrvec files = { 0 };
	uint64_t hash = HASH_SEED;
	buf b = BUF_INIT, data = BUF_INIT;
	int rc = walk(out, "", a, &files, &hash, &data);
	buf_free(&data);
	if (rc < 0) {
		diag_system("kan %s niet lezen: %s", out, syserr_text(errno));
		return -1;
	}
	buf_puts(&b, "/* The service worker: every page and asset of the site, "
		 "precached, so that it\n * works without a network after "
		 "the first visit. Written by the build. */\n");
	buf_puts(&b, "self.CK_SITE = ");
	buf_put_json(&b, slug);
	buf_printf(&b, ";\nself.CK_VERSION = \"%016llx\";\nself.CK_FILES = [",
		   (unsigned long long)hash);
	buf_puts(&b, "\n\"./\"");
	for (size_t i = 0; i < files.len; i++) {
		buf_puts(&b, ",\n");
		buf_put_json(&b, files.items[i]);
	}
	buf_puts(&b, "];\n\n");
	buf_puts(&b, worker);
	const char *path = path_join(a, out, "sw.js");
	rc = fs_write(path, b.data, b.len);
	if (rc < 0)
		diag_system("kan %s niet schrijven: %s", path,
			    syserr_text(errno));
	buf_free(&b);
	(void)s;
	return rc;
}

/* icon.svg: the brand mark, a rounded square in the site's colours. */
static int write_icon(const site *s, const char *out, arena *a)
{
	const char *svg = arena_printf(a,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 512 512\">"
		"<rect width=\"512\" height=\"512\" rx=\"96\" fill=\"%s\"/>"
		"<circle cx=\"206\" cy=\"256\" r=\"118\" fill=\"none\" "
		"stroke=\"#fff\" stroke-width=\"36\"/>"
		"<circle cx=\"306\" cy=\"256\" r=\"118\" fill=\"none\" "
		"stroke=\"%s\" stroke-width=\"36\"/></svg>\n",
		s->colour_primary, s->colour_accent);
	return fs_write(path_join(a, out, "icon.svg"), svg, strlen(svg));
}

/* manifest.webmanifest: name, colours, start page and icon. */
static int write_manifest(const site *s, const char *out, arena *a)
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
	int rc = fs_write(path_join(a, out, "manifest.webmanifest"), b.data,
			  b.len);
	buf_free(&b);
	return rc;
}

static int offline_write(const site *s, const char *out, const char *slug,
			 int preview)
{
	arena a;
	arena_init(&a, 0);
	int rc = 0;
	if (write_icon(s, out, &a) < 0 || write_manifest(s, out, &a) < 0) {
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
