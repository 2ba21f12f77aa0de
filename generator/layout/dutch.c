/* dutch.c - non-breaking spaces and foreign phrases; see dutch.h. */
#include "dutch.h"

#include <ctype.h>
#include <string.h>

/* Name particles: "van der Weijden", "De Wit", "ter Horst". */
static const char *const particles[] = {
	"van", "von", "der", "den", "de", "ter", "ten", "te", "'t", "d'",
	"la", "le", "du", NULL
};

/* Words a number follows as its reference ("module 6", "p. 5"). */
static const char *const refs[] = {
	"module", "modules", "les", "lessen", "stap", "stappen", "hoofdstuk",
	"pagina", "pagina's", "p.", "pp.", "blz.", "nr.", "no.", "figuur",
	"fig.", "tabel", "bijlage", "week", "fase", "niveau", "versie",
	"artikel", "art.", "casus", "vraag", "toetsvraag", "deel",
	"paragraaf", "par.", "\xC2\xA7", "type", "groep", "kaart", "poster",
	"stelling", "zin", "regel", "jaar", "dag", NULL
};

/* Units and counted things a number keeps ("5 mm", "10 minuten"). */
static const char *const units[] = {
	"mm", "cm", "dm", "m", "km", "mg", "g", "kg", "ml", "cl", "dl", "l",
	"sec", "s", "seconde", "seconden", "min", "minuut", "minuten", "uur",
	"uren", "dag", "dagen", "week", "weken", "maand", "maanden", "jaar",
	"jaren", "keer", "maal", "procent", "%", "euro", "\xE2\x82\xAC",
	"kcal", "mmhg", "mmol/l", "kg/m2", "kg/m\xC2\xB2", "punt", "punten",
	NULL
};

/* Titles before a name ("dr. Jansen"). */
static const char *const titles[] = {
	"dr.", "drs.", "prof.", "mr.", "ir.", "ing.", "dhr.", "mevr.",
	"mw.", "st.", NULL
};

/* Is c punctuation that may stand around a word? */
static int is_punct(unsigned char c)
{
	return c == '(' || c == ')' || c == ',' || c == ';' || c == ':' ||
	       c == '"' || c == '\'' || c == '!' || c == '?' || c == '[' ||
	       c == ']';
}

/* w without the punctuation around it, curly quotes and dashes
 * included (a full stop stays: "p."). */
static dutch_word trim(dutch_word w)
{
	for (;;) {
		if (w.len && is_punct((unsigned char)w.s[0]))
			w.s++, w.len--;
		else if (w.len >= 3 && !memcmp(w.s, "\xE2\x80", 2))
			w.s += 3, w.len -= 3;
		else
			break;
	}
	for (;;) {
		if (w.len && is_punct((unsigned char)w.s[w.len - 1]))
			w.len--;
		else if (w.len >= 3 && !memcmp(w.s + w.len - 3, "\xE2\x80", 2))
			w.len -= 3;
		else
			break;
	}
	return w;
}

/* Does w equal s, ASCII letters compared without case? */
static int same(dutch_word w, const char *s, size_t len)
{
	if (w.len != len)
		return 0;
	for (size_t i = 0; i < len; i++)
		if (tolower((unsigned char)w.s[i]) !=
		    tolower((unsigned char)s[i]))
			return 0;
	return 1;
}

/* Is w (as it stands) one of the words of list? */
static int in_list(dutch_word w, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (same(w, list[i], strlen(list[i])))
			return 1;
	return 0;
}

/* Does the word end a clause (a comma, full stop ... after it)? */
static int ends_clause(dutch_word w)
{
	return w.len && strchr(",.;:!?)", w.s[w.len - 1]) != NULL;
}

/* Does w begin with a capital (ASCII or a Latin-1 capital in UTF-8)? */
static int capital(dutch_word w)
{
	if (!w.len)
		return 0;
	unsigned char c = (unsigned char)w.s[0];
	if (c == 0xC3 && w.len > 1)
		return (unsigned char)w.s[1] >= 0x80 &&
		       (unsigned char)w.s[1] <= 0x9E;
	return isupper(c);
}

/* Is w a number: digits, with , . - / inside ("2,5", "10-15")? */
static int number(dutch_word w)
{
	if (!w.len || !isdigit((unsigned char)w.s[0]))
		return 0;
	for (size_t i = 0; i < w.len; i++)
		if (!isdigit((unsigned char)w.s[i]) &&
		    !strchr(",.-/", w.s[i]))
			return 0;
	return 1;
}

/* Is w one or more initials: "G." or "G.A."? */
static int initials(dutch_word w)
{
	if (w.len < 2 || w.len % 2)
		return 0;
	for (size_t i = 0; i < w.len; i += 2)
		if (!isupper((unsigned char)w.s[i]) || w.s[i + 1] != '.')
			return 0;
	return 1;
}

/* Is w[i] inside a name's particles that end in a capitalised name
 * ("Van der Weijden", "van den Berg", "De Wit")? A single lowercase
 * particle other than "van" is left alone ("de Nederlandse"). */
static int particle_tie(const dutch_word *w, size_t n, size_t i)
{
	size_t first = i;
	while (first > 0 && in_list(trim(w[first - 1]), particles) &&
	       !ends_clause(w[first - 1]))
		first--;
	size_t j = i;
	while (j < n && in_list(trim(w[j]), particles) && !ends_clause(w[j]))
		j++;
	if (j == i || j >= n || !capital(trim(w[j])))
		return 0;
	dutch_word head = trim(w[first]);
	return j - first >= 2 || capital(head) ||
	       same(head, "van", 3) || same(head, "von", 3);
}

int dutch_tie(const dutch_word *w, size_t n, size_t i)
{
	if (i + 1 >= n)
		return 0;
	dutch_word a = trim(w[i]), b = trim(w[i + 1]);
	if (!a.len || !b.len)
		return 0;
	if (in_list(a, particles) && particle_tie(w, n, i))
		return 1;
	if (ends_clause(w[i]) && !(a.len && a.s[a.len - 1] == '.'))
		return 0;   /* "module 6, 7" keeps the comma's break */
	if (isdigit((unsigned char)b.s[0]) && in_list(a, refs))
		return 1;
	if (number(a) && !ends_clause(w[i]) && in_list(b, units))
		return 1;
	if (same(a, "\xE2\x82\xAC", 3) && isdigit((unsigned char)b.s[0]))
		return 1;
	if ((initials(a) || in_list(a, titles)) && capital(b))
		return 1;
	return 0;
}

/* Does phrase (words separated by spaces) occur at w[k]? */
static int phrase_at(const dutch_word *w, size_t n, size_t k,
		     const char *phrase, size_t *words)
{
	const char *p = phrase;
	size_t m = 0;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		size_t len = strcspn(p, " ");
		if (k + m >= n)
			return 0;
		dutch_word x = trim(w[k + m]);
		while (x.len && x.s[x.len - 1] == '.')
			x.len--;   /* the end of a sentence */
		if (!same(x, p, len))
			return 0;
		m++;
		p += len;
	}
	*words = m;
	return m > 0;
}

void dutch_foreign(const dutch_word *w, size_t n,
		   const char *const *phrases, size_t n_phrases,
		   unsigned char *foreign)
{
	for (size_t k = 0; k < n; k++)
		for (size_t f = 0; f < n_phrases; f++) {
			size_t m;
			if (phrases[f] && phrase_at(w, n, k, phrases[f], &m))
				memset(foreign + k, 1, m);
		}
}
