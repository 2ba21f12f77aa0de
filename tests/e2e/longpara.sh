#!/bin/sh
# Text too long for the line breaker to take whole: a paragraph of 20,000
# words is broken into lines in parts, and a "word" of 2,000,000 letters is
# cut into lines as wide as the column. Each is a warning at its file,
# line and column; the build succeeds and the PDFs are sound, with all of
# the text in them. (How fast: see tests/bench/run.sh.)
. tests/e2e/lib.sh
p="$SCRATCH/lang"
sh tests/bench/longpara.sh "$p" 20000
d="$p/content/modules/01-lang"
f="$d/02-woord.md"
{
	printf -- '---\ntitle: Een lang woord\n---\n\nVoor het woord.\n\n'
	printf 'Een zin met '
	head -c 2000000 /dev/zero | tr '\0' 'a'
	printf ' en verder.\n\nEen woord van zestig letters: %s klaar.\n' \
		"$(head -c 60 /dev/zero | tr '\0' 'x')"
} >"$f"
"$CK" build "$p" -o "$p/public" -q 2>"$SCRATCH/err"
check "a long paragraph and a long word: the build succeeds" [ $? -eq 0 ]
grep -q "^$d/01-alinea.md:7:1: warning: een alinea van 20000 woorden is te lang om in één keer in regels te verdelen: ze wordt in [0-9]* delen gezet" "$SCRATCH/err"
check "the long paragraph: a warning at its file, line and column" [ $? -eq 0 ]
grep -q "^$f:7:13: warning: een woord van 2000000 tekens is te breed voor de kolom: het wordt over [0-9]* regels verdeeld$" "$SCRATCH/err"
check "the long word: a warning at its file, line and column" [ $? -eq 0 ]
check "each warned once, nothing else reported" [ "$(reports "$SCRATCH/err" | wc -l)" -eq 2 ]
[ "$(reports "$SCRATCH/err" | wc -l)" -eq 2 ] || sed 's/^/    /' "$SCRATCH/err" | head
for pdf in "$p/public/print/handout-lang.pdf" "$p/public/print/handleiding.pdf"; do
	qpdf --check "$pdf" >/dev/null 2>&1
	check "$(basename "$pdf"): qpdf --check is clean" [ $? -eq 0 ]
done
# the text, in the hand-out (the manual sets the same lines)
pdftotext "$p/public/print/handout-lang.pdf" "$SCRATCH/text"
letters=$(grep -E '^a+( en verder\.)?$' "$SCRATCH/text" | tr -cd 'a' | wc -c)
check "all 2,000,000 letters of the word are printed" \
	[ "$letters" -eq 2000000 ]
check "a sixty-letter word stays whole" \
	[ "$(grep -c 'x\{60\} klaar\.' "$SCRATCH/text")" -eq 1 ]
want=$(sed -n '7,/^$/p' "$d/01-alinea.md" | awk 'NF { w = $NF } END { print w }')
# the line before the next paragraph, over a page break: without the blank
# lines, the page's foot ("pagina N van M") and the next page's head
last=$(grep -v -e '^$' -e '^pagina [0-9]* van [0-9]*$' -e '^.\{0,1\}Module [0-9]*$' "$SCRATCH/text" |
	grep -B1 '^En een korte alinea erna\.$' | head -n 1)
check "the long paragraph is set up to its last word" [ "${last##* }" = "$want" ]
finish
