/* panel.c - a panel of content from YAML; see panel.h. */
#include "panel.h"
#include "markdown/md.h"

#include <string.h>

static const char *const panel_keys[] = {
	"titel", "breedte", "diagram", "vragen", "stappen", "tekst", NULL
};
static const char *const panel_required[] = { "titel", NULL };
static const char *const kinds[] = { "diagram", "vragen", "stappen", "tekst" };

void panel_load(site *s, const char *file, const ynode *m, int max_span,
		panel *p)
{
	int before = diag_errors();
	p->at = ypos(file, m);
	p->bad = 1;
	if (yexpect_map(file, m, "een paneel") < 0)
		return;
	ycheck_map(file, m, "paneel", panel_keys, panel_required);
	p->titel = yget_str(file, m, "titel");
	p->span = (int)yget_int(file, m, "breedte", 1, 6, 1);
	if (p->span > max_span) {
		const ynode *v = ymap_get(m, "breedte");
		diag_error(file, v->line, v->col, "een paneel kan niet %d "
			   "van de %d kolommen breed zijn", p->span, max_span);
		p->span = max_span;
	}
	int found = 0;
	for (size_t i = 0; i + 1 < m->n; i += 2) {   /* in the file's order */
		int k = 0;
		while (k < 4 && strcmp(m->items[i]->str, kinds[k]))
			k++;
		if (k == 4)
			continue;
		const ynode *v = m->items[i + 1];
		if (found++) {
			diag_error(file, m->items[i]->line, m->items[i]->col,
				   "een paneel bevat één van diagram, vragen, "
				   "stappen of tekst; dit is een tweede");
			continue;
		}
		p->kind = (panel_kind)k;
		p->content_at = ypos(file, v);
		if (k == PANEL_DIAGRAM)
			p->diagram = yget_str(file, m, "diagram");
		else if (k == PANEL_TEKST)
			p->tekst = yget_str(file, m, "tekst");
		else
			p->items = yget_strlist(s->a, file, m, kinds[k],
						&p->n_items);
	}
	if (p->tekst)
		md_check_text(file, p->content_at.line, p->content_at.col,
			      p->tekst);
	if (!found)
		diag_error(file, m->line, m->col, "een paneel heeft diagram, "
			   "vragen, stappen of tekst nodig");
	else if ((p->kind == PANEL_VRAGEN || p->kind == PANEL_STAPPEN) &&
		 p->items && !p->n_items)
		diag_error(file, p->content_at.line, p->content_at.col,
			   "de lijst is leeg");
	p->bad = diag_errors() > before;
}

