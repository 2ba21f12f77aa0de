#!/bin/sh
# Themes fall back per file: a project's own template, UI strings, print
# layout or asset takes the place of the installed one, and everything
# it has not got comes from the installed theme.
. tests/e2e/lib.sh

p="$SCRATCH/proj"
make_project "$p"

# one template of its own
mkdir -p "$p/layouts/html"
sed 's|<article class="lesson-layout">|<article class="lesson-layout eigen-les">|' \
	layouts/html/lesson.mustache >"$p/layouts/html/lesson.mustache"
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "a project with one template of its own builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
grep -q 'eigen-les' "$p/out/een/begin.html"
check "its lessons use its template" [ $? -eq 0 ]
grep -q 'class="breadcrumbs"' "$p/out/een/begin.html"
check "its template's partials come from the installed theme" [ $? -eq 0 ]
[ -f "$p/out/index.html" ] && ! grep -q 'eigen-les' "$p/out/index.html"
check "the other pages use the installed templates" [ $? -eq 0 ]
grep -q '^\.lesson-layout' "$p/out/assets/style.css" && [ -f "$p/out/assets/js/cursus.js" -o -n "$(ls "$p/out/assets/js")" ]
check "with layouts/ and no assets/ the site still has the installed CSS and scripts" [ $? -eq 0 ]

# one stylesheet of its own
mkdir -p "$p/assets"
printf 'body { color: #123456; }\n' >"$p/assets/style.css"
"$CK" build "$p" -o "$p/out" -q
grep -q '#123456' "$p/out/assets/style.css"
check "its own style.css replaces the installed one" [ $? -eq 0 ]
n_own=$(find "$p/out/assets" -type f | wc -l)
n_all=$(find assets -type f | wc -l)
check "the installed scripts are still there ($n_own of $n_all files)" [ "$n_own" -eq "$n_all" ]

# some UI strings of its own
mkdir -p "$p/layouts/i18n"
printf 'naar_inhoud: Direct naar de tekst\n' >"$p/layouts/i18n/nl.yaml"
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "a project with some UI strings builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
grep -q 'Direct naar de tekst' "$p/out/index.html"
check "its strings replace the installed ones" [ $? -eq 0 ]
want=$(sed -n 's/^hoofdmenu: //p' layouts/i18n/nl.yaml)
grep -q "$want" "$p/out/index.html"
check "the strings it has not got come from the installed file" [ $? -eq 0 ]

# a print layout of its own, with a mistake: reported in its file
mkdir -p "$p/layouts/print"
sed 's/^  width: 210mm.*/  width: 0mm/' layouts/print/handout.yaml >"$p/layouts/print/handout.yaml"
"$CK" check "$p" 2>"$SCRATCH/err"
grep -q "$p/layouts/print/handout.yaml:4:10: error: 'width' moet tussen 20mm" "$SCRATCH/err"
check "its own print layout is the one read" [ $? -eq 0 ]
rm "$p/layouts/print/handout.yaml"
"$CK" build "$p" -o "$p/out" -q
check "an empty layouts/print/ falls back to the installed layouts" [ $? -eq 0 -a -f "$p/out/print/handleiding.pdf" ]

# a template of its own with a mistake: reported in its file
printf '{{#open}}\n' >"$p/layouts/html/lesson.mustache"
"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
grep -q "$p/layouts/html/lesson.mustache:" "$SCRATCH/err"
check "a broken template of its own is reported in its file" [ $? -eq 0 ]

finish
