#!/bin/sh
# The pocket reference: A6 pages in reading order, and the booklet on A4
# whose sheet sides carry the pages where saddle stitching needs them.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

p=$SCRATCH/p
make_project "$p"
{
	printf 'titel: Proefzakkaart\nondertitel: Om te testen\npaginas:\n'
	for i in 1 2 3 4 5 6 7 8 9 10; do
		printf '  - titel: Blad %s\n    tekst: Dit blad draagt merk%s.\n' $i $i
	done
} >"$p/content/pocket.yaml"
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "a project with a pocket reference builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
d=$p/out/print
info=$(pdfinfo "$d/zakkaart.pdf" 2>/dev/null)
echo "$info" | grep -q "^Pages: *12$"
check "zakkaart.pdf: cover, ten pages, back" [ $? -eq 0 ]
echo "$info" | grep -q "^Page size: *297.638 x 419.528 pts"
check "zakkaart.pdf is A6" [ $? -eq 0 ]
info=$(pdfinfo "$d/zakkaart-boekje.pdf" 2>/dev/null)
echo "$info" | grep -q "^Pages: *4$" && echo "$info" | grep -q "(A4)"
check "the booklet: 12 pages padded to 16, two A4 sheets, both sides" [ $? -eq 0 ]

# Which mark lands in which quarter of each sheet side (TL TR BL BR).
got=$(for side in 1 2 3 4; do
	pdftotext -f $side -l $side -bbox "$d/zakkaart-boekje.pdf" - 2>/dev/null |
	sed -n 's/.*xMin="\([0-9.]*\)" yMin="\([0-9.]*\)".*>merk\([0-9]*\)\.*<.*/\1 \2 \3/p' |
	awk -v s=$side '{ q = ($2 > 421 ? "B" : "T") ($1 > 298 ? "R" : "L");
		print s, q, $3 }'
done | sort | tr '\n' ';')
want="1 BR 2;2 BL 3;2 TL 1;3 BL 9;3 BR 6;3 TR 4;4 BL 7;4 BR 8;4 TL 5;4 TR 10;"
check "pages sit where the folded booklet reads in order" [ "$got" = "$want" ]
[ "$got" != "$want" ] && echo "    got:  $got" && echo "    want: $want"
text=$(pdftotext -f 1 -l 1 "$d/zakkaart-boekje.pdf" - 2>/dev/null | tr '\n' ' ')
echo "$text" | grep -q "Proefzakkaart" && echo "$text" | grep -q "Dubbelzijdig afdrukken"
check "the first side has the cover and how to fold" [ $? -eq 0 ]
xmllint --noout "$d/voorbeeld/zakkaart.svg" 2>/dev/null
check "the SVG preview is well-formed" [ $? -eq 0 ]

# The booklet scales the pages down (by 0.936): no text may print under
# 7 pt, not even a long organisation's name on the back, which shrinks
# to fit, or the 5A cycle's texts.
cp "$p/content/site.yaml" "$SCRATCH/site.yaml"
cp "$p/content/pocket.yaml" "$SCRATCH/pocket.yaml"
mkdir -p "$p/content/diagrams"
cp content/diagrams/5a.yaml "$p/content/diagrams/"
printf '  - titel: De cyclus\n    diagram: 5a\n' >>"$p/content/pocket.yaml"
printf 'organisation: %s\n' "$(yes 'Samenwerkende huisartsenpraktijken in de regio' | head -8 | tr '\n' ' ')" >>"$p/content/site.yaml"
"$CK" build "$p" -o "$SCRATCH/dump" -q --dump-layout 2>/dev/null
small=$(awk '$1 == "text" && $3 < 7 { print $3, $NF }' "$SCRATCH/dump/print/zakkaart-boekje.pdf.txt" | head -3)
check "the booklet has no text under 7 pt" [ -z "$small" ]
[ -n "$small" ] && echo "    $small"
cp "$SCRATCH/site.yaml" "$p/content/site.yaml"
cp "$SCRATCH/pocket.yaml" "$p/content/pocket.yaml"
# How to fold: 5 mm or more from the sheet's edge (the line's top at
# baseline - 0.78 of its leading, as the layout sets it), and never
# across the fold mark in the middle or a crop mark at a spread's side.
bad=$(awk '$1 == "page" { n++ } n == 1 && $1 == "text" && $4 == "#56646a" &&
	($6 < 28.35 || $6 > 813.5) &&
	($6 - 0.78 * 1.2 * $3 < 14.16 || $6 + 0.22 * 1.2 * $3 > 827.73) { print $6, $NF }' \
	"$SCRATCH/dump/print/zakkaart-boekje.pdf.txt" | head -3)
check "how to fold keeps 5 mm from the sheet's edge" [ -z "$bad" ]
[ -n "$bad" ] && echo "    $bad"
# the spreads' sides: A4 less two pages scaled to 138.5 mm high, halved
x0=$(awk 'BEGIN { s = (841.89 / 2 - 28.3465) / 419.528; printf "%.2f", 297.638 * (1 - s) }')
cross=$(pdftotext -f 1 -l 1 -bbox "$d/zakkaart-boekje.pdf" - 2>/dev/null |
	sed -n 's/.*xMin="\([0-9.]*\)" yMin="\([0-9.]*\)" xMax="\([0-9.]*\)" yMax="\([0-9.]*\)">\(.*\)<.*/\1 \2 \3 \4 \5/p' |
	awk -v x0="$x0" '($4 < 28.35 || $2 > 813.5) &&
		(($1 < 297.64 && $3 > 297.64) || ($1 < x0 && $3 > x0) ||
		 ($1 < 595.28 - x0 && $3 > 595.28 - x0)) { print $5 }' | head -3)
check "how to fold is not crossed by a fold or crop mark ($x0)" [ -n "$x0" -a -z "$cross" ]
[ -n "$cross" ] && echo "    $cross"
printf 'print: professional\n' >>"$p/content/site.yaml"
"$CK" build "$p" -o "$p/out" -q 2>/dev/null
pdfinfo -box -f 1 -l 1 "$d/zakkaart.pdf" 2>/dev/null | grep -Eq "^Page +1 TrimBox: +34\.02 +34\.02 +331\.65 +453\.54"
check "professional: A6 TrimBox inside bleed and slug" [ $? -eq 0 ]
# the profiles in brief
mkdir -p "$p/content/profiles"
cp content/profiles/01-coach.yaml "$p/content/profiles/"
sed -i 's|^pagina:.*||' "$p/content/profiles/01-coach.yaml"
printf '  - titel: Profielen\n    profielen: true\n' >>"$p/content/pocket.yaml"
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
pdftotext -f 12 -l 12 "$d/zakkaart.pdf" - 2>/dev/null | tr '\n' ' ' | grep -q "(coach):"
check "a page of the profiles in brief" [ $? -eq 0 ]
# a page too full is refused at its line
printf '  - titel: Vol\n    tekst: %s\n' "$(yes 'Veel te veel woorden op een kleine kaart.' | head -80 | tr '\n' ' ')" >>"$p/content/pocket.yaml"
"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
grep -q "pocket.yaml:27:12: error: dit past niet in het paneel" "$SCRATCH/err"
check "an overfull page: at its text" [ $? -eq 0 ]
finish
