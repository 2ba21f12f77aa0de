/* http.c - the preview server's HTTP side; see http.h. */
#define _DEFAULT_SOURCE   /* realpath() */
#include "http.h"
#include "util/diag.h"
#include "util/fs.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define EVENTS_PATH "/__coachkit/events"
#define SCRIPT_PATH "/__coachkit/live.js"
#define MAX_REPORTS (48 * 1024)   /* of the reports sent to a page */

/* What the served pages run: reload on "reload", show the reports on
 * "errors", reload a PDF's frame on "pdf"; the scroll position survives
 * a reload. */
static const char live_js[] =
"(function () {\n"
"  'use strict';\n"
"  var key = 'coachkit-scroll:' + location.pathname;\n"
"  var y = sessionStorage.getItem(key);\n"
"  if (y !== null) {\n"
"    sessionStorage.removeItem(key);\n"
"    var back = function () { window.scrollTo(0, +y); };\n"
"    back();\n"
"    window.addEventListener('load', back);\n"
"  }\n"
"  var box = null;\n"
"  function show(text) {\n"
"    if (!box) {\n"
"      box = document.createElement('div');\n"
"      box.id = 'coachkit-fouten';\n"
"      box.setAttribute('role', 'alert');\n"
"      box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;'\n"
"        + 'overflow:auto;background:rgba(20,20,20,.94);color:#fff;'\n"
"        + 'font:14px/1.45 ui-monospace,monospace;padding:24px';\n"
"      var h = document.createElement('h2');\n"
"      h.textContent = 'De inhoud heeft fouten; dit is de laatste goede '\n"
"        + 'versie. Herstel het bestand en sla het op.';\n"
"      h.style.cssText = 'font:600 17px/1.3 system-ui,sans-serif;'\n"
"        + 'margin:0 0 16px;color:#ffb4a8';\n"
"      var pre = document.createElement('pre');\n"
"      pre.style.cssText = 'white-space:pre-wrap;margin:0';\n"
"      box.appendChild(h);\n"
"      box.appendChild(pre);\n"
"      document.body.appendChild(box);\n"
"    }\n"
"    box.lastChild.textContent = text;\n"
"  }\n"
"  var es = new EventSource('" EVENTS_PATH "');\n"
"  var frame = document.querySelector('iframe[data-coachkit-pdf]');\n"
"  es.addEventListener('reload', function () {\n"
"    if (frame) {   /* a PDF's frame waits for its PDF */\n"
"      if (box) { box.remove(); box = null; }\n"
"      return;\n"
"    }\n"
"    sessionStorage.setItem(key, String(window.scrollY));\n"
"    location.reload();\n"
"  });\n"
"  es.addEventListener('errors', function (e) { show(e.data); });\n"
"  es.addEventListener('pdf', function () {\n"
"    if (frame)\n"
"      frame.src = frame.getAttribute('data-coachkit-pdf') + '&v=' +\n"
"        Date.now();\n"
"  });\n"
"})();\n";

/* The site's service worker would answer from its cache, before the
 * server, with pages older than the last build: served, it is one that
 * empties the caches, unregisters itself and reloads its pages. */
static const char sw_js[] =
"self.addEventListener('install', () => self.skipWaiting());\n"
"self.addEventListener('activate', (e) => e.waitUntil(\n"
"  caches.keys()\n"
"    .then((keys) => Promise.all(keys.map((k) => caches.delete(k))))\n"
"    .then(() => self.registration.unregister())\n"
"    .then(() => self.clients.matchAll({ type: 'window' }))\n"
"    .then((all) => all.forEach((c) => c.navigate(c.url)))));\n";

static const char script_tag[] = "<script src=\"" SCRIPT_PATH "\"></script>";

struct http {
	struct MHD_Daemon *d;
	char              *root;      /* real path, no trailing slash */
	pthread_mutex_t    lock;
	pthread_cond_t     changed;
	unsigned           pages, pdfs, broken;   /* generations */
	char              *reports;   /* NULL: the last build was good */
	int                stopping;
};

