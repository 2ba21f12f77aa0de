#!/bin/sh
# End to end: what the build writes for the e-learning: the course outline
# for the scripts, the search index, the notes, search, pocket and offline
# pages, the web manifest and service worker, and a SCORM 1.2 package per
# module.
. tests/e2e/lib.sh

site="$SCRATCH/site"
"$CK" build . -o "$site" -q 2>"$SCRATCH/err"
check "the bundled content builds" [ $? -eq 0 ]
json() {  # json FILE PREFIX: the JSON after PREFIX, checked by node
	node -e "
const fs = require('fs');
const t = fs.readFileSync(process.argv[1], 'utf8');
const p = process.argv[2];
if (!t.startsWith(p)) { console.error('no ' + p); process.exit(1); }
const v = JSON.parse(t.slice(p.length).replace(/;\s*$/, ''));
process.stdout.write(JSON.stringify(v));" "$1" "$2"
}

# --- every page: what the scripts read
n=0; bad=""
for f in $(cd "$site" && find . -name '*.html' ! -path './print/*' | sed 's|^\./||'); do
	n=$((n + 1))
	grep -q "data-page=\"$f\"" "$site/$f" || bad="$bad $f"
done
check "every page ($n) names itself in data-page" [ -z "$bad" -a $n -gt 60 ]
grep -q 'data-root="../" data-page="coach/het-vierbollenmodel.html" data-kind="lesson" data-module="coach"' "$site/coach/het-vierbollenmodel.html"
check "a lesson carries its root, kind and module" [ $? -eq 0 ]
grep -q 'data-root="" data-page="index.html" data-kind="home"' "$site/index.html"
check "the home page's root is the folder itself" [ $? -eq 0 ]

# --- quizzes and reflections: numbered per page, keyed for the browser
f="$site/coach/het-vierbollenmodel.html"
q=$(grep -c 'class="quiz" id="quiz-[0-9]*" data-quiz="coach/het-vierbollenmodel#quiz-[0-9]*"' "$f")
check "each quiz has an id and a key" [ "$q" -ge 1 ]
grep -q 'data-juist="true"' "$f" && grep -q 'type="radio" id="quiz-1-0" name="quiz-1" value="0"' "$f"
check "quiz options are labelled inputs with their answer" [ $? -eq 0 ]
grep -q 'class="reflectie" id="reflectie-1" data-note="coach/het-vierbollenmodel#reflectie-1"' "$f"
check "a reflection has its note key" [ $? -eq 0 ]
grep -q '<textarea class="reflectie-tekst" id="reflectie-1-tekst"' "$f" && grep -q '<label class="reflectie-vraag" for="reflectie-1-tekst">' "$f"
check "a reflection's text area is labelled by its question" [ $? -eq 0 ]
grep -q 'class="button mark-done" data-lesson="coach/het-vierbollenmodel"' "$f"
check "a lesson has its mark-as-done button" [ $? -eq 0 ]

# --- cursus.js: every module and lesson, quiz counts and mastery
course=$(json "$site/cursus.js" "window.CK_COURSE = ")
check "cursus.js is a JSON object" [ -n "$course" ]
nles=$(ls content/modules/*/[0-9]*.md | wc -l)
got=$(echo "$course" | node -e "
let c = JSON.parse(require('fs').readFileSync(0, 'utf8'));
let l = c.modules.flatMap((m) => m.lessons);
console.log(c.modules.length, l.length, l.reduce((s, x) => s + x.quizzes, 0),
  c.modules.every((m) => m.mastery === 80), l[0].id + '.html' === l[0].url)")
nquiz=$(cat "$site"/*/*.html | grep -o 'class="quiz" id=' | wc -l)
check "cursus.js lists the 7 modules and $nles lessons with $nquiz quizzes" [ "$got" = "7 $nles $nquiz true true" ]
[ "$got" = "7 $nles $nquiz true true" ] || echo "    got: $got"

