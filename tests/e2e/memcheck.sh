#!/bin/sh
# Memory: the bundled build, a check, a failing build and coachkit new
# under valgrind, with no invalid access and no leak. (Under make
# sanitize, ASan and LeakSanitizer do this job, and valgrind cannot run
# an ASan binary.)
. tests/e2e/lib.sh
if [ -n "$COACHKIT_SANITIZE" ] || ! command -v valgrind >/dev/null; then
	echo "valgrind is not used here (sanitizer build or no valgrind)"
	finish
	exit
fi
vg="valgrind -q --child-silent-after-fork=yes --suppressions=tests/tools/valgrind.supp --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible"
$vg "$CK" build . -o "$SCRATCH/site" -q 2>"$SCRATCH/vg1"
check "bundled build: no memory errors or leaks" [ $? -eq 0 ]
[ -s "$SCRATCH/vg1" ] && sed 's/^/    /' "$SCRATCH/vg1" | head -20
$vg "$CK" check . -q 2>"$SCRATCH/vg2"
check "check: no memory errors or leaks" [ $? -eq 0 ]
p="$SCRATCH/bad"
make_project "$p"
printf -- '---\ntitle: [kapot\n---\n' >"$p/content/modules/01-een/03-kapot.md"
printf -- '---\ntitle: Weg\n---\n[weg](weg.md) ![](x.png)\n\n```quiz\nvraag: x\n```\n' >"$p/content/modules/01-een/04-weg.md"
$vg "$CK" build "$p" -q 2>"$SCRATCH/vg3"
check "failing build: exit 1, no memory errors or leaks" [ $? -eq 1 ]
grep -q "==" "$SCRATCH/vg3" && sed 's/^/    /' "$SCRATCH/vg3" | head -20
n="$SCRATCH/nieuw"
$vg "$CK" new site "$n" >/dev/null 2>"$SCRATCH/vg4" &&
	$vg "$CK" new lesson "Tweede les" "$n" >/dev/null 2>>"$SCRATCH/vg4" &&
	$vg "$CK" new poster "Een poster" "$n" >/dev/null 2>>"$SCRATCH/vg4" &&
	$vg "$CK" new profile "Een profiel" --module 1 "$n" >/dev/null 2>>"$SCRATCH/vg4"
check "new site, lesson, poster, profile: no memory errors or leaks" [ $? -eq 0 ]
[ -s "$SCRATCH/vg4" ] && sed 's/^/    /' "$SCRATCH/vg4" | head -20
$vg "$CK" new lesson "Derde les" --module 9 "$n" >/dev/null 2>"$SCRATCH/vg5"
check "a refused new: exit 1, no memory errors or leaks" [ $? -eq 1 ]
grep -q "==" "$SCRATCH/vg5" && sed 's/^/    /' "$SCRATCH/vg5" | head -20

# serve: started, a page and the events fetched, a good edit, a bad one,
# Ctrl-C
s="$SCRATCH/serve"
make_project "$s"
port=$(free_port $((20000 + $$ % 20000)))
TMPDIR="$SCRATCH" $vg "$CK" serve "$s" --port $port >"$SCRATCH/serve.out" 2>"$SCRATCH/vg6" &
pid=$!
serving "$SCRATCH/serve.out" 30
curl -s "http://127.0.0.1:$port/een/begin.html" >/dev/null
timeout 1 curl -s -N "http://127.0.0.1:$port/__coachkit/events" >/dev/null
printf '\nMeer tekst.\n' >>"$s/content/modules/01-een/01-begin.md"
for _ in $(seq 1 100); do
	[ "$(grep -c "PDF's" "$SCRATCH/serve.out")" -ge 3 ] && break
	sleep 0.1
done
printf '\n[weg](weg.md)\n' >>"$s/content/modules/01-een/01-begin.md"
sleep 3
kill -INT $pid
wait_for $pid 60
check "serve, an edit, a broken edit, Ctrl-C: no memory errors or leaks" [ $? -eq 0 ]
[ -s "$SCRATCH/vg6" ] && grep "==" "$SCRATCH/vg6" | sed 's/^/    /' | head -20
finish