/* --- the event stream -------------------------------------------------- */

typedef struct client {
	http    *h;
	unsigned pages, pdfs, broken;
	int      started;
} client;

/* "event: NAME" and text as data lines, into out (n bytes at most). */
static size_t event(char *out, size_t n, const char *name, const char *text)
{
	size_t k = (size_t)snprintf(out, n, "event: %s\n", name);
	const char *p = text;
	do {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		if (k + len + 16 >= n)
			break;
		memcpy(out + k, "data: ", 6);
		memcpy(out + k + 6, p, len);
		out[k + 6 + len] = '\n';
		k += len + 7;
		p = nl ? nl + 1 : p + len;
	} while (*p);
	if (k + 2 < n)
		out[k++] = '\n';
	return k;
}

/* Writes the next event, waiting for one (a comment every 2 s keeps the
 * connection and soon finds a closed one, whose thread then ends). */
static ssize_t events_read(void *cls, uint64_t pos, char *buf, size_t max)
{
	(void)pos;
	client *c = cls;
	http *h = c->h;
	ssize_t n = 0;
	pthread_mutex_lock(&h->lock);
	while (!n) {
		if (h->stopping) {
			n = MHD_CONTENT_READER_END_OF_STREAM;
		} else if (!c->started) {
			c->started = 1;
			c->pages = h->pages;
			c->pdfs = h->pdfs;
			c->broken = h->broken;
			n = snprintf(buf, max, "retry: 500\n\n");
			if (h->reports)
				n += (ssize_t)event(buf + n, max - (size_t)n,
						    "errors", h->reports);
		} else if (c->broken != h->broken && h->reports) {
			c->broken = h->broken;
			n = (ssize_t)event(buf, max, "errors", h->reports);
		} else if (c->pages != h->pages) {
			c->pages = h->pages;
			c->pdfs = h->pdfs;
			n = (ssize_t)event(buf, max, "reload", "");
		} else if (c->pdfs != h->pdfs) {
			c->pdfs = h->pdfs;
			n = (ssize_t)event(buf, max, "pdf", "");
		} else {
			struct timespec t;
			clock_gettime(CLOCK_REALTIME, &t);
			t.tv_sec += 2;
			if (pthread_cond_timedwait(&h->changed, &h->lock, &t) ==
			    ETIMEDOUT)
				n = snprintf(buf, max, ": -\n\n");
		}
	}
	pthread_mutex_unlock(&h->lock);
	return n;
}

static enum MHD_Result events(http *h, struct MHD_Connection *conn)
{
	client *c = xmalloc(sizeof *c);
	*c = (client){ .h = h };
	struct MHD_Response *r = MHD_create_response_from_callback(
		MHD_SIZE_UNKNOWN, MAX_REPORTS + 4096, events_read, c, free);
	MHD_add_response_header(r, "Content-Type", "text/event-stream");
	MHD_add_response_header(r, "Cache-Control", "no-store");
	enum MHD_Result rc = MHD_queue_response(conn, MHD_HTTP_OK, r);
	MHD_destroy_response(r);
	return rc;
}

/* --- files ------------------------------------------------------------- */

static const char *mime_type(const char *path)
{
	static const char *const types[][2] = {
		{ ".html", "text/html; charset=utf-8" },
		{ ".css", "text/css; charset=utf-8" },
		{ ".js", "text/javascript; charset=utf-8" },
		{ ".json", "application/json" },
		{ ".webmanifest", "application/manifest+json" },
		{ ".svg", "image/svg+xml" },
		{ ".png", "image/png" },
		{ ".jpg", "image/jpeg" },
		{ ".jpeg", "image/jpeg" },
		{ ".gif", "image/gif" },
		{ ".webp", "image/webp" },
		{ ".pdf", "application/pdf" },
		{ ".zip", "application/zip" },
		{ ".xml", "application/xml" },
		{ ".txt", "text/plain; charset=utf-8" },
		{ ".woff2", "font/woff2" },
		{ ".mp4", "video/mp4" },
		{ ".mp3", "audio/mpeg" },
	};
	for (size_t i = 0; i < sizeof types / sizeof *types; i++)
		if (path_has_suffix(path, types[i][0]))
			return types[i][1];
	return "application/octet-stream";
}

