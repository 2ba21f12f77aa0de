/* url.c - link targets; see url.h. */
#include "url.h"

#include <ctype.h>
#include <stddef.h>
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
