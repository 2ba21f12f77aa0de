/* scorm.c - SCORM 1.2 packages, one per module; see scorm.h. */
#include "scorm.h"
#include "deflated.h"
#include "offline.h"
#include "scorm_schema.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fs.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zip.h>

/* Larger files are deflated by libzip as it reads them, not in memory. */
#define DEFLATE_IN_MEMORY_MAX (32L << 20)

/* What a package holds: where each file is, and its name in it. */
typedef struct contents {
	arena  *a;
	ptrvec  paths, names;
	strmap  seen;            /* the names */
} contents;

static void put_file(contents *c, const char *path, const char *name)
{
	if (strmap_get(&c->seen, name))
		return;
	strmap_put(c->a, &c->seen, name, (void *)name);
	ptrvec_push(c->a, &c->paths, (void *)path);
	ptrvec_push(c->a, &c->names, (void *)name);
}

/* Every file under dir/rel, named by its path from dir, or rel itself
 * when it is a file; nothing when it does not exist. */
static void collect(contents *c, const char *dir, const char *rel)
{
	const char *path = path_join(c->a, dir, rel);
	if (fs_is_file(path)) {
		put_file(c, path, rel);
		return;
	}
	ptrvec names = { 0 };
	if (!fs_is_dir(path) || fs_list(c->a, path, &names) < 0)
		return;
	for (size_t i = 0; i < names.len; i++)
		collect(c, dir, path_join(c->a, rel, names.items[i]));
}

static void put_xml(buf *b, const char *s)
{
	buf_put_html(b, s, strlen(s));
}

static const char *manifest(const site *s, const module *m,
			    const ptrvec *files, arena *a)
{
	buf b = BUF_INIT;
	buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		 "<manifest identifier=\"coachkit-");
	put_xml(&b, m->slug);
	buf_puts(&b, "\" version=\"1.0\"\n"
		 "  xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n"
		 "  xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n"
		 "  xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
		 "  xsi:schemaLocation=\"http://www.imsproject.org/xsd/"
		 "imscp_rootv1p1p2 imscp_rootv1p1p2.xsd\n"
		 "    http://www.adlnet.org/xsd/adlcp_rootv1p2 "
		 "adlcp_rootv1p2.xsd\">\n"
		 "  <metadata>\n    <schema>ADL SCORM</schema>\n"
		 "    <schemaversion>1.2</schemaversion>\n  </metadata>\n"
		 "  <organizations default=\"org\">\n"
		 "    <organization identifier=\"org\">\n      <title>");
	put_xml(&b, s->title);
	buf_puts(&b, "</title>\n      <item identifier=\"item\" "
		 "identifierref=\"sco\" isvisible=\"true\">\n        <title>");
	put_xml(&b, m->title);
	buf_printf(&b, "</title>\n        <adlcp:masteryscore>%d"
		   "</adlcp:masteryscore>\n      </item>\n"
		   "    </organization>\n  </organizations>\n"
		   "  <resources>\n    <resource identifier=\"sco\" "
		   "type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"",
		   m->beheersing);
	put_xml(&b, m->url);
	buf_puts(&b, "\">\n");
	for (size_t i = 0; i < files->len; i++) {
		buf_puts(&b, "      <file href=\"");
		put_xml(&b, files->items[i]);
		buf_puts(&b, "\"/>\n");
	}
	buf_puts(&b, "    </resource>\n  </resources>\n</manifest>\n");
	const char *x = arena_strdup(a, b.data);
	buf_free(&b);
	return x;
}

/* The time stamp of every entry: SOURCE_DATE_EPOCH when set, so that a
 * package is the same from build to build; else now. */
static time_t stamp(void)
{
	const char *e = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long t = e ? strtoll(e, &end, 10) : 0;
	return e && *e && !*end && t > 315532800 ? (time_t)t : time(NULL);
}

/* Whether name is compressed already (images, PDFs, fonts, archives):
 * deflate would cost time and win nothing. */
static int compressed(const char *name)
{
	static const char *const kinds[] = {
		".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".zip",
		".woff", ".woff2", ".mp3", ".mp4", ".gz", NULL
	};
	for (size_t i = 0; kinds[i]; i++)
		if (path_has_suffix(name, kinds[i]))
			return 1;
	return 0;
}

/* The source of the file at path, named name in the package: stored
 * when compressed already, else deflated here (deflated.h), or by libzip
 * as it reads when it is large. */
static zip_source_t *source(zip_t *z, deflater *d, const char *path,
			    const char *name, arena *a)
{
	struct stat st;
	if (compressed(name) || stat(path, &st) < 0 ||
	    st.st_size > DEFLATE_IN_MEMORY_MAX)
		return zip_source_file(z, path, 0, -1);
	return deflated_file(z, d, path, a);
}

static int add(zip_t *z, zip_source_t *src, const char *name, time_t t)
{
	zip_int64_t i = src ? zip_file_add(z, name, src, ZIP_FL_ENC_UTF_8 |
					   ZIP_FL_OVERWRITE) : -1;
	if (i < 0) {
		zip_source_free(src);
		return -1;
	}
	zip_file_set_mtime(z, (zip_uint64_t)i, t, 0);
	/* a source deflated here is copied as it is; the others are stored
	 * when compressed already, else deflated by libzip at its fastest */
	if (compressed(name))
		zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_STORE, 0);
	else
		zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_DEFLATE,
					 1);
	return 0;
}

