/* scorm.c - SCORM 1.2 packages, one per module; see scorm.h. */
#include "scorm.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/pool.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zip.h>

/* Every file under out/rel (paths from out), or rel itself when it is a
 * file; nothing when it does not exist. */
static void collect(const char *out, const char *rel, arena *a,
		    ptrvec *files)
{
	const char *path = path_join(a, out, rel);
	if (fs_is_file(path)) {
		ptrvec_push(a, files, (void *)rel);
		return;
	}
	ptrvec names = { 0 };
	if (!fs_is_dir(path) || fs_list(a, path, &names) < 0)
		return;
	for (size_t i = 0; i < names.len; i++)
		collect(out, path_join(a, rel, names.items[i]), a, files);
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
		 "  xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\">\n"
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

static int add(zip_t *z, zip_source_t *src, const char *name, time_t t)
{
	zip_int64_t i = src ? zip_file_add(z, name, src, ZIP_FL_ENC_UTF_8 |
					   ZIP_FL_OVERWRITE) : -1;
	if (i < 0) {
		zip_source_free(src);
		return -1;
	}
	zip_file_set_mtime(z, (zip_uint64_t)i, t, 0);
	/* the fastest deflate: a package is built on every build, and
	 * level 1 is within a few percent of the default's size here */
	zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_DEFLATE, 1);
	return 0;
}

/* One module's package; 0, or -1 with the reason in err. */
static int package(const site *s, const module *m, const char *out,
		   arena *a, char *err, size_t errlen)
{
	ptrvec files = { 0 };
	collect(out, m->slug, a, &files);
	collect(out, "assets", a, &files);
	collect(out, "media", a, &files);
	collect(out, "cursus.js", a, &files);
	collect(out, arena_printf(a, "print/handout-%s.pdf", m->slug), a,
		&files);
	const char *xml = manifest(s, m, &files, a);
	const char *path = path_join(a, out, arena_printf(a,
				     "scorm/%s.zip", m->slug));
	int code = 0;
	zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code);
	if (!z) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, code);
		snprintf(err, errlen, "kan %s niet maken (libzip: %s)", path,
			 zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return -1;
	}
	time_t t = stamp();
	int rc = add(z, zip_source_buffer(z, xml, strlen(xml), 0),
		     "imsmanifest.xml", t);
	for (size_t i = 0; rc == 0 && i < files.len; i++)
		rc = add(z, zip_source_file(z, path_join(a, out,
			 files.items[i]), 0, -1), files.items[i], t);
	if (rc < 0 || zip_close(z) < 0) {
		snprintf(err, errlen, "kan %s niet schrijven (libzip: %s)",
			 path, zip_strerror(z));
		zip_discard(z);
		return -1;
	}
	return 0;
}

/* The packages are independent jobs (util/pool.h); errors are kept per
 * module and reported afterwards, in module order. */
typedef struct jobs {
	const site *s;
	const char *out;
	char      **errors;   /* per module, NULL when it went well */
} jobs;

typedef struct worker {
	jobs *j;
	arena a;
} worker;

static void package_job(void *ud, size_t i)
{
	worker *w = ud;
	char err[400] = "";
	if (package(w->j->s, w->j->s->modules[i], w->j->out, &w->a, err,
		    sizeof err) < 0)
		w->j->errors[i] = strdup(err);
	arena_reset(&w->a);
}

int scorm_write(const site *s, const char *out, int n_jobs)
{
	if (!s->n_modules)
		return 0;
	const char *dir = path_join(s->a, out, "scorm");
	if (fs_mkdir_p(dir) < 0) {
		diag_system("kan %s niet maken: %s", dir, syserr_text(errno));
		return -1;
	}
	jobs j = { .s = s, .out = out };
	j.errors = xmalloc(s->n_modules * sizeof *j.errors);
	memset(j.errors, 0, s->n_modules * sizeof *j.errors);
	if (n_jobs > (int)s->n_modules)
		n_jobs = (int)s->n_modules;
	if (n_jobs < 1)
		n_jobs = 1;
	worker *w = xmalloc((size_t)n_jobs * sizeof *w);
	void **ws = xmalloc((size_t)n_jobs * sizeof *ws);
	for (int i = 0; i < n_jobs; i++) {
		w[i].j = &j;
		arena_init(&w[i].a, 0);
		ws[i] = &w[i];
	}
	tzset();   /* libzip converts times: the zone is read once, here */
	pool_run(s->n_modules, ws, n_jobs, package_job);
	for (int i = 0; i < n_jobs; i++)
		arena_free(&w[i].a);
	free(ws);
	free(w);
	int rc = 0;
	for (size_t i = 0; i < s->n_modules; i++)
		if (j.errors[i]) {
			diag_system("%s", j.errors[i]);
			free(j.errors[i]);
			rc = -1;
		}
	free(j.errors);
	return rc;
}
