/* serve.h - coachkit serve: build into a private folder, serve it, watch
 * the project and build again after every change, reloading the pages
 * open in the browser (serve/http.h, serve/watch.h). */
#ifndef COACHKIT_SERVE_H
#define COACHKIT_SERVE_H

typedef struct serve_options {
	const char *dir;        /* the project folder */
	const char *bind;       /* "127.0.0.1" by default */
	int         port;       /* 1313 by default */
	int         open;       /* open the site in a browser */
	int         jobs;       /* build threads; 0: one per processor */
	const char *base_url;   /* over site.yaml's, or NULL */
	int         verbose;    /* each build's phases and figures too */
} serve_options;

/* Runs until SIGINT or SIGTERM; 0, or 2 when it cannot start (the
 * reason was reported). */
int serve_run(const serve_options *o);

#endif
