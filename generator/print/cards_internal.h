/* cards_internal.h - what the card files share: the layout style of
 * layouts/print/cards.yaml (cards_style.c), a card made from a profile or
 * a competency, and its layout (cards_layout.c). Not for use outside
 * print/cards*.c.
 *
 * Ownership: styles, cards and layouts live in the print context's arena
 * (print_ctx.a) and point into the content model. */
#ifndef COACHKIT_CARDS_INTERNAL_H
#define COACHKIT_CARDS_INTERNAL_H

#include "print/product.h"
#include "content/cards.h"
#include "layout/textfit.h"

/* The sections a side of a card may show. SEC_CORP is no text but the
 * four CORP categories, the card's own filled, at the foot of its side. */
typedef enum {
	SEC_HERKENNING, SEC_NODIG, SEC_AANPAK, SEC_VRAGEN, SEC_VALKUILEN,
	SEC_DEFINITIE, SEC_TOELICHTING, SEC_INTERVIEWS, SEC_LITERATUUR,
	SEC_HUISARTS, SEC_CORP, SEC_COUNT
} card_section_kind;

/* "herkenning", ... as written in cards.yaml. */
const char *card_section_key(card_section_kind k);

typedef enum { DECK_PROFILES, DECK_COMPETENCIES, DECK_COUNT } card_deck;
typedef enum { LOOK_PROFILE, LOOK_PERSOONSGERICHT, LOOK_LEIDINGGEVENDEN,
	       LOOK_COUNT } card_look;

typedef struct card_range {
	double max, min;              /* points */
} card_range;

/* layouts/print/cards.yaml, with the defaults for what it leaves out.
 * Lengths and the largest type sizes are written for A6 and scale with
 * the card's width (k); the smallest sizes do not, so text stays
 * legible on a small card. */
typedef struct card_style {
	const char *file;             /* the layout file, for errors */
	double      w, h, k;          /* the card; k = w / 105 mm */
	double      border;           /* white edge around everything */
	double      pad;              /* inside the band and the panel */
	double      band;             /* the front's band, share of h */
	double      strip;            /* the back's title strip, height */
	card_range  titel, soort;     /* the front's title, the kind */
	card_range  side[2];          /* the sections of front and back */
	card_range  strip_title;      /* the back's title */
	double      voet;             /* the foot's size */
	int         serif;            /* sections in the serif family */
	uint32_t    colour[LOOK_COUNT];
	const char *soort_label[LOOK_COUNT];
	const char *heading[SEC_COUNT];    /* "" for none; {rol} is the
					    * profile's role */
	card_section_kind sides[DECK_COUNT][2][SEC_COUNT];
	size_t      n_sides[DECK_COUNT][2];
	double      a4_margin, a4_gap;
	const char *calibration;      /* the instruction on the test sheet */
} card_style;

/* Loads the layout file over the defaults, with c's colours. Errors are
 * reported at the file's lines; returns -1 when there were any. */
int card_style_load(print_ctx *c, card_style *st);

/* One section of a card: a paragraph or a list, with its heading. */
typedef struct card_section {
	card_section_kind kind;
	const char      *heading;     /* NULL or "": none */
	const card_text *text;        /* a paragraph, or NULL */
	const card_text *items;       /* a list */
	size_t           n_items;
} card_section;

/* A card, whatever it was made from. */
typedef struct card {
	card_look      look;
	const char    *name;          /* "profiel-coach": its previews */
	const char    *eyebrow;       /* "Competentie · Conceptueel" */
	int            corp;          /* corp_kind, or -1 */
	card_text      title, bron;   /* bron.text may be NULL */
	card_section  *sides[2];      /* front, back */
	size_t         n_sides[2];
	const char    *number;        /* "3/10" */
	const char    *item_title;    /* for the site's list of cards */
	int            corp_side;     /* the side with SEC_CORP, or -1 */
	const doc     *page;
	diag_pos       at;            /* the card's file or mapping */
	int            bad;           /* its content had errors */
} card;

card *card_from_profile(print_ctx *c, const card_style *st,
			const profile *p, size_t i, size_t n);
card *card_from_competency(print_ctx *c, const card_style *st,
			   const competency *k, size_t n);

/* A fitted text placed on the card. */
typedef struct card_block {
	textfit  f;
	double   x, y, w;             /* its box's top left and width */
	uint32_t colour;
	int      bullet;              /* a bullet left of it */
} card_block;

/* One side laid out. */
typedef struct card_face {
	card_block *blocks;
	size_t      n;
	double      size;             /* the sections' type size */
} card_face;

typedef struct card_layout {
	const card       *cd;
	const card_style *st;
	uint32_t          colour;
	textfit           eyebrow, title, back_title, bron, number;
	double            band_h, strip_h, title_y, title_h, bron_y;
	card_face         face[2];
	textfit           corp_name[CORP_COUNT], corp_meaning[CORP_COUNT];
	double            corp_x, corp_y, corp_w;   /* the CORP legend */
} card_layout;

/* Fits every text of cd to the card: 0, or -1 after reporting what does
 * not fit at its file:line:col. The sections of a side are set at the
 * largest size that fits, or at force[side] when force is not NULL and
 * that size fits (a deck's cards share one size per side). */
int card_lay_out(print_ctx *c, const card_style *st, const card *cd,
		 const double *force, card_layout *l);

/* Draws one side (0 front, 1 back) with the origin at the card's top
 * left; bleed is how far colour that touches the edge runs past it.
 * full: the ground and the band run to the edge and into the bleed
 * whatever the style's border (a print shop cuts at the trim, where a
 * white border comes out uneven); the text stays where it is. */
void card_draw(const print_ctx *c, canvas *cv, const card_layout *l,
	       int side, double bleed, int full);

#endif