# voortgang: automatisch (the default) and handmatig reach the scripts
auto=$(echo "$course" | node -e "console.log(JSON.parse(require('fs').readFileSync(0, 'utf8')).auto)")
check "cursus.js says lessons are done by themselves when site.yaml does not say (auto: $auto)" [ "$auto" = true ]
make_project "$SCRATCH/hand"
printf 'title: Proef\nvoortgang: handmatig\n' >"$SCRATCH/hand/content/site.yaml"
"$CK" build "$SCRATCH/hand" -o "$SCRATCH/hand-out" --only site -q 2>"$SCRATCH/err"
auto=$(json "$SCRATCH/hand-out/cursus.js" "window.CK_COURSE = " | node -e "
const c = JSON.parse(require('fs').readFileSync(0, 'utf8'));
console.log(c.auto, c.auto === false && !/warning/.test(process.argv[1]))" "$(cat "$SCRATCH/err")")
check "voortgang: handmatig builds without a warning and gives auto: false ($auto)" [ "$auto" = "false true" ]

nkeys=$(grep -c '^js_' layouts/i18n/nl.yaml)
got=$(echo "$course" | node -e "
const c = JSON.parse(require('fs').readFileSync(0, 'utf8'));
console.log(Object.keys(c.t).length, c.t.goed, c.t.fout_1)")
check "cursus.js gives the scripts every js_ text of nl.yaml ($nkeys)" [ "$got" = "$nkeys Goed! Niet helemaal. Het goede antwoord is {antwoord}." ]
grep -rhoE "CK\.t\('[a-z_0-9]+'" assets/js | sed "s/CK.t('//; s/'//" | sort -u >"$SCRATCH/used"
missing=""
for k in $(cat "$SCRATCH/used"); do   # "markering_" + state: a prefix
	case $k in *_) grep -q "^js_$k" layouts/i18n/nl.yaml ;; *) grep -q "^js_$k:" layouts/i18n/nl.yaml ;; esac ||
		missing="$missing $k"
done
check "every text the scripts ask for is in nl.yaml" [ -z "$missing" ]
[ -z "$missing" ] || echo "    missing:$missing"

