#!/bin/sh
# Page make-up of the hand-outs, the manual and the appendix, and the
# sources in print: no page ends with a heading (also with a box under
# it) or with a paragraph that ends in a colon; figures float to the next
# page's top while the text after them fills the page, and are numbered
# per module; the tables of contents have dot leaders; the manual ends
# with the sources and the colophon; a hand-out and the appendix list the
# sources they cite.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh
export SOURCE_DATE_EPOCH=1700000000

# last_lines DUMP: for every page, "PAGE<TAB>KIND<TAB>TEXT" of its last
# line of text in the text area (between the running head and the
# folio): KIND is "heading" when every run of the line is bold sans (a
# heading or a box's label), else "text"
last_lines() {
	awk '
	/^font / { if ($0 ~ /Sans.* bold$/) bold[$2] = 1 }
	/^page / { page++; h = $3; y = -1; line = ""; all = 1 }
	page == 1 { next }   # the cover
	/^text / {
		ty = $6 + 0
		if (ty < 55 || ty > h - 60)
			next
		if (ty > y + 0.01) { y = ty; line = ""; all = 1 }
		if (ty < y - 0.01)
			next
		t = $0; sub(/^[^'\'']*'\''/, "", t); sub(/'\''$/, "", t)
		line = line " " t
		f = $2; sub(/^f/, "", f)
		if (!(f in bold)) all = 0
	}
	/^end$/ { if (y >= 0) printf "%d\t%s\t%s\n", page, all ? "heading" : "text", line }
	' "$1"
}

