#!/bin/sh
# Every value in layouts/print/*.yaml is held to its range when the file
# is read: an error at its line and column from `check` and `build`, exit
# 1, the previous output kept, and never an error from libharu (which used
# to be the first to notice a page 0mm wide or type at 1000pt).
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

p=$SCRATCH/p
mkdir -p "$p"
cp -R layouts assets "$p/"
cp -R tests/fixtures/cards/content "$p/"
printf 'base_url: https://training.example/\n' >>"$p/content/site.yaml"
mkdir -p "$p/content/posters"
printf 'kop: Een poster\npagina: ../modules/01-een/01-rollen.md\n' \
	>"$p/content/posters/een.yaml"
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "a project with its own layouts builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
stamp=$(ls -l --time-style=full-iso "$p/out/print/handout-een.pdf")
L=$p/layouts/print

# expect NAME FILE LINES: check and build both report exactly LINES
# (file:line:col: error: ..., one a line, FILE's path added in front),
# exit 1, no libharu, the output untouched.
expect() {
	name=$1 file=$2
	echo "$3" | sed "s|^|$file:|" >"$SCRATCH/want"
	for cmd in check build; do
		if [ $cmd = check ]; then
			"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
		else
			"$CK" build "$p" -o "$p/out" >/dev/null 2>"$SCRATCH/err"
		fi
		rc=$?
		grep ': error: ' "$SCRATCH/err" >"$SCRATCH/got"
		cmp -s "$SCRATCH/want" "$SCRATCH/got" && [ $rc -eq 1 ] &&
			! grep -q libharu "$SCRATCH/err"
		check "$name: $cmd reports each at its line (exit $rc)" [ $? -eq 0 ]
		[ $? -eq 0 ] || diff "$SCRATCH/want" "$SCRATCH/got" | sed 's/^/    /'
	done
	[ "$(ls -l --time-style=full-iso "$p/out/print/handout-een.pdf")" = "$stamp" ]
	check "$name: the previous output is untouched" [ $? -eq 0 ]
}
restore() {
	cp layouts/print/*.yaml "$L/"
}

cat >"$L/handout.yaml" <<'Y'
page:
  width: 0mm
  height: 10000mm
margins:
  top: 200mm
  bottom: -3mm
  inner: 25mm
  outer: nan
body:      { font: serif, size: 1000pt, leading: 15pt, after: 5pt }
heading1:  { font: sans, size: 0pt, leading: 0pt, before: 0pt, after: 300pt }
heading2:  { font: sans, size: 3.9pt, leading: 301pt }
small:     { font: sans, size: 200pt, leading: 4pt, before: 200pt }
Y
expect "handout.yaml out of range" "$L/handout.yaml" \
"2:10: error: 'width' moet tussen 20mm en 2000mm liggen, niet '0mm'
3:11: error: 'height' moet tussen 20mm en 2000mm liggen, niet '10000mm'
5:8: error: 'top' moet tussen 0mm en 100mm liggen, niet '200mm'
6:11: error: 'bottom' moet een lengte zijn zoals 20mm, 1.5cm of 10pt, niet '-3mm'
8:10: error: 'outer' moet tussen 0mm en 100mm liggen, niet 'nan'
9:33: error: 'size' moet tussen 4pt en 200pt liggen, niet '1000pt'
10:32: error: 'size' moet tussen 4pt en 200pt liggen, niet '0pt'
10:46: error: 'leading' moet tussen 4pt en 300pt liggen, niet '0pt'
10:71: error: 'after' moet tussen 0pt en 200pt liggen, niet '300pt'
11:32: error: 'size' moet tussen 4pt en 200pt liggen, niet '3.9pt'
11:48: error: 'leading' moet tussen 4pt en 300pt liggen, niet '301pt'"

cat >"$L/handout.yaml" <<'Y'
page:
  width: 60mm
margins:
  inner: 20mm
  outer: 20mm
Y
expect "handout.yaml: margins leave no room" "$L/handout.yaml" \
"4:10: error: de marges laten 20mm bij 251mm van de pagina van 60mm bij 297mm over voor tekst; dat moet in beide richtingen minstens 25mm zijn"
restore

cat >"$L/poster.yaml" <<'Y'
formaat: 3000x400mm
marge: 101mm
band: 90%
kop:      { max: 1000pt, min: 40pt }
onderkop: { max: 20pt, min: 30pt }
tekst:    { max: 26pt, min: 0pt }
qr: 1mm
Y
expect "poster.yaml out of range" "$L/poster.yaml" \
"1:10: error: papierformaat '3000x400mm': elke zijde moet tussen 20mm en 2000mm liggen
2:8: error: 'marge' moet tussen 0mm en 100mm liggen, niet '101mm'
3:7: error: 'band' moet een deel van de hoogte van de poster zijn, van 20% tot 80%
4:18: error: 'max' moet tussen 4pt en 200pt liggen, niet '1000pt'
5:11: error: 'onderkop': min mag niet groter zijn dan max
6:29: error: 'min' moet tussen 4pt en 200pt liggen, niet '0pt'
7:5: error: 'qr' moet tussen 5mm en 200mm liggen, niet '1mm'"

printf 'marge: 60mm\nqr: 150mm\n' >"$L/poster.yaml"
expect "poster.yaml: no room beside the code" "$L/poster.yaml" \
"2:5: error: marge en qr laten naast de QR-code 13mm over voor de tekst (op A3); dat moet minstens 50mm zijn"
restore

cat >"$L/cards.yaml" <<'Y'
rand: 30mm
binnenmarge: 0.5cm
band: 10%
strook: 0mm
letters:
  titel: { max: 201pt, min: 12pt }
  voet: 2pt
a4:
  marge: 1m
  tussenruimte: 150mm
Y
expect "cards.yaml out of range" "$L/cards.yaml" \
"3:7: error: 'band' moet een deel van de hoogte van de kaart zijn, van 15% tot 60%
4:9: error: 'strook' moet tussen 5mm en 200mm liggen, niet '0mm'
6:17: error: 'max' moet tussen 4pt en 200pt liggen, niet '201pt'
7:9: error: 'voet' moet tussen 4pt en 200pt liggen, niet '2pt'
9:10: error: 'marge' moet een lengte zijn zoals 20mm, 1.5cm of 10pt, niet '1m'
10:17: error: 'tussenruimte' moet tussen 0mm en 100mm liggen, niet '150mm'"

printf 'rand: 30mm\nstrook: 70mm\na4:\n  marge: 60mm\n' >"$L/cards.yaml"
expect "cards.yaml: values that do not go together" "$L/cards.yaml" \
"1:7: error: rand en binnenmarge laten 35mm van de breedte van de kaart (op A6) over voor tekst; dat moet minstens 40mm zijn
2:9: error: 'strook' mag hoogstens 40% van de hoogte van de kaart innemen
4:10: error: een kaart van dit formaat past niet op A4 binnen de marge (a4: marge)"
restore

# the extremes each range allows still build, or fail at a line: never
# through libharu
cat >"$L/handout.yaml" <<'Y'
page: { width: 2000mm, height: 2000mm }
margins: { top: 100mm, bottom: 100mm, inner: 100mm, outer: 100mm }
body:     { size: 200pt, leading: 300pt, after: 200pt }
heading1: { size: 200pt, leading: 4pt, before: 200pt, after: 200pt }
small:    { size: 4pt, leading: 4pt }
Y
cat >"$L/poster.yaml" <<'Y'
formaat: 2000x2000mm
kop: { max: 200pt, min: 10pt }
Y
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
rc=$?
! grep -q libharu "$SCRATCH/err" && [ $rc -le 1 ] &&
	! grep ': error: ' "$SCRATCH/err" | grep -qv '^[^:]*:[0-9]*:[0-9]*: error: '
check "the largest values build or fail at a line (exit $rc)" [ $? -eq 0 ]
grep ': error: ' "$SCRATCH/err" | sed 's/^/    /'
finish
