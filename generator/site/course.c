/* course.c - cursus.js: the course's outline for the scripts; see course.h. */
#include "course.h"
#include "util/diag.h"
#include "util/fs.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>

int site_write_course(site_writer *w)
{
	const site *s = w->s;
	const char *slug = site_slug(s->a, s->title);
	buf b = BUF_INIT;
	buf_puts(&b, "window.CK_COURSE = {\"site\":");
	buf_put_json(&b, slug);
	buf_puts(&b, ",\"title\":");
	buf_put_json(&b, s->title);
	/* the interface texts of the scripts: layouts/i18n's js_ keys,
	 * without the prefix */
	buf_puts(&b, ",\"t\":{");
	const ptrvec *keys = &w->t->script_keys;
	for (size_t i = 0; i < keys->len; i++) {
		const char *k = keys->items[i];
		if (i)
			buf_putc(&b, ',');
		buf_put_json(&b, k + 3);
		buf_putc(&b, ':');
		buf_put_json(&b, ui_get(&w->r->ui, k));
	}
	buf_puts(&b, "}");
	buf_puts(&b, ",\"modules\":[");
	for (size_t i = 0; i < s->n_modules; i++) {
		const module *m = s->modules[i];
		buf_puts(&b, i ? ",\n{\"slug\":" : "\n{\"slug\":");
		buf_put_json(&b, m->slug);
		buf_puts(&b, ",\"title\":");
		buf_put_json(&b, m->title);
		buf_puts(&b, ",\"url\":");
		buf_put_json(&b, m->url);
		buf_printf(&b, ",\"mastery\":%d,\"lessons\":[", m->beheersing);
		for (size_t k = 0; k < m->n_lessons; k++) {
			const doc *d = m->lessons[k];
			buf_puts(&b, k ? ",{\"id\":" : "{\"id\":");
			buf_put_json(&b, site_page_id(&w->keep, d->url));
			buf_puts(&b, ",\"title\":");
			buf_put_json(&b, d->title);
			buf_puts(&b, ",\"url\":");
			buf_put_json(&b, d->url);
			buf_printf(&b, ",\"quizzes\":%d}", (int)(uintptr_t)
				   strmap_get(&w->quizzes, d->url));
		}
		buf_puts(&b, "]}");
	}
	buf_puts(&b, "]};\n");
	const char *path = path_join(s->a, w->out, "cursus.js");
	int rc = fs_write(path, b.data, b.len);
	if (rc < 0)
		diag_system("kan %s niet schrijven: %s", path,
			    syserr_text(errno));
	buf_free(&b);
	return rc;
}
