#!/bin/sh
# The broken projects in tests/bad/: each CASE holds content/ and
# expected.txt, the exact stderr of `coachkit check tests/bad/CASE` run from
# the project root.
#   - check: exit status 1, stderr identical to expected.txt (and nothing
#     on stdout); with COACHKIT_REGEN=1 expected.txt is rewritten instead.
#   - build: over an earlier good build, exit status 1, the earlier output
#     byte for byte unchanged, no OUT.new-* (or OUT.old-*) folder left, and
#     the same diagnostics as the check just run (only the summary line
#     differs).
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

# Lists every path under $1 and the checksum of every file in it.
listing() {
	(cd "$1" && find . \( -type f -exec sha256sum {} + \) -o -print |
		LC_ALL=C sort)
}

make_project "$SCRATCH/good"
if ! "$CK" build "$SCRATCH/good" -o "$SCRATCH/good-out" -q \
	>"$SCRATCH/good.log" 2>&1; then
	fail "bad: the valid project builds" "$(cat "$SCRATCH/good.log")"
fi
listing "$SCRATCH/good-out" >"$SCRATCH/before"

for dir in tests/bad/*/; do
	dir=${dir%/}
	name=${dir##*/}
	expected=$dir/expected.txt
	out=$SCRATCH/out-$name

	# check
	"$CK" check "$dir" >"$SCRATCH/stdout" 2>"$SCRATCH/check-stderr"
	rc=$?
	if [ "${COACHKIT_REGEN:-0}" = 1 ]; then
		cp "$SCRATCH/check-stderr" "$expected"
	fi
	if [ "$rc" -ne 1 ]; then
		fail "check $name" "exit status $rc, expected 1; stderr:
$(cat "$SCRATCH/check-stderr")"
	elif [ ! -f "$expected" ]; then
		fail "check $name" "no $expected (make it with COACHKIT_REGEN=1)"
	elif ! diff -u "$expected" "$SCRATCH/check-stderr" >"$SCRATCH/diff"; then
		fail "check $name" "stderr differs from $expected:
$(cat "$SCRATCH/diff")"
	elif [ -s "$SCRATCH/stdout" ]; then
		fail "check $name" "unexpected output on stdout:
$(cat "$SCRATCH/stdout")"
	else
		ok "check $name"
	fi

	# build over an earlier good build
	cp -R "$SCRATCH/good-out" "$out"
	"$CK" build "$dir" -o "$out" >"$SCRATCH/stdout" 2>"$SCRATCH/stderr"
	rc=$?
	listing "$out" >"$SCRATCH/after"
	left=
	for f in "$out".new-* "$out".old-*; do
		[ -e "$f" ] && left="$left ${f##*/}"
	done
	# The diagnostics of build and check are the same; only the summary
	# line differs ("niet in orde" / "er is niets geschreven").
	sed 's/; niet in orde$/; er is niets geschreven/' \
		"$SCRATCH/check-stderr" >"$SCRATCH/check-diags"
	if [ "$rc" -ne 1 ]; then
		fail "build $name" "exit status $rc, expected 1; stderr:
$(cat "$SCRATCH/stderr")"
	elif ! diff -u "$SCRATCH/before" "$SCRATCH/after" >"$SCRATCH/diff"; then
		fail "build $name" "the earlier output changed:
$(cat "$SCRATCH/diff")"
	elif [ -n "$left" ]; then
		fail "build $name" "left behind: $left"
	elif ! diff -u "$SCRATCH/check-diags" "$SCRATCH/stderr" \
		>"$SCRATCH/diff"; then
		fail "build $name" "build reports other errors than check:
$(cat "$SCRATCH/diff")"
	else
		ok "build $name"
	fi
	rm -rf "$out"
done

finish
