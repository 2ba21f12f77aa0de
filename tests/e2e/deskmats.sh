#!/bin/sh
# Desk mats and diagrams: paper and boxes, every panel's text on the mat,
# panels that cannot hold their content refused at their line; diagrams in
# a lesson drawn inline on the site and as vectors in the hand-out.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

p=$SCRATCH/p
make_project "$p"
mkdir -p "$p/content/deskmats" "$p/content/diagrams"
cp content/diagrams/vierbollen.yaml content/diagrams/5a.yaml "$p/content/diagrams/"
cat >"$p/content/deskmats/consult.yaml" <<'Y'
titel: Het consult
ondertitel: Elke dag
pagina: ../modules/01-een/01-begin.md
panelen:
  - titel: Het vierbollenmodel
    diagram: vierbollen
  - titel: De 5A-cyclus
    diagram: 5a
  - titel: Vragen
    vragen: [Wat is het doel van de patiënt?, Voelde de patiënt zich gehoord?]
  - titel: Samen beslissen
    breedte: 2
    stappen: [Bespreek dat er een keuze is., Neem samen een besluit.]
  - titel: De basishouding
    tekst: In het midden staat de **basishouding**.
Y
cat >"$p/content/deskmats/groot.yaml" <<'Y'
titel: Groot formaat
formaat: 600x400mm
kolommen: 2
panelen:
  - titel: Het vierbollenmodel
    diagram: vierbollen
  - titel: Tekst
    tekst: Een korte tekst.
Y
cat >>"$p/content/modules/01-een/01-begin.md" <<'Y'

```diagram vierbollen
onderschrift: De vier bollen
```
Y
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "a project with desk mats and a diagram builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
d=$p/out/print
pdfinfo "$d/bureauleggers/consult.pdf" 2>/dev/null | grep -q "^Page size: *1190.55 x 841.89 pts (A3)"
check "A3 landscape by default" [ $? -eq 0 ]
pdfinfo "$d/bureauleggers/groot.pdf" 2>/dev/null | grep -q "^Page size: *1700.79 x 1133.86 pts"
check "600 x 400 mm on request" [ $? -eq 0 ]
text=$(pdftotext "$d/bureauleggers/consult.pdf" - 2>/dev/null | tr '\n' ' ')
for s in "Het consult" "Het vierbollenmodel" "Mijn gezondheid" "Mijn omgeving" \
	"Achterhalen" "Arrangeren" "Wat is het doel van de patiënt?" \
	"Bespreek dat er een keuze is." "basishouding"; do
	echo "$text" | grep -q "$s"
	check "the mat says '$s'" [ $? -eq 0 ]
done
xmllint --noout "$d/voorbeeld/bureaulegger-consult.svg" 2>/dev/null
check "the SVG preview is well-formed" [ $? -eq 0 ]
grep -q 'href="print/bureauleggers/consult.pdf"' "$p/out/materialen.html"
check "the materials page lists the mat" [ $? -eq 0 ]

html=$p/out/een/begin.html
grep -q '<svg [^>]*xmlns="http://www.w3.org/2000/svg"' "$html"
check "the lesson's diagram is inline SVG" [ $? -eq 0 ]
sed -n '/<svg [^>]*xmlns=/,/<\/svg>/p' "$html" >"$SCRATCH/inline.svg"
xmllint --noout "$SCRATCH/inline.svg" 2>/dev/null && grep -q "<title>" "$SCRATCH/inline.svg"
check "well-formed, with a title for screen readers" [ $? -eq 0 ]
grep -q ">gezondheid</text>" "$SCRATCH/inline.svg"
check "its labels are real text" [ $? -eq 0 ]
pdftotext "$d/handout-een.pdf" - 2>/dev/null | grep -q "Mijn activiteiten"
check "the hand-out draws it as vectors with text" [ $? -eq 0 ]
pdfimages -list "$d/handout-een.pdf" 2>/dev/null | tail -n +3 | grep -q .
check "and not as an image" [ $? -ne 0 ]

# professional: boxes on the mat
printf 'print: professional\n' >>"$p/content/site.yaml"
"$CK" build "$p" -o "$p/out" -q 2>/dev/null
pdfinfo -box "$d/bureauleggers/consult.pdf" 2>/dev/null | grep -Eq "^TrimBox: +34\.02 +34\.02 +1224\.57 +875\.91"
check "professional: the TrimBox is the A3 sheet" [ $? -eq 0 ]

# too much for a panel; an unknown diagram; two contents in one panel
cat >"$p/content/deskmats/groot.yaml" <<'Y'
titel: Te vol
kolommen: 1
panelen:
  - titel: Vol
    tekst: >-
      Dit is veel te veel tekst voor een klein paneel. Dit is veel te veel
      tekst voor een klein paneel. Dit is veel te veel tekst voor een klein
      paneel. Dit is veel te veel tekst voor een klein paneel. Dit is veel te
      veel tekst voor een klein paneel. Dit is veel te veel tekst voor een
      klein paneel. Dit is veel te veel tekst voor een klein paneel. Dit is
      veel te veel tekst voor een klein paneel. Dit is veel te veel tekst.
      Dit is veel te veel tekst voor een klein paneel. Dit is veel te veel
      tekst voor een klein paneel. Dit is veel te veel tekst voor een klein
      paneel. Dit is veel te veel tekst voor een klein paneel. Dit is veel te
      veel tekst voor een klein paneel. Dit is veel te veel tekst voor een
      klein paneel. Dit is veel te veel tekst voor een klein paneel. Dit is
      veel te veel tekst voor een klein paneel. Dit is veel te veel tekst.
  - titel: Onbekend
    diagram: zesbollen
  - titel: Twee
    tekst: a
    vragen: [b]
Y
for i in $(seq 1 30); do
	printf '  - titel: Vol %s\n    tekst: Dit is veel te veel tekst voor een klein paneel. Dit is veel te veel tekst voor een klein paneel. Dit is veel te veel tekst voor een klein paneel. Dit is veel te veel tekst voor een klein paneel. Dit is veel te veel tekst voor een klein paneel.\n' $i >>"$p/content/deskmats/groot.yaml"
done
"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
check "a mat that cannot hold its panels fails the check" [ $? -eq 1 ]
f=$p/content/deskmats/groot.yaml
grep -q "^$f:5:12: error: dit past niet in het paneel, zelfs op 8 pt" "$SCRATCH/err"
check "an overfull panel: at its text" [ $? -eq 0 ]
grep -q "^$f:19:14: error: er is geen diagram 'zesbollen'" "$SCRATCH/err"
check "an unknown diagram: at its name" [ $? -eq 0 ]
grep -q "^$f:22:5: error: een paneel bevat één van diagram, vragen, stappen of tekst" "$SCRATCH/err"
check "two contents in one panel: at the second" [ $? -eq 0 ]
sed 's/^/    /' "$SCRATCH/err" | head -5
finish
