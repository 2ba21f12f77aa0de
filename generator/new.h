/* new.h - coachkit new: a new project, or a new module, lesson, poster,
 * desk mat or patient profile in one.
 *
 *   coachkit new site MAP
 *   coachkit new module|lesson|poster|deskmat|profile NAAM [--module M] [MAP]
 *
 * Each file is made from its template in layouts/new/ (the project's own,
 * else the installed theme's; see theme.h), a Mustache text whose
 * placeholders are {{{title}}} (NAAM as a YAML string), {{{pagina}}} (the
 * path of a lesson from the new file, for posters, desk mats and
 * profiles) and {{{diagram}}} (the first diagram of content/diagrams/).
 * NAAM becomes the title, and its slug (cards_slug()) the file name,
 * numbered after the last one where the content model numbers its files
 * (modules, lessons, profiles). Nothing is ever overwritten: an existing
 * file, or one of the same name under another number, is refused. Every
 * file written is printed, one path a line. */
#ifndef COACHKIT_NEW_H
#define COACHKIT_NEW_H

/* Runs "coachkit new ..." with argv[0] "new". Returns the exit status:
 * 0 written, 1 refused (something of that name exists, no module to put a
 * lesson in), 2 a usage or system error. */
int new_main(int argc, char **argv);

#endif
