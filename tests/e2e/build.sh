#!/bin/sh
# End to end: the command line, a build of the bundled content, links,
# escaping, raw HTML, and the output folder's safety rules.
. tests/e2e/lib.sh

# --- command line
out=$("$CK" --version); check "--version prints the version" [ "$out" = "coachkit 0.1.0" ]
"$CK" --help >/dev/null; check "--help exits 0" [ $? -eq 0 ]
"$CK" >/dev/null 2>&1; check "no command exits 2" [ $? -eq 2 ]
"$CK" bouw >/dev/null 2>&1; check "an unknown command exits 2" [ $? -eq 2 ]
"$CK" build --snel >/dev/null 2>&1; check "an unknown option exits 2" [ $? -eq 2 ]
"$CK" build "$SCRATCH/nergens" >/dev/null 2>&1; check "a missing folder exits 2" [ $? -eq 2 ]

# --- the bundled content
site="$SCRATCH/site"
summary=$("$CK" build . -o "$site" 2>"$SCRATCH/err"); rc=$?
check "bundled content builds" [ $rc -eq 0 ]
check "no warnings on the bundled content" [ ! -s "$SCRATCH/err" ]
echo "$summary" | grep -Eq "^[0-9]+ pagina's, [0-9]+ PDF's \([0-9]+ blz\.\) in [0-9]+,[0-9]{2} s$"
check "one summary line with count and time" [ $? -eq 0 ]
"$CK" check . >"$SCRATCH/check" 2>&1
check "check passes on the bundled content" [ $? -eq 0 ]
grep -q "0 fouten" "$SCRATCH/check"; check "check reports 0 errors" [ $? -eq 0 ]

missing=""
for mod in content/modules/*/; do
	mslug=$(basename "$mod" | sed 's/^[0-9]*-//')
	[ -f "$site/$mslug/index.html" ] || missing="$missing $mslug/index.html"
	for les in "$mod"*.md; do
		lslug=$(basename "$les" .md | sed 's/^[0-9]*-//')
		[ -f "$site/$mslug/$lslug.html" ] || missing="$missing $mslug/$lslug.html"
	done
done
for page in content/pages/*.md; do
	[ -f "$site/$(basename "$page" .md).html" ] || missing="$missing $(basename "$page" .md).html"
done
[ -f "$site/index.html" ] || missing="$missing index.html"
[ -f "$site/assets/style.css" ] || missing="$missing assets/style.css"
if [ -z "$missing" ]; then ok "every module, lesson and page has its HTML file"; else fail "pages missing:$missing"; fi
nlessons=$(ls content/modules/*/*.md | wc -l)
check "at least two modules with three lessons each" [ "$(ls -d content/modules/*/ | wc -l)" -ge 2 -a "$nlessons" -ge 6 ]

