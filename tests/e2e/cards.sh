#!/bin/sh
# Profile and competency cards: the print shop's files (bleed, boxes), the
# A4 sheets with backs placed for long-edge duplex, the calibration sheet,
# every card's text, previews, errors at their line, and no leaks.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

p=$SCRATCH/p
mkdir -p "$p"
cp -R tests/fixtures/cards/content "$p/"
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "a project with cards builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
d=$p/out/print
for f in profielkaarten-drukkerij.pdf profielkaarten-a4.pdf \
	competentiekaarten-drukkerij.pdf competentiekaarten-a4.pdf \
	kaarten-kalibratie.pdf; do
	check "$f is written" [ -s "$d/$f" ]
done

pages() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }

# The print shop: one card side per page, A6 inside 3 mm of bleed and the
# room for crop marks, with TrimBox and BleedBox
for f in profielkaarten competentiekaarten; do
	boxes=$(pdfinfo -box -f 1 -l 1 "$d/$f-drukkerij.pdf" 2>/dev/null)
	echo "$boxes" | grep -Eq "^Page +1 +TrimBox: +34\.02 +34\.02 +331\.65 +453\.54"
	check "$f-drukkerij: the TrimBox is A6 (105 x 148 mm)" [ $? -eq 0 ]
	echo "$boxes" | grep -Eq "^Page +1 +BleedBox: +25\.51 +25\.51 +340\.16 +462\.05"
	check "$f-drukkerij: the BleedBox is 3 mm larger on every side" [ $? -eq 0 ]
done
check "profielkaarten-drukkerij: front and back of 2 cards" [ "$(pages "$d/profielkaarten-drukkerij.pdf")" = 4 ]
check "competentiekaarten-drukkerij: front and back of 3 cards" [ "$(pages "$d/competentiekaarten-drukkerij.pdf")" = 6 ]
check "profielkaarten-a4: one sheet, front and back" [ "$(pages "$d/profielkaarten-a4.pdf")" = 2 ]
pdfinfo "$d/profielkaarten-a4.pdf" 2>/dev/null | grep -q "^Page size: *595.276 x 841.89 pts (A4)"
check "the office sheets are A4" [ $? -eq 0 ]
check "the calibration sheet has two sides" [ "$(pages "$d/kaarten-kalibratie.pdf")" = 2 ]

