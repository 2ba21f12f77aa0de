/* url.c - link targets; see url.h. */
#include "url.h"

#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

/* The length of url's scheme (RFC 3986: a letter, then letters, digits,
 * "+", "-", "."; ended by ":"), or 0 when it has none. */
static size_t scheme_len(const char *url)
{
	if (!isalpha((unsigned char)url[0]))
		return 0;
	size_t n = 1;
	while (isalnum((unsigned char)url[n]) || url[n] == '+' ||
	       url[n] == '-' || url[n] == '.')
		n++;
	return url[n] == ':' ? n : 0;
}

url_kind url_classify(const char *url)
{
	static const char *const allowed[] = { "http", "https", "mailto",
					       "tel" };
	if (url[0] == '/' && url[1] == '/')
		return URL_REFUSED;
	size_t n = scheme_len(url);
	if (!n)
		return URL_RELATIVE;
	for (size_t i = 0; i < sizeof allowed / sizeof *allowed; i++)
		if (!strncasecmp(url, allowed[i], n) && !allowed[i][n])
			return URL_ALLOWED;
	return URL_REFUSED;
}

int url_is_web(const char *url)
{
	size_t n = scheme_len(url);
	if (!((n == 4 && !strncasecmp(url, "http", 4)) ||
	      (n == 5 && !strncasecmp(url, "https", 5))) ||
	    url[n + 1] != '/' || url[n + 2] != '/')
		return 0;
	const char *host = url + n + 3, *p = host;
	while (*p && *p != '/' && *p != '?' && *p != '#')
		p++;
	if (p == host)
		return 0;
	for (p = url; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c <= ' ' || c == 0x7f || c == '"' || c == '<' || c == '>' ||
		    c == '\\' || c == '`')
			return 0;
	}
	return 1;
}

/* Does the host h (n bytes) end in the label sequence tail (".example")
 * or equal it without its dot? */
static int host_in(const char *h, size_t n, const char *tail)
{
	size_t t = strlen(tail);
	return (n > t && !strncasecmp(h + n - t, tail, t)) ||
	       (n == t - 1 && !strncasecmp(h, tail + 1, n));
}

int url_is_example(const char *url)
{
	static const char *const reserved[] = {
		".example", ".example.com", ".example.net", ".example.org"
	};
	if (!url_is_web(url))
		return 0;
	const char *host = strstr(url, "//") + 2, *end = host;
	while (*end && !strchr("/?#:", *end))
		end++;
	const char *at = memchr(host, '@', (size_t)(end - host));
	if (at)
		host = at + 1;
	size_t n = (size_t)(end - host);
	if (n && host[n - 1] == '.')   /* a fully qualified name */
		n--;
	for (size_t i = 0; i < sizeof reserved / sizeof *reserved; i++)
		if (host_in(host, n, reserved[i]))
			return 1;
	return 0;
}
