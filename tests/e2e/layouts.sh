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
"2:10: error: 'width' must be from 20mm to 2000mm, not '0mm'
3:11: error: 'height' must be from 20mm to 2000mm, not '10000mm'
5:8: error: 'top' must be from 0mm to 100mm, not '200mm'
6:11: error: 'bottom' must be a length such as 20mm, 1.5cm or 10pt, not '-3mm'
8:10: error: 'outer' must be from 0mm to 100mm, not 'nan'
9:33: error: 'size' must be from 4pt to 200pt, not '1000pt'
10:32: error: 'size' must be from 4pt to 200pt, not '0pt'
10:46: error: 'leading' must be from 4pt to 300pt, not '0pt'
10:71: error: 'after' must be from 0pt to 200pt, not '300pt'
11:32: error: 'size' must be from 4pt to 200pt, not '3.9pt'
11:48: error: 'leading' must be from 4pt to 300pt, not '301pt'"

cat >"$L/handout.yaml" <<'Y'
page:
  width: 60mm
margins:
  inner: 20mm
  outer: 20mm
Y
expect "handout.yaml: margins leave no room" "$L/handout.yaml" \
"4:10: error: the margins leave 20mm by 251mm of the 60mm by 297mm page for text; it needs at least 25mm each way"
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
"1:10: error: paper size '3000x400mm': each side must be from 20mm to 2000mm
2:8: error: 'marge' must be from 0mm to 100mm, not '101mm'
3:7: error: 'band' must be a share of the poster's height, from 20% to 80%
4:18: error: 'max' must be from 4pt to 200pt, not '1000pt'
5:11: error: 'onderkop': min must not be larger than max
6:29: error: 'min' must be from 4pt to 200pt, not '0pt'
7:5: error: 'qr' must be from 5mm to 200mm, not '1mm'"

printf 'marge: 60mm\nqr: 150mm\n' >"$L/poster.yaml"
expect "poster.yaml: no room beside the code" "$L/poster.yaml" \
"2:5: error: marge and qr leave 13mm beside the QR code for the text (on A3); it needs at least 50mm"
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
"3:7: error: 'band' must be a share of the card's height, from 15% to 60%
4:9: error: 'strook' must be from 5mm to 200mm, not '0mm'
6:17: error: 'max' must be from 4pt to 200pt, not '201pt'
7:9: error: 'voet' must be from 4pt to 200pt, not '2pt'
9:10: error: 'marge' must be a length such as 20mm, 1.5cm or 10pt, not '1m'
10:17: error: 'tussenruimte' must be from 0mm to 100mm, not '150mm'"

printf 'rand: 30mm\nstrook: 70mm\na4:\n  marge: 60mm\n' >"$L/cards.yaml"
expect "cards.yaml: values that do not go together" "$L/cards.yaml" \
"1:7: error: rand and binnenmarge leave 35mm of the card's width (on A6) for text; it needs at least 40mm
2:9: error: 'strook' may take at most 40% of the card's height
4:10: error: a card of this size does not fit on A4 inside the margin (a4: marge)"
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
