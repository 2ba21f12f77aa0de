#!/bin/sh
# Kerning and ligatures: a poster headline is set with the font's kerning
# (the distance from V to o is the kerned advance HarfBuzz gives for the
# same font, read from the layout dump), the PDF draws it with TJ
# adjustments, and fi and fl are drawn as the font's ligatures while the
# text taken from the PDF still reads "fi" and "fl".
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

HB=build/tests/tools/hbadvance
[ -x "$HB" ] || make -s "$HB" >/dev/null 2>&1
p=$SCRATCH/p
make_project "$p"
printf 'base_url: https://training.example/pz\n' >>"$p/content/site.yaml"
mkdir -p "$p/content/posters"
printf 'kop: Vo Vo\npagina: ../modules/01-een/01-begin.md\n' \
	>"$p/content/posters/vo.yaml"
printf '\nEen profiel vraagt om reflectie: officieel en flink.\n' \
	>>"$p/content/modules/01-een/01-begin.md"
"$CK" build "$p" -o "$SCRATCH/dump" -q --dump-layout 2>"$SCRATCH/err"
check "the project builds (--dump-layout)" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
"$CK" build "$p" -o "$SCRATCH/pdf" -q 2>"$SCRATCH/err"
check "the project builds (PDF)" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]

# The headline's two words "Vo": the second starts a kerned "Vo" and a
# space after the first.
dump=$SCRATCH/dump/print/posters/vo.pdf.txt
font=$(fc-match -f '%{file}' 'Noto Sans:bold')
set -- $(awk '$1 == "text" && $7 == "'"'Vo'"'" { print $3, $5, $6 }' "$dump")
check "the dump has the headline's two words on one line" \
	[ $# -ge 6 -a "$3" = "$6" ]
# calc EXPR: the value of an arithmetic expression, to 3 decimals
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
size=$1 dist=$(calc "$5 - $2")
want=$(calc "$($HB "$font" "Vo ") * $size / 1000")
plain=$(calc "($($HB "$font" "V") + $($HB "$font" "o") + $($HB "$font" " ")) * $size / 1000")
echo "    V-o at $size pt: from V to the next V $dist pt; kerned $want, unkerned $plain"
check "the distance is the kerned advance of 'Vo '" [ "$dist" = "$want" ]
kern=$(calc "$($HB "$font" "Vo") - $($HB "$font" "V") - $($HB "$font" "o")")
kern=${kern%.000}
grep -q "'Vo' kern 1:$kern\$" "$dump"
check "the dump gives the V-o kerning ($kern/1000 em)" [ $? -eq 0 ]

qpdf --qdf --object-streams=disable "$SCRATCH/pdf/print/posters/vo.pdf" \
	"$SCRATCH/vo.pdf" 2>/dev/null
grep -aiq "^\[<0056> ${kern#-} <006f>\] TJ" "$SCRATCH/vo.pdf"
check "the poster's content draws 'Vo' with a TJ adjustment" [ $? -eq 0 ]

man=$SCRATCH/pdf/print/handleiding.pdf
qpdf --qdf --object-streams=disable "$man" "$SCRATCH/man.pdf" 2>/dev/null
grep -aiq "<[0-9a-f]*fb01[0-9a-f]*>" "$SCRATCH/man.pdf" &&
	grep -aiq "<[0-9a-f]*fb02[0-9a-f]*>" "$SCRATCH/man.pdf"
check "the manual draws the fi and fl ligatures" [ $? -eq 0 ]
text=$(pdftotext "$man" - 2>/dev/null | tr '\n' ' ')
for w in profiel reflectie officieel flink; do
	echo "$text" | grep -q "$w"
	check "pdftotext finds '$w' in the manual, spelled in letters" [ $? -eq 0 ]
done
echo "$text" | grep -q "$(printf '\357\254[\200-\204]')"
check "pdftotext finds no ligature characters" [ $? -ne 0 ]
finish
