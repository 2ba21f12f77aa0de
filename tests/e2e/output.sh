#!/bin/sh
# The output folder: folders a build must never replace, whatever marker
# they carry; OUT written with a trailing slash; a build stopped by any
# signal, SIGKILL included, leaves nothing beside OUT; what a build could
# not clear up is cleared by the next one.
. tests/e2e/lib.sh

p="$SCRATCH/proj"
make_project "$p"

# refused EXPECTED-REASON OUT [env...]: exit 2, the reason, OUT untouched
refused() {
	reason=$1 out=$2
	shift 2
	before=$(ls -A "$out" 2>/dev/null | sort | tr '\n' ' ')
	env "$@" "$CK" build "$p" -o "$out" >/dev/null 2>"$SCRATCH/err"
	rc=$?
	after=$(ls -A "$out" 2>/dev/null | sort | tr '\n' ' ')
	if [ $rc -eq 2 ] && grep -q "coachkit schrijft de uitvoer niet naar .*: $reason" "$SCRATCH/err" &&
	   [ "$before" = "$after" ]; then
		ok "-o $out is refused: $reason"
	else
		fail "-o $out is refused: $reason (exit $rc)" "$(cat "$SCRATCH/err")"
	fi
}

# --- 1. folders never replaced, marker or not
home="$SCRATCH/thuis"
mkdir -p "$home" && echo geheim >"$home/brief.txt" && touch "$home/.coachkit"
refused "het is je thuismap" "$home" HOME="$home"
refused "het is je thuismap" "$home/" HOME="$home"
refused "het is je thuismap" "$home/." HOME="$home"
check "the home folder keeps its files" [ "$(cat "$home/brief.txt")" = geheim ]
refused "het is de hoofdmap van het systeem" /
refused "het is de hoofdmap van het systeem" //
touch "$p/.coachkit"
refused "het is de projectmap" "$p"
refused "het is de projectmap" "$p/content/.."
refused "de projectmap staat erin" "$SCRATCH"
refused "de projectmap staat erin" "$(dirname "$SCRATCH")"
rm "$p/.coachkit"
touch "$p/content/.coachkit"
refused "het is de map content" "$p/content"
refused "het ligt in de map content" "$p/content/modules"
refused "het ligt in de map content" "$p/content/site"
rm "$p/content/.coachkit"
check "nothing was made inside the content folder" [ ! -e "$p/content/site" ]
# a project whose content/ is a link to a folder elsewhere
q="$SCRATCH/linked"
mkdir -p "$q" "$SCRATCH/elders"
cp -r "$p/content" "$SCRATCH/elders/"
ln -s "$SCRATCH/elders/content" "$q/content"
touch "$SCRATCH/elders/.coachkit"
"$CK" build "$q" -o "$SCRATCH/elders" >/dev/null 2>"$SCRATCH/err"
check "a folder holding the (linked) content folder is refused" \
	[ $? -eq 2 -a -d "$SCRATCH/elders/content/modules" ]
grep -q "de map content staat erin" "$SCRATCH/err"
check "with the reason" [ $? -eq 0 ]
# a link to a protected folder is no way round
ln -s "$p" "$SCRATCH/naar-project"
refused "het is de projectmap" "$SCRATCH/naar-project"

# --- 2. a trailing slash
export SOURCE_DATE_EPOCH=1700000000
"$CK" build "$p" -o "$SCRATCH/a/" -q; rc1=$?
"$CK" build "$p" -o "$SCRATCH/a/" -q 2>"$SCRATCH/err"; rc2=$?
check "-o OUT/ builds, twice (exit 0, 0)" [ $rc1 -eq 0 -a $rc2 -eq 0 ]
check "and says nothing" [ ! -s "$SCRATCH/err" ]
"$CK" build "$p" -o "$SCRATCH/b" -q
diff -r "$SCRATCH/a" "$SCRATCH/b" >"$SCRATCH/diff" 2>&1
check "-o OUT/ twice gives what -o OUT gives, no more files" [ $? -eq 0 ]
n=$(find "$SCRATCH/a" -type f | wc -l)
check "no staging folder inside OUT or beside it" \
	[ -z "$(ls -d "$SCRATCH"/a.* "$SCRATCH"/a/*.new-* "$SCRATCH"/a/.new-* 2>/dev/null)" ]