# --- the search index: zoekindex.js and the pieces in zoekindex/
idx="$site/zoekindex.js"
size=$(cat "$idx" "$site"/zoekindex/* | wc -c)
check "the search index of the bundled content is under 300 KB in all ($size bytes)" [ "$size" -lt 307200 ]
res=$(node -e "
const fs = require('fs'), vm = require('vm'), path = require('path');
const dir = process.argv[1];
const x = { terms: {}, docs: [] };
const num = (s) => { const D = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  const out = []; let v = 0; for (const c of s) { const d = D.indexOf(c); if (d >= 32) v = v * 32 + d - 32; else { out.push(v * 32 + d); v = 0; } } return out; };
const CK_SEARCH = {
  i: (t) => { x.table = t; },
  t: (k, first, stems, posts) => stems.forEach((st, i) => {
    const n = num(posts[i]); let next = 0; x.terms[st] = [];
    for (let j = 0; j < n.length; j += 2) { next += n[j]; x.terms[st].push([next, n[j + 1] + 1]); next++; } }),
  p: () => {},
  d: (n, url, title, context, passages) => { x.docs[n] = { url, title, context, passages }; },
};
const run = (f) => vm.runInNewContext(fs.readFileSync(f, 'utf8'), { CK_SEARCH });
run(path.join(dir, 'zoekindex.js'));
fs.readdirSync(path.join(dir, 'zoekindex')).forEach((f) => run(path.join(dir, 'zoekindex', f)));
const stem = require('./assets/js/stem-nl.js');
const find = (w) => (x.terms[stem(w)] || []).map(([d]) => x.docs[d].url);
const t = x.docs.findIndex((d) => d.url === 'coach/het-vierbollenmodel.html');
const titled = (x.terms[stem('vierbollenmodel')] || []).some(([d, w]) => d === t && w >= 10);
const passages = x.docs.flatMap((d) => d.passages);
console.log([
  find('vierbollenmodel').includes('coach/het-vierbollenmodel.html'),
  find('patiënten').length > 10 && stem('patiënten') === stem('patiënt'),
  titled,
  !('de' in x.terms) && !('het' in x.terms) && x.table.stop.includes('de'),
  passages.every((p) => p[2].length <= 210) && x.docs.length === x.table.docs,
  passages.some((p) => p[0].startsWith('#') && p[1].length > 0)].join(' '))" "$site")
check "the index finds 'vierbollenmodel' in its lesson" [ "${res%% *}" = true ]
set -- $res
check "'patiënten' and 'patiënt' share a stem found in many pages" [ "$2" = true ]
check "a word in a title weighs 10 or more" [ "$3" = true ]
check "common words are left out" [ "$4" = true ]
check "every passage has a short snippet and every page its piece" [ "$5" = true ]
check "sections are passages with their anchor and heading" [ "$6" = true ]

# --- pages the scripts fill, the pocket page, offline
for p in notities zoeken zakkaart offline; do
	[ -f "$site/$p.html" ] || fail "$p.html is missing"
done
check "notes, search, pocket and offline pages exist" [ -f "$site/notities.html" -a -f "$site/zoeken.html" -a -f "$site/zakkaart.html" -a -f "$site/offline.html" ]
grep -q 'class="notes" data-notes' "$site/notities.html" && grep -q 'class="search-results"' "$site/zoeken.html"
check "the notes and search pages have their containers" [ $? -eq 0 ]
cards=$(grep -c 'class="pocket-card"' "$site/zakkaart.html")
pages=$(grep -c '^  - titel:' content/pocket.yaml)
check "the pocket page has a card per pocket page ($cards of $pages)" [ "$cards" -eq "$pages" ]
grep -q '<svg' "$site/zakkaart.html" && grep -q 'class="pocket-profielen"' "$site/zakkaart.html"
check "the pocket page draws its diagrams and lists the profiles" [ $? -eq 0 ]
wide=$(grep -o '<svg class="diagram-wide" role="img"' "$site/zakkaart.html" | wc -l)
narrow=$(grep -o '<svg class="diagram-narrow" role="img"[^>]* width="320pt"' "$site/zakkaart.html" | wc -l)
check "each diagram of the pocket page also comes drawn 320 pt wide for a phone ($narrow of $wide)" [ "$wide" -ge 2 -a "$narrow" -eq "$wide" ]

man=$(json "$site/manifest.webmanifest" "")
echo "$man" | grep -q '"lang":"nl"' && echo "$man" | grep -q '"start_url":"./index.html"'
check "the web manifest is JSON with language and start page" [ $? -eq 0 ]
sw="$site/sw.js"
missing=""
for f in $(cd "$site" && find . -type f ! -path './print/*' ! -path './scorm/*' ! -name sw.js ! -name .coachkit | sed 's|^\./||'); do
	grep -q "^\"$f\"" "$sw" || missing="$missing $f"
done
check "sw.js precaches every page and asset" [ -z "$missing" ]
[ -z "$missing" ] || echo "    missing:$missing"
! grep -q '"print/[^"]*\.pdf"\|"scorm/' "$sw"; check "but not the PDFs and packages" [ $? -eq 0 ]
n=$(ls "$site"/print/voorbeeld/*.svg | wc -l)
check "and the $n previews of the printed materials" [ "$(grep -c '^"print/voorbeeld/[^"]*\.svg"' "$sw")" -eq "$n" -a "$n" -gt 0 ]
v1=$(grep CK_VERSION "$sw" | head -1)
"$CK" build . -o "$site" -q
check "the same content gives the same cache version" [ "$(grep CK_VERSION "$sw" | head -1)" = "$v1" ]
p="$SCRATCH/p"; make_project "$p"; "$CK" build "$p" -q
v2=$(grep CK_VERSION "$p/public/sw.js" | head -1)
printf '\nNog een zin.\n' >>"$p/content/modules/01-een/01-begin.md"; "$CK" build "$p" -q
check "a changed lesson changes the cache version" [ "$(grep CK_VERSION "$p/public/sw.js" | head -1)" != "$v2" ]

# --- SCORM
n=$(ls "$site"/scorm/*.zip | wc -l)
check "a SCORM package per module ($n)" [ "$n" -eq 7 ]
z="$site/scorm/coach.zip"
unzip -p "$z" imsmanifest.xml >"$SCRATCH/manifest.xml"
xmllint --noout "$SCRATCH/manifest.xml"; check "imsmanifest.xml is well-formed" [ $? -eq 0 ]
grep -q '<schemaversion>1.2</schemaversion>' "$SCRATCH/manifest.xml" && grep -q 'adlcp:scormtype="sco" href="coach/index.html"' "$SCRATCH/manifest.xml"
check "it is SCORM 1.2, one SCO starting at the module page" [ $? -eq 0 ]
grep -q '<adlcp:masteryscore>80</adlcp:masteryscore>' "$SCRATCH/manifest.xml"; check "with the mastery score" [ $? -eq 0 ]
unzip -Z1 "$z" | sort >"$SCRATCH/zipped"
sed -n 's|.*<file href="\([^"]*\)"/>|\1|p' "$SCRATCH/manifest.xml" | sort >"$SCRATCH/listed"
# (but itself and its schema files, which are not the SCO's)
check "the manifest lists exactly the files in the zip" [ "$(grep -v -e imsmanifest.xml -e '\.xsd$' "$SCRATCH/zipped")" = "$(cat "$SCRATCH/listed")" ]
missing=""
for f in coach/index.html coach/het-vierbollenmodel.html assets/style.css assets/js/scorm.js cursus/coach.js print/handout-coach.pdf; do
	grep -qx "$f" "$SCRATCH/zipped" || missing="$missing $f"
done
check "the package holds the module's pages, assets, outline and hand-out" [ -z "$missing" ]
! grep -q '^samen-beslissen/' "$SCRATCH/zipped"; check "and no other module" [ $? -eq 0 ]
printf 'title: Een\nsummary: Kort.\nbeheersing: 65\n' >"$p/content/modules/01-een/_module.yaml"
"$CK" build "$p" -q
unzip -p "$p/public/scorm/een.zip" imsmanifest.xml | grep -q '<adlcp:masteryscore>65</adlcp:masteryscore>'
check "beheersing: in _module.yaml sets the mastery score" [ $? -eq 0 ]
grep -q '"mastery":65' "$p/public/cursus.js"; check "and the scripts know it" [ $? -eq 0 ]
printf 'title: Een\nsummary: Kort.\nbeheersing: 120\n' >"$p/content/modules/01-een/_module.yaml"
"$CK" build "$p" -q 2>"$SCRATCH/err"; rc=$?
grep -q "_module.yaml:3:.*error" "$SCRATCH/err"
check "a mastery score above 100 is an error at its line" [ $rc -eq 1 -a $? -eq 0 ]
printf -- '---\ntitle: Eigen zoekpagina\n---\n\nTekst.\n' >"$p/content/pages/zoeken.md"
printf 'title: Een\nsummary: Kort.\n' >"$p/content/modules/01-een/_module.yaml"
"$CK" build "$p" -q 2>"$SCRATCH/err"; rc=$?
grep -q "zoeken.md: error: een pagina mag niet 'zoeken' heten" "$SCRATCH/err"
check "a free page may not take the search page's name" [ $rc -eq 1 -a $? -eq 0 ]
SOURCE_DATE_EPOCH=1700000000 "$CK" build . -o "$SCRATCH/r1" -q --only site
sleep 1
SOURCE_DATE_EPOCH=1700000000 "$CK" build . -o "$SCRATCH/r2" -q --only site
cmp -s "$SCRATCH/r1/scorm/coach.zip" "$SCRATCH/r2/scorm/coach.zip"
check "with SOURCE_DATE_EPOCH a package is the same from build to build" [ $? -eq 0 ]
SOURCE_DATE_EPOCH=1700000000 "$CK" build . -o "$SCRATCH/r3" -q --only site -j 1
SOURCE_DATE_EPOCH=1700000000 "$CK" build . -o "$SCRATCH/r4" -q --only site -j 4
diff -r "$SCRATCH/r3" "$SCRATCH/r4" >/dev/null
check "one thread or four make the same site, packages and index included" [ $? -eq 0 ]
p2="$SCRATCH/p2"; make_project "$p2"
printf -- '---\ntitle: Fout\n---\n\n[weg](nergens.md)\n' >"$p2/content/modules/01-een/03-fout.md"
printf -- '---\ntitle: Nog een\n---\n\n![](geen-alt.png)\n' >"$p2/content/modules/01-een/04-nog.md"
"$CK" build "$p2" -q -j 1 2>"$SCRATCH/e1"; r1=$?
"$CK" build "$p2" -q -j 4 2>"$SCRATCH/e4"; r4=$?
same_reports() {
	[ $r1 -eq 1 ] && [ $r4 -eq 1 ] && cmp -s "$SCRATCH/e1" "$SCRATCH/e4" &&
		[ "$(grep -c ': error: ' "$SCRATCH/e1")" -ge 2 ]
}
check "errors come in the documents' order whatever -j says" same_reports
"$CK" build . -o "$SCRATCH/r5" -j 0 >/dev/null 2>&1; check "-j 0 is a usage error (exit 2)" [ $? -eq 2 ]

finish
