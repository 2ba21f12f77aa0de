#!/bin/sh
# Page weight: each page type loads only the scripts it uses, and the
# style sheet and scripts are minified as they are copied (comments,
# indentation and blank lines out; every script still parses).
. tests/e2e/lib.sh
site="$SCRATCH/site"
"$CK" build . -o "$site" -q || { fail "the site builds"; finish; exit 1; }

scripts() { grep -o 'js/[a-z-]*\.js' "$site/$1" | sed 's|js/||' | tr '\n' ' '; }
lesson=$(grep -l 'class="quiz' "$site"/*/*.html | grep -v /index.html | head -1)
lesson=${lesson#"$site/"}
module=${lesson%/*}/index.html
expect() {  # expect PAGE SCRIPTS...
	_page=$1
	shift
	_want="$* "
	_got=$(scripts "$_page")
	if [ "$_got" = "$_want" ]; then
		ok "$_page loads $*"
	else
		fail "$_page loads $*" "got: $_got"
	fi
}
expect index.html store.js progress.js searchbox.js offline.js menu.js theme.js
expect "$module" store.js scorm.js progress.js searchbox.js offline.js menu.js theme.js keys.js
notes=""
grep -q 'class="reflectie' "$site/$lesson" && notes=notes.js
terms=""
grep -q 'class="begrip"' "$site/$lesson" && terms=glossary.js
# shellcheck disable=SC2086
expect "$lesson" store.js scorm.js progress.js quiz.js $notes $terms \
	searchbox.js offline.js menu.js theme.js keys.js
expect zoeken.html store.js stem-nl.js search.js searchbox.js offline.js menu.js theme.js
expect notities.html store.js notes.js searchbox.js offline.js menu.js theme.js
for p in materialen.html zakkaart.html competenties.html over.html; do
	expect "$p" store.js searchbox.js offline.js menu.js theme.js
done

# minified: smaller, no comments or indentation left, and still parses
for f in assets/style.css assets/js/*.js; do
	out="$site/$f"
	if [ "$(wc -c <"$out")" -lt "$(wc -c <"$f")" ]; then
		ok "$f is smaller as built ($(wc -c <"$f") -> $(wc -c <"$out") bytes)"
	else
		fail "$f is smaller as built"
	fi
	left=$(grep -c '^[[:space:]]\|^[[:space:]]*//\|/\*' "$out")
	check "$f as built has no comments or indentation ($left lines)" \
		[ "$left" -eq 0 ]
done
bad=""
for f in "$site"/assets/js/*.js; do
	node --check "$f" 2>"$SCRATCH/err" || bad="$bad $(basename "$f"): $(head -5 "$SCRATCH/err")"
done
check "every minified script parses (node --check)$bad" [ -z "$bad" ]
finish
