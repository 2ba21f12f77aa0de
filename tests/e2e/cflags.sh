#!/bin/sh
# The code builds, warnings as errors, with other compilers and flags
# than the default: each set compiles every object into its own folder.
. tests/e2e/lib.sh

# builds CC CFLAGS: every object compiles
builds() {
	if make -s -j2 objs CC="$1" CFLAGS="$2" BUILD="$SCRATCH/$1-$(echo "$2" | tr -c 'a-zA-Z0-9' _)" \
		>"$SCRATCH/log" 2>&1; then
		ok "$1 $2: every file compiles with -Wall -Wextra -Werror"
	else
		fail "$1 $2" "$(grep -E 'error|warning' "$SCRATCH/log" | head -5)"
	fi
}
builds gcc "-O1 -g -fsanitize=address,undefined"
builds gcc "-O3 -D_FORTIFY_SOURCE=2"
builds gcc "-O0"
if command -v clang >/dev/null; then
	builds clang "-O2 -g"
	builds clang "-O1 -fsanitize=address,undefined"
else
	fail "clang is not installed (make test-deps installs it)"
fi
finish
