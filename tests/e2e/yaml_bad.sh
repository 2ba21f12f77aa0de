#!/bin/sh
# Invalid YAML from the YAML Test Suite as content/site.yaml: coachkit check
# must fail cleanly (exit status exactly 1, not a crash) and report the file
# with a line and column that lie inside it.
# The 40 files come from ../shared/spec/yaml-bad/, or tests/yaml-bad/ (a
# copy, with the suite's LICENSE and SOURCE.txt) when ../shared is absent.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

dir=../shared/spec/yaml-bad
[ -d "$dir" ] || dir=tests/yaml-bad

n=0
for f in "$dir"/*.yaml; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	name=yaml-bad/${f##*/}
	p=$SCRATCH/p-${f##*/}
	make_project "$p"
	cp "$f" "$p/content/site.yaml"
	"$CK" check "$p" >"$SCRATCH/stdout" 2>"$SCRATCH/stderr"
	rc=$?
	# LINE:COL of the first error in site.yaml
	pos=$(sed -n 's|^.*content/site\.yaml:\([0-9][0-9]*\):\([0-9][0-9]*\): error: .*$|\1 \2|p' \
		"$SCRATCH/stderr" | head -n 1)
	lines=$(wc -l <"$f")
	if [ "$rc" -ne 1 ]; then
		fail "$name" "exit status $rc, expected 1; stderr:
$(cat "$SCRATCH/stderr")"
	elif [ -z "$pos" ]; then
		fail "$name" "no 'content/site.yaml:LINE:COL: error: ' line; stderr:
$(cat "$SCRATCH/stderr")"
	elif [ "${pos% *}" -gt $((lines + 1)) ]; then
		fail "$name" "line ${pos% *} is past the end of the file ($lines lines):
$(cat "$SCRATCH/stderr")"
	else
		ok "$name"
	fi
	rm -rf "$p"
done
[ "$n" -eq 40 ] || fail "yaml-bad: expected 40 files in $dir, found $n"

finish
