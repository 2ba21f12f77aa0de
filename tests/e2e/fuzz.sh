#!/bin/sh
# The libFuzzer harnesses of tests/fuzz/, each run for a few seconds
# (FUZZ_TEST_SECONDS, default 3) from its committed seed corpus, which
# holds the reproducers of crashes fixed before: a regression fails here.
# They need clang with libFuzzer; when it is missing it is installed, and
# when that fails too the test fails (it never passes without fuzzing).
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

# Can clang link a libFuzzer program with the sanitizers?
have_libfuzzer() {
	printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n)\n'\
'{ (void)d; (void)n; return 0; }\n' >"$SCRATCH/probe.c"
	clang -fsanitize=fuzzer,address,undefined -o "$SCRATCH/probe" \
		"$SCRATCH/probe.c" >"$SCRATCH/probe.log" 2>&1
}

if ! have_libfuzzer; then
	sh tests/tools/apt-install.sh clang libclang-rt-14-dev libpng-dev \
		>"$SCRATCH/install.log" 2>&1
	if ! have_libfuzzer; then
		fail "fuzz: clang with libFuzzer (apt-get install clang libclang-rt-14-dev)" \
			"$(tail -n 5 "$SCRATCH/probe.log" "$SCRATCH/install.log")"
		finish
		exit 1
	fi
fi
if ! make -s fuzz-build >"$SCRATCH/build.log" 2>&1; then
	fail "fuzz: the harnesses build (make fuzz-build)" \
		"$(tail -n 15 "$SCRATCH/build.log")"
	finish
	exit 1
fi
sh tests/fuzz/run.sh -t "${FUZZ_TEST_SECONDS:-3}"
