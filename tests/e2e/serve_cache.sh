#!/bin/sh
# coachkit serve keeps what did not change between builds (generator/
# cache.h): after each edit of a copy of the bundled content, only the
# pages that read what changed are written again (a page kept is the same
# file: its inode), and the site served is the same, file for file, as a
# fresh build of the same content.
. tests/e2e/lib.sh

p="$SCRATCH/proj"
mkdir -p "$p"
cp -R content "$p/"
export TMPDIR="$SCRATCH/tmp"
mkdir -p "$TMPDIR"
mod="$p/content/modules/01-persoonsgerichte-zorg"
a="$mod/01-wat-is-persoonsgerichte-zorg.md"
b="$mod/02-middelen-geen-doel.md"

port=$(free_port $((21000 + $$ % 20000)))
"$CK" serve "$p" --port "$port" >"$SCRATCH/out" 2>"$SCRATCH/err" &
pid=$!
serving "$SCRATCH/out" 20
site=$(ls -d "$TMPDIR"/coachkit-serve-*/site 2>/dev/null)
check "serve starts" [ -f "$site/index.html" ]

# builds: how many builds have ended (each prints one summary line, on
# stdout when it made something, on stderr when it met errors)
builds() {
	echo $(( $(grep -c "pagina's, " "$SCRATCH/out") +
		 $(grep -c "er is niets geschreven" "$SCRATCH/err") ))
}
# settle N: waits until N more builds have ended: after a change, the
# pages' build, then (when it succeeded) the PDFs'
done_builds=$(builds)
# (and then until serve is idle: on a busy machine an editor's save may
# reach it as two changes, and so two builds)
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null; }
settle() {
	done_builds=$((done_builds + $1))
	for _ in $(seq 1 600); do
		[ "$(builds)" -ge "$done_builds" ] && break
		sleep 0.1
	done
	quiet=0
	for _ in $(seq 1 100); do
		c=$(cpu)
		n=$(builds)
		sleep 0.3
		if [ "$(cpu)" = "$c" ] && [ "$(builds)" = "$n" ]; then
			quiet=$((quiet + 1))
			[ $quiet -ge 2 ] && break
		else
			quiet=0
		fi
	done
	done_builds=$(builds)
}
# same WHAT: the served site is what a fresh build of the content makes
# (but for the PDFs, made in the background, and what only build makes:
# the SCORM packages and the service worker's list)
same() {
	rm -rf "$SCRATCH/full"
	"$CK" build "$p" -o "$SCRATCH/full" --only site -q 2>/dev/null
	if diff -r -x print -x scorm -x sw.js "$site" "$SCRATCH/full" \
		>"$SCRATCH/diff" 2>&1; then
		ok "$1: the site is what a fresh build makes"
	else
		fail "$1: the site is what a fresh build makes" \
			"$(head -5 "$SCRATCH/diff")"
	fi
}
# the file's identity: its inode and its time (a new file may get the
# inode number the old one just freed)
inode() { stat -c '%i %y' "$site/$1"; }
# the site build's summary after the last change: "N pagina's, ..."
written() { grep "pagina's" "$SCRATCH/out" | tail -2 | head -1 | cut -d' ' -f1; }
total=$(ls "$site"/*.html "$site"/*/*.html | wc -l)
page_a=persoonsgerichte-zorg/wat-is-persoonsgerichte-zorg.html
page_b=persoonsgerichte-zorg/middelen-geen-doel.html
module=persoonsgerichte-zorg/index.html

# 1. a sentence added to a lesson: its page, not the others
ia=$(inode $page_a); ib=$(inode $page_b); im=$(inode $module); ih=$(inode index.html)
printf '\nEen zin met het woord zeldzaamheidje.\n' >>"$a"
settle 2
check "the edited lesson's page is written again" [ "$(inode $page_a)" != "$ia" ]
check "its neighbour's page is kept" [ "$(inode $page_b)" = "$ib" ]
check "the module page and the home page are kept" \
	[ "$(inode $module)" = "$im" -a "$(inode index.html)" = "$ih" ]
check "the build wrote $(written) of $total pages" [ "$(written)" -lt $((total / 2)) ]
check "the search index has the new word" grep -rq zeldzaamheidj "$site/zoekindex"
same "a sentence added"

# 2. a quiz added: the course's quiz count
before=$(grep -o '"url":"persoonsgerichte-zorg/wat-is-persoonsgerichte-zorg.html"[^}]*' "$site/cursus.js")
{ echo; sed -n '/^```quiz/,/^```$/p' "$b"; } >>"$a"
settle 2
after=$(grep -o '"url":"persoonsgerichte-zorg/wat-is-persoonsgerichte-zorg.html"[^}]*' "$site/cursus.js")
check "a quiz added counts in cursus.js ($before -> $after)" [ "$before" != "$after" ]
same "a quiz added"