# Duplex, long-edge flip: the card number is centred at the foot of both
# sides, so on the back it must lie mirrored about the sheet's middle, at
# the same height (within 0.5 mm = 1.42 pt).
duplex() {
	pdftotext -bbox -f 1 -l 2 "$1" - 2>/dev/null | awk -v want="$2" '
	/<page / { page++; match($0, /width="[0-9.]+"/)
		   w = substr($0, RSTART + 7, RLENGTH - 8) }
	/<word / && />[0-9]+\/[0-9]+</ {
		t = $0; sub(/.*">/, "", t); sub(/<.*/, "", t)
		split($0, a, "\"")
		x = (a[2] + a[6]) / 2; y = a[4]
		if (page == 1) { fx[t] = x; fy[t] = y }
		else { bx[t] = x; by[t] = y }
	}
	END {
		n = 0; bad = 0
		for (t in fx) {
			n++
			if (!(t in bx)) { bad++; continue }
			dx = fx[t] + bx[t] - w; dy = fy[t] - by[t]
			if (dx < -1.42 || dx > 1.42 || dy < -1.42 || dy > 1.42) {
				bad++
				printf "    %s: front %.2f,%.2f back %.2f,%.2f\n", t, fx[t], fy[t], bx[t], by[t]
			}
		}
		exit !(n == want && bad == 0)
	}'
}
duplex "$d/profielkaarten-a4.pdf" 2
check "profiles: every back lies behind its front (long-edge flip)" [ $? -eq 0 ]
duplex "$d/competentiekaarten-a4.pdf" 3
check "competencies: every back lies behind its front" [ $? -eq 0 ]

# Every card's title and texts, with Dutch diacritics
text=$(pdftotext "$d/profielkaarten-drukkerij.pdf" - 2>/dev/null | tr '\n' ' ')
for s in "Voorbeeldprofiel" "De patiënt die ‘nee’ zegt" "De patiënt die wil begrijpen" \
	"Herken je dit?" "Hij wil geen cholesterolremmer." "Wat deze patiënt nodig heeft" \
	"De rol van de POH: coach" "De rol van de POH: leraar" "Helpende vragen" \
	"Wat is voor u belangrijk?" "Valkuilen" "Het woord ‘moeten’." \
	"Voorbeeldprofiel voor de proef." "1/2" "2/2"; do
	echo "$text" | grep -qF "$s"
	check "the profile cards say '$s'" [ $? -eq 0 ]
done
text=$(pdftotext "$d/competentiekaarten-drukkerij.pdf" - 2>/dev/null | tr '\n' ' ')
for s in "Competentie · Relationeel" "Cliëntgerichtheid" "Flexibiliteit" \
	"Competentie leidinggevende · Conceptueel" "Verbeeldingskracht/creativiteit" \
	"Je onderzoekt de wensen en behoeften van de cliënt." "Uit de interviews" \
	"Empathisch vermogen hebben." "Uit de literatuur" \
	"Kunnen meedenken en coachen (NHG, Laego & LHV, 2017)." \
	"Voor de huisarts" "Als huisarts kun je ruim denken." "Proef, bijlage 4." \
	"het denken" "de interactie met anderen"; do
	echo "$text" | grep -qF "$s"
	check "the competency cards say '$s'" [ $? -eq 0 ]
done
pdftotext "$d/kaarten-kalibratie.pdf" - 2>/dev/null | tr '\n' ' ' |
	grep -q "Druk dubbelzijdig af, omslaan over de lange kant"
check "the calibration sheet says how to use it" [ $? -eq 0 ]
for f in "$d"/*kaart*.pdf; do
	qpdf --check "$f" >/dev/null 2>&1 || echo "    qpdf: $f"
done
qpdf --check "$d/competentiekaarten-a4.pdf" >/dev/null 2>&1 &&
	qpdf --check "$d/profielkaarten-drukkerij.pdf" >/dev/null 2>&1
check "qpdf --check is clean" [ $? -eq 0 ]

# Previews: a front and a back per card, well-formed SVG
n=0
bad=0
for f in "$d"/voorbeeld/kaart-*.svg; do
	n=$((n + 1))
	xmllint --noout "$f" 2>/dev/null || bad=$((bad + 1))
done
check "10 SVG previews (5 cards, two sides), all well-formed ($n, $bad bad)" [ "$n" = 10 -a "$bad" = 0 ]
grep -q "kaart-profiel-coach.svg" "$p/out/materialen.html" 2>/dev/null
check "the materials page shows the card previews" [ $? -eq 0 ]

# print: professional: the A4 sheets get bleed and boxes too, and the
# backs still line up
printf 'print: professional\n' >>"$p/content/site.yaml"
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "a professional build" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
boxes=$(pdfinfo -box -f 1 -l 1 "$d/profielkaarten-a4.pdf" 2>/dev/null)
echo "$boxes" | grep -Eq "^Page +1 +TrimBox: +34\.02 +34\.02 +629\.29 +875\.91"
check "professional: the A4 sheet's TrimBox is A4 inside bleed and slug" [ $? -eq 0 ]
echo "$boxes" | grep -Eq "^Page +1 +BleedBox: +25\.51 +25\.51 +637\.80 +884\.41"
check "professional: the A4 sheet's BleedBox is 3 mm larger" [ $? -eq 0 ]
duplex "$d/profielkaarten-a4.pdf" 2
check "professional: the backs still line up" [ $? -eq 0 ]
sed -i '/^print:/d' "$p/content/site.yaml"

# 63 x 88 mm: nine cards to an A4 sheet
q=$SCRATCH/q
mkdir -p "$q"
cp -R layouts assets "$q/"
cp -R tests/fixtures/cards/content "$q/"
sed -i 's/^formaat: A6/formaat: 63x88mm/' "$q/layouts/print/cards.yaml"
i=3
while [ $i -le 11 ]; do
	sed "s/^titel: .*/titel: Kaart $i/" "$q/content/profiles/02-leraar.yaml" >"$q/content/profiles/$i-kaart$i.yaml"
	i=$((i + 1))
done
"$CK" build "$q" -o "$q/out" -q 2>"$SCRATCH/err"
check "a project with 63x88mm cards builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
boxes=$(pdfinfo -box -f 1 -l 1 "$q/out/print/profielkaarten-drukkerij.pdf" 2>/dev/null)
echo "$boxes" | grep -Eq "^Page +1 +TrimBox: +34\.02 +34\.02 +212\.60 +283\.46"
check "63x88mm: the TrimBox is the card" [ $? -eq 0 ]
check "63x88mm: eleven cards on two A4 sheets" [ "$(pages "$q/out/print/profielkaarten-a4.pdf")" = 4 ]
pdftotext -f 1 -l 1 "$q/out/print/profielkaarten-a4.pdf" - 2>/dev/null | grep -c "/11" | grep -qx 9
check "63x88mm: nine fronts on the first sheet" [ $? -eq 0 ]
duplex "$q/out/print/profielkaarten-a4.pdf" 9
check "63x88mm: every back lies behind its front" [ $? -eq 0 ]

# Content errors, at their file:line:col
f=$p/content/profiles/03-lang.yaml
{
	printf 'titel: Te lang\nrol: coach\nherkenning: [Kort.]\nnodig: >-\n'
	i=0
	while [ $i -lt 120 ]; do
		printf '  Een zin over wat deze patiënt nodig heeft.\n'
		i=$((i + 1))
	done
	printf 'aanpak: A\nvragen: [V]\nvalkuilen: [K]\nbron: B\nkleur: rood\n'
} >"$f"
"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
check "a card that cannot fit fails the check" [ $? -eq 1 ]
grep -qxF "$f:4:8: error: de voorkant van de kaart 'Te lang' past niet, zelfs op 6.5 pt: maak deze tekst (de langste daar) of een andere op die kant korter" "$SCRATCH/err"
check "an over-long text: the error at its line and column" [ $? -eq 0 ]
grep -qxF "$f:129:1: warning: patiëntprofiel: onbekende sleutel 'kleur'" "$SCRATCH/err"
check "an unknown key: a warning at its line" [ $? -eq 0 ]
sed 's/^/    /' "$SCRATCH/err"
rm "$f"
sed -i 's/corp: persoonlijk/corp: persoonlik/' "$p/content/competencies.yaml"
"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
grep -qxF "$p/content/competencies.yaml:15:13: error: 'corp' moet conceptueel, operationeel, relationeel of persoonlijk zijn, niet 'persoonlik'" "$SCRATCH/err"
check "an unknown CORP category: at its line" [ $? -eq 0 ]
sed 's/^/    /' "$SCRATCH/err"
sed -i 's/corp: persoonlik/corp: persoonlijk/' "$p/content/competencies.yaml"
printf 'titel: Zonder rol\nherkenning: [H]\n' >"$p/content/profiles/04-half.yaml"
"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
grep -qxF "$p/content/profiles/04-half.yaml:1:1: error: patiëntprofiel: de verplichte sleutel 'rol' ontbreekt" "$SCRATCH/err"
check "a missing required key: at the profile" [ $? -eq 0 ]
rm "$p/content/profiles/04-half.yaml"

# No leaks in the unit test of the cards (fontconfig's own are suppressed)
if [ -z "$COACHKIT_SANITIZE" ] && command -v valgrind >/dev/null; then
	valgrind -q --suppressions=tests/tools/valgrind.supp --leak-check=full \
		--error-exitcode=1 build/tests/test_cards >/dev/null 2>"$SCRATCH/vg"
	check "test_cards under valgrind: no memory errors or leaks" [ $? -eq 0 ]
	sed 's/^/    /' "$SCRATCH/vg" | head -20
fi
finish
