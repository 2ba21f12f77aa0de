#!/bin/sh
# The glossary (content/begrippen.yaml): `coachkit check` warns about an
# abbreviation in capitals that no entry explains (at its place, once a
# document; web addresses are no words), and only when there is a
# glossary; the bundled content checks clean. Its page and the marked
# terms on the lesson pages are checked further on.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh
export LC_ALL=C

P=$SCRATCH/p
make_project "$P"
L=$P/content/modules/01-een/01-begin.md
cat >"$L" <<'MD'
---
title: Eerste les
---

# Kop met LAN

De NHG en de LHV. *Ook* de V&VN en de POH’s, en de LHV nog eens.
Zie www.example.org/WatAnders of https://example.org/NogIETS en hoofdstuk XIV.

Intervisie is leren met collega's; over intervisie lees je meer bij de NHG.
Geen e-coaching zonder de NHG-standaard. `NHG` in code.

> > Een citaat,
lui vervolgd met de RVS erin.
MD
cat >"$P/content/begrippen.yaml" <<'YAML'
titel: Begrippen
inleiding: Moeilijke woorden.
begrippen:
  - term: intervisie
    uitleg: Leren van elkaar in een vaste groep collega's.
    bron: thesis 004:1
  - term: NHG
    afkorting: Nederlands Huisartsen Genootschap
    uitleg: De vereniging van huisartsen die de standaarden schrijft.
    bron: thesis 004:2
  - term: NHG-standaard
    uitleg: Een richtlijn van het NHG.
    bron: thesis 004:3
  - term: coaching
    uitleg: Begeleiding bij je werk.
    bron: thesis 004:4
  - term: POH
    afkorting: praktijkondersteuner huisarts
    uitleg: Een verpleegkundige in de huisartsenpraktijk.
    bron: thesis 004:5
YAML
"$CK" check "$P" >/dev/null 2>"$SCRATCH/err"
check "a check with unexplained abbreviations passes (warnings only)" [ $? -eq 0 ]
reports "$SCRATCH/err" | grep 'warning:' | sed 's/: warning: de afkorting .\([^ ]*\). staat niet.*/ \1/; s|.*/01-begin.md:||' >"$SCRATCH/got"
cat >"$SCRATCH/want" <<'TXT'
5:11 LAN
7:14 LHV
7:28 V&VN
14:21 RVS
TXT
diff -u "$SCRATCH/want" "$SCRATCH/got" >"$SCRATCH/diff"
check "the abbreviations without an entry are warned about, at their place, once each" [ $? -eq 0 ]
sed 's/^/    /' "$SCRATCH/diff"
grep -q "warning: de afkorting 'LHV' staat niet in content/begrippen.yaml" "$SCRATCH/err"
check "the warning names the glossary" [ $? -eq 0 ]

mv "$P/content/begrippen.yaml" "$SCRATCH/begrippen.yaml"
"$CK" check "$P" >/dev/null 2>"$SCRATCH/err"
check "without a glossary, no warning" [ ! -s "$SCRATCH/err" ]
mv "$SCRATCH/begrippen.yaml" "$P/content/begrippen.yaml"

# --- The site: begrippen.html, and each term's first use on a lesson page
"$CK" build "$P" -o "$SCRATCH/site" -q --only site 2>/dev/null
check "the project builds" [ $? -eq 0 ]
G=$SCRATCH/site/begrippen.html
check "begrippen.html is made" [ -s "$G" ]
ids=$(grep -o 'class="glossary-entry" id="[^"]*"' "$G" | sed 's/.*id="//; s/"$//' | tr '\n' ' ')
check "it has every entry, in order, with its anchor ($ids)" \
	[ "$ids" = "intervisie nhg nhg-standaard coaching poh " ]
grep -q '<dt>NHG</dt>' "$G" && grep -q 'Voluit:</span> Nederlands Huisartsen Genootschap' "$G" &&
	grep -q 'Bron:</span> thesis 004:2<' "$G"
check "an entry shows its term, its full name and its source" [ $? -eq 0 ]
grep -q '<a href="../begrippen.html">Begrippen</a>' "$SCRATCH/site/een/begin.html"
check "the footer links to the glossary" [ $? -eq 0 ]
page=$SCRATCH/site/een/begin.html
sed -n '/<div class="prose">/,/class="lesson-done"/p' "$page" >"$SCRATCH/prose"
uses=$(grep -o 'begrippen.html#[^"]*' "$SCRATCH/prose" | sed 's/.*#//' | tr '\n' ' ')
check "each term is marked once, at its first use, the longest term first ($uses)" \
	[ "$uses" = "nhg poh intervisie nhg-standaard " ]
