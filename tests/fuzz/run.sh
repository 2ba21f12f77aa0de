#!/bin/sh
# Runs the libFuzzer harnesses (build/fuzz/fuzz_NAME, made by
# `make fuzz-build`) one after another, from the project root.
#
#   tests/fuzz/run.sh [-t SECONDS] [-w DIR] [NAME ...]
#
#   -t SECONDS  how long each harness runs (default 60)
#   -w DIR      keep the work there: DIR/corpus/NAME, the corpus each run
#               grows (seeded from tests/fuzz/corpus/NAME, which is only
#               read), and DIR/crashes/NAME-*; without it a temporary
#               folder is used and removed
#   NAME ...    only these harnesses (default: all of tests/fuzz/fuzz_*.c)
#
# Runs of 30 seconds or more go on after a crash, timeout or running out
# of memory (libFuzzer's fork mode) and count them; shorter runs (the
# test) stop at the first. Each harness prints "ok - fuzz NAME" with its
# executions, coverage (cov), features (ft) and corpus size, or
# "FAIL - fuzz NAME" with what went wrong; the last line is
# "N passed, M failed".
cd "$(dirname "$0")/../.." || exit 2
seconds=60
work=
while [ $# -gt 0 ]; do
	case $1 in
	-t) seconds=$2; shift 2 ;;
	-w) work=$2; shift 2 ;;
	-*) echo "usage: $0 [-t SECONDS] [-w DIR] [NAME ...]" >&2; exit 2 ;;
	*) break ;;
	esac
done
names=$*
if [ -z "$names" ]; then
	for f in tests/fuzz/fuzz_*.c; do
		n=${f#tests/fuzz/fuzz_}
		names="$names ${n%.c}"
	done
fi
if [ -z "$work" ]; then
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/crashes" || exit 2

# The longest input each harness is given.
max_len() {
	case $1 in
	para) echo 2048 ;;
	image) echo 16384 ;;
	*) echo 4096 ;;
	esac
}

export LSAN_OPTIONS="suppressions=$PWD/tests/tools/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1"
passed=0
failed=0
for name in $names; do
	exe=build/fuzz/fuzz_$name
	corpus=$work/corpus/$name
	log=$work/$name.log
	if [ ! -x "$exe" ]; then
		echo "FAIL - fuzz $name: no $exe (make fuzz-build)"
		failed=$((failed + 1))
		continue
	fi
	mkdir -p "$corpus"
	before=$(ls "$work/crashes" | grep -c "^$name-")
	set -- -max_total_time="$seconds" -max_len="$(max_len "$name")" \
		-timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$work/crashes/$name-"
	[ -f "tests/fuzz/$name.dict" ] && set -- "$@" -dict="tests/fuzz/$name.dict"
	if [ "$seconds" -ge 30 ]; then
		set -- "$@" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 \
			-ignore_ooms=1
	else
		set -- "$@" -seed=1
	fi
	"$exe" "$@" "$corpus" "tests/fuzz/corpus/$name" >"$log" 2>&1
	rc=$?
	# the last status line: "#N DONE cov: C ft: F corp: K/..." or, in
	# fork mode, "#N: cov: C ft: F corp: K exec/s ... oom/timeout/crash:"
	last=$(grep -E '^#[0-9]+:?[[:space:]]' "$log" | tail -n 1)
	runs=$(echo "$last" | sed -n 's/^#\([0-9]*\).*/\1/p')
	cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	corp=$(ls "$corpus" | wc -l)
	bad=$(echo "$last" | sed -n 's|.*oom/timeout/crash: \([0-9/]*\).*|\1|p')
	found=$(($(ls "$work/crashes" | grep -c "^$name-") - before))
	what="${runs:-0} runs, cov ${cov:-?}, ft ${ft:-?}, corpus $corp"
	[ -n "$bad" ] && what="$what, oom/timeout/crash $bad"
	if [ "$rc" -eq 0 ] && [ "$found" -eq 0 ]; then
		echo "ok - fuzz $name: $what"
		passed=$((passed + 1))
	else
		echo "FAIL - fuzz $name: $what; exit $rc"
		ls -t "$work/crashes" | grep "^$name-" | head -n "$found" |
			sed "s|^|    $work/crashes/|"
		grep -E 'invariant broken|^SUMMARY|ERROR: |^Base64: |#[0-9]+ 0x[0-9a-f]+ in [a-z]' \
			"$log" | grep -v ' in fuzzer::' | head -n 12 | sed 's/^/    /'
		failed=$((failed + 1))
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
