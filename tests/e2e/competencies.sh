#!/bin/sh
# The competency appendix (competenties.pdf) and the site's competency
# page, from content/competencies.yaml.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

p=$SCRATCH/p
make_project "$p"
cat >"$p/content/competencies.yaml" <<'Y'
persoonsgericht:
  titel: Competenties voor persoonsgerichte zorg
  inleiding: Een korte **inleiding**.
  competenties:
    - naam: Oplossingsgerichtheid
      corp: conceptueel
      definitie: Je denkt vanuit oplossingen.
      interviews: [Kunnen omdenken.]
      literatuur:
        - tekst: Kunnen adviseren over keuzehulpen.
          bron: NHG, 2017
    - naam: Cliëntgerichtheid
      corp: relationeel
      definitie: Je stemt af op de patiënt.
    - naam: Flexibiliteit
      corp: persoonlijk
      definitie: Je past je aan.
    - naam: Anticiperen
      corp: operationeel
      definitie: Je kijkt verder dan je taak.
leidinggevenden:
  titel: Competenties voor leidinggevenden
  competenties:
    - naam: Coachen
      corp: relationeel
      definitie: Je helpt een ander zich te ontwikkelen.
      huisarts: De huisarts als **coach** van de POH.
Y
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "a project with competencies builds" [ $? -eq 0 ]
grep "error:" "$SCRATCH/err" | sed 's/^/    /' 
pdf=$p/out/print/competenties.pdf
pdfinfo "$pdf" 2>/dev/null | grep -q "(A4)"
check "competenties.pdf is A4" [ $? -eq 0 ]
text=$(pdftotext "$pdf" - 2>/dev/null | tr '\n' ' ')
for s in "Competenties voor persoonsgerichte zorg" "Conceptueel: het denken" \
	"Relationeel: de interactie met anderen" "Cliëntgerichtheid" \
	"Je denkt vanuit oplossingen." "Uit de interviews" "Kunnen omdenken." \
	"Kunnen adviseren over keuzehulpen. (NHG, 2017)" "Voor de huisarts" \
	"Competenties voor leidinggevenden" "Coachen"; do
	echo "$text" | grep -q "$s"
	check "the appendix says '$s'" [ $? -eq 0 ]
done
qpdf --qdf --object-streams=disable "$pdf" - 2>/dev/null | grep -aq "/Outlines"
check "the appendix has bookmarks" [ $? -eq 0 ]
html=$p/out/competenties.html
check "the site has a competency page" [ -s "$html" ]
grep -q '<li><a href="competenties/persoonsgericht-oplossingsgerichtheid.html">Oplossingsgerichtheid</a></li>' "$html"
check "its CORP grid links each competency's page" [ $? -eq 0 ]
one=$p/out/competenties/persoonsgericht-clientgerichtheid.html
check "each competency has a page of its own" [ -s "$one" -a -s "$p/out/competenties/leidinggevenden-coachen.html" ]
grep -q '<h1>Cliëntgerichtheid</h1>' "$one" &&
	grep -q 'href="persoonsgericht-oplossingsgerichtheid.html"' "$one" &&
	grep -q 'href="persoonsgericht-flexibiliteit.html"' "$one"
check "with its neighbours in the group" [ $? -eq 0 ]
grep -q 'href="../competenties.html#persoonsgericht"' "$one"
check "and the way back to the overview" [ $? -eq 0 ]
grep -q '<article class="competency" id="persoonsgericht-clientgerichtheid">' "$html"
check "each competency has its own anchor" [ $? -eq 0 ]
dups=$(grep -o ' id="[^"]*"' "$html" | sort | uniq -d)
check "no anchor twice, though a name is in both groups" [ -z "$dups" ]
grep -q '<strong>coach</strong>' "$p/out/competenties/leidinggevenden-coachen.html"
check "**bold** in the YAML is bold on the page" [ $? -eq 0 ]
grep -q 'href="competenties.html"' "$p/out/index.html"
check "the navigation links to it" [ $? -eq 0 ]
grep -q 'href="print/competenties.pdf"' "$p/out/materialen.html"
check "the materials page lists the appendix" [ $? -eq 0 ]

# without the file: no page, no PDF, no link
rm "$p/content/competencies.yaml"
"$CK" build "$p" -o "$p/out" -q 2>/dev/null
check "without competencies.yaml nothing of it is made" [ ! -e "$p/out/competenties.html" -a ! -e "$p/out/print/competenties.pdf" ]
grep -q 'href="competenties.html"' "$p/out/index.html"
check "and nothing links to it" [ $? -ne 0 ]
finish
