#!/bin/sh
# Runs every test program and script; each prints "ok - NAME" or
# "FAIL - NAME" lines and ends with "N passed, M failed". The last line of
# this runner is the sum of those counts.
#   tests/run.sh            run everything (from the project root)
#   tests/run.sh --regen    rewrite the golden files instead of comparing
cd "$(dirname "$0")/.." || exit 2
[ "$1" = "--regen" ] && export COACHKIT_REGEN=1
passed=0
failed=0
log=$(mktemp)
run() {
	name=$1
	shift
	"$@" >"$log" 2>&1
	rc=$?
	grep -E '^(FAIL|not ok)' "$log" | sed "s|^|$name: |"
	last=$(tail -n 1 "$log")
	p=$(echo "$last" | sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1/p')
	f=$(echo "$last" | sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\2/p')
	if [ -z "$p" ]; then
		echo "$name: no summary line (exit $rc); output ends:"
		tail -n 15 "$log" | sed 's/^/    /'
		p=0
		f=1
	elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "$name: exit $rc"
		f=1
	fi
	printf '%-28s %4d passed, %d failed\n' "$name" "$p" "$f"
	passed=$((passed + p))
	failed=$((failed + f))
}
for t in build/tests/test_*; do
	[ -x "$t" ] || continue
	run "$(basename "$t")" "$t"
done
for t in tests/e2e/*.sh; do
	[ "$(basename "$t")" = lib.sh ] && continue
	run "$(basename "$t" .sh)" sh "$t"
done
rm -f "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