static enum MHD_Result respond(struct MHD_Connection *conn,
			       unsigned status,
			       struct MHD_Response *r, const char *type)
{
	MHD_add_response_header(r, "Content-Type", type);
	MHD_add_response_header(r, "Cache-Control", "no-store");
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	enum MHD_Result rc = MHD_queue_response(conn, status, r);
	MHD_destroy_response(r);
	return rc;
}

static enum MHD_Result send_text(struct MHD_Connection *conn,
				 unsigned status, const char *type,
				 char *text)   /* freed */
{
	struct MHD_Response *r = MHD_create_response_from_buffer(
		strlen(text), text, MHD_RESPMEM_MUST_FREE);
	return respond(conn, status, r, type);
}

/* A short page (its title a status) that also reloads with the site. */
static enum MHD_Result send_status(struct MHD_Connection *conn,
				   unsigned status, const char *title)
{
	buf b = BUF_INIT;
	buf_printf(&b, "<!doctype html>\n<html lang=\"nl\"><meta "
		   "charset=\"utf-8\"><title>%s</title><body><h1>%s</h1>%s"
		   "</body></html>\n", title, title, script_tag);
	return send_text(conn, status, "text/html; charset=utf-8", b.data);
}

static enum MHD_Result redirect(struct MHD_Connection *conn, const char *to)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(
		0, "", MHD_RESPMEM_PERSISTENT);
	MHD_add_response_header(r, "Location", to);
	return respond(conn, MHD_HTTP_MOVED_PERMANENTLY, r,
		    "text/plain; charset=utf-8");
}

/* The URL's path may name a file under root: no "..", no hidden names,
 * no backslashes or NULs. */
static int safe_path(const char *url)
{
	if (url[0] != '/' || strchr(url, '\\'))
		return 0;
	for (const char *p = url; *p; p++)
		if (p[0] == '/' && p[1] == '.')
			return 0;
	return 1;
}

/* An HTML page with the script before </body> (or at its end). */
static enum MHD_Result send_page(struct MHD_Connection *conn, int fd,
				 size_t size)
{
	buf b = BUF_INIT;
	buf_grow(&b, size + 1);
	ssize_t n;
	size_t got = 0;
	while (got < size && (n = read(fd, b.data + got, size - got)) > 0)
		got += (size_t)n;
	close(fd);
	b.len = got;
	b.data[got] = '\0';
	char *end = NULL;
	for (char *p = strstr(b.data, "</body>"); p;
	     p = strstr(p + 1, "</body>"))
		end = p;
	size_t at = end ? (size_t)(end - b.data) : b.len;
	buf out = BUF_INIT;
	buf_put(&out, b.data, at);
	buf_puts(&out, script_tag);
	buf_put(&out, b.data + at, b.len - at);
	buf_free(&b);
	return send_text(conn, MHD_HTTP_OK, "text/html; charset=utf-8",
			 out.data);
}

/* A PDF opened as a page: in a frame that reloads with the PDFs. */
static enum MHD_Result send_pdf_frame(struct MHD_Connection *conn,
				      const char *url)
{
	const char *name = strrchr(url, '/') + 1;
	buf b = BUF_INIT;
	buf_puts(&b, "<!doctype html>\n<html lang=\"nl\"><meta "
		 "charset=\"utf-8\"><title>");
	buf_put_html(&b, name, strlen(name));
	buf_puts(&b, "</title><style>html,body,iframe{margin:0;border:0;"
		 "width:100%;height:100%;display:block}</style><body>"
		 "<iframe data-coachkit-pdf=\"");
	buf_put_html(&b, name, strlen(name));
	buf_puts(&b, "?pdf=1\" src=\"");
	buf_put_html(&b, name, strlen(name));
	buf_puts(&b, "?pdf=1\"></iframe>");
	buf_puts(&b, script_tag);
	buf_puts(&b, "</body></html>\n");
	return send_text(conn, MHD_HTTP_OK, "text/html; charset=utf-8", b.data);
}

