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

"$CK" check . >"$SCRATCH/out" 2>"$SCRATCH/err"
check "the bundled content checks with 0 warnings" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err" | head -20
finish
