/* offline.h - the site as an installable web app that works offline.
 *
 * manifest.webmanifest (name, language, colours, start page) with
 * icon.svg, and sw.js: a service worker that precaches every file of the
 * site except print/ and scorm/ (the list and a version hashed from the
 * files' contents are written into it), serves from that cache first,
 * and falls back to offline.html for a page it does not have. Written
 * last, when every other file is in place; assets/js/offline.js
 * registers it. */
#ifndef COACHKIT_OFFLINE_H
#define COACHKIT_OFFLINE_H

#include "outputs.h"

/* The output that writes them (outputs.h), once every other file is in
 * place; the site's title names the course (its cache). */
extern const output_def offline_output;

#endif
