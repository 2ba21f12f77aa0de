#!/bin/sh
# Hostile and careless content: links that may not leave the course, in
# every output; links to headings; large linked files (capped, copied
# without being held in memory, not precached); every report names a file.
# The golden cases are in tests/bad/37-40 (bad.sh).
. tests/e2e/lib.sh

# --- links that may not leave the course: plain text on the site and in
# the PDFs, from a lesson, a competency and a desk-mat panel
p="$SCRATCH/links"
make_project "$p"
les="$p/content/modules/01-een/03-links.md"
printf -- '---\ntitle: Links\n---\n\n# Links\n\nEen [script](javascript:alert(1)), [verstopt](&#106;avascript:alert(2)), [data](data:text/html,x), [vb](vbscript:x), [bestand](file:///etc/passwd), [half](//elders.example/) en <javascript:alert(3)>; wel [web](https://example.org/pad), [mail](mailto:poh@example.org) en [bellen](tel:+31201234567).\n' >"$les"
cat >"$p/content/competencies.yaml" <<'EOF'
persoonsgericht:
  titel: Persoonsgericht werken
  competenties:
    - naam: Luisteren
      corp: relationeel
      definitie: Zie [dit](javascript:alert(4)) en [dat](https://example.org/c).
EOF
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "content with refused links builds (exit 0)" [ $? -eq 0 ]
n=$(grep -c "warning: link naar '.*' is weggelaten (de tekst blijft staan)" "$SCRATCH/err")
check "each refused link is a warning ($n of 8)" [ "$n" -eq 8 ]
grep -q "03-links.md:7:5: warning: link naar 'javascript:alert(1)'" "$SCRATCH/err"
check "at its line and column" [ $? -eq 0 ]
grep -q "competencies.yaml:6:18: warning: link naar 'javascript:alert(4)'" "$SCRATCH/err"
check "in a competency's text too, at its value" [ $? -eq 0 ]
html="$p/out/een/links.html"
! grep -qiE 'href="(javascript|data|vbscript|file):|href="//|href=""' "$html"
check "the site has no link with a refused target" [ $? -eq 0 ]
grep -q 'Een script, verstopt, data, vb, bestand, half en javascript:alert(3); wel <a href="https://example.org/pad">web</a>' "$html"
check "their text stays, the allowed links stay links" [ $? -eq 0 ]
comp=$(ls "$p"/out/competenties/*.html | head -1)
grep -q 'Zie dit en <a href="https://example.org/c">dat</a>' "$comp"
check "a competency's refused link is text on the site" [ $? -eq 0 ]
uris=""
for f in "$p"/out/print/*.pdf; do
	qpdf --qdf --object-streams=disable "$f" "$SCRATCH/q.pdf" 2>/dev/null
	uris="$uris$(grep -a '/URI (' "$SCRATCH/q.pdf" | sed 's/.*\/URI (//; s/)$//')
"
done
bad=$(printf '%s' "$uris" | grep -v '^$' | grep -vE '^(https?|mailto|tel):')
check "no PDF has a URI action other than http, https, mailto, tel" [ -z "$bad" ]
printf '%s' "$uris" | grep -q '^https://example.org/pad$'
check "the PDFs keep the allowed web links" [ $? -eq 0 ]
printf '%s' "$uris" | grep -q '^https://example.org/c$'
check "the competency appendix keeps its web link" [ $? -eq 0 ]

# --- base_url: a web address, else an error at its line
for url in 'javascript:alert(1)' 'ftp://example.org/' 'https://' 'example.org' 'https://exa mple.org/'; do
	printf 'title: Proef\nbase_url: "%s"\n' "$url" >"$p/content/site.yaml"
	"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
	rc=$?
	grep -q "site.yaml:2:11: error: 'base_url' moet het adres van de site op het web zijn" "$SCRATCH/err"
	check "base_url '$url' is an error at its line (exit $rc)" [ $? -eq 0 -a $rc -eq 1 ]
done
printf 'title: Proef\nbase_url: http://localhost:8080/cursus/\n' >"$p/content/site.yaml"
"$CK" check "$p" -q 2>"$SCRATCH/err"
check "an http address with a port and path is a base_url" [ $? -eq 0 ]

# --- links to headings: fine ones build (site and PDFs), in every mode
h="$SCRATCH/heads"
make_project "$h"
printf -- '---\ntitle: Kop\n---\n\n# Het begin\n\nNaar [het begin](#het-begin), [boven](#), [kop](01-begin.md#kop) en [verder](02-verder.md#).\n' >"$h/content/modules/01-een/03-kop.md"
"$CK" build "$h" -o "$h/out" -q; check "links to existing headings build" [ $? -eq 0 ]
"$CK" build "$h" -o "$h/out" -q --only print; check "with --only print too" [ $? -eq 0 ]
printf -- '---\ntitle: Kop\n---\n\nNaar [nergens](01-begin.md#nergens).\n' >"$h/content/modules/01-een/03-kop.md"
for mode in "" "--only print" "--only site"; do
	"$CK" build "$h" -o "$h/out" -q $mode 2>"$SCRATCH/err"
	rc=$?
	grep -q "03-kop.md:5:6: error: link naar '01-begin.md#nergens': modules/01-een/01-begin.md heeft geen kop met de id 'nergens'" "$SCRATCH/err"
	check "a missing heading is an error with its position, build $mode (exit $rc)" [ $? -eq 0 -a $rc -eq 1 ]
done
"$CK" check "$h" 2>/dev/null; check "and check fails on it too" [ $? -eq 1 ]

# --- old Mac line ends: a lone carriage return ends a line
cr="$SCRATCH/cr"
make_project "$cr"
printf -- '---\rtitle: Oud\r---\r\rEen regel.\r\rZie [weg](03-weg.md).\r' >"$cr/content/modules/01-een/03-oud.md"
printf 'title: Proef\rsummary: Regels met CR.\r' >"$cr/content/modules/01-een/_module.yaml"
"$CK" check "$cr" 2>"$SCRATCH/err"; rc=$?
grep -q "03-oud.md:7:5: error: link naar '03-weg.md'" "$SCRATCH/err"
check "a file with carriage-return line ends reads as lines (exit $rc)" [ $? -eq 0 -a $rc -eq 1 ]
sed -i 's/03-weg.md/01-begin.md/' "$cr/content/modules/01-een/03-oud.md"
"$CK" build "$cr" -o "$cr/out" -q 2>"$SCRATCH/err"
check "and builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
grep -q "<title>Oud" "$cr/out/een/oud.html"; check "with its front matter" [ $? -eq 0 ]

# --- a pipe in the content folder: an error, not a build that waits
f="$SCRATCH/fifo"
make_project "$f"
mkfifo "$f/content/modules/01-een/03-pijp.md"
timeout 60 "$CK" check "$f" 2>"$SCRATCH/err"; rc=$?
grep -q "03-pijp.md: error: geen bestand of map (een pipe, socket of apparaat)" "$SCRATCH/err"
check "a pipe named like a lesson is an error, not a wait (exit $rc)" [ $? -eq 0 -a $rc -eq 1 ]

# --- large linked files
m="$SCRATCH/media"
make_project "$m"
truncate -s 101M "$m/content/modules/01-een/groot.mp4"
printf -- '---\ntitle: Film\n---\n\nDe [film](groot.mp4).\n' >"$m/content/modules/01-een/03-film.md"
"$CK" check "$m" 2>"$SCRATCH/err"; rc=$?
grep -q "03-film.md:5:4: error: link naar 'groot.mp4': het bestand is 101 MB; een bestand waar de inhoud naar linkt, mag hoogstens 100 MB zijn" "$SCRATCH/err"
check "a linked file over 100 MB is an error at the link (exit $rc)" [ $? -eq 0 -a $rc -eq 1 ]
truncate -s 90M "$m/content/modules/01-een/groot.mp4"
truncate -s 3M "$m/content/modules/01-een/middel.pdf"
printf -- '---\ntitle: Film\n---\n\nDe [film](groot.mp4) en [het boek](middel.pdf).\n' >"$m/content/modules/01-een/03-film.md"
/usr/bin/time -f %M "$CK" build "$m" -o "$m/out" -q --only site 2>"$SCRATCH/big.mem"
check "a 90 MB file builds" [ $? -eq 0 ]
cmp -s "$m/content/modules/01-een/groot.mp4" "$m/out/media/modules/01-een/groot.mp4"
check "and is copied whole" [ $? -eq 0 ]
rm "$m/content/modules/01-een/groot.mp4" "$m/content/modules/01-een/middel.pdf"
printf -- '---\ntitle: Film\n---\n\nGeen film.\n' >"$m/content/modules/01-een/03-film.md"
/usr/bin/time -f %M "$CK" build "$m" -o "$m/out2" -q --only site 2>"$SCRATCH/small.mem"
big=$(tail -n 1 "$SCRATCH/big.mem") small=$(tail -n 1 "$SCRATCH/small.mem")
check "copying it is not holding it: peak memory $big KB against $small KB without it" \
	[ "$big" -lt $((small + 30000)) ]
! grep -q 'groot.mp4\|middel.pdf' "$m/out/sw.js"
check "files over 2 MB are not precached by the service worker" [ $? -eq 0 ]
grep -q '"een/film.html"' "$m/out/sw.js"; check "the pages are" [ $? -eq 0 ]

# --- every report names a file
w="$SCRATCH/names"
make_project "$w"
long=AanvullendebijzonderverpleegkundigeondersteuningsmogelijkhedenoverzichtAanvullendebijzonderverpleegkundige
printf 'title: Titel %s\norganisation: Zorggroep ☃ 漢字\n' "$long" >"$w/content/site.yaml"
# (the doelgroep twice over: once, it was 0.0 pt too wide unkerned and
# fits its line kerned)
printf 'title: Module %s\nsummary: Een %s module.\ndoelgroep: %s\nleerdoelen: ["%s"]\n' \
	"$long" "$long" "$long$long" "$long" >"$w/content/modules/01-een/_module.yaml"
printf -- '---\ntitle: Les %s\nsamenvatting: Over %s.\n---\n\n# Kop %s\n\nTekst ☃.\n' \
	"$long" "$long" "$long" >"$w/content/modules/01-een/01-begin.md"
mkdir -p "$w/content/posters"
printf 'kop: Een kop\ntekst: Tekst.\npagina: ../modules/01-een/01-begin.md\n' >"$w/content/posters/een.yaml"
printf 'base_url: https://example.org/\n' >>"$w/content/site.yaml"
"$CK" build "$w" -o "$w/out" -q 2>"$SCRATCH/err"
check "the project builds, with warnings" [ $? -eq 0 -a -s "$SCRATCH/err" ]
unnamed=$(reports "$SCRATCH/err" | grep -vE '^content/[^:]+\.(yaml|md):[0-9]+(:[0-9]+)?: warning: ' |
	sed "s|^$w/||" | grep -vE '^content/[^:]+\.(yaml|md):[0-9]+(:[0-9]+)?: warning: ')
check "every warning names its file and line" [ -z "$unnamed" ]
[ -n "$unnamed" ] && printf '%s\n' "$unnamed" | head -5
for where in "site.yaml:1" "site.yaml:2" "_module.yaml:1" "_module.yaml:2" "_module.yaml:3" "01-begin.md:2" "01-begin.md:3" "01-begin.md:6"; do
	grep -q "$where: warning" "$SCRATCH/err"
	check "a warning at $where" [ $? -eq 0 ]
done

# The bundled content with a character no font has in every text value
# and paragraph: each product's warnings name their file.
g="$SCRATCH/glyphs"
mkdir -p "$g" && cp -R content "$g/"
find "$g/content" -name '*.yaml' ! -path '*/diagrams/*' | xargs sed -i -E \
	'/^ *(- )?(titel|tekst|kop|onderkop|naam|definitie|toelichting|title|summary|subtitle|organisation|vraag|uitleg|ondertitel|huisarts|inleiding|bron|doelgroep|nodig|aanpak|label|wie): [A-Za-z][^"]*$/ s/$/ ☃/'
find "$g/content" -name '*.md' | xargs sed -i -E 's/^([A-Z][a-z].*[a-z.])$/\1 ☃/'
"$CK" build "$g" -o "$g/out" 2>"$SCRATCH/err" >/dev/null
check "the bundled content with a missing glyph everywhere builds" [ $? -eq 0 ]
n=$(grep -c "staat niet in het lettertype" "$SCRATCH/err")
unnamed=$(reports "$SCRATCH/err" | sed "s|^$g/||" |
	grep -vE '^content/[^:]+\.(yaml|md)(:[0-9]+(:[0-9]+)?)?: warning: ')
check "all its $n warnings name their file" [ -z "$unnamed" -a "$n" -gt 20 ]
[ -n "$unnamed" ] && printf '%s\n' "$unnamed" | head -5

finish