/* The text made here as name in z, deflated; 0, or -1. */
static int add_text(zip_t *z, deflater *d, const char *text,
		    const char *name, time_t t, arena *a)
{
	return add(z, deflated_buffer(z, d, text, strlen(text), a), name, t);
}

/* What a package holds that is made here, not read from the site: the
 * manifest xml, the schema files it names (scorm_schema.h), and the icon
 * and the web manifest every page links to (offline.h; the site's own
 * are written after the packages). 0, or -1. */
static int add_made(zip_t *z, deflater *d, const site *s, const char *xml,
		    time_t t, arena *a)
{
	int rc = add_text(z, d, xml, "imsmanifest.xml", t, a);
	for (size_t i = 0; rc == 0 && scorm_schemas[i].name; i++)
		rc = add_text(z, d, scorm_schemas[i].text,
			      scorm_schemas[i].name, t, a);
	if (rc == 0)
		rc = add_text(z, d, offline_icon(s, a), "icon.svg", t, a);
	if (rc == 0)
		rc = add_text(z, d, offline_manifest(s, a),
			      "manifest.webmanifest", t, a);
	return rc;
}

/* One module's package from the site in out and the hand-out in
 * prints/print (out, or the previous output when only the site is
 * built); 0, or -1 with the reason in err. */
/* A new zip at path, or NULL with the reason in err. */
static zip_t *create(const char *path, char *err, size_t errlen)
{
	int code = 0;
	zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code);
	if (!z) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, code);
		snprintf(err, errlen, "kan %s niet maken (libzip: %s)", path,
			 zip_error_strerror(&ze));
		zip_error_fini(&ze);
	}
	return z;
}

/* Writes z; 0, or -1 with the reason in err. */
static int finish(zip_t *z, int rc, const char *path, char *err,
		  size_t errlen)
{
	if (rc < 0 || zip_close(z) < 0) {
		snprintf(err, errlen, "kan %s niet schrijven (libzip: %s)",
			 path, zip_strerror(z));
		zip_discard(z);
		return -1;
	}
	return 0;
}

/* The files every package holds (assets/) in the zip shared, deflated
 * once for all packages; 0, or -1 with the reason in err. */
static int make_shared(const char *out, const char *shared, deflater *d,
		       arena *a, char *err, size_t errlen)
{
	contents c = { .a = a };
	collect(&c, out, "assets");
	zip_t *z = create(shared, err, errlen);
	if (!z)
		return -1;
	time_t t = stamp();
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < c.names.len; i++)
		rc = add(z, source(z, d, c.paths.items[i], c.names.items[i],
				   a), c.names.items[i], t);
	return finish(z, rc, shared, err, errlen);
}

/* One module's package from the site in out, the shared files in the
 * zip from (or out/assets when it is NULL; a thread's own) and the
 * hand-out in prints/print (out, or the previous output when only the site
 * is built); 0, or -1 with the reason in err. */
static int package(const site *s, const module *m, const char *out,
		   zip_t *from, const char *prints, deflater *d, arena *a,
		   char *err, size_t errlen)
{
	zip_int64_t n_shared = from ? zip_get_num_entries(from, 0) : 0;
	contents c = { .a = a };   /* what is read from the files */
	collect(&c, out, m->slug);
	if (!from)
		collect(&c, out, "assets");
	/* only what its lessons link to, and the outline of it alone */
	for (size_t i = 0; i < m->n_lessons; i++)
		for (size_t k = 0; k < m->lessons[i]->n_media; k++)
			collect(&c, out, arena_printf(a, "media/%s",
				m->lessons[i]->media[k]));
	collect(&c, out, arena_printf(a, "cursus/%s.js", m->slug));
	collect(&c, prints, arena_printf(a, "print/handout-%s.pdf", m->slug));
	ptrvec listed = { 0 };   /* everything, for the manifest */
	for (size_t i = 0; i < c.names.len; i++)
		ptrvec_push(a, &listed, c.names.items[i]);
	for (zip_int64_t i = 0; i < n_shared; i++)
		ptrvec_push(a, &listed, (void *)zip_get_name(from,
			    (zip_uint64_t)i, 0));
	/* made here: what every page links to */
	ptrvec_push(a, &listed, "icon.svg");
	ptrvec_push(a, &listed, "manifest.webmanifest");
	const char *xml = manifest(s, m, &listed, a);
	const char *path = path_join(a, out, arena_printf(a,
				     "scorm/%s.zip", m->slug));
	zip_t *z = create(path, err, errlen);
	int rc = z ? 0 : -1;
	time_t t = stamp();
	if (z)
		rc = add_made(z, d, s, xml, t, a);
	for (size_t i = 0; z && rc == 0 && i < c.names.len; i++)
		rc = add(z, source(z, d, c.paths.items[i], c.names.items[i],
				   a), c.names.items[i], t);
	/* the shared files as they were deflated: copied, not again */
	for (zip_int64_t i = 0; z && rc == 0 && i < n_shared; i++) {
		zip_source_t *src = zip_source_zip(z, from, (zip_uint64_t)i,
						   ZIP_FL_COMPRESSED, 0, -1);
		zip_int64_t e = src ? zip_file_add(z, listed.items[c.names.len
				+ (size_t)i], src, ZIP_FL_ENC_UTF_8) : -1;
		if (e < 0) {
			zip_source_free(src);
			rc = -1;
		} else {
			zip_file_set_mtime(z, (zip_uint64_t)e, t, 0);
		}
	}
	return z ? finish(z, rc, path, err, errlen) : -1;
}

