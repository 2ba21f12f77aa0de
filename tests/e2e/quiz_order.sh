#!/bin/sh
# The order of a quiz's options: shuffled by the quiz's id, the same on
# the site, in the SCORM package and in the printed answer key, the right
# answer no more often first or longest than chance allows, the values the
# browser keeps an answer under the options' places as written, and
# 'volgorde: vast' keeping the written order. The project's quizzes all
# have their right answer first and longest, as a hasty author writes them.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh
export LC_ALL=C

P=$SCRATCH/p
make_project "$P"
M=$P/content/modules/01-een
for l in 1 2 3 4 5 6 7 8 9 10; do
	f=$M/$(printf '%02d' $((l + 2)))-les$l.md
	printf -- '---\ntitle: Les%d\n---\n\nTekst.\n' "$l" >"$f"
	for q in 1 2 3 4; do
		printf '\n```quiz\nvraag: Welke %d.%d?\n' "$q" "$l"
		[ "$l$q" = 11 ] && printf 'volgorde: vast\n'
		printf 'opties:\n  - tekst: Optie0 het juiste en langste antwoord\n    juist: true\n'
		printf '  - tekst: Optie1 fout\n  - tekst: Optie2 fout\n  - tekst: Optie3 fout\n```\n'
	done >>"$f"
done
"$CK" build "$P" -o "$SCRATCH/site" -q --only site 2>"$SCRATCH/err"
check "the project builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
"$CK" build "$P" -o "$SCRATCH/dump" -q --dump-layout 2>"$SCRATCH/err"
check "its layout dumps" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]

# One line per quiz of the site's lesson pages, in the course's order:
# page, the right letter, and the options as "value:text-number".
site_quizzes() {
	for l in 1 2 3 4 5 6 7 8 9 10; do
		cat "$1/een/les$l.html"
	done | awk '
		function flush() { if (inq) print page "\t" right "\t" opts; inq = 0 }
		/<section class="quiz"/ { flush(); inq = 1; opts = ""; right = ""
			page = $0; sub(/.*data-quiz="/, "", page); sub(/".*/, "", page); next }
		/<\/fieldset>/ { flush() }
		!inq { next }
		/class="quiz-optie"/ { juist = ($0 ~ /data-juist="true"/) }
		/<input / { v = $0; sub(/.* value="/, "", v); sub(/".*/, "", v) }
		/<label for=/ { t = $0; sub(/.*<\/span> Optie/, "", t); t = substr(t, 1, 1)
			L = $0; sub(/.*aria-hidden="true">/, "", L); L = substr(L, 1, 1)
			if (juist) right = L
			opts = opts " " v ":" t }
		END { flush() }'
}
site_quizzes "$SCRATCH/site" >"$SCRATCH/site.txt"
n=$(wc -l <"$SCRATCH/site.txt")
check "the site has the 40 quizzes ($n)" [ "$n" -eq 40 ]
bad=$(awk '{ for (i = 3; i <= NF; i++) { split($i, p, ":"); if (p[1] != p[2]) print } }' "$SCRATCH/site.txt")
check "each option's value is its place as written" [ -z "$bad" ]
check "'volgorde: vast' keeps the written order" \
	grep -q "^een/les1#quiz-1	A	 0:0 1:1 2:2 3:3\$" "$SCRATCH/site.txt"
first=$(grep -vc "	A	" "$SCRATCH/site.txt")
first=$((n - first))
# the right answer is the longest option wherever it is: its being first
# is what the order can change; each of the four places gets some
shuffled=$(grep -v '^een/les1#quiz-1	' "$SCRATCH/site.txt")
echo "    right answer first in $first of $n quizzes ($((first * 100 / n))%)"
check "the right answer is first in at most 35% of the quizzes ($first of $n)" \
	[ $((first * 100)) -le $((n * 35)) ]
for L in A B C D; do
	c=$(printf '%s\n' "$shuffled" | grep -c "	$L	")
	check "the right answer is $L in some quizzes ($c)" [ "$c" -ge 3 ]
done

# The SCORM package holds the same pages
mkdir -p "$SCRATCH/scorm"
(cd "$SCRATCH/scorm" && unzip -q "$SCRATCH/site/scorm/een.zip")
site_quizzes "$SCRATCH/scorm" >"$SCRATCH/scorm.txt"
check "the SCORM package shows the same order" cmp -s "$SCRATCH/site.txt" "$SCRATCH/scorm.txt"

# The hand-out's answer key gives the letter the site shows
awk -v q="'" '
	function flush() { if (on) { gsub(q, "", last); print last }; on = 0 }
	on && !($1 == "text" && $6 == y) { flush() }
	$1 == "text" && $7 == q "Vraag" q { flush(); y = $6; on = 1; next }
	on { last = $7 }
	END { flush() }' \
	"$SCRATCH/dump/print/handout-een.pdf.txt" >"$SCRATCH/key.txt"
cut -f2 "$SCRATCH/site.txt" >"$SCRATCH/site-key.txt"
check "the printed answer key gives the site's letters" \
	cmp -s "$SCRATCH/key.txt" "$SCRATCH/site-key.txt"
nk=$(wc -l <"$SCRATCH/key.txt")
check "the answer key has the 40 answers ($nk)" [ "$nk" -eq 40 ]

# Two builds give the same order
"$CK" build "$P" -o "$SCRATCH/site2" -q --only site -j 1 2>/dev/null
site_quizzes "$SCRATCH/site2" >"$SCRATCH/site2.txt"
check "a second build gives the same order" cmp -s "$SCRATCH/site.txt" "$SCRATCH/site2.txt"
finish