/* The browser opens the file as a page (not in our frame: ?pdf=1). */
static int opened_as_page(struct MHD_Connection *conn)
{
	const char *dest = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
						       "Sec-Fetch-Dest");
	return dest && !strcmp(dest, "document") &&
	       !MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "pdf");
}

static enum MHD_Result send_file(http *h, struct MHD_Connection *conn,
				 const char *url)
{
	if (!safe_path(url))
		return send_status(conn, MHD_HTTP_FORBIDDEN, "403 Verboden");
	arena a;
	arena_init(&a, 0);
	const char *path = arena_printf(&a, "%s%s", h->root, url);
	struct stat st;
	enum MHD_Result rc;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		if (!path_has_suffix(url, "/")) {
			rc = redirect(conn, arena_printf(&a, "%s/", url));
			arena_free(&a);
			return rc;
		}
		path = arena_printf(&a, "%sindex.html", path);
	}
	char real[PATH_MAX];
	size_t root_len = strlen(h->root);
	int fd = -1;
	if (!realpath(path, real))
		rc = send_status(conn, MHD_HTTP_NOT_FOUND, "404 Niet gevonden");
	else if (strncmp(real, h->root, root_len) || real[root_len] != '/')
		rc = send_status(conn, MHD_HTTP_FORBIDDEN, "403 Verboden");
	else if ((fd = open(real, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) < 0 ||
		 fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		if (fd >= 0)
			close(fd);
		rc = send_status(conn, MHD_HTTP_NOT_FOUND, "404 Niet gevonden");
	} else if (path_has_suffix(real, ".html")) {
		rc = send_page(conn, fd, (size_t)st.st_size);
	} else if (path_has_suffix(real, ".pdf") && opened_as_page(conn)) {
		close(fd);
		rc = send_pdf_frame(conn, url);
	} else {
		struct MHD_Response *r = MHD_create_response_from_fd(
			(size_t)st.st_size, fd);
		rc = respond(conn, MHD_HTTP_OK, r, mime_type(real));
	}
	arena_free(&a);
	return rc;
}

static enum MHD_Result answer(void *cls, struct MHD_Connection *conn,
			      const char *url, const char *method,
			      const char *version, const char *upload,
			      size_t *upload_size, void **state)
{
	(void)version;
	(void)upload;
	(void)upload_size;
	(void)state;
	http *h = cls;
	if (strcmp(method, "GET") && strcmp(method, "HEAD"))
		return send_status(conn, MHD_HTTP_METHOD_NOT_ALLOWED,
				   "405 Alleen GET en HEAD");
	if (!strcmp(url, EVENTS_PATH))
		return events(h, conn);
	if (!strcmp(url, SCRIPT_PATH))
		return send_text(conn, MHD_HTTP_OK,
				 "text/javascript; charset=utf-8",
				 strdup(live_js));
	if (!strcmp(url, "/sw.js"))
		return send_text(conn, MHD_HTTP_OK,
				 "text/javascript; charset=utf-8",
				 strdup(sw_js));
	return send_file(h, conn, url);
}

/* --- the listening socket ------------------------------------------------ */

/* A socket bound to bind:port and listening, or -1 (errno set; EINVAL
 * for an address that is not one). */
