#!/bin/sh
# Line breaking of the bundled manual, read from pdftotext -layout: at
# most 3.7% of its lines end in a hyphen, never three in a row, at most 8
# paragraphs end in a line that is only the end of a hyphenated word, and
# no line is overfull. Word spacing as even as LaTeX's with microtype:
# the median difference in word spacing between adjacent justified lines
# at most 0.025 em (tests/tools/wordspacing.awk), with the glyphs of
# justified lines expanded by at most 2% (Tz in the PDF, hscale in the
# layout dump). Non-breaking spaces: "Van der Weijden" is never
# split across lines in any PDF. Foreign phrases (site.yaml
# foreign_phrases) are never hyphenated, and a foreign_phrases that is
# not a list is an error at its line.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

out=$SCRATCH/out
"$CK" build . -o "$out" -v >"$SCRATCH/log" 2>&1
check "the bundled content builds" [ $? -eq 0 ]
check "no overfull lines" grep -q " 0 te brede regels" "$SCRATCH/log"

manual=$out/print/handleiding.pdf
pdftotext -layout "$manual" "$SCRATCH/manual.txt"

# The counts: lines (not blank, not the page numbers), lines ending in a
# hyphen after a letter, runs of two and three such lines, and last lines
# that are only the end of a hyphenated word (no space on them).
LC_ALL=C awk '
{ t = $0; sub(/^[ \t]+/, "", t); sub(/[ \t]+$/, "", t) }
t == "" || t ~ /^pagina [0-9]+ van [0-9]+$/ { prevh = 0; run = 0; next }
{
	lines++
	if (prevh && t !~ / /) frags++
	h = (t ~ /[^- \t]-$/ && t !~ /--$/)
	if (h) { hy++; run++; if (run == 2) two++; if (run == 3) three++ }
	else run = 0
	prevh = h
}
END { printf "%d %d %d %d %d\n", lines, hy, two + 0, three + 0, frags + 0 }
' "$SCRATCH/manual.txt" >"$SCRATCH/counts"
read -r lines hy two three frags <"$SCRATCH/counts"
echo "# manual: $lines lines, $hy hyphenated, $two pairs, $three triples, $frags fragment last lines"
check "the manual has text" [ "$lines" -gt 1000 ]
check "hyphenated line ends <= 3.7% of lines ($hy of $lines)" \
	[ $((hy * 1000)) -le $((lines * 37)) ]
check "never three hyphenated lines in a row ($three)" [ "$three" -eq 0 ]
check "last lines that are only a word's end <= 8 ($frags)" [ "$frags" -le 8 ]

# Font expansion evens the word spacing: LaTeX's figure is 0.057 em
# without microtype and 0.022 with it (tests/tools/latex-manual.sh); the
# manual's was 0.053 before expansion.
pdftotext -bbox "$manual" - |
	LC_ALL=C awk -v size=10.5 -f tests/tools/wordspacing.awk >"$SCRATCH/spacing"
read -r med pairs <"$SCRATCH/spacing"
echo "# manual: median line-to-line difference in word spacing $med em ($pairs pairs)"
check "the manual has pairs of justified lines ($pairs)" [ "$pairs" -ge 300 ]
check "median line-to-line difference in word spacing <= 0.025 em ($med)" \
	awk -v m="$med" 'BEGIN { exit !(m <= 0.025) }'
qpdf --qdf --object-streams=disable "$manual" "$SCRATCH/manual.qdf" 2>/dev/null
n=$(grep -ac ' Tz$' "$SCRATCH/manual.qdf")
check "the PDF draws expanded lines with Tz ($n)" [ "$n" -gt 100 ]
"$CK" build . -o "$SCRATCH/dump" --dump-layout >/dev/null 2>&1
LC_ALL=C awk '/^text / && / hscale / { n++; for (i = 1; i < NF; i++)
	if ($i == "hscale" && ($(i + 1) < 0.98 || $(i + 1) > 1.02)) bad++ }
	END { print n + 0, bad + 0 }' \
	"$SCRATCH/dump/print/handleiding.pdf.txt" >"$SCRATCH/hscale"
read -r n bad <"$SCRATCH/hscale"
check "the layout dump shows the expansion ($n texts)" [ "$n" -gt 1000 ]
check "no glyphs expanded by more than 2% ($bad)" [ "$bad" -eq 0 ]

# "Van der Weijden" on one line in every PDF.
split=""
for pdf in $(find "$out/print" -name '*.pdf' | sort); do
	pdftotext -layout "$pdf" - | grep "Weijden" |
		grep -v "[Vv]an der Weijden" >/dev/null &&
		split="$split $(basename "$pdf")"
done
check "'Van der Weijden' is never split (in:$split)" [ -z "$split" ]
n=$(pdftotext -layout "$manual" - | grep -c "an der Weijden")
check "the manual names Van der Weijden ($n)" [ "$n" -gt 0 ]

# No word of a foreign phrase hyphenated: join each hyphenated line end
# with the next line's first word.
LC_ALL=C awk '
{ t = $0; sub(/^[ \t]+/, "", t) }
prev != "" { split(t, w, /[ \t]+/); print tolower(prev w[1]); prev = "" }
t ~ /[a-z]-[ \t]*$/ { n = split(t, w, /[ \t]+/); x = w[n]; sub(/-$/, "", x); prev = x }
' "$SCRATCH/manual.txt" | tr -d '.,;:()' >"$SCRATCH/joined"
bad=$(grep -E '^(evidence|based|medicine|shared|decision|making|informed|consent|personalised|mindset)$' "$SCRATCH/joined" | tr '\n' ' ')
check "foreign phrases are not hyphenated ($bad)" [ -z "$bad" ]

# A foreign_phrases that is not a list of texts.
p=$SCRATCH/proj
make_project "$p"
printf 'title: Proef\nforeign_phrases:\n  evidence: based\n' >"$p/content/site.yaml"
"$CK" check "$p" >"$SCRATCH/err" 2>&1
rc=$?
check "a foreign_phrases map fails the check" [ "$rc" -eq 1 ]
check "the error is at its line" \
	grep -q "site.yaml:3:.*error: 'foreign_phrases' moet een lijst van teksten zijn" "$SCRATCH/err"

finish