# --- a project made to put a heading, a colon and a figure at a page's end
p=$SCRATCH/p
make_project "$p"
rm "$p"/content/modules/01-een/*.md
mkdir -p "$p/content/diagrams"
cp content/diagrams/vierbollen.yaml "$p/content/diagrams/"
# lesson NN K M BODY: lesson NN: K one-line paragraphs and a tight list of
# M items (so that what follows them lands in 3 pt steps on the page),
# then BODY
lesson() {
	f="$p/content/modules/01-een/$1-les$1.md"
	printf -- '---\ntitle: Les %s\n---\n\n' "$1" >"$f"
	for i in $(seq 1 "$2"); do printf 'Regel %s.\n\n' "$i" >>"$f"; done
	for i in $(seq 1 "$3"); do printf -- '- Punt %s\n' "$i" >>"$f"; done
	printf '\n%s\n' "$4" >>"$f"
}
for m in 0 1 2 3 4 5 6 7; do
	lesson "1$m" 31 "$m" "$(printf '## Kop boven een kader\n\n```kader\ntitel: Een kader\ntekst: |\n  Eerste regel van het kader.\n\n  Tweede alinea van het kader.\n\n  Derde alinea van het kader.\n```\n\nNa het kader.')"
	lesson "2$m" 31 "$m" "$(printf 'Dit zijn de punten:\n\n1. een\n2. twee\n3. drie\n\nNa de lijst.')"
done
for k in 18 20 22 24 26 28 30 32; do
	lesson "$((k + 40))" "$k" 0 "$(printf '```diagram vierbollen\n```\n')"
	for i in $(seq 1 20); do printf '\nNa de figuur %s.\n' "$i" >>"$f"; done
done
# a sources page: one entry linked from a lesson's use, one cited by its
# author and year, one neither
cat >"$p/content/pages/bronnen.md" <<'MD'
---
title: Bronnen
---

De literatuur.

## Boeken en artikelen

- **Jansen, A.B. & De Vries, C. (2020).** Een boek. Gebruikt in: [Les 26](../modules/01-een/26-les26.md).
- **Pietersen (2019).** Een artikel.
- **Klaassen, D. (2018).** Een rapport.
MD
printf 'Zoals Pietersen (2019) schrijft. Zie [de boeken](../../pages/bronnen.md#boeken-en-artikelen).\n' \
	>>"$p/content/modules/01-een/27-les27.md"
cat >"$p/content/pages/colofon.md" <<'MD'
---
title: Colofon
---

Gemaakt met zorg.
MD

"$CK" build "$p" -o "$SCRATCH/out" -q --dump-layout 2>"$SCRATCH/err"
check "the make-up project builds (--dump-layout)" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
dump=$SCRATCH/out/print/handout-een.pdf.txt
check "the make-up project's hand-out has 30 pages or more" \
	[ "$(grep -c '^page ' "$dump" 2>/dev/null)" -ge 30 ]
last_lines "$dump" >"$SCRATCH/last"
bad=$(awk -F'\t' '$2 == "heading"' "$SCRATCH/last")
check "no page ends with a heading or a box's label (heading above a box)" [ -z "$bad" ]
[ -n "$bad" ] && printf '%s\n' "$bad" | head -5
bad=$(awk -F'\t' '$3 ~ /:$/' "$SCRATCH/last")
check "no page ends with a paragraph that ends in a colon" [ -z "$bad" ]
[ -n "$bad" ] && printf '%s\n' "$bad" | head -5

# every page before a figure's page, in the same lesson, is full: the
# text after the figure filled it
bad=$(awk '
	/^page / { page++; h = $3; y[page] = 0 }
	/^dest modules\/[^#]*$/ { start[page] = 1 }
	/^text / { ty = $6 + 0; if (ty > 55 && ty < h - 60 && ty > y[page]) y[page] = ty }
	/^text .* '\''Figuur:?'\''$/ { fig[page] = 1 }
	END { for (q in fig) if (!start[q] && y[q - 1] < h - 68 - 40)
		printf "page %d ends at %.0f before a figure\n", q - 1, y[q - 1] }
	' "$dump")
check "a figure that does not fit goes to the next page; the text after it fills the page" [ -z "$bad" ]
[ -n "$bad" ] && printf '%s\n' "$bad" | head -5
grep -A1 "^text .* 'Figuur'$" "$dump" | grep -q "^text .* '1\.1'$" &&
	grep -A1 "^text .* 'Figuur'$" "$dump" | grep -q "^text .* '1\.8'$"
check "figures are numbered in their module (Figuur 1.1 to 1.8)" [ $? -eq 0 ]

# the hand-out's sources: linked from a lesson, or cited by author and year
"$CK" build "$p" -o "$SCRATCH/pdf" -q --only print 2>"$SCRATCH/err"
check "a hand-out with a link to a heading of the sources page builds" \
	[ $? -eq 0 -a ! -s "$SCRATCH/err" ]
text=$(pdftotext "$SCRATCH/pdf/print/handout-een.pdf" - 2>/dev/null)
case $text in
*"Jansen, A.B. & De Vries, C. (2020)"*"Pietersen (2019)"*) ok "a hand-out lists the sources its lessons link to or cite" ;;
*) fail "a hand-out lists the sources its lessons link to or cite" ;;
esac
case $text in
*"Klaassen"*) fail "a hand-out leaves out the sources its lessons do not cite" ;;
*) ok "a hand-out leaves out the sources its lessons do not cite" ;;
esac

# --- the bundled course
"$CK" build . -o "$SCRATCH/ck" -q --dump-layout 2>"$SCRATCH/err"
check "the bundled course builds (--dump-layout)" [ $? -eq 0 ]
bad=
for f in "$SCRATCH"/ck/print/handleiding.pdf.txt "$SCRATCH"/ck/print/handout-*.pdf.txt \
	"$SCRATCH"/ck/print/competenties.pdf.txt; do
	b=$(last_lines "$f" | awk -F'\t' -v f="$(basename "$f")" '$2 == "heading" { print f " page " $1 ":" $3 }')
	[ -n "$b" ] && bad="$bad$b
"
done
check "no page of the manual, a hand-out or the appendix ends with a heading" [ -z "$bad" ]
[ -n "$bad" ] && printf '%s\n' "$bad" | head -5
manual=$SCRATCH/ck/print/handleiding.pdf.txt
check "the manual's dump has 90 pages or more" \
	[ "$(grep -c '^page ' "$manual" 2>/dev/null)" -ge 90 ]
grep -q "^text .* '\. \. \. \. \. " "$manual"
check "the manual's table of contents has dot leaders" [ $? -eq 0 ]
# (a justified caption's words end in their expansion, " hscale 1.02")
grep -A1 "^text .* 'Figuur'\( hscale [0-9.]*\)\{0,1\}$" "$manual" |
	grep -q "^text .* '4\.1'\( hscale [0-9.]*\)\{0,1\}$"
check "the manual numbers its figures per module (Figuur 4.1)" [ $? -eq 0 ]

"$CK" build . -o "$SCRATCH/ckpdf" -q --only print 2>/dev/null
pdf=$SCRATCH/ckpdf/print/handleiding.pdf
n=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
tail=$(pdftotext -f $((n - 5)) -l "$n" "$pdf" - 2>/dev/null)
case $tail in
*Bronnen*"Tuin, B.C.M., Beijer, W.M.M. & Akkerboom, H.L. (2005)"*Colofon*) ok "the manual ends with the sources and the colophon" ;;
*) fail "the manual ends with the sources and the colophon" ;;
esac
text=$(pdftotext "$SCRATCH/ckpdf/print/handout-succesvol-gedrag.pdf" - 2>/dev/null)
case $text in
*"Tuin, B.C.M., Beijer"*) ok "the hand-out of succesvol gedrag lists Tuin et al. (2005), which it cites" ;;
*) fail "the hand-out of succesvol gedrag lists Tuin et al. (2005), which it cites" ;;
esac
case $text in
*"Kien (2018)"*) fail "the hand-out of succesvol gedrag leaves out Kien (2018)" ;;
*) ok "the hand-out of succesvol gedrag leaves out Kien (2018)" ;;
esac
text=$(pdftotext "$SCRATCH/ckpdf/print/competenties.pdf" - 2>/dev/null)
case $text in
*"Burgers, J. (2017)"*) ok "the appendix lists the sources of its literature" ;;
*) fail "the appendix lists the sources of its literature" ;;
esac
case $text in
*"Kien (2018)"*) fail "the appendix leaves out sources it does not cite" ;;
*) ok "the appendix leaves out sources it does not cite" ;;
esac

finish
