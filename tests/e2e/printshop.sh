#!/bin/sh
# For a print shop (print: professional): every colour in CMYK, text black
# as black ink alone, crop marks in all four inks, an output intent and
# the PDF/X keys; in every PDF the document's author, dates and XMP, and
# subset fonts named apart; the cards' design into the bleed.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

p=$SCRATCH/p
mkdir -p "$p"
cp -R content "$p/"
# without the bundled cmyk: the colours converted; the key is tested below
awk '/^cmyk:/ { skip = 1; next } skip && /^ / { next } { skip = 0; print }' \
	content/site.yaml >"$p/content/site.yaml"
printf 'print: professional\n' >>"$p/content/site.yaml"
SOURCE_DATE_EPOCH=1700000000 "$CK" build "$p" -o "$p/out" -q --only print 2>"$SCRATCH/err"
check "the bundled course builds for a print shop" [ $? -eq 0 ]
d=$p/out/print
poster=$d/posters/gehoord.pdf

# The bundled base_url is an example address: its QR codes lead nowhere.
grep -q "site.yaml:11:11: warning: base_url 'https://persoonsgerichtezorg.example/' is een voorbeeldadres" "$SCRATCH/err"
check "a warning at base_url when it is an example address and posters are printed" [ $? -eq 0 ]
"$CK" build "$p" -o "$SCRATCH/real" -q --only print --base-url https://zorggroep.nl/cursus/ 2>"$SCRATCH/err2"
check "no warning for a real address" [ $? -eq 0 -a ! -s "$SCRATCH/err2" ]

# ops FILE: the operators that set colour in every page's content
ops() {
	for o in $(qpdf --json --json-key=pages "$1" 2>/dev/null |
		sed -n 's/.*"\([0-9]*\) 0 R".*/\1/p' | sort -un); do
		qpdf --show-object="$o" --filtered-stream-data "$1" 2>/dev/null
	done | grep -aE '^([-0-9. ]+ )?(rg|RG|g|G|k|K|sc|SC|scn|SCN|cs|CS)$'
}
# catalog FILE: the document's catalog dictionary
catalog() {
	root=$(qpdf --show-object=trailer "$1" 2>/dev/null | sed -n 's/.*\/Root \([0-9]*\) 0 R.*/\1/p')
	qpdf --show-object="$root" "$1" 2>/dev/null
}

colours=$(ops "$poster")
check "the poster sets colours" [ -n "$colours" ]
rgb=$(echo "$colours" | grep -E ' (rg|RG|g|G|sc|SC|scn|SCN|cs|CS)$' | head -3)
check "the poster's colours are all CMYK (k, K)" [ -z "$rgb" ]
[ -n "$rgb" ] && echo "$rgb" | sed 's/^/    /'
echo "$colours" | grep -qx '1 1 1 1 K'
check "crop marks in registration colour (all four inks)" [ $? -eq 0 ]
manual=$(ops "$d/handleiding.pdf")
echo "$manual" | grep -qx '0 0 0 1 k' && ! echo "$manual" | grep -Eq ' (rg|RG|g|G)$'
check "the manual: CMYK only, its text in black ink alone" [ $? -eq 0 ]
cat=$(catalog "$poster")
echo "$cat" | grep -q '/OutputIntents' && qpdf --qdf --object-streams=disable "$poster" "$SCRATCH/q.pdf" 2>/dev/null
grep -aq '/OutputConditionIdentifier (FOGRA39)' "$SCRATCH/q.pdf" && grep -aq '/S /GTS_PDFX' "$SCRATCH/q.pdf" &&
	grep -aq '/RegistryName (http://www.color.org)' "$SCRATCH/q.pdf"
