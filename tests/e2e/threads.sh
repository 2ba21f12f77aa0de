#!/bin/sh
# The outputs' jobs run side by side on the -j pool: a build made with
# ThreadSanitizer finds no data race in the bundled build, in a check, in
# --only print and in a build that stops on errors.
. tests/e2e/lib.sh

tsan="$SCRATCH/tsan"
if ! make -s -j2 CC=clang CFLAGS="-O1 -g -fsanitize=thread" BUILD="$tsan" \
	"$tsan/coachkit" >"$SCRATCH/log" 2>&1; then
	fail "coachkit builds with clang -fsanitize=thread" "$(tail -5 "$SCRATCH/log")"
	finish
	exit 1
fi
ok "coachkit builds with clang -fsanitize=thread"

# races NAME RC ARGS...: the run exits RC and reports no race
races() {
	_name=$1
	_want=$2
	shift 2
	TSAN_OPTIONS="halt_on_error=0 exitcode=66" "$tsan/coachkit" "$@" \
		>"$SCRATCH/out" 2>"$SCRATCH/err"
	_rc=$?
	_n=$(grep -c "WARNING: ThreadSanitizer" "$SCRATCH/err")
	check "$_name: no data race ($_n reported, exit $_rc)" \
		[ "$_n" -eq 0 -a $_rc -eq "$_want" ]
	[ "$_n" -eq 0 ] || grep -A12 "WARNING: ThreadSanitizer" "$SCRATCH/err" | head -30
}

races "build -j 4" 0 build . -o "$SCRATCH/a" -j 4
check "and it wrote the site and the PDFs" [ -f "$SCRATCH/a/index.html" -a -f "$SCRATCH/a/print/handleiding.pdf" ]
races "build -j 3 --only print" 0 build . -o "$SCRATCH/b" -j 3 --only print
races "check -j 4" 0 check . -j 4

# errors in several documents and products at once
p="$SCRATCH/fout"
mkdir -p "$p"
cp -R content "$p/"
for les in "$p"/content/modules/0[1-3]-*/01-*.md; do
	printf '\nZie [weg](99-weg.md).\n' >>"$les"
done
races "build -j 4 of content with errors" 1 build "$p" -o "$p/out" -j 4
check "and nothing was written" [ ! -e "$p/out" ]
finish
