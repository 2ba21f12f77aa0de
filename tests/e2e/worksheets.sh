#!/bin/sh
# Worksheets (content/werkbladen/): each sheet one A4 page in its own PDF
# and in werkbladen.pdf, its text extractable, an SVG preview, listed on
# the materials page; the diagram to write in; a sheet that does not fit
# its page refused at its file, never run over.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

# The course's own sheets.
out=$SCRATCH/out
"$CK" build . -o "$out" -q 2>"$SCRATCH/err"
check "the course builds with its worksheets" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
d=$out/print
n=0
for f in content/werkbladen/*.yaml; do
	name=$(basename "$f" .yaml)
	n=$((n + 1))
	pdf=$d/werkbladen/$name.pdf
	pdfinfo "$pdf" 2>/dev/null | grep -q "^Pages: *1$"
	check "$name: one page" [ $? -eq 0 ]
	pdfinfo "$pdf" 2>/dev/null | grep -q "^Page size: *595.276 x 841.89 pts (A4)"
	check "$name: A4" [ $? -eq 0 ]
	title=$(sed -n 's/^titel: *//p' "$f")
	pdftotext "$pdf" - 2>/dev/null | tr '\n' ' ' | grep -qF "$title"
	check "$name: its title '$title' is text in the PDF" [ $? -eq 0 ]
	xmllint --noout "$d/voorbeeld/werkblad-$name.svg" 2>/dev/null
	check "$name: a well-formed SVG preview" [ $? -eq 0 ]
	grep -q "href=\"print/werkbladen/$name.pdf\"" "$out/materialen.html"
	check "$name: on the materials page" [ $? -eq 0 ]
done
pages=$(pdfinfo "$d/werkbladen.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
check "werkbladen.pdf holds all $n sheets, one page each" [ "$pages" = "$n" ]
echo "    worksheets: $n, werkbladen.pdf: $pages pages"
pdftotext "$d/werkbladen/vierbollen-gesprek.pdf" - 2>/dev/null | tr '\n' ' ' >"$SCRATCH/vb"
for s in "Mijn gezondheid" "Mijn omgeving" "De patiënt" "eigen voorstel"; do
	grep -qF "$s" "$SCRATCH/vb"
	check "the vierbollen sheet says '$s'" [ $? -eq 0 ]
done

# A project of its own: every kind of part, and the writing variant of
# another soort of diagram.
p=$SCRATCH/p
make_project "$p"
mkdir -p "$p/content/werkbladen" "$p/content/diagrams"
cp content/diagrams/vierbollen.yaml content/diagrams/5a.yaml "$p/content/diagrams/"
cat >"$p/content/werkbladen/alles.yaml" <<'Y'
titel: Alles op één blad
inleiding: Een **proef**.
bron: Eigen voorstel.
pagina: ../modules/01-een/01-begin.md
onderdelen:
  - velden: [Datum, Naam]
  - tekst: Een **vette** uitleg.
  - vraag: Wat wil je?
    regels: 1
  - vak: Ruimte
    hoogte: 20mm
  - diagram: 5a
    hoogte: 80mm
    schrijven: true
  - schaal: [Ja, Nee]
    kolommen: [Vóór, Na]
    items: [Eén, Twee]
  - stappen: [Eerst, Dan]
    regels: 1
Y
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "a sheet with every kind of part builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
pdftotext "$p/out/print/werkbladen/alles.pdf" - 2>/dev/null | tr '\n' ' ' >"$SCRATCH/t"
for s in "Alles op één blad" "Datum" "vette" "Wat wil je?" "Ruimte" "Achterhalen" \
	"Vóór" "Twee" "Eerst" "Eigen voorstel." "Proef"; do
	grep -qF "$s" "$SCRATCH/t"
	check "the sheet says '$s'" [ $? -eq 0 ]
done
grep -q 'href="../print/werkbladen/alles.pdf"\|href="print/werkbladen/alles.pdf"' "$p/out/materialen.html"
check "the materials page lists it" [ $? -eq 0 ]

# Too much for one page: an error at the sheet's parts, nothing written.
cat >"$p/content/werkbladen/alles.yaml" <<'Y'
titel: Te veel
bron: Eigen voorstel.
onderdelen:
  - vak: Een
    hoogte: 120mm
  - vak: Twee
    hoogte: 120mm
  - vraag: Nog een vraag
    regels: 3
Y
"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
rc=$?
check "a sheet too tall for its page is an error (exit 1)" [ $rc -eq 1 ]
grep -q "werkbladen/alles.yaml:3:1: error: het werkblad past niet op één A4-pagina" "$SCRATCH/err"
check "at its parts, saying so" [ $? -eq 0 ]
sed 's/^/    /' "$SCRATCH/err"
finish
