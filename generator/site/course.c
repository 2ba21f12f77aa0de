/* course.c - cursus.js: the course's outline for the scripts; see course.h. */
#include "course.h"
#include "util/diag.h"
#include "util/fs.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>

/* The outline as a script: every module, only one, or none (texts). */
static void put_course(buf *b, site_writer *w, const module *only,
		       int none)
{
	const site *s = w->s;
	buf_puts(b, "window.CK_COURSE = {\"site\":");
	buf_put_json(b, site_slug(s->a, s->title));
	buf_puts(b, ",\"title\":");
	buf_put_json(b, s->title);
	buf_puts(b, s->voortgang_auto ? ",\"auto\":true" : ",\"auto\":false");
	/* the interface texts of the scripts: layouts/i18n's js_ keys,
	 * without the prefix */
	buf_puts(b, ",\"t\":{");
	const ptrvec *keys = &w->t->script_keys;
	for (size_t i = 0; i < keys->len; i++) {
		const char *k = keys->items[i];
		if (i)
			buf_putc(b, ',');
		buf_put_json(b, k + 3);
		buf_putc(b, ':');
		buf_put_json(b, ui_get(&w->r->ui, k));
	}
	buf_puts(b, "}");
	buf_puts(b, ",\"modules\":[");
	int first = 1;
	for (size_t i = 0; i < s->n_modules; i++) {
		const module *m = s->modules[i];
		if (none || (only && m != only))
			continue;
		buf_puts(b, first ? "\n{\"slug\":" : ",\n{\"slug\":");
		first = 0;
		buf_put_json(b, m->slug);
		buf_puts(b, ",\"title\":");
		buf_put_json(b, m->title);
		buf_puts(b, ",\"url\":");
		buf_put_json(b, m->url);
		buf_printf(b, ",\"mastery\":%d,\"lessons\":[", m->beheersing);
		for (size_t k = 0; k < m->n_lessons; k++) {
			const doc *d = m->lessons[k];
			buf_puts(b, k ? ",{\"id\":" : "{\"id\":");
			buf_put_json(b, site_page_id(&w->keep, d->url));
			buf_puts(b, ",\"title\":");
			buf_put_json(b, d->title);
			buf_puts(b, ",\"url\":");
			buf_put_json(b, d->url);
			buf_printf(b, ",\"quizzes\":%d}", (int)(uintptr_t)
				   strmap_get(&w->quizzes, d->url));
		}
		buf_puts(b, "]}");
	}
	buf_puts(b, "]};\n");
}

static int write_course(site_writer *w, const module *only, int none,
			const char *path)
{
	buf b = BUF_INIT;
	put_course(&b, w, only, none);
	int rc = fs_write(path, b.data, b.len);
	if (rc < 0)
		diag_system("kan %s niet schrijven: %s", path,
			    syserr_text(errno));
	buf_free(&b);
	return rc;
}

int site_write_course(site_writer *w)
{
	const site *s = w->s;
	int rc = write_course(w, NULL, 0, path_join(s->a, w->out,
						   "cursus.js"));
	if (rc == 0)
		rc = write_course(w, NULL, 1, path_join(s->a, w->out,
							"teksten.js"));
	const char *dir = path_join(s->a, w->out, "cursus");
	if (s->n_modules && fs_mkdir_p(dir) < 0) {
		diag_system("kan %s niet maken: %s", dir, syserr_text(errno));
		return -1;
	}
	for (size_t i = 0; rc == 0 && i < s->n_modules; i++)
		rc = write_course(w, s->modules[i], 0, path_join(s->a, dir,
				  arena_printf(s->a, "%s.js",
					       s->modules[i]->slug)));
	return rc;
}
