#!/bin/sh
# Load, check, render: every content error is found before anything is
# rendered, so one run reports all of them, whichever product they are
# in; the output is the same for any -j.
. tests/e2e/lib.sh

# The bundled content, broken in four products at once.
p="$SCRATCH/vier"
mkdir -p "$p"
cp -R content "$p/"
les=$(ls "$p"/content/modules/01-*/01-*.md)
printf '\nZie [deze les](99-bestaat-niet.md).\n' >>"$les"
poster=$(ls "$p"/content/posters/*.yaml | head -1)
long=$(printf 'Een kop die veel te lang is voor een poster %.0s' $(seq 1 30))
sed -i "s|^kop: .*|kop: $long|" "$poster"
mat=$(ls "$p"/content/deskmats/*.yaml | head -1)
for i in $(seq 1 8); do
	printf '  - titel: Vol %s\n    tekst: Dit is veel te veel tekst voor een klein paneel. Dit is veel te veel tekst voor een klein paneel. Dit is veel te veel tekst voor een klein paneel. Dit is veel te veel tekst voor een klein paneel. Dit is veel te veel tekst voor een klein paneel.\n' $i >>"$mat"
done
card=$(ls "$p"/content/profiles/*.yaml | head -1)
sed -i 's/^rol: .*/rol: brandweerman/' "$card"

for cmd in check build; do
	if [ $cmd = build ]; then
		"$CK" build "$p" -o "$p/out" >/dev/null 2>"$SCRATCH/err"
	else
		"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
	fi
	rc=$?
	check "$cmd: exit 1" [ $rc -eq 1 ]
	grep -q "^$les:[0-9]*:[0-9]*: error: link naar '99-bestaat-niet.md'" "$SCRATCH/err"
	check "$cmd reports the lesson's broken link" [ $? -eq 0 ]
	grep -q "^$poster:[0-9]*:[0-9]*: error: deze tekst past niet op de poster" "$SCRATCH/err"
	check "$cmd reports the poster's headline in the same run" [ $? -eq 0 ]
	grep -q "^$mat:[0-9]*:[0-9]*: error: dit past niet in het paneel" "$SCRATCH/err"
	check "$cmd reports the desk mat's panel in the same run" [ $? -eq 0 ]
	grep -q "^$card:[0-9]*:[0-9]*: error: .*brandweerman" "$SCRATCH/err"
	check "$cmd reports the card's role in the same run" [ $? -eq 0 ]
	n=$(sed -n 's/^\([0-9]*\) fouten.*/\1/p' "$SCRATCH/err")
	check "$cmd counts them all ($n)" [ "${n:-0}" -ge 4 -a "${n:-0}" -eq "$(grep -c ': error: ' "$SCRATCH/err")" ]
done
check "and nothing was written" [ ! -e "$p/out" ]

# The order of the reports does not depend on the threads.
"$CK" check "$p" 2>"$SCRATCH/a" >/dev/null
"$CK" build "$p" -o "$p/out" -j 1 2>"$SCRATCH/b" >/dev/null
"$CK" build "$p" -o "$p/out" -j 4 2>"$SCRATCH/c" >/dev/null
sed '$d' "$SCRATCH/a" >"$SCRATCH/a2"
sed '$d' "$SCRATCH/b" >"$SCRATCH/b2"
sed '$d' "$SCRATCH/c" >"$SCRATCH/c2"
cmp -s "$SCRATCH/a2" "$SCRATCH/b2" && cmp -s "$SCRATCH/b2" "$SCRATCH/c2"
check "check, build -j 1 and build -j 4 report the same, in the same order" [ $? -eq 0 ]

# Every output is a job on the pool, the PDFs included; what a build
# writes is the same byte for byte whatever -j says.
export SOURCE_DATE_EPOCH=1700000000
for j in 1 2 4 7; do
	"$CK" build . -o "$SCRATCH/j$j" -q -j $j 2>"$SCRATCH/j$j.err"
	check "the bundled build with -j $j" [ $? -eq 0 ] ||
		head -5 "$SCRATCH/j$j.err"
done
for j in 2 4 7; do
	diff -r "$SCRATCH/j1" "$SCRATCH/j$j" >"$SCRATCH/diff" 2>&1
	check "-j $j writes the same files as -j 1, byte for byte" [ $? -eq 0 ] ||
		head -5 "$SCRATCH/diff"
done
# --only site checks the print products too, and lists them on the
# materials page as a whole build does (their PDFs stay from before)
"$CK" build . -o "$SCRATCH/j1" -q --only site
cmp -s "$SCRATCH/j1/materialen.html" "$SCRATCH/j2/materialen.html"
check "--only site lists the posters, desk mats and cards as a whole build" [ $? -eq 0 ]
grep -q 'print/posters/' "$SCRATCH/j1/materialen.html"
check "(the materials page has the posters)" [ $? -eq 0 ]
diff -r "$SCRATCH/j1/scorm" "$SCRATCH/j2/scorm" >/dev/null
check "--only site packs each module's hand-out into its SCORM package as a whole build does" [ $? -eq 0 ]
"$CK" build . -o "$SCRATCH/v" -v -j 2 >"$SCRATCH/v.out" 2>&1
n=$(sed -n 's/^hand-outs  *\([0-9]*\) .*/\1/p' "$SCRATCH/v.out")
pdfs=$(find "$SCRATCH/j1/print" -maxdepth 1 -name 'handout-*.pdf' | wc -l)
check "the hand-outs and the manual are made as one job each ($n jobs, $pdfs hand-outs)" \
	[ "${n:-0}" -eq $((pdfs + 1)) ] || sed 's/^/    /' "$SCRATCH/v.out" | head -40
unset SOURCE_DATE_EPOCH

# A site build parses each lesson once: the site renders its page from
# the tree its check made. So a lesson is opened twice, for its front
# matter when the content loads and for its check and page (the
# hand-outs, in a whole build, read it again).
if command -v strace >/dev/null; then
	les=$(ls content/modules/01-*/01-*.md)
	strace -f -qq -e trace=openat -o "$SCRATCH/opens" \
		"$CK" build . -o "$SCRATCH/once" -q --only site 2>/dev/null
	n=$(grep -c "\"$les\"\|/$les\"" "$SCRATCH/opens")
	check "--only site opens a lesson twice, not three times ($n)" [ "$n" -eq 2 ]
	diff -r -x print -x scorm "$SCRATCH/j1" "$SCRATCH/once" >"$SCRATCH/diff"
	check "(and writes the same pages)" [ $? -eq 0 ] || head -5 "$SCRATCH/diff"
fi

finish
