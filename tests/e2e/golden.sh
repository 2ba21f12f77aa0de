#!/bin/sh
# Golden files per format, for tests/fixtures/golden (a lesson of text and
# one with every directive, a poster, a profile card, a worksheet):
#   tests/golden/html/LESSON.html   the lesson's HTML inside its prose
#   tests/golden/layout/FILE.txt    the print layout (build --dump-layout)
# With COACHKIT_REGEN=1 (make regen) they are written instead of compared:
# check the diff, and look at the pages.
. tests/e2e/lib.sh

fix=tests/fixtures/golden
gold=tests/golden
export SOURCE_DATE_EPOCH=1700000000

# golden NAME GOT: compares GOT with tests/golden/NAME (or writes it)
golden() {
	want=$gold/$1
	if [ "${COACHKIT_REGEN:-0}" = 1 ]; then
		mkdir -p "$(dirname "$want")"
		cp "$2" "$want"
	fi
	if [ ! -f "$want" ]; then
		fail "$1" "no $want (make it with make regen)"
	elif diff -u "$want" "$2" >"$SCRATCH/diff"; then
		ok "$1 is as golden"
	else
		fail "$1 differs from $want" "$(head -n 30 "$SCRATCH/diff")"
	fi
}

"$CK" build "$fix" -o "$SCRATCH/site" -q --only site 2>"$SCRATCH/err"
check "the golden fixture builds (site)" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
for page in "$SCRATCH"/site/basis/tekst.html "$SCRATCH"/site/basis/blokken.html; do
	awk '/<div class="lesson-done"/ { exit } on { print } /<div class="prose">/ { on = 1 }' \
		"$page" | sed '$d' >"$SCRATCH/$(basename "$page")"
	golden "html/$(basename "$page")" "$SCRATCH/$(basename "$page")"
done
for d in quiz reflectie citaat kader casus diagram; do
	grep -q "class=\"$d" "$gold/html/blokken.html" 2>/dev/null
	check "the golden HTML holds the $d directive" [ $? -eq 0 ]
done

"$CK" build "$fix" -o "$SCRATCH/print" -q --dump-layout 2>"$SCRATCH/err"
check "the golden fixture builds (--dump-layout)" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
n=0
for f in handout-basis posters/gesprek profielkaarten-a4 werkbladen/bollen; do
	got="$SCRATCH/print/print/$f.pdf.txt"
	if [ -f "$got" ]; then
		golden "layout/$(basename "$f").txt" "$got"
		n=$((n + 1))
	else
		fail "no layout dump $f.pdf.txt"
	fi
done
grep -q "^page " "$gold/layout/handout-basis.txt" &&
	grep -q "^text .*'Meneer'" "$gold/layout/handout-basis.txt" &&
	grep -q "^bookmark " "$gold/layout/handout-basis.txt"
check "the hand-out's dump has pages, the casus and bookmarks" [ $? -eq 0 ]
check "no PDF is written with --dump-layout" [ -z "$(find "$SCRATCH/print/print" -name '*.pdf')" ]
"$CK" build "$fix" --dump-layout --only site >/dev/null 2>&1
check "--dump-layout with --only site is refused (exit 2)" [ $? -eq 2 ]

finish
