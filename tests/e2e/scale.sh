#!/bin/sh
# What grows with the course grows linearly: the SCORM packages of a
# generated course of 1,000 lessons and of 2,000 (67 and 134 modules of
# 15 lessons, tests/bench/gen.sh). A module's package holds its own
# outline and media only; compressed files are stored, not deflated.
. tests/e2e/lib.sh

gen() { sh tests/bench/gen.sh "$SCRATCH/$1" "$2" 15 >/dev/null; }
gen k1 67
gen k2 134
# a lesson of the first module links an image: only its package has it
mkdir -p "$SCRATCH/k2/content/media"
cp tests/fixtures/figuur.png "$SCRATCH/k2/content/media/figuur.png"
printf '\n![Een figuur](../../media/figuur.png)\n' \
	>>"$SCRATCH/k2/content/modules/001-module-1/001-les-1.md"
"$CK" build "$SCRATCH/k1" -o "$SCRATCH/k1/out" --only site -q
check "1,000 lessons build" [ $? -eq 0 ]
"$CK" build "$SCRATCH/k2" -o "$SCRATCH/k2/out" --only site -q
check "2,000 lessons build" [ $? -eq 0 ]

b1=$(du -sb "$SCRATCH/k1/out/scorm" | cut -f1)
b2=$(du -sb "$SCRATCH/k2/out/scorm" | cut -f1)
check "SCORM bytes grow linearly: $b1 for 1,000 lessons, $b2 for 2,000 (at most 2.1 times)" \
	[ $((b2 * 10)) -le $((b1 * 21)) ]

# a page's side navigation lists the modules around its own, not all 134
page="$SCRATCH/k2/out/module-70/les-3.html"
n=$(grep -o '<span class="sidenav-number">[0-9]*</span> <span>' "$page" | wc -l)
check "a lesson's side navigation lists 5 of 134 modules ($n) and links to all" \
	sh -c "[ $n -eq 5 ] && grep -q 'sidenav-more' '$page'"

one="$SCRATCH/k2/out/scorm/module-1.zip"
two="$SCRATCH/k2/out/scorm/module-2.zip"
unzip -p "$one" cursus/module-1.js >"$SCRATCH/cursus1.js"
check "a package's outline holds its own module only" \
	[ "$(grep -o '"slug":' "$SCRATCH/cursus1.js" | wc -l)" -eq 1 ]
check "(and its 15 lessons)" [ "$(grep -o '"quizzes":' "$SCRATCH/cursus1.js" | wc -l)" -eq 15 ]
check "the course's cursus.js holds every module" \
	[ "$(grep -o '"slug":' "$SCRATCH/k2/out/cursus.js" | wc -l)" -eq 134 ]
check "the image its lesson links to is in its module's package" \
	sh -c "unzip -l '$one' | grep -q 'media/media/figuur.png'"
check "and not in another module's" \
	sh -c "! unzip -l '$two' | grep -q 'media/'"
check "the manifest lists it" \
	sh -c "unzip -p '$one' imsmanifest.xml | grep -q 'href=\"cursus/module-1.js\"'"
check "and the package has no outline of the whole course" \
	sh -c "! unzip -l '$one' | grep -q ' cursus.js'"
check "a lesson page reads its module's outline" \
	grep -q 'src="../cursus/module-1.js"' "$SCRATCH/k2/out/module-1/les-1.html"
check "the home page the whole course's" \
	grep -q 'src="cursus.js"' "$SCRATCH/k2/out/index.html"
check "the search page only the texts ($(wc -c <"$SCRATCH/k2/out/teksten.js") bytes, the course's $(wc -c <"$SCRATCH/k2/out/cursus.js"))" \
	sh -c "grep -q 'src=\"teksten.js\"' '$SCRATCH/k2/out/zoeken.html' &&
	[ \$(wc -c <'$SCRATCH/k2/out/teksten.js') -lt 5000 ]"
check "a PNG is stored, not deflated" \
	sh -c "unzip -v '$one' | grep 'figuur.png' | grep -q Stored"
check "a page is deflated" \
	sh -c "unzip -v '$one' | grep 'les-1.html' | grep -q Defl"

# a module called "cursus" would meet the outlines' folder
p="$SCRATCH/res"
make_project "$p"
mv "$p/content/modules/01-een" "$p/content/modules/01-cursus"
"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
check "a module may not be called 'cursus' (exit 1)" [ $? -eq 1 ]
finish
