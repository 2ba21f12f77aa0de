/* url.h - which link targets may leave a document.
 *
 * A link that leaves the site or a PDF may go to the web (http, https),
 * to mail (mailto) or to a phone (tel). Any other scheme (javascript:,
 * data:, vbscript:, file:, ...) and a scheme-relative "//host" are
 * refused in every output. */
#ifndef COACHKIT_URL_H
#define COACHKIT_URL_H

typedef enum {
	URL_RELATIVE,   /* no scheme: a path inside the course */
	URL_ALLOWED,    /* http:, https:, mailto:, tel: */
	URL_REFUSED     /* any other scheme, or "//" */
} url_kind;

url_kind url_classify(const char *url);

/* 1 when url is an absolute http or https URL with a host
 * ("https://example.org/x"). */
int url_is_web(const char *url);

/* 1 when url's host is one reserved for examples (RFC 2606): under the
 * top-level domain .example, or example.com, .net or .org and their
 * subdomains. No site is published there: such a base_url is a
 * placeholder still to be replaced. */
int url_is_example(const char *url);

#endif