/* --- the packages as an output of the build: a job per module -------- */

typedef struct scorm_state {
	const site *s;
	const char *out;
	const char *prints;     /* where print/ is (package()) */
	const char *shared;     /* OUT/scorm/.gedeeld.zip: assets/, deflated
				 * once for every package (STAGE_LIST) */
	int         have_shared;
	zip_t     **from;       /* it opened, per thread: opened on the main
				 * thread (libzip reads its dates with
				 * mktime(), which is not thread-safe) */
	arena      *scratch;    /* per thread */
	deflater  **deflaters;  /* per thread */
	int         n_scratch;
} scorm_state;

static void *scorm_new(build_ctx *b, const void *arg, int *bad)
{
	(void)arg;
	(void)bad;
	if (!b->out || b->only == ONLY_PRINT || b->preview ||
	    !b->s->n_modules)
		return NULL;
	scorm_state *st = arena_alloc(b->a, sizeof *st);
	st->s = b->s;
	st->out = b->out;
	st->prints = b->only == ONLY_SITE && b->previous ? b->previous :
		     b->out;
	st->shared = path_join(b->a, b->out, "scorm/.gedeeld.zip");
	st->n_scratch = b->jobs < 1 ? 1 : b->jobs;
	st->scratch = arena_alloc(b->a, (size_t)st->n_scratch *
				  sizeof *st->scratch);
	st->deflaters = arena_alloc(b->a, (size_t)st->n_scratch *
				    sizeof *st->deflaters);
	for (int i = 0; i < st->n_scratch; i++) {
		arena_init(&st->scratch[i], 0);
		st->deflaters[i] = deflater_new();
	}
	tzset();   /* libzip converts times: the zone is read once, here */
	return st;
}

/* STAGE_LIST: the shared files, once the site is written; STAGE_PACK: a
 * package per module. */
static size_t scorm_jobs(void *state, int stage)
{
	return stage == STAGE_LIST ? 1 : stage == STAGE_PACK ?
	       ((scorm_state *)state)->s->n_modules : 0;
}

static void scorm_render(void *state, int stage, size_t i, int worker)
{
	scorm_state *st = state;
	arena *a = &st->scratch[worker];
	const char *dir = path_join(a, st->out, "scorm");
	char err[400] = "";
	if (fs_mkdir_p(dir) < 0)
		diag_system("kan %s niet maken: %s", dir, syserr_text(errno));
	else if (stage == STAGE_LIST &&
		 !(st->have_shared = make_shared(st->out, st->shared,
				st->deflaters[worker], a, err, sizeof err) == 0))
		diag_system("%s", err);
	else if (package(st->s, st->s->modules[i], st->out,
			 st->from ? st->from[worker] : NULL, st->prints,
			 st->deflaters[worker], a, err, sizeof err) < 0)
		diag_system("%s", err);
	arena_reset(a);
}

/* Closes what was opened of the shared files, and removes them. */
static void drop_shared(scorm_state *st)
{
	for (int i = 0; st->from && i < st->n_scratch; i++)
		if (st->from[i])
			zip_discard(st->from[i]);
	free(st->from);
	st->from = NULL;
	unlink(st->shared);
}

/* Once the shared files are made, each thread's handle on them; they go
 * once the packages are made. */
static void scorm_finish(void *state, int stage, build_ctx *b)
{
	(void)b;
	scorm_state *st = state;
	if (stage == STAGE_LIST && st->have_shared) {
		st->from = xmalloc((size_t)st->n_scratch * sizeof *st->from);
		for (int i = 0; i < st->n_scratch; i++)
			st->from[i] = zip_open(st->shared, ZIP_RDONLY, NULL);
		for (int i = 0; i < st->n_scratch; i++)
			if (!st->from[i]) {
				drop_shared(st);   /* each its own assets */
				break;
			}
	} else if (stage == STAGE_PACK) {
		drop_shared(st);
	}
}

static void scorm_free(void *state)
{
	scorm_state *st = state;
	drop_shared(st);
	for (int i = 0; i < st->n_scratch; i++) {
		arena_free(&st->scratch[i]);
		deflater_free(st->deflaters[i]);
	}
}

const output_def scorm_output = {
	.name = "SCORM", .reads = READS_SITE | READS_OUTPUT,
	.new = scorm_new, .jobs = scorm_jobs, .render = scorm_render,
	.finish = scorm_finish, .free = scorm_free,
};
