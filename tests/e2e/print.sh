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
npdf=$(ls "$out"/print/handout-*.pdf "$out"/print/handleiding.pdf 2>/dev/null | wc -l)
check "a hand-out per module and the manual ($npdf PDFs)" [ "$npdf" -eq $((nmod + 1)) ]
for f in "$out"/print/handout-*.pdf "$out"/print/handleiding.pdf; do
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
	complaints=$(pdftotext "$f" - 2>&1 >/dev/null | head -3)
	check "$name: poppler reads it without a complaint" [ -z "$complaints" ]
	[ -n "$complaints" ] && echo "$complaints" | sed 's/^/    /'
	labels=$(qpdf --json --json-key=pagelabels "$f" 2>/dev/null | tr -d ' \n')
	echo "$labels" | grep -q '"index":0,"label":{"/S":"/r","/St":1}}' &&
		echo "$labels" | grep -Eq '"index":[1-9][0-9]*,"label":{"/S":"/D","/St":1}}'
	check "$name: page labels i, ii ... then 1, 2 ..." [ $? -eq 0 ]
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
for pg in 2 3 4 5; do   # the first page with "pagina N van M"
	first=$(pdftotext -f $pg -l $pg "$manual" - 2>/dev/null)
	echo "$first" | grep -q "pagina [0-9]* van" && break
done
echo "$first" | grep -q "pagina 1 van"
check "the manual's content starts at pagina 1, after cover and contents" [ $? -eq 0 ]

# Font families named in site.yaml replace those of the print style.
p=$SCRATCH/fonts
make_project "$p"
printf 'fonts:\n  serif: Noto Sans\n  sans: Noto Sans\n' >>"$p/content/site.yaml"
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/ferr"
check "a project naming its fonts builds" [ $? -eq 0 ]
names=$(pdffonts "$p/out/print/handleiding.pdf" 2>/dev/null | tail -n +3 | awk '{print $1}')
echo "$names" | grep -q "NotoSans" && ! echo "$names" | grep -q "NotoSerif"
check "its PDFs use those fonts only" [ $? -eq 0 ]

# print: professional gives the hand-outs bleed, crop marks and boxes too
p=$SCRATCH/pro
make_project "$p"
printf 'print: professional\n' >>"$p/content/site.yaml"
"$CK" build "$p" -o "$p/out" -q 2>/dev/null
boxes=$(pdfinfo -box -f 1 -l 1 "$p/out/print/handleiding.pdf" 2>/dev/null)
echo "$boxes" | grep -Eq "TrimBox: +34\.02 +34\.02 +629\.29 +875\.91" &&
	echo "$boxes" | grep -Eq "BleedBox: +25\.51 +25\.51 +637\.80 +884\.41"
check "professional: the manual's pages are A4 inside 3 mm bleed" [ $? -eq 0 ]
pdftotext "$p/out/print/handleiding.pdf" - 2>/dev/null | grep -q "pagina 1 van"
check "professional: its text is all there" [ $? -eq 0 ]

# Typesetting problems are warnings at the content's line, once each,
# from check as from build.
p=$SCRATCH/warn
make_project "$p"
cat >"$p/content/modules/01-een/01-begin.md" <<'MD'
---
title: Tekens
---

Een gewone regel
met een sneeuwpop \342\230\203 op de tweede regel.

```kader
titel: Let op
tekst: |
  Eerste alinea.

  Een smiley \360\237\230\200 in een kader.
```

Een getal: 123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890 en verder.
MD
printf '%b' "$(cat "$p/content/modules/01-een/01-begin.md")" >"$SCRATCH/les" &&
	cp "$SCRATCH/les" "$p/content/modules/01-een/01-begin.md"
"$CK" check "$p" >/dev/null 2>"$SCRATCH/werr"
check "warnings alone do not fail a check" [ $? -eq 0 ]
f=$p/content/modules/01-een/01-begin.md
grep -q "^$f:6: warning: het teken U+2603 '☃' staat niet in het lettertype" "$SCRATCH/werr"
check "a missing glyph: file, line of the character, the character" [ $? -eq 0 ]
grep -q "^$f:13: warning: het teken U+1F600" "$SCRATCH/werr"
check "a missing glyph inside a kader: its own line" [ $? -eq 0 ]
grep -q "^$f:16:12: warning: een regel is [0-9.]* pt te breed voor de kolom: '1234567890123456789012345678901234567890...' past niet" "$SCRATCH/werr"
check "an overfull line: file, line and column, and the word" [ $? -eq 0 ]
n=$(reports "$SCRATCH/werr" | wc -l)
check "each reported once ($n lines)" [ "$n" -eq 3 ]
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/berr"
cmp -s "$SCRATCH/werr" "$SCRATCH/berr"
check "build reports the same as check" [ $? -eq 0 ]
finish
