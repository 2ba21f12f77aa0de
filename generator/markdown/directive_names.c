/* directive_names.c - the directive names; see directive.h. */
#include "directive.h"
#include "util/suggest.h"

#include <string.h>

static const char *const names[] = {
	[DIRECTIVE_QUIZ] = "quiz",
	[DIRECTIVE_REFLECTIE] = "reflectie",
	[DIRECTIVE_CITAAT] = "citaat",
	[DIRECTIVE_KADER] = "kader",
	[DIRECTIVE_CASUS] = "casus",
	[DIRECTIVE_DIAGRAM] = "diagram",
};

const char *directive_name(directive_kind kind)
{
	return names[kind];
}

const char *directive_near(const char *info)
{
	if (!info)
		return NULL;
	while (*info == ' ' || *info == '\t')
		info++;
	size_t n = strcspn(info, " \t");
	char word[32];
	if (n == 0 || n >= sizeof word)
		return NULL;
	memcpy(word, info, n);
	word[n] = '\0';
	for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
		if (!strcmp(names[k], word))
			return NULL;   /* the directive itself */
	return suggest(word, names, sizeof names / sizeof names[0]);
}

int directive_lookup(const char *info, directive_kind *kind, const char **arg)
{
	if (!info)
		return 0;
	while (*info == ' ' || *info == '\t')
		info++;
	size_t n = strcspn(info, " \t");
	for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
		if (strlen(names[k]) != n || memcmp(names[k], info, n) != 0)
			continue;
		*kind = (directive_kind)k;
		const char *p = info + n;
		while (*p == ' ' || *p == '\t')
			p++;
		*arg = p;
		return 1;
	}
	return 0;
}