# Every href and src inside the site resolves, fragments included.
broken=""
nlinks=0
for f in $(find "$site" -name '*.html'); do
	dir=$(dirname "$f")
	for url in $(grep -oE '(href|src)="[^"]*"' "$f" | sed -E 's/^(href|src)="//; s/"$//'); do
		case "$url" in
		http:*|https:*|mailto:*) continue ;;
		esac
		nlinks=$((nlinks + 1))
		path=${url%%#*}
		frag=""
		case "$url" in *#*) frag=${url#*#} ;; esac
		target="$f"
		[ -n "$path" ] && target="$dir/$path"
		if [ ! -f "$target" ]; then
			broken="$broken\n${f#$site/}: $url"
		elif [ -n "$frag" ] && ! grep -q "id=\"$frag\"" "$target"; then
			broken="$broken\n${f#$site/}: $url (no id $frag)"
		fi
	done
done
if [ -z "$broken" ]; then ok "all $nlinks internal links resolve"; else fail "broken links" "$(printf "$broken")"; fi
check "links were found at all" [ "$nlinks" -gt 100 ]

abs=$(grep -lE '(href|src)="/' $(find "$site" -name '*.html'))
check "no root-relative URLs (works from a sub-path and file://)" [ -z "$abs" ]
ext=$(grep -lE '(src="https?:|<link[^>]*href="https?:|url\(https?:)' $(find "$site" -name '*.html' -o -name '*.css'))
check "no request to another host" [ -z "$ext" ]
nolang=$(grep -L '<html lang="nl">' $(find "$site" -name '*.html'))
check "every page has lang=\"nl\"" [ -z "$nolang" ]
grep -q 'class="citaat"' "$site"/*/*.html && grep -q 'class="casus"' "$site"/*/*.html && grep -q 'class="kader"' "$site"/*/*.html
check "citaat, casus and kader are rendered" [ $? -eq 0 ]
grep -q 'class="quiz"' "$site"/*/*.html && grep -q 'class="reflectie"' "$site"/*/*.html
check "quiz and reflectie are rendered" [ $? -eq 0 ]
grep -q 'rel="next"' "$site"/*/*.html && grep -q 'class="toc"' "$site"/*/*.html && grep -q 'class="breadcrumbs"' "$site"/*/*.html
check "lessons have breadcrumbs, a table of contents and previous/next" [ $? -eq 0 ]
check "the site carries the coachkit marker" [ -f "$site/.coachkit" ]

# --- -v: the typesetting figures and the time per phase
"$CK" build . -o "$SCRATCH/verbose" -v >"$SCRATCH/v" 2>&1
grep -q "^drukwerk: [0-9]* regels" "$SCRATCH/v" && grep -q "^fase " "$SCRATCH/v" &&
	grep -q "^lessen controleren  *[0-9]*,[0-9][0-9]  *[0-9]*%$" "$SCRATCH/v" &&
	grep -q "^uitvoer maken  *[0-9]*,[0-9][0-9]  *[0-9]*%$" "$SCRATCH/v" &&
	grep -q "^totaal  *[0-9]*,[0-9][0-9]$" "$SCRATCH/v"
check "-v prints the typesetting figures and a table of phases" [ $? -eq 0 ]
# and the outputs' jobs: 7 modules give 7 hand-outs and the manual
grep -q "^hand-outs  *8  *[0-9]*,[0-9][0-9]  *[0-9]*%$" "$SCRATCH/v" &&
	grep -q "^posters  *1 " "$SCRATCH/v" && grep -q "^site  *[0-9]* " "$SCRATCH/v" &&
	grep -q "^SCORM  *[0-9]* " "$SCRATCH/v"
check "-v lists each output with its jobs and their time" [ $? -eq 0 ]
"$CK" build . -o "$SCRATCH/verbose" >"$SCRATCH/v" 2>&1
! grep -q "^fase " "$SCRATCH/v"; check "without -v, no table" [ $? -eq 0 ]

# --- escaping and raw HTML
p="$SCRATCH/probe"
make_project "$p"
printf -- '---\ntitle: "<script>alert(1)</script>"\n---\n\nTekst <b>vet</b> en <i>schuin</i>.\n\n<div class="x">blok</div>\n' >"$p/content/modules/01-een/03-probe.md"
"$CK" build "$p" -o "$p/out" >/dev/null 2>"$SCRATCH/err"
check "the probe builds" [ $? -eq 0 ]
f="$p/out/een/probe.html"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$f"; check "a title with <script> comes out escaped" [ $? -eq 0 ]
! grep -q '<script>alert' "$p/out/een/probe.html" "$p/out/een/index.html" "$p/out/een/verder.html"
check "no unescaped script anywhere" [ $? -eq 0 ]
! grep -qE '<b>vet|<div class="x"' "$f"; check "raw HTML is left out by default" [ $? -eq 0 ]
grep -q "03-probe.md:5:7: warning: HTML in de tekst wordt weggelaten" "$SCRATCH/err"; check "with a positioned warning" [ $? -eq 0 ]
printf 'title: Proef\nunsafe_html: true\n' >"$p/content/site.yaml"
"$CK" build "$p" -o "$p/out" -q 2>/dev/null
grep -q '<b>vet</b>' "$f" && grep -q '<div class="x">blok</div>' "$f"
check "unsafe_html: true keeps raw HTML" [ $? -eq 0 ]

# --- the output folder
o="$SCRATCH/home"
mkdir -p "$o" && echo geheim >"$o/brief.txt" && echo x >"$o/.profile"
"$CK" build "$p" -o "$o" >/dev/null 2>"$SCRATCH/err"
check "a folder without the marker is refused (exit 2)" [ $? -eq 2 ]
check "and left untouched" [ "$(cat "$o/brief.txt")" = geheim -a -f "$o/.profile" ]
grep -q "coachkit vervangt de map niet" "$SCRATCH/err"; check "with a clear message" [ $? -eq 0 ]
rm "$o/brief.txt"
"$CK" build "$p" -o "$o" >/dev/null 2>&1
check "hidden files count: a folder with only .profile is refused" [ $? -eq 2 -a -f "$o/.profile" ]
e="$SCRATCH/empty"; mkdir "$e"
"$CK" build "$p" -o "$e" -q; check "an empty folder may be used" [ $? -eq 0 -a -f "$e/index.html" ]
"$CK" build "$p" -o "$e" -q; check "a coachkit folder is replaced" [ $? -eq 0 -a -f "$e/.coachkit" ]
touch "$e/oud.html"; "$CK" build "$p" -o "$e" -q
check "a rebuild leaves no stale files" [ ! -e "$e/oud.html" ]
check "no staging folders are left" [ -z "$(ls -d "$SCRATCH"/empty.* 2>/dev/null)" ]

# --- --only site | print: the part not built stays from the last build
"$CK" build --only poster >/dev/null 2>&1; check "--only takes site or print (exit 2)" [ $? -eq 2 ]
"$CK" check --only site >/dev/null 2>&1; check "check refuses --only (exit 2)" [ $? -eq 2 ]
w="$SCRATCH/only"
"$CK" build . -o "$w" -q
hand=$(sha256sum "$w/print/handleiding.pdf")
echo oud >"$w/print/merk.txt"
"$CK" build . -o "$w" --only site | grep -q "pagina's, 0 PDF's (0 blz.)"
check "--only site writes no PDFs" [ $? -eq 0 ]
check "--only site keeps the previous PDFs" [ "$(sha256sum "$w/print/handleiding.pdf")" = "$hand" -a -f "$w/print/merk.txt" ]
grep -q '<svg' "$w/coach/het-vierbollenmodel.html"
check "--only site still draws the diagrams" [ $? -eq 0 ]
echo oud >"$w/merk.html"
"$CK" build . -o "$w" --only print | grep -q "^0 pagina's, [1-9]"
check "--only print writes no pages" [ $? -eq 0 ]
check "--only print keeps the previous pages" [ -f "$w/merk.html" -a -f "$w/index.html" -a -f "$w/.coachkit" ]
check "--only print writes the PDFs afresh" [ -f "$w/print/handleiding.pdf" -a ! -e "$w/print/merk.txt" ]
n="$SCRATCH/only-new"
"$CK" build . -o "$n" --only print -q
check "--only print into a new folder marks it as coachkit's" [ -f "$n/.coachkit" -a -f "$n/print/zakkaart.pdf" -a ! -e "$n/index.html" ]

# --- a long course: the footer names the first modules and links to the rest
l="$SCRATCH/long"; make_project "$l"
for i in 02 03 04 05 06 07 08 09 10 11 12 13; do
	mkdir -p "$l/content/modules/$i-m$i"
	printf 'title: Module %s\nsummary: Kort.\n' "$i" >"$l/content/modules/$i-m$i/_module.yaml"
	printf -- '---\ntitle: Les\n---\n\nTekst.\n' >"$l/content/modules/$i-m$i/01-les.md"
done
"$CK" build "$l" -q
f="$l/public/m13/les.html"
n=$(sed -n '/class="footer-modules"/,/<\/ol>/p' "$f" | grep -c '<li><a')
grep -q '<li class="footer-more"><a href="../index.html#modules-kop">Alle modules (13)</a></li>' "$f"
check "with 13 modules the footer names 11 and links to all 13 ($n named)" [ $? -eq 0 -a "$n" -eq 11 ]
grep -q 'id="modules-kop"' "$l/public/index.html"; check "to the overview on the home page" [ $? -eq 0 ]

c="$SCRATCH/check-only"; make_project "$c"
"$CK" check "$c" -q; check "check writes nothing" [ $? -eq 0 -a ! -e "$c/public" ]
"$CK" build "$c" -q; check "build defaults to DIR/public" [ -f "$c/public/index.html" ]

# The summary counts warnings and documents in good Dutch
w="$SCRATCH/twee"
mkdir -p "$w/content/modules/01-een"
printf 'title: Proef\n' >"$w/content/site.yaml"
printf 'title: Een\nsummary: Kort.\nonbekend: 1\n' >"$w/content/modules/01-een/_module.yaml"
printf -- '---\ntitle: Les\nraar: 2\n---\n\nTekst.\n' >"$w/content/modules/01-een/01-begin.md"
"$CK" build "$w" -o "$w/out" 2>/dev/null | grep -q "^[0-9]* pagina's, [0-9]* PDF's ([0-9]* blz.), 2 waarschuwingen in "
check "two warnings: the summary says how many" [ $? -eq 0 ]
"$CK" check "$w" 2>/dev/null | grep -q "^1 document gecontroleerd: 0 fouten, 2 waarschuwingen in "
check "one document: 'document', not 'documenten'" [ $? -eq 0 ]

# A progress bar for a build longer than a second, on a terminal only
# (script(1) gives the build one); never in a pipe.
if command -v script >/dev/null; then
	big="$SCRATCH/big"
	sh tests/bench/gen.sh "$big" 10 60 >/dev/null
	script -q -c "'$CK' build '$big' -o '$big/out' -j 2" /dev/null >"$SCRATCH/tty" 2>&1
	grep -q '\[#*\.*\] [0-9]*/[0-9]* ' "$SCRATCH/tty"
	check "a long build on a terminal shows a progress bar" [ $? -eq 0 ]
	esc=$(printf '\033')
	tail -c 200 "$SCRATCH/tty" | grep -q "$esc\[K[0-9]* pagina's"
	check "and clears it before the summary" [ $? -eq 0 ]
	"$CK" build "$big" -o "$big/out" -j 2 >"$SCRATCH/pipe" 2>&1
	check "in a pipe it shows none" [ "$(grep -c '\[#*\.*\]' "$SCRATCH/pipe")" -eq 0 ]
else
	fail "script(1) is there to test the progress bar"
fi

finish
