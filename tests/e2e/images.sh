#!/bin/sh
# Images are checked whole in the checking pass: a damaged, oversized or
# unprintable PNG or JPEG is an error at the image's line and column, from
# `check` and from `build` alike, the previous output stays, and nothing
# makes coachkit die of a signal. Every kind of PNG and JPEG print can
# take is drawn. The images come from tests/tools/mkimages.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

MK=build/tests/tools/mkimages
imgs=$SCRATCH/imgs
mkdir -p "$imgs"
"$MK" "$imgs"
check "mkimages writes the test images" [ $? -eq 0 -a -s "$imgs/cap-over.png" ]

p=$SCRATCH/p
make_project "$p"
"$CK" build "$p" -o "$p/out" -q 2>/dev/null
check "a first build succeeds" [ $? -eq 0 ]
stamp=$(ls -l --time-style=full-iso "$p/out/een/begin.html")

# One hostile figure a paragraph, the n-th (from 0) on line 5 + 2n; one
# more inside the text of a directive.
d=$p/content/modules/01-een
bad="truncated.png bad-crc.png bad-data.png bad-ihdr.png bad-signature.png
claims-2g.png wide-2g.png cap-over.png truncated.jpg lossless.jpg
zero-length.jpg"
printf '\211PNG\r\n\032\n' >"$d/huge.png"
truncate -s 50000001 "$d/huge.png"
{
	printf -- '---\ntitle: Kapotte beelden\n---\n\n'
	for f in $bad huge.png; do
		[ "$f" = huge.png ] || cp "$imgs/$f" "$d/"
		printf '![Een beeld](%s)\n\n' "$f"
	done
	printf '```kader\ntekst: |\n  Ook hier: ![nog een](truncated.jpg)\n```\n'
} >"$d/01-begin.md"
lesson=$d/01-begin.md
want() {   # want LINE COL NAME MESSAGE: the line that file:LINE:COL reports
	echo "$lesson:$1:$2: error: afbeelding '$3': $4"
}
expected=$(
	want 5 1 truncated.png "de PNG-gegevens zijn beschadigd: het bestand houdt te vroeg op (is het afgebroken?)"
	want 7 1 bad-crc.png "de PNG-gegevens zijn beschadigd (libpng: IDAT: CRC error)"
	want 9 1 bad-data.png "de PNG-gegevens zijn beschadigd (libpng: IDAT: invalid distance too far back)"
	want 11 1 bad-ihdr.png "de PNG-gegevens zijn beschadigd (libpng: Invalid IHDR data)"
	want 13 1 bad-signature.png "de naam zegt PNG of JPEG, maar het is geen van beide (de eerste bytes kloppen niet)"
	want 15 1 claims-2g.png "65536 x 32768 pixels is meer dan de 40 megapixels die een afbeelding mag hebben: verklein de afbeelding"
	want 17 1 wide-2g.png "de PNG-header is beschadigd"
	want 19 1 cap-over.png "8000 x 5001 pixels is meer dan de 40 megapixels die een afbeelding mag hebben: verklein de afbeelding"
	want 21 1 truncated.jpg "de JPEG-gegevens zijn beschadigd (libjpeg: Premature end of JPEG file)"
	want 23 1 lossless.jpg "deze JPEG-codering (verliesvrij, hiërarchisch of aritmetisch) kan niet worden afgedrukt: sla de afbeelding op als gewone JPEG"
	want 25 1 zero-length.jpg "de JPEG-header is beschadigd"
	want 27 1 huge.png "het bestand is 50.0 MB; een afbeelding mag hoogstens 50 MB zijn"
	want 31 13 truncated.jpg "de JPEG-gegevens zijn beschadigd (libjpeg: Premature end of JPEG file)"
)
n=$(echo "$expected" | wc -l)

for cmd in check build; do
	if [ $cmd = check ]; then
		"$CK" check "$p" >"$SCRATCH/out" 2>"$SCRATCH/err"
	else
		"$CK" build "$p" -o "$p/out" >"$SCRATCH/out" 2>"$SCRATCH/err"
	fi
	rc=$?
	check "$cmd: exit 1, no signal (exit $rc)" [ $rc -eq 1 ]
	echo "$expected" | while IFS= read -r line; do
		grep -qxF "$line" "$SCRATCH/err" || echo "missing: $line"
	done >"$SCRATCH/missing"
	check "$cmd: every image is an error at its line and column" \
		[ ! -s "$SCRATCH/missing" ]
	sed 's/^/    /' "$SCRATCH/missing"
	got=$(grep -c ': error: ' "$SCRATCH/err")
	check "$cmd: and nothing else ($got errors)" [ "$got" -eq "$n" ]
	# Every line is one of coachkit's reports, a source line under one
	# (they start with a space) or the summary: a library that printed
	# a word of its own (libpng's and libjpeg's warnings, libharu, an
	# abort) would add a line of another shape. (A library's words
	# quoted inside a report, "(libpng: ...)", are coachkit's.)
	grep -v -e '^[^ ][^:]*:[0-9]*:[0-9]*: error: ' -e '^ ' \
		-e '^[0-9]* fouten*, [0-9]* waarschuwing' "$SCRATCH/err" \
		>"$SCRATCH/other"
	[ ! -s "$SCRATCH/other" ] && [ ! -s "$SCRATCH/out" ] &&
		! grep -qi "abort" "$SCRATCH/err"
	check "$cmd: no library speaks for itself" [ $? -eq 0 ]
	sed 's/^/    /' "$SCRATCH/other"
done
[ "$(ls -l --time-style=full-iso "$p/out/een/begin.html")" = "$stamp" ]
check "build: the previous output is untouched" [ $? -eq 0 ]
[ -z "$(ls -d "$p"/out.new-* 2>/dev/null)" ]
check "build: no staging folder is left" [ $? -eq 0 ]

# Every kind print takes is drawn; 40 megapixels exactly is allowed.
good="interlaced.png deep.png palette4.png grey-trns.png grey1.png
progressive.jpg grey.jpg cmyk.jpg"
{
	printf -- '---\ntitle: Goede beelden\n---\n\n'
	for f in $good; do
		cp "$imgs/$f" "$d/"
		printf '![Een beeld](%s)\n\n' "$f"
	done
} >"$d/01-begin.md"
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "the good images build" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
list=$(pdfimages -list "$p/out/print/handout-een.pdf" 2>/dev/null | tail -n +3)
[ "$(echo "$list" | awk '$3 == "image"' | wc -l)" -eq 8 ]
check "PDF: all eight are drawn" [ $? -eq 0 ]
[ "$(echo "$list" | awk '$3 == "smask"' | wc -l)" -eq 3 ]
check "PDF: the three with transparency have a soft mask" [ $? -eq 0 ]
[ "$(echo "$list" | awk '$3 == "image" && $9 == "jpeg"' | wc -l)" -eq 3 ]
check "PDF: JPEGs are embedded as JPEG" [ $? -eq 0 ]
qpdf --check "$p/out/print/handout-een.pdf" >/dev/null 2>&1
check "PDF: qpdf --check is clean" [ $? -eq 0 ]
cp "$imgs/cap-at.png" "$d/"
printf '\n![Precies 40 megapixel](cap-at.png)\n' >>"$d/01-begin.md"
"$CK" check "$p" -q 2>"$SCRATCH/err"
check "exactly 40 megapixels passes" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
finish