static int listen_on(const char *bind_addr, int port)
{
	struct sockaddr_storage ss;
	memset(&ss, 0, sizeof ss);
	socklen_t len;
	struct sockaddr_in *v4 = (struct sockaddr_in *)&ss;
	struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&ss;
	if (inet_pton(AF_INET, bind_addr, &v4->sin_addr) == 1) {
		v4->sin_family = AF_INET;
		v4->sin_port = htons((uint16_t)port);
		len = sizeof *v4;
	} else if (inet_pton(AF_INET6, bind_addr, &v6->sin6_addr) == 1) {
		v6->sin6_family = AF_INET6;
		v6->sin6_port = htons((uint16_t)port);
		len = sizeof *v6;
	} else {
		errno = EINVAL;
		return -1;
	}
	int fd = socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	int on = 1;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
	if (bind(fd, (struct sockaddr *)&ss, len) < 0 || listen(fd, 64) < 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

http *http_start(const char *root, const char *bind_addr, int port,
		 char *err, size_t errlen)
{
	char real[PATH_MAX];
	if (!realpath(root, real)) {
		snprintf(err, errlen, "%s: %s", root, syserr_text(errno));
		return NULL;
	}
	int fd = listen_on(bind_addr, port);
	if (fd < 0 && errno == EADDRINUSE) {
		int next = 0;
		for (int p = port + 1; p < port + 100 && p < 65536 && !next;
		     p++) {
			int probe = listen_on(bind_addr, p);
			if (probe >= 0) {
				close(probe);
				next = p;
			}
		}
		if (next)
			snprintf(err, errlen, "poort %d is al in gebruik; "
				 "probeer --port %d", port, next);
		else
			snprintf(err, errlen, "poort %d is al in gebruik; "
				 "kies een andere met --port", port);
		return NULL;
	}
	if (fd < 0) {
		snprintf(err, errlen, errno == EINVAL ? "'%s' is geen "
			 "IP-adres (zoals 127.0.0.1 of ::1)%s" :
			 "kan niet luisteren op %s: %s", bind_addr,
			 errno == EINVAL ? "" : syserr_text(errno));
		return NULL;
	}
	http *h = xmalloc(sizeof *h);
	memset(h, 0, sizeof *h);
	h->root = strdup(real);
	pthread_mutex_init(&h->lock, NULL);
	pthread_cond_init(&h->changed, NULL);
	h->d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD |
				MHD_USE_THREAD_PER_CONNECTION,
				0, NULL, NULL, answer, h,
				MHD_OPTION_LISTEN_SOCKET, fd,
				MHD_OPTION_CONNECTION_TIMEOUT, 0u,
				/* a thread each: a page that opens streams
				 * without end cannot take the machine */
				MHD_OPTION_CONNECTION_LIMIT, 64u,
				MHD_OPTION_END);
	if (!h->d) {
		snprintf(err, errlen, "de server start niet");
		close(fd);
		http_stop(h);
		return NULL;
	}
	return h;
}

/* Wakes every event stream after a change. */
static void changed(http *h, unsigned *what, int broken, const char *text)
{
	pthread_mutex_lock(&h->lock);
	(*what)++;
	if (broken) {
		free(h->reports);
		size_t n = strlen(text);
		h->reports = strndup(text, n > MAX_REPORTS ? MAX_REPORTS : n);
	} else if (what == &h->pages) {
		free(h->reports);
		h->reports = NULL;
	}
	pthread_cond_broadcast(&h->changed);
	pthread_mutex_unlock(&h->lock);
}

void http_reload(http *h)
{
	changed(h, &h->pages, 0, NULL);
}

void http_reload_pdfs(http *h)
{
	changed(h, &h->pdfs, 0, NULL);
}

void http_errors(http *h, const char *reports)
{
	changed(h, &h->broken, 1, reports);
}

void http_stop(http *h)
{
	if (!h)
		return;
	pthread_mutex_lock(&h->lock);
	h->stopping = 1;
	pthread_cond_broadcast(&h->changed);
	pthread_mutex_unlock(&h->lock);
	if (h->d)
		MHD_stop_daemon(h->d);
	pthread_cond_destroy(&h->changed);
	pthread_mutex_destroy(&h->lock);
	free(h->reports);
	free(h->root);
	free(h);
}
