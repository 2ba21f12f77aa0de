/* scorm.h - a SCORM 1.2 package per module: OUT/scorm/<module>.zip.
 *
 * One SCO per module: the module's overview is the start page, its
 * lessons are reached from there as on the site, and the adapter
 * (assets/js/scorm.js) reports to the LMS for the whole module: status
 * incomplete until every lesson is done, then passed or failed against
 * the module's mastery score (`beheersing:` in _module.yaml, default 80),
 * or completed when the module has no quizzes; the quiz score as
 * cmi.core.score.raw; progress kept in cmi.suspend_data.
 *
 * The package holds imsmanifest.xml and the schema files it names
 * (scorm_schema.h), icon.svg and manifest.webmanifest (offline.h), the
 * module's pages, the assets, the media its lessons link to, the outline
 * of the module alone as its cursus.js (course.h) and, when it was
 * built, the module's hand-out: so
 * the packages of a course together grow with its lessons, not with its
 * lessons times its modules. Files compressed already (images, PDFs,
 * fonts) are stored; the rest gets deflate's fastest level, assets/
 * deflated once and copied as it is into every package. */
#ifndef COACHKIT_SCORM_H
#define COACHKIT_SCORM_H

#include "outputs.h"

/* The output that writes them (outputs.h): a job per module, once the
 * pages and the PDFs are written. */
extern const output_def scorm_output;

#endif
