#!/bin/sh
# Images: one alone in its paragraph is a figure with a caption (its title,
# else its description) on the site and in the PDFs; PNG and JPEG are
# recognised by their content; anything else is left out of the PDFs with
# a positioned warning, never a failed build.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

p=$SCRATCH/p
make_project "$p"
cp tests/fixtures/figuur.png "$p/content/modules/01-een/omslag.png"
cp tests/fixtures/foto.jpg "$p/content/modules/01-een/foto.jpg"
cp tests/fixtures/figuur.png "$p/content/modules/01-een/vermomd.jpg"
printf 'GIF89a\001\000\001\000' >"$p/content/modules/01-een/bewegend.gif"
cat >"$p/content/modules/01-een/01-begin.md" <<'MD'
---
title: Figuren
---

Een figuur met een bijschrift:

![Omslag van de handleiding](omslag.png "Zo ziet de omslag eruit")

![Een pagina uit de handleiding](foto.jpg)

![Een PNG met de naam van een JPEG](vermomd.jpg)

Tekst met ![een klein plaatje](foto.jpg) erin is geen figuur.

![Een bewegend plaatje](bewegend.gif)
MD
"$CK" build "$p" -o "$p/out" >"$SCRATCH/log" 2>"$SCRATCH/err"
check "a build with images succeeds" [ $? -eq 0 ]
lesson=$p/content/modules/01-een/01-begin.md
grep -q "^$lesson:15:1: warning: afbeelding 'modules/01-een/bewegend.gif' wordt weggelaten uit de PDF's: alleen PNG- en JPEG-afbeeldingen" "$SCRATCH/err"
check "a GIF is a warning at its line and column" [ $? -eq 0 ]
[ "$(reports "$SCRATCH/err" | wc -l)" -eq 1 ]
check "and the only one (a PNG named .jpg is fine)" [ $? -eq 0 ]
sed 's/^/    /' "$SCRATCH/err"

html=$(cat "$p/out/een/begin.html")
echo "$html" | grep -A2 '^<figure>$' | grep -q '^<img src="../media/modules/01-een/omslag.png" alt="Omslag van de handleiding" title="Zo ziet de omslag eruit" />$'
check "site: a figure" [ $? -eq 0 ]
echo "$html" | grep -q '^<figcaption>Zo ziet de omslag eruit</figcaption></figure>$'
check "site: captioned by its title" [ $? -eq 0 ]
echo "$html" | grep -q '<figcaption>Een pagina uit de handleiding</figcaption>'
check "site: else by its description" [ $? -eq 0 ]
echo "$html" | grep -q '<p>Tekst met <img src="../media/modules/01-een/foto.jpg" alt="een klein plaatje" /> erin'
check "site: an image inside text stays inline" [ $? -eq 0 ]
[ "$(echo "$html" | grep -c '^<figure>$')" -eq 4 ]
check "site: four figures" [ $? -eq 0 ]

pdf=$p/out/print/handout-een.pdf
list=$(pdfimages -list "$pdf" 2>/dev/null | tail -n +3)
[ "$(echo "$list" | grep -c image)" -eq 3 ]
check "PDF: the three printable figures are drawn ($(echo "$list" | grep -c image))" [ $? -eq 0 ]
echo "$list" | grep -q " 249 *351 .*rgb"
check "PDF: the PNG at its own pixels" [ $? -eq 0 ]
echo "$list" | grep -q " 166 *234 .*jpeg"
check "PDF: the JPEG embedded as JPEG" [ $? -eq 0 ]
text=$(pdftotext "$pdf" - 2>/dev/null)
for cap in "Zo ziet de omslag eruit" "Een pagina uit de handleiding" \
	"Een bewegend plaatje"; do
	echo "$text" | grep -q "$cap"
	check "PDF: caption '$cap'" [ $? -eq 0 ]
done
qpdf --check "$pdf" >/dev/null 2>&1
check "PDF: qpdf --check is clean" [ $? -eq 0 ]
finish
