#!/bin/sh
# Nudging posters: paper and boxes, QR codes that open the right lesson,
# headlines fitted or refused at their line, previews and the site page.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

p=$SCRATCH/p
make_project "$p"
printf 'base_url: https://training.example/pz\n' >>"$p/content/site.yaml"
mkdir -p "$p/content/posters"
cat >"$p/content/posters/boeiend.yaml" <<'Y'
kop: De mens is boeiend
onderkop: Blijvend in gesprek met de patiënt
tekst: Begin bij nieuwsgierigheid naar wie iemand is.
pagina: ../modules/01-een/02-verder.md
Y
cat >"$p/content/posters/groot.yaml" <<'Y'
kop: Wat is het doel van de patiënt?
pagina: ../modules/01-een/01-begin.md
formaat: A2
kleur: accent
diagram: vierbollen
Y
mkdir -p "$p/content/diagrams"
cp content/diagrams/vierbollen.yaml "$p/content/diagrams/"
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "a project with posters builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
d=$p/out/print
for f in posters/boeiend.pdf posters/groot.pdf posters.pdf; do
	check "$f is written" [ -s "$d/$f" ]
done
pdfinfo "$d/posters/boeiend.pdf" 2>/dev/null | grep -q "^Page size: *841.89 x 1190.55 pts (A3)"
check "A3 portrait by default" [ $? -eq 0 ]
pdfinfo "$d/posters/groot.pdf" 2>/dev/null | grep -q "^Page size: *1190.55 x 1683.78 pts (A2)"
check "A2 on request" [ $? -eq 0 ]
[ "$(pdfinfo "$d/posters.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')" = 2 ]
check "posters.pdf holds both" [ $? -eq 0 ]
text=$(pdftotext "$d/posters/boeiend.pdf" - 2>/dev/null | tr '\n' ' ')
for s in "De mens is boeiend" "Blijvend in gesprek met de patiënt" \
	"Scan en lees verder" \
	"coachkit [0-9.]* · gedrukt [0-9][0-9]-[0-9][0-9]-20[0-9][0-9]"; do
	echo "$text" | grep -q "$s"
	check "the poster says '$s'" [ $? -eq 0 ]
done
pdftotext "$d/posters/boeiend.pdf" - 2>/dev/null | tr -d '\n ' |
	grep -q "training.example/pz/een/verder.html"
check "the poster prints the address under the code" [ $? -eq 0 ]
pdftoppm -png -r 100 "$d/posters/boeiend.pdf" "$SCRATCH/qr" 2>/dev/null
qr=$(zbarimg --quiet --raw "$SCRATCH"/qr-1.png 2>/dev/null)
check "its QR code opens the lesson ($qr)" [ "$qr" = "https://training.example/pz/een/verder.html" ]
pdftoppm -png -r 60 "$d/posters/groot.pdf" "$SCRATCH/qr2" 2>/dev/null
qr=$(zbarimg --quiet --raw "$SCRATCH"/qr2-1.png 2>/dev/null)
check "the A2 poster's code too ($qr)" [ "$qr" = "https://training.example/pz/een/begin.html" ]
pdftotext "$d/posters/groot.pdf" - 2>/dev/null | grep -q "Mijn omgeving"
check "a poster may show a diagram" [ $? -eq 0 ]
xmllint --noout "$d/voorbeeld/poster-boeiend.svg" 2>/dev/null
check "the SVG preview is well-formed" [ $? -eq 0 ]
grep -q 'href="print/posters/boeiend.pdf"' "$p/out/materialen.html" &&
	grep -q 'src="print/voorbeeld/poster-boeiend.svg"' "$p/out/materialen.html"
check "the materials page shows the preview and links the PDF" [ $? -eq 0 ]
grep -q 'href="materialen.html"' "$p/out/index.html"
check "every page links to the materials" [ $? -eq 0 ]
qpdf --check "$d/posters.pdf" >/dev/null 2>&1
check "qpdf --check is clean" [ $? -eq 0 ]

# print: professional: 3 mm bleed, crop marks, the boxes
printf 'print: professional\n' >>"$p/content/site.yaml"
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
boxes=$(pdfinfo -box "$d/posters/boeiend.pdf" 2>/dev/null)
echo "$boxes" | grep -Eq "^TrimBox: +34\.02 +34\.02 +875\.91 +1224\.57"
check "professional: the TrimBox is A3 inside bleed and slug" [ $? -eq 0 ]
echo "$boxes" | grep -Eq "^BleedBox: +25\.51 +25\.51 +884\.41 +1233\.07"
check "professional: the BleedBox is 3 mm larger" [ $? -eq 0 ]
pdftoppm -png -r 100 "$d/posters/boeiend.pdf" "$SCRATCH/qr3" 2>/dev/null
qr=$(zbarimg --quiet --raw "$SCRATCH"/qr3-1.png 2>/dev/null)
check "professional: the code still reads" [ "$qr" = "https://training.example/pz/een/verder.html" ]

# A headline that cannot fit, a missing lesson, an unknown paper size
cat >"$p/content/posters/boeiend.yaml" <<'Y'
kop: Praktijkondersteunersondersteuningsprogrammaevaluatieverslaggevingsmethodiek
pagina: ../modules/01-een/03-bestaat-niet.md
formaat: B3
diagram: zesbollen
Y
"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
check "bad posters fail the check" [ $? -eq 1 ]
f=$p/content/posters/boeiend.yaml
grep -q "^$f:2:9: error: 'pagina' wijst naar '../modules/01-een/03-bestaat-niet.md', maar dat is geen les of pagina" "$SCRATCH/err"
check "a missing lesson: at its line" [ $? -eq 0 ]
grep -q "^$f:3:10: error: onbekend papierformaat 'B3'" "$SCRATCH/err"
check "an unknown paper size: at its line" [ $? -eq 0 ]
grep -q "^$f:4:10: error: er is geen diagram 'zesbollen'" "$SCRATCH/err"
check "an unknown diagram: at its line" [ $? -eq 0 ]
sed -i '2,4d' "$f"
printf 'pagina: ../modules/01-een/01-begin.md\n' >>"$f"
"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
grep -q "^$f:1:6: error: deze tekst past niet op de poster, zelfs op 40 pt" "$SCRATCH/err"
check "a headline too long for its box: at its line" [ $? -eq 0 ]
sed 's/^/    /' "$SCRATCH/err"
sed -i '/^base_url/d' "$p/content/site.yaml"
printf 'kop: Kort\npagina: ../modules/01-een/01-begin.md\n' >"$f"
"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
grep -q "error: posters hebben het adres van de site nodig" "$SCRATCH/err"
check "posters without base_url: an error" [ $? -eq 0 ]
finish
