/* model.h - the content model: what content/ holds, as metadata.
 *
 * The model keeps titles, weights, objectives and paths, not the Markdown
 * text: a document's body is read, parsed, checked and rendered one at a
 * time. Everything here is allocated in the site's arena and lives until
 * site_free(). */
#ifndef COACHKIT_MODEL_H
#define COACHKIT_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include "util/arena.h"
#include "util/diag.h"
#include "util/strmap.h"

typedef struct module module;

typedef enum { DOC_LESSON, DOC_PAGE } doc_kind;

/* A Markdown document with front matter: a lesson or a free page. */
typedef struct doc {
	doc_kind     kind;
	const char  *file;        /* path as shown in diagnostics */
	const char  *rel;         /* path inside content/: modules/01-a/02-b.md */
	const char  *slug;        /* b */
	const char  *url;         /* output path from the site root: a/b.html */
	const char  *title;
	const char  *summary;     /* samenvatting, may be NULL */
	diag_pos     title_at, summary_at;  /* in the front matter */
	int          weight, duur;
	const char **leerdoelen;
	size_t       n_leerdoelen;
	uint64_t     hash;        /* of the file's text, and of its front */
	uint64_t     front_hash;  /* matter: what a build keeps is known by
				   * them (cache.h) */
	size_t       body_offset; /* where the Markdown starts in the file */
	int          body_line;   /* its 1-based line number */
	const char **media;       /* the files in content/ it links to (its
				   * check sets them; docs.h) */
	size_t       n_media;
	module      *module;      /* NULL for a free page */
	size_t       index;       /* position among its module's lessons */
} doc;

struct module {
	const char  *file;        /* the _module.yaml path for diagnostics */
	const char  *rel;         /* modules/01-a */
	const char  *slug;        /* a */
	const char  *url;         /* a/index.html */
	const char  *title, *summary, *doelgroep;
	diag_pos     title_at, summary_at, doelgroep_at, leerdoelen_at;
	int          weight, duur;
	int          beheersing;  /* mastery score in percent (SCORM) */
	const char **leerdoelen;
	size_t       n_leerdoelen;
	doc        **lessons;
	size_t       n_lessons;
	size_t       index;       /* position among the modules */
};

typedef struct site {
	arena        *a;
	const char   *root;        /* the project directory (DIR) */
	const char   *content;     /* DIR/content */
	const char   *content_real;/* the same, absolute, links resolved */
	const char   *file;        /* DIR/content/site.yaml */
	const char   *title, *subtitle, *language, *organisation;
	const char   *description, *base_url;
	diag_pos      title_at, subtitle_at, organisation_at, description_at;
	diag_pos      base_url_at;   /* in site.yaml, or none */
	const char   *colour_primary, *colour_accent;
	/* cmyk: in site.yaml, the brand colours in print: C, M, Y, K
	 * from 0 to 1; NULL: converted from the colour (canvas/colour.h) */
	const double *cmyk_primary, *cmyk_accent;
	const char   *font_serif, *font_sans;   /* NULL: the print style's */
	diag_pos      font_serif_at, font_sans_at;
	int           unsafe_html;
	const char  **foreign_phrases;   /* never hyphenated in print */
	size_t        n_foreign_phrases;
	int           print_professional; /* print: professional (bleed, marks) */
	/* voortgang: automatisch (1, the default): a lesson is done by itself
	 * once its quizzes are answered and its end was in view; handmatig
	 * (0): only by the learner's "markeer als afgerond" */
	int           voortgang_auto;
	module      **modules;
	size_t        n_modules;
	doc         **pages;
	size_t        n_pages;
	doc         **trainer;     /* content/trainer/: the trainer's guide,
				    * its chapters in weight order (pages,
				    * at trainer/SLUG.html) */
	size_t        n_trainer;
	strmap        by_rel;      /* rel path -> doc*, for links */
	strmap        media;       /* rel path of a linked file -> itself */
	strmap        images;      /* rel path of an image -> its verdict
				    * (markdown/media.c) */
	strmap        diagrams;    /* names in content/diagrams/ (the files
				    * are loaded by diagram/) */
	/* content/profiles/, content/competencies.yaml and content/pocket.yaml
	 * (content/cards.h, content/pocket.h); pocket is NULL without one */
	struct profiles     *profiles;
	struct competencies *competencies;
	struct pocket       *pocket;
	struct glossary     *glossary;  /* content/begrippen.yaml
					 * (content/glossary.h), or NULL */
	int                  cards_bad;   /* profiles or competencies had
					   * errors (reported) */
	const struct front_keeper *keeper;   /* while loading, or NULL */
} site;

/* Loads site.yaml, every _module.yaml and every front matter under
 * root/content. Content errors are reported through diag (the caller asks
 * diag_errors()); returns NULL only when root/content cannot be read. */
site *site_load(arena *a, const char *root);

/* Front matter read by an earlier build and kept (cache.h), so that a
 * build does not parse it again. get() fills in d's fields from its front
 * matter (title, samenvatting, weight, duur, leerdoelen; strings in a)
 * from what was kept for d->rel with d->front_hash, replays the reports
 * it gave and returns 1; or returns 0. put() keeps what d's front matter
 * gave, with its reports. */
typedef struct front_keeper {
	void *ud;
	int  (*get)(void *ud, doc *d, arena *a);
	void (*put)(void *ud, const doc *d, const diag_capture *reports);
} front_keeper;

/* site_load() with the front matter kept by k (NULL: none). */
site *site_load_kept(arena *a, const char *root, const front_keeper *k);

/* The lesson or page that link (a relative path to a .md file, as in
 * Markdown) names, from the file from (a path inside content/, such as
 * "posters/boeiend.yaml"); NULL when there is none. */
const doc *site_find_doc(site *s, const char *from, const char *link);

/* Reads and parses the YAML file (a path), whose root must be a mapping
 * ("a poster" names it in the message); NULL after reporting. The nodes
 * live in s's arena. */
struct ynode *content_yaml_read(site *s, const char *file, const char *what);

/* The lesson or page that the key pagina of map names (see
 * site_find_doc(); rel is the file's path inside content/); NULL when
 * there is no such key, or after reporting one that names nothing. */
const doc *content_page_at(site *s, const char *file, const char *rel,
			   const struct ynode *map);

/* The NAME.yaml files of content/folder, sorted, into names; any other
 * file is a warning ("not a poster (those are .yaml files)", what is "a
 * poster"). A missing folder is none. 0, or -1 after reporting a folder
 * that cannot be read. */
int content_yaml_files(site *s, const char *folder, const char *what,
		       ptrvec *names);

/* Reports every symbolic link in the content folder that leads outside
 * it (content/ is all coachkit reads), and every pipe, socket or device
 * in it; returns their number. */
int content_check_tree(site *s);

/* 1 when the file at path (links resolved) lies inside the content
 * folder. */
int content_inside(const site *s, const char *path);

/* Whether d is a chapter of the trainer's guide (content/trainer/). */
int doc_is_trainer(const doc *d);

/* Total number of documents (lessons, pages, the trainer's guide). */
size_t site_doc_count(const site *s);

#endif