grep -q '<a class="begrip-link" href="../begrippen.html#nhg" aria-describedby="begrip-1">NHG</a><span class="begrip-uitleg" role="tooltip" id="begrip-1"><span class="begrip-voluit">Nederlands Huisartsen Genootschap.</span> De vereniging' "$SCRATCH/prose"
check "a use links to its entry, described by its tooltip" [ $? -eq 0 ]
grep -q '>Intervisie</a>' "$SCRATCH/prose"
check "a term with a small letter is found at a sentence's start" [ $? -eq 0 ]
grep -q 'Kop met LAN' "$SCRATCH/prose" && grep -q '<code>NHG</code>' "$SCRATCH/prose" &&
	grep -q 'e-coaching zonder' "$SCRATCH/prose" && grep -q '</span>’s, en de LHV' "$SCRATCH/prose"
check "not in headings or code, not inside a longer word" [ $? -eq 0 ]
n=$(sed -n '/<div class="prose">/,/class="lesson-done"/p' "$SCRATCH/site/een/verder.html" | grep -c 'class="begrip"')
check "a lesson without terms has no marks ($n)" [ "$n" -eq 0 ]

# --- The manual: a section of the glossary, in the contents, before the
# sources; the hand-outs have none
"$CK" build "$P" -o "$SCRATCH/dump" -q --dump-layout 2>/dev/null
check "the project's layout dumps" [ $? -eq 0 ]
M=$SCRATCH/dump/print/handleiding.pdf.txt
grep -q "^bookmark 0 'Begrippen' begrippen\$" "$M" && grep -q '^dest begrippen ' "$M" &&
	grep -q "'Leren' kern\|'Leren'" "$M" && grep -q "'(Nederlands'" "$M"
check "the manual has the glossary, in its outline, with the entries" [ $? -eq 0 ]
grep -q "'Begrippen'" "$SCRATCH/dump/print/handout-een.pdf.txt"
check "a hand-out has no glossary" [ $? -ne 0 ]
"$CK" build . -o "$SCRATCH/manual" -q 2>/dev/null
pdftotext -layout "$SCRATCH/manual/print/handleiding.pdf" - 2>/dev/null | grep -E '^ *(Begrippen|Bronnen|Colofon) \.' |
	sed 's/ *\..*//; s/^ *//' | tr '\n' ' ' >"$SCRATCH/order"
check "the bundled manual's contents: Begrippen, Bronnen, Colofon ($(cat "$SCRATCH/order"))" \
	[ "$(cat "$SCRATCH/order")" = "Begrippen Bronnen Colofon " ]

# The bundled site: every page marks a term once at most
"$CK" build . -o "$SCRATCH/bundled" -q --only site 2>"$SCRATCH/err"
check "the bundled site builds" [ $? -eq 0 ]
twice=$(find "$SCRATCH/bundled" -name '*.html' ! -path '*/scorm/*' | while read -r f; do
	grep -o 'begrippen.html#[^"]*' "$f" | sort | uniq -d | sed "s|^|${f#$SCRATCH/bundled/}: |"
done)
check "on every page of the bundled site a term is marked once at most" [ -z "$twice" ]
[ -n "$twice" ] && printf '%s\n' "$twice" | head -5 | sed 's/^/    /'
grep -o 'class="glossary-entry" id="[^"]*"' "$SCRATCH/bundled/begrippen.html" | sed 's/.*id="//; s/"$//' | sort >"$SCRATCH/all"
find "$SCRATCH/bundled" -name '*.html' | xargs grep -oh 'begrippen.html#[^"]*' | sed 's/.*#//' | sort -u >"$SCRATCH/marked"
na=$(wc -l <"$SCRATCH/all")
nm=$(wc -l <"$SCRATCH/marked")
echo "    $nm of the $na glossary entries are marked on a lesson page; not: $(comm -23 "$SCRATCH/all" "$SCRATCH/marked" | tr '\n' ' ')"
check "the bundled glossary page has its entries ($na)" [ "$na" -ge 40 ]
bad=$(comm -13 "$SCRATCH/all" "$SCRATCH/marked" | tr '\n' ' ')
check "every mark links to an entry on the page${bad:+ (not: $bad)}" [ -z "$bad" ]

"$CK" check . >"$SCRATCH/out" 2>"$SCRATCH/err"
check "the bundled content checks with 0 warnings" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err" | head -20
finish
