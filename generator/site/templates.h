/* templates.h - the site's Mustache templates and UI strings.
 *
 * templates_load() reads every layouts/html/NAME.mustache (compiled once per
 * build; any of them can be used as a partial by its name without the
 * extension) and offers the UI strings (ui.h) to them as {{t.key}}. Errors are reported through diag
 * with file:line:col. Owned by the caller; templates_free() releases. */
#ifndef COACHKIT_TEMPLATES_H
#define COACHKIT_TEMPLATES_H

#include "template/mustache.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/strmap.h"
#include "theme.h"
#include "ui.h"

typedef struct tmpl {
	const char  *name;     /* "lesson" */
	const char  *file;     /* layouts/html/lesson.mustache */
	char        *source;   /* heap copy, used for partials */
	size_t       len;
	mu_template *compiled;
} tmpl;

typedef struct templates {
	arena    *a;
	strmap    by_name;     /* name -> tmpl* */
	ptrvec    all;
	mu_value *strings;     /* the i18n map */
	ptrvec    script_keys; /* its keys for the scripts: "js_..." */
} templates;

/* Every template of the project and the installed theme (the project's
 * where both have one). Returns 0, or -1 after reporting errors. */
int  templates_load(templates *t, arena *a, const struct theme *th,
		    const ui_strings *ui);
void templates_free(templates *t);

/* Renders template name against ctx, appending to out. A missing template
 * or a render failure is reported (once per call) and returns -1. */
int templates_render(templates *t, const char *name, const mu_value *ctx,
		     buf *out);
#endif