# 3. an image linked that no page linked before is copied
mkdir -p "$SCRATCH/media"
cp tests/fixtures/figuur.png "$SCRATCH/media/vlak.png"
mv "$SCRATCH/media" "$p/content/"
settle 2
check "(an image that nothing links to is not copied)" [ ! -e "$site/media/media/vlak.png" ]
printf '\n![Een vlak](../../media/vlak.png)\n' >>"$a"
settle 2
check "an image linked by an edit is copied" [ -f "$site/media/media/vlak.png" ]
same "an image linked"
cp "$a" "$SCRATCH/with-image.md"
sed -i '/vlak.png/d' "$a"
settle 2
check "an image no longer linked goes" [ ! -e "$site/media/media/vlak.png" ]
same "an image unlinked"
cp "$SCRATCH/with-image.md" "$a"
settle 2

# 4. a link to a heading of another lesson, then that heading renamed:
# the kept check of the first lesson meets the second's new headings
printf '\nZie [kernwaarde](02-middelen-geen-doel.md#kernwaarde-en-middelen).\n' >>"$a"
settle 2
same "a link to another lesson's heading"
ia=$(inode $page_a)
sed -i 's/^## Kernwaarde en middelen$/## Kernwaarde, middelen/' "$b"
settle 1
check "a heading renamed: the link to it in the other lesson is an error" \
	grep -q "01-wat-is-persoonsgerichte-zorg.md:.*geen kop met de id 'kernwaarde-en-middelen'" "$SCRATCH/err"
check "and the last good site stays" [ "$(inode $page_a)" = "$ia" ]
sed -i 's/^## Kernwaarde, middelen$/## Kernwaarde en middelen/' "$b"
settle 2
same "the heading back"

# 5. a lesson broken, then mended: the pages of the rest are kept
ib=$(inode $page_b)
cp "$a" "$SCRATCH/a.md"
printf '\n```quiz\nvraag: Zonder opties?\n```\n' >>"$a"
settle 1
check "a broken lesson is reported" grep -q "de verplichte sleutel 'opties' ontbreekt" "$SCRATCH/err"
cp "$SCRATCH/a.md" "$a"
settle 2
check "mended: the other pages are still kept" [ "$(inode $page_b)" = "$ib" ]
same "broken and mended"

# 6. the warnings of a front matter and of a poster are printed by every
# build, kept or not
printf -- '---\ntitle: Extra\nonbekend: 1\n---\n\nTekst.\n' >"$SCRATCH/extra.md"
mv "$SCRATCH/extra.md" "$p/content/pages/"
settle 2
printf 'kop: Extra\ntekst: Een poster.\npagina: ../pages/extra.md\nvreemd: 1\n' \
	>"$SCRATCH/extra.yaml"
mv "$SCRATCH/extra.yaml" "$p/content/posters/"
settle 2
cp "$SCRATCH/err" "$SCRATCH/err.before"
printf '\nNog een zin.\n' >>"$a"
settle 2
# count PATTERN: its lines in the stderr of the last change
count() { echo $(( $(grep -c "$1" "$SCRATCH/err") - $(grep -c "$1" "$SCRATCH/err.before") )); }
check "a kept front matter's warning is printed again" \
	[ "$(count "extra.md:3:1: warning: pagina: onbekende sleutel 'onbekend'")" -ge 1 ]
check "a kept poster's warning is printed again" \
	[ "$(count "extra.yaml:4:1: warning: .*'vreemd'")" -ge 1 ]
same "a page added"

# 7. a title changed: every page that lists the lesson
sed -i '0,/^title:/s/^title: .*/title: Wat persoonsgerichte zorg is/' "$a"
settle 2
check "a title changed: the neighbour's page is written again" [ "$(inode $page_b)" != "$ib" ]
check "and it shows the new title" grep -q "Wat persoonsgerichte zorg is" "$site/$page_b"
same "a title changed"

# 8. a layout of the project's own: every page
mkdir -p "$SCRATCH/layouts/html"
sed 's|</main>|<p>eigen-sjabloon</p></main>|' layouts/html/lesson.mustache \
	>"$SCRATCH/layouts/html/lesson.mustache"
mv "$SCRATCH/layouts" "$p/"
settle 2
check "a layout of its own reaches every lesson page" \
	[ "$(grep -l eigen-sjabloon "$site"/*/*.html | wc -l)" -gt 20 ]
same "a layout of its own"

kill -INT $pid
wait_for $pid 20
check "serve stops (exit $?)" [ $? -eq 0 ]
finish