"$CK" build "$p" -o "$SCRATCH/a//" -q; check "-o OUT// too" [ $? -eq 0 -a "$(find "$SCRATCH/a" -type f | wc -l)" -eq "$n" ]
"$CK" build "$p" -o "$SCRATCH/nieuw/" -q && "$CK" build "$p" -o "$SCRATCH/nieuw" -q
check "a new OUT/ can be built into again" [ $? -eq 0 ]

# --- 3. signals
big="$SCRATCH/big"
sh tests/bench/gen.sh "$big" 20 20 >/dev/null
"$CK" build "$big" -o "$big/out" -q
ref=$(cd "$big/out" && find . -type f | sort | xargs cat | sha256sum)
# run_and_stop SIG: a build stopped by SIG once its staging folder exists.
# perl gives the build the default action for SIGINT, which a shell
# without job control would have it ignore.
run_and_stop() {
	perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV or exit 127' \
		"$CK" build "$big" -o "$big/out" -q 2>/dev/null &
	pid=$!
	i=0
	while [ ! -d "$big/out.new-$pid" ] && [ $i -lt 1000 ]; do
		sleep 0.01
		i=$((i + 1))
	done
	sleep 0.2
	kill -"$1" "$pid"
	wait "$pid"
}
# gone PATTERN: waits until nothing matches (the watchdog clears up just
# after the build ends), at most 30 s; what is left, if anything
gone() {
	i=0
	while [ -n "$(ls -d $1 2>/dev/null)" ] && [ $i -lt 300 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	ls -d $1 2>/dev/null
}
for sig in INT TERM HUP ABRT KILL; do
	run_and_stop $sig; rc=$?
	left=$(gone "$big/out.*")
	now=$(cd "$big/out" && find . -type f | sort | xargs cat | sha256sum)
	if [ $rc -gt 128 ] && [ -z "$left" ] && [ "$now" = "$ref" ]; then
		ok "SIG$sig stops the build (exit $rc), its staging folder is removed, OUT is as it was"
	else
		fail "SIG$sig: exit $rc, left: $left" "$( [ "$now" = "$ref" ] || echo 'OUT changed')"
	fi
done
# killed at the worst moments of putting the output in place: with
# --only, the part of OUT carried into the staging folder; OUT moved aside
small="$SCRATCH/small"
"$CK" build "$p" -o "$small" -q
sum() { (cd "$1" && find . -type f | sort | xargs cat | sha256sum); }
before=$(sum "$small")
for at in "carried --only site" "carried --only print" "aside" "aside --only site"; do
	COACHKIT_TEST_STOP=${at%% *} "$CK" build "$p" -o "$small" -q \
		$(echo "$at" | cut -s -d' ' -f2-) &
	pid=$!
	i=0
	while ! ps -o stat= -p "$pid" | grep -q T && [ $i -lt 300 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	kill -KILL "$pid"
	wait "$pid" 2>/dev/null
	left=$(gone "$small.*")
	if [ "$(sum "$small")" = "$before" ] && [ -z "$left" ]; then
		ok "killed at '$at': OUT is whole again, nothing left beside it"
	else
		fail "killed at '$at': OUT changed or left: $left"
	fi
done
check "no watchdog is left running" [ -z "$(pgrep -f "coachkit build $big" 2>/dev/null)" ]
mkdir "$big/out.new-999999999" "$big/out.old-999999998"
mkdir "$big/out.new-$$"   # a build that is still running: left alone
"$CK" build "$big" -o "$big/out" -q
check "the next build removes staging folders of builds that are gone" \
	[ -z "$(ls -d "$big/out.new-999999999" "$big/out.old-999999998" 2>/dev/null)" ]
check "but not those of a running build" [ -d "$big/out.new-$$" ]
rmdir "$big/out.new-$$"
# an output moved aside by a build killed before it put the new one in
mv "$big/out" "$big/out.old-999999997"
echo kapot >"$big/content/site.yaml"
"$CK" build "$big" -o "$big/out" -q 2>/dev/null
check "an output a killed build moved aside is put back when the next build fails" \
	[ -f "$big/out/index.html" -a ! -e "$big/out.old-999999997" ]

finish
