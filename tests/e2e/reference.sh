#!/bin/sh
# Pages of the manual of a fixed project (tests/fixtures/reference),
# rendered by poppler and compared with the renderings in tests/reference/
# within a tolerance: the cover, a module's opening page and a lesson.
# A layout change that moves text shows up here; after checking the new
# pages by eye, `make regen` (COACHKIT_REGEN=1) records them.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

DIFF=build/tests/tools/imgdiff
out=$SCRATCH/out
"$CK" build tests/fixtures/reference -o "$out" -q 2>"$SCRATCH/err"
check "the reference project builds without a warning" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
manual=$out/print/handleiding.pdf
for page in 1 3 4; do
	pdftoppm -gray -r 25 -f $page -l $page -singlefile "$manual" \
		"$SCRATCH/p$page" 2>/dev/null
	ref=tests/reference/manual-p$page.pgm
	if [ "${COACHKIT_REGEN:-0}" = 1 ]; then
		cp "$SCRATCH/p$page.pgm" "$ref"
	fi
	res=$("$DIFF" "$SCRATCH/p$page.pgm" "$ref")
	far=$(echo "$res" | sed -n 's/^differ \([0-9.]*\)% mean \([0-9.]*\)$/\1/p')
	mean=$(echo "$res" | sed -n 's/^differ \([0-9.]*\)% mean \([0-9.]*\)$/\2/p')
	[ -n "$far" ] && awk -v f="$far" -v m="$mean" 'BEGIN { exit !(f < 0.1 && m < 0.5) }'
	check "page $page looks as recorded ($res)" [ $? -eq 0 ]
done
# The measure tells pages apart: the cover is not the lesson.
res=$("$DIFF" "$SCRATCH/p1.pgm" tests/reference/manual-p4.pgm)
far=$(echo "$res" | sed -n 's/^differ \([0-9.]*\)% .*/\1/p')
[ -n "$far" ] && awk -v f="$far" 'BEGIN { exit !(f > 5) }'
check "a different page is far off ($res)" [ $? -eq 0 ]
finish
