/* http.h - serving a built site to the author's browser, with live
 * reload (libmicrohttpd).
 *
 * Serves the files under root and nothing else: a path with "..", a
 * hidden name, or one whose real path (links resolved) leaves root is
 * refused. Every response says Cache-Control: no-store. HTML pages get a
 * small script before </body> (only when served: builds never hold it)
 * that listens to /__coachkit/events (Server-Sent Events): "reload" after
 * a good build (the page keeps its scroll position), "errors" with the
 * reports of a failed one (shown over the page, which stays), "pdf" once
 * the PDFs are made again. A PDF opened as a page comes in a frame that
 * reloads on "pdf". The site's service worker is replaced by one that
 * removes itself and its caches, which would serve pages older than the
 * last build. */
#ifndef COACHKIT_HTTP_H
#define COACHKIT_HTTP_H

#include <stddef.h>

typedef struct http http;

/* Listens on bind:port (an IPv4 or IPv6 address). NULL with the reason
 * in err (errlen bytes); a port in use says so and names the next free
 * one. */
http *http_start(const char *root, const char *bind, int port, char *err,
		 size_t errlen);
/* The pages changed: open pages reload. */
void  http_reload(http *h);
/* The PDFs changed: open PDFs reload. */
void  http_reload_pdfs(http *h);
/* The content has errors (the reports as the terminal shows them): open
 * pages show them over the page until the next good build. */
void  http_errors(http *h, const char *reports);
/* Ends every connection and stops. */
void  http_stop(http *h);

#endif
