#!/bin/sh
# The hand-outs and the manual of a long course are laid out module by
# module: a first pass measures, and holds at most 256 laid-out pages; a
# second lays out again what it did not hold and draws it. What a build
# holds at once (build -v: "ten hoogste N opgemaakte blz. tegelijk") stays
# the same however many lessons there are, and the manual drawn from the
# second pass is the one the first measured: its table of contents points
# at the right pages, its quizzes are numbered on. A manual of more than
# 2,000 pages is a warning at the title in site.yaml. (Time and memory of
# whole builds of 1,000 and 10,000 lessons: tests/bench/run.sh.)
. tests/e2e/lib.sh
p="$SCRATCH/lang"
sh tests/bench/gen.sh "$p" 48 15 >/dev/null   # 720 lessons
"$CK" build "$p" -o "$p/out" --dump-layout -v >"$SCRATCH/out" 2>"$SCRATCH/err"
check "720 lessons: the layout dump is made" [ $? -eq 0 ]
m="$p/out/print/handleiding.pdf.txt"

held=$(sed -n 's/.*ten hoogste \([0-9]*\) opgemaakte blz\. tegelijk$/\1/p' "$SCRATCH/out")
pages=$(grep -c '^page ' "$m")
check "the manual has more than 2,000 pages" [ "$pages" -gt 2000 ]
# 256 held, and a module or the answer key besides
check "at most 400 laid-out pages held at once (held: ${held:-none})" \
	[ "${held:-9999}" -le 400 ]

# The table of contents: every number is the content page of its entry's
# destination (counted from the label after the front pages).
set -- $(awk -v q="'" '
	/^label [0-9]+ / && !/roman/ { front = $2 }
	/^page / { pg++; next }
	/^text / { num = $NF ~ ("^" q "[0-9]+" q "$"); n = $NF; next }
	/^goto / && num && pg <= front { gsub(q, "", n); want[$NF] = n; next }
	/^dest / && pg > front && !($2 in at) { at[$2] = pg - front }
	END { for (d in want) { total++; if (at[d] != want[d]) bad++ }
	      print total + 0, bad + 0 }' "$m")
check "the contents list $1 entries (modules and lessons)" [ "$1" -gt 720 ]
check "each at the page its destination lies on ($2 wrong)" [ "$2" -eq 0 ]

# The quizzes are numbered on through the parts laid out again, and the
# answer key has each.
quizzes=$(grep -A1 "'Toetsvraag'" "$m" | grep -v "'Toetsvraag'" | grep -v '^--' |
	awk '{ gsub("\047", "", $NF); if ($NF != NR) bad++ } END { print (bad ? -1 : NR) }')
check "the quizzes are numbered 1 to $quizzes in order" [ "$quizzes" -gt 0 ]
bookmarks=$(grep -c '^bookmark ' "$m")
check "a bookmark for each heading ($bookmarks)" [ "$bookmarks" -gt 720 ]

grep -q "^$p/content/site.yaml:1:8: warning: handleiding.pdf wordt $((pages - $(sed -n "s/^label \([0-9]*\) ''$/\1/p" "$m"))) blz. lang, meer dan 2000: " "$SCRATCH/err"
check "the long manual is a warning at the title in site.yaml" [ $? -eq 0 ]
check "and the only report" [ "$(reports "$SCRATCH/err" | wc -l)" -eq 1 ]
finish