check "the catalog has an output intent for FOGRA39 (coated)" [ $? -eq 0 ]
grep -aq '/GTS_PDFXVersion (PDF/X-1:2003)' "$SCRATCH/q.pdf" && grep -aq '/Trapped /False' "$SCRATCH/q.pdf"
check "the info says PDF/X-1:2003 and Trapped False" [ $? -eq 0 ]
qpdf --show-object=trailer "$poster" 2>/dev/null | grep -q '/ID \['
check "the trailer has an /ID" [ $? -eq 0 ]
pdffonts "$poster" 2>/dev/null | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }'
check "every font is embedded" [ $? -eq 0 ]
n=$(pdfinfo "$poster" 2>/dev/null | sed -n 's/^Pages: *//p')
boxes=$(pdfinfo -box -l "$n" "$poster" 2>/dev/null | grep -c 'TrimBox')
check "every page has a TrimBox" [ "$boxes" -ge "$n" ]
qpdf --check "$poster" >/dev/null 2>&1
check "qpdf --check is clean" [ $? -eq 0 ]
qpdf --qdf --object-streams=disable "$d/handleiding.pdf" "$SCRATCH/m.pdf" 2>/dev/null
annots=$(grep -ac '/Annots' "$SCRATCH/m.pdf")
check "no link annotations on a print shop's pages (PDF/X)" [ -s "$SCRATCH/m.pdf" -a "$annots" = 0 ]
mix=$(for f in "$d"/*-drukkerij.pdf; do ops "$f"; done | grep -E ' (rg|RG|g|G)$' | head -1)
check "the cards for the print shop are CMYK" [ -z "$mix" ]

# Office output stays RGB, without an output intent.
mkdir -p "$SCRATCH/off"
cp -R content "$SCRATCH/off/"
SOURCE_DATE_EPOCH=1700000000 "$CK" build "$SCRATCH/off" -o "$SCRATCH/o" -q --only print 2>/dev/null
office=$SCRATCH/o/print/posters/gehoord.pdf
ops "$office" | grep -Eq ' rg$' && ! catalog "$office" | grep -q OutputIntents
check "office: RGB, no output intent" [ $? -eq 0 ]

# Every PDF: 1.4 or later, author, dates from SOURCE_DATE_EPOCH, XMP.
info=$(pdfinfo "$poster" 2>/dev/null)
echo "$info" | grep -q '^Author: *Persoonsgerichte zorg in de huisartsenpraktijk$'
check "the author is the organisation (the course's title without one)" [ $? -eq 0 ]
echo "$info" | grep -q '^CreationDate: *Tue Nov 14 22:13:20 2023 UTC$'
check "the creation date is SOURCE_DATE_EPOCH" [ $? -eq 0 ]
echo "$info" | grep -Eq '^PDF version: *1\.[4-7]$'
check "PDF 1.4 or later" [ $? -eq 0 ]
xmp=$(pdfinfo -meta "$poster" 2>/dev/null)
for k in '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Voelde de patiënt zich gehoord?' \
	'<dc:creator><rdf:Seq><rdf:li>Persoonsgerichte zorg' \
	'<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>' \
	'<pdf:Producer>coachkit'; do
	echo "$xmp" | grep -qF "$k"
	check "the XMP has ${k%%>*}>" [ $? -eq 0 ]
done
echo "$xmp" | xmllint --noout - 2>/dev/null
check "the XMP is well-formed" [ $? -eq 0 ]
printf 'organisation: Zorggroep <Noord> & Co\n' >>"$p/content/site.yaml"
SOURCE_DATE_EPOCH=1700000000 "$CK" build "$p" -o "$p/out" -q --only print 2>/dev/null
pdfinfo "$poster" 2>/dev/null | grep -q '^Author: *Zorggroep <Noord> & Co$' &&
	pdfinfo -meta "$poster" 2>/dev/null | grep -qF '<rdf:li>Zorggroep &lt;Noord&gt; &amp; Co</rdf:li>'
check "with an organisation, it is the author (escaped in the XMP)" [ $? -eq 0 ]

# Subset fonts: another subset, another tag.
t1=$(pdffonts "$poster" 2>/dev/null | awk 'NR > 2 { print $1 }' | sort)
t2=$(pdffonts "$d/posters/vermijd-moeten.pdf" 2>/dev/null | awk 'NR > 2 { print $1 }' | sort)
same=$(printf '%s\n%s\n' "$t1" "$t2" | sort | uniq -d)
check "two posters share no subset font name" [ -n "$t1" -a -z "$same" ]
[ -n "$same" ] && echo "$same" | sed 's/^/    /'
pdffonts "$d/handleiding.pdf" 2>/dev/null | grep -q 'HPDFA'
check "no subset is named HPDFA..+" [ $? -ne 0 ]

# Cards for the print shop: the design runs into the bleed on every side
# of every card, whatever the layout's white border (rand: 4mm).
SOURCE_DATE_EPOCH=1700000000 "$CK" build "$p" -o "$SCRATCH/dump" -q --dump-layout 2>/dev/null
for f in profielkaarten competentiekaarten; do
	bad=$(awk '$1 == "page" { bx = $5 - $9; by = $6 - $9; bw = $7 + 2 * $9; bh = $8 + 2 * $9; first = 1; pages++; next }
		first && $1 == "path" { first = 0
			if ($3 > bx + 0.01 || $4 > by + 0.01 || $5 < bx + bw - 0.01 || $6 < by + bh - 0.01)
				print "page " pages ": " $0 }
		END { if (!pages) print "no pages" }' "$SCRATCH/dump/print/$f-drukkerij.pdf.txt" | head -2)
	check "$f-drukkerij: the ground covers the bleed box" [ -z "$bad" ]
	[ -n "$bad" ] && echo "$bad" | sed 's/^/    /'
done

# site.yaml's cmyk gives the brand colours as the print shop mixes them;
# their tints follow; anything else in it is an error at its place.
cp "$p/content/site.yaml" "$SCRATCH/site.yaml"
printf 'cmyk:\n  primary: [90, 30, 45, 30]\n' >>"$p/content/site.yaml"
"$CK" build "$p" -o "$SCRATCH/cmyk" -q --only print 2>/dev/null
ops "$SCRATCH/cmyk/print/posters/de-mens-is-boeiend.pdf" >"$SCRATCH/ops"
grep -qx '0.9 0.3 0.45 0.3 k' "$SCRATCH/ops" && awk 'NF == 5 && $1 > 0 && $1 < 0.85 {
	f = $1 / 0.9; d = 0.006
	if ($2 - 0.3 * f < d && 0.3 * f - $2 < d && $3 - 0.45 * f < d && 0.45 * f - $3 < d &&
	    $4 - 0.3 * f < d && 0.3 * f - $4 < d) found = 1 } END { exit !found }' "$SCRATCH/ops"
check "cmyk: the primary colour as given, its tints in proportion" [ $? -eq 0 ]
cp "$SCRATCH/site.yaml" "$p/content/site.yaml"
printf 'cmyk:\n  primary: [90, 30, 45]\n  accent: "#A3461B"\n  paars: [1, 2, 3, 4]\n' >>"$p/content/site.yaml"
line=$(grep -n '^  primary: \[90' "$p/content/site.yaml" | cut -d: -f1)
"$CK" check "$p" 2>"$SCRATCH/err"
check "a bad cmyk is refused" [ $? -eq 1 ]
for e in "$line:12: error: 'primary' onder 'cmyk' moet een lijst van vier percentages" \
	"$((line + 1)):11: error: 'accent' onder 'cmyk' moet een lijst van vier percentages" \
	"$((line + 2)):3: warning"; do
	grep -q "site.yaml:$e" "$SCRATCH/err"
	check "cmyk: site.yaml:$e" [ $? -eq 0 ]
done
cp "$SCRATCH/site.yaml" "$p/content/site.yaml"

# Images go to a print shop in CMYK too, without soft masks.
q=$SCRATCH/q
make_project "$q"
cp tests/fixtures/figuur.png tests/fixtures/foto.jpg "$q/content/modules/01-een/"
printf '\n![Een figuur](figuur.png)\n\n![Een foto](foto.jpg)\n' >>"$q/content/modules/01-een/01-begin.md"
printf 'print: professional\n' >>"$q/content/site.yaml"
"$CK" build "$q" -o "$q/out" -q --only print 2>/dev/null
imgs=$(pdfimages -list "$q/out/print/handleiding.pdf" 2>/dev/null | awk 'NR > 2 { print $3, $6 }' | sort | uniq -c | tr -s ' ')
check "a PNG and a JPEG in the manual are CMYK images, with no mask ($imgs)" [ "$imgs" = " 2 image cmyk" ]

# Posters and desk mats: the imprint line only in small print at the
# foot (7 pt on A3), or not at all with drukregel: nee in the layout.
# imprint DUMP: the size and height on the page of its "coachkit", and
# the page's height
imprint() {
	awk '$1 == "page" { h = $3 } $1 == "text" && $NF == "'"'"'coachkit'"'"'" { print $3, $6, h }' "$1"
}
for f in posters/gehoord bureauleggers/het-consult; do
	got=$(imprint "$SCRATCH/dump/print/$f.pdf.txt")
	echo "$got" | awk '{ exit !(NF == 3 && $1 <= 7 && $2 > 0.9 * $3) }'
	check "$f: the imprint in small print at the foot ($got)" [ $? -eq 0 ]
done
mkdir -p "$p/layouts/print"
printf 'drukregel: nee\n' >"$p/layouts/print/poster.yaml"
printf 'drukregel: nee\n' >"$p/layouts/print/bureaulegger.yaml"
"$CK" build "$p" -o "$SCRATCH/dump2" -q --dump-layout 2>/dev/null
check "drukregel: nee leaves it out" [ -z "$(imprint "$SCRATCH/dump2/print/posters/gehoord.pdf.txt")" -a \
	-z "$(imprint "$SCRATCH/dump2/print/bureauleggers/het-consult.pdf.txt")" -a \
	-s "$SCRATCH/dump2/print/posters/gehoord.pdf.txt" ]
printf 'drukregel: misschien\n' >"$p/layouts/print/bureaulegger.yaml"
"$CK" check "$p" 2>"$SCRATCH/err3"
grep -q "bureaulegger.yaml:1:12: error: 'drukregel' moet true of false zijn" "$SCRATCH/err3"
check "a drukregel that is no yes or no: an error at it" [ $? -eq 0 ]
finish
