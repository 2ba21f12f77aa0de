/* course.h - cursus.js, the course's outline for the site's scripts:
 *
 *   window.CK_COURSE = { site, title, auto, t: { key: text }, modules: [ {
 *     slug, title, url, mastery, lessons: [ { id, title, url, quizzes }
 *   ] } ] };
 *
 * URLs are from the site root; a lesson's id is its URL without ".html",
 * the key its progress, answers and notes are kept under. mastery is the
 * module's `beheersing:` in percent. auto is site.yaml's `voortgang:`,
 * true for automatisch: a lesson is then marked done by itself once
 * its quizzes are answered and its end was in view. t holds the scripts' interface
 * texts: the keys of layouts/i18n/LANG.yaml that start with "js_",
 * without that prefix; "{name}" in a text is filled in by the script.
 * Beside it, cursus/SLUG.js holds the same for one module alone: the
 * module's page and its lessons read that one (and its SCORM package
 * holds no other); teksten.js holds no module, for the pages that show
 * none (search, materials, free pages ...); the home page and the notes
 * page read cursus.js. Written after the pages, as it counts their
 * quizzes. */
#ifndef COACHKIT_COURSE_H
#define COACHKIT_COURSE_H

#include "pages.h"

/* cursus.js, cursus/SLUG.js and teksten.js; 0, or -1 after reporting. */
int site_write_course(site_writer *w);

#endif
