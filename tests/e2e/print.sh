#!/bin/sh
# The PDFs of the bundled content: one hand-out per module and the manual,
# A4, fonts embedded and subset, Dutch text that survives extraction,
# structurally sound, bookmarks and links present, no overfull lines.
. tests/e2e/lib.sh
out="$SCRATCH/site"
summary=$("$CK" build . -o "$out" -v 2>"$SCRATCH/err")
check "the build with PDFs succeeds" [ $? -eq 0 ]
check "no warnings from typesetting" [ ! -s "$SCRATCH/err" ]
[ -s "$SCRATCH/err" ] && sed 's/^/    /' "$SCRATCH/err" | head
echo "$summary" | grep -Eq "^[0-9]+ pagina's, [0-9]+ PDF's \([0-9]+ blz\.\) in [0-9]+,[0-9]+ s$"
check "the summary counts pages, PDFs and printed pages" [ $? -eq 0 ]
echo "$summary" | grep -q " 0 te brede regels"
check "no overfull lines on the bundled content" [ $? -eq 0 ]

nmod=$(ls -d content/modules/*/ | wc -l)
npdf=$(ls "$out"/print/*.pdf 2>/dev/null | wc -l)
check "a hand-out per module and the manual ($npdf PDFs)" [ "$npdf" -eq $((nmod + 1)) ]
for f in "$out"/print/*.pdf; do
	name=$(basename "$f")
	info=$(pdfinfo "$f" 2>/dev/null)
	echo "$info" | grep -q "^Page size: *595.276 x 841.89 pts (A4)"
	check "$name is A4" [ $? -eq 0 ]
	pages=$(echo "$info" | sed -n 's/^Pages: *//p')
	check "$name has pages ($pages)" [ "${pages:-0}" -ge 2 ]
	fonts=$(pdffonts "$f" 2>/dev/null | tail -n +3)
	bad=$(echo "$fonts" | awk '$(NF-4) != "yes" || $(NF-3) != "yes" { print }')
	check "$name: every font embedded and subset" [ -n "$fonts" -a -z "$bad" ]
	qpdf --check "$f" >/dev/null 2>&1
	check "$name: qpdf --check is clean" [ $? -eq 0 ]
done
manual="$out/print/handleiding.pdf"
text=$(pdftotext -layout "$manual" - 2>/dev/null)
echo "$text" | grep -q "patiënten" && echo "$text" | grep -q "geïnterviewde"
check "Dutch diacritics survive text extraction" [ $? -eq 0 ]
echo "$text" | grep -q "“"
check "curly quotes in the text" [ $? -eq 0 ]
echo "$text" | grep -Eq "pagina [0-9]+ van [0-9]+"
check "footers say pagina N van M" [ $? -eq 0 ]
echo "$text" | grep -q "Inhoud"
check "the manual has a table of contents" [ $? -eq 0 ]
qpdf --qdf --object-streams=disable "$manual" - 2>/dev/null >"$SCRATCH/manual.qdf"
grep -aq "/Lang (nl-NL)" "$SCRATCH/manual.qdf"; check "the manual says /Lang nl-NL" [ $? -eq 0 ]
grep -aq "/Outlines" "$SCRATCH/manual.qdf"; check "the manual has bookmarks" [ $? -eq 0 ]
links=$(grep -ac "/Subtype /Link" "$SCRATCH/manual.qdf")
check "the manual has internal links ($links)" [ "$links" -gt 10 ]
grep -q 'href="../print/handout-' "$out"/*/index.html
check "module pages link to their hand-out" [ $? -eq 0 ]
finish
