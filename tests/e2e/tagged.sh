#!/bin/sh
# Tagged PDFs: the hand-outs, the manual and the competency appendix have a
# structure tree in reading order (read from qpdf's QDF form: each element's
# role, its kids in order, its /Alt), marked content that ties every text to
# an element or marks it an artifact (running heads and folios are
# artifacts), /MarkInfo, /Lang, /DisplayDocTitle, and qpdf finds nothing
# wrong in them.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

# tree FILE.pdf: the structure tree, an element a line, indented two
# spaces a level: its role, and " alt" when it has /Alt.
tree() {
	qpdf --qdf --object-streams=disable "$1" "$SCRATCH/t.qdf" 2>/dev/null
	awk '
	/^[0-9]+ 0 obj$/ { o = $1; ink = 0; next }
	/^endobj$/ { o = ""; next }
	o == "" { next }
	/^  \/K \[$/ { ink = 1; next }
	ink && /^  \]$/ { ink = 0; next }
	ink && /^    [0-9]+ 0 R$/ { kids[o] = kids[o] " " $1; next }
	/^  \/K [0-9]+ 0 R$/ { kids[o] = " " $2; next }
	/^  \/S \// { role[o] = substr($2, 2) }
	/^  \/Alt / { alt[o] = 1 }
	/^  \/Type \/StructTreeRoot$/ { root = o }
	function walk(e, depth,    n, k, i, pad) {
		pad = ""
		for (i = 0; i < depth; i++)
			pad = pad "  "
		print pad role[e] (alt[e] ? " alt" : "")
		n = split(kids[e], k, " ")
		for (i = 1; i <= n; i++)
			if (k[i] in role)
				walk(k[i], depth + 1)
	}
	END {
		if (root == "")
			exit
		n = split(kids[root], top, " ")
		for (j = 1; j <= n; j++)
			walk(top[j], 0)
	}' "$SCRATCH/t.qdf"
}

# marks FILE.pdf HEX: in the page contents, where each text is: "artifact",
# "tagged" (in a BDC with an MCID) or "none", one line per text; with HEX
# (the text's UTF-16 codes as libharu writes them) only that text's.
marks() {
	qpdf --qdf --object-streams=disable "$1" "$SCRATCH/m.qdf" 2>/dev/null
	awk -v hex="$2" '
	/\/Artifact BMC$/ { st = "artifact"; next }
	/ BDC$/ { st = "tagged"; next }
	/^EMC$/ { st = "none"; next }
	/^BT$/ && st == "" { st = "none" }
	/ Tj$/ && (hex == "" || index($0, "<" hex ">")) { print st == "" ? "none" : st }
	/^endstream$/ { st = "" }' "$SCRATCH/m.qdf"
}

# A hand-out of every kind of block.
p=$SCRATCH/p
make_project "$p"
mkdir -p "$p/content/diagrams"
cp content/diagrams/vierbollen.yaml "$p/content/diagrams/"
cp tests/fixtures/figuur.png "$p/content/modules/01-een/huis.png"
cat >"$p/content/modules/01-een/01-begin.md" <<'MD'
---
title: Eerste les
---

Tekst met een [link naar het web](https://example.org/) en nog veel meer
woorden, zodat de eerste regel vol raakt en de alinea doorloopt op een
tweede regel.

## Kop twee

- een
- twee

> Een citaat.

![Een huis in de zon](huis.png)

```diagram vierbollen
```

### Kop drie

```kader
titel: Let op
tekst: Een kader.
```
MD
"$CK" build "$p" -o "$p/out" --only print >"$SCRATCH/log" 2>&1
check "a build of a hand-out succeeds" [ $? -eq 0 ]
sed 's/^/    /' "$SCRATCH/log"
h=$p/out/print/handout-een.pdf
pdfinfo "$h" | grep -q '^Tagged: *yes$'
check "pdfinfo: the hand-out is tagged" [ $? -eq 0 ]
tree "$h" >"$SCRATCH/tree"
# (the diagram does not fit under the image: it floats to the next page's
# top, and the heading and box after it come first, in print as in the
# reading order)
cat >"$SCRATCH/want" <<'TREE'
Document
  P
  P
  P
  Sect
    H1
    P
      Link
    H2
    L
      LI
        Lbl
        LBody
          P
      LI
        Lbl
        LBody
          P
    BlockQuote
      P
    Figure alt
    P
    H3
    Div
      P
      P
    Figure alt
    P
  Sect
    H1
    P
      Link
TREE
diff "$SCRATCH/want" "$SCRATCH/tree" >"$SCRATCH/diff"
check "the structure tree has the roles in reading order" [ $? -eq 0 ]
[ -s "$SCRATCH/diff" ] && sed 's/^/    /' "$SCRATCH/diff"
qpdf --qdf --object-streams=disable "$h" "$SCRATCH/h.qdf" 2>/dev/null
grep -a -A1 '^  /Alt <feff0045' "$SCRATCH/h.qdf" >/dev/null
check "the image's description is its /Alt" [ $? -eq 0 ]
# "link naar het web" in UTF-16
grep -a -q '^  /Contents <feff006c0069006e006b0020006e00610061007200200068006500740020007700650062>$' "$SCRATCH/h.qdf"
check "a link's annotation has its words as /Contents" [ $? -eq 0 ]
links=$(grep -c '^ *Link$' "$SCRATCH/tree")
annots=$(grep -a -c '^  /Subtype /Link$' "$SCRATCH/h.qdf")
[ "$links" -eq 2 ] && [ "$annots" -eq "$links" ]
check "one annotation for each link ($links Link elements, $annots annotations)" \
	[ $? -eq 0 ]
# "Module 1", the running head of every page after the cover
m=$(marks "$h" 004d006f00640075006c006500200031)
[ -n "$m" ] && ! printf '%s\n' "$m" | grep -qv '^artifact$'
check "the running head is an artifact" [ $? -eq 0 ]
[ "$(marks "$h" | grep -c '^none$')" -eq 0 ] &&
	[ "$(marks "$h" | grep -c '^tagged$')" -gt 10 ]
check "every text is tagged or an artifact" [ $? -eq 0 ]
# the MCIDs of the pages and the ParentTree's arrays agree
bdc=$(grep -a -c '<</MCID [0-9]*>> BDC$' "$SCRATCH/h.qdf")
refs=$(awk '/^  \/Nums \[$/ { n = 1; next } n && /^  \]$/ { n = 0 }
	n && /^      [0-9]+ 0 R$/ { c++ } END { print c + 0 }' "$SCRATCH/h.qdf")
[ "$bdc" -gt 0 ] && [ "$bdc" -eq "$refs" ]
check "each MCID has its element in the ParentTree ($bdc, $refs)" [ $? -eq 0 ]
grep -a -q '^    /Marked true$' "$SCRATCH/h.qdf" &&
	grep -a -q '^    /DisplayDocTitle true$' "$SCRATCH/h.qdf" &&
	grep -a -q '^  /Lang (nl-NL)$' "$SCRATCH/h.qdf" &&
	[ "$(grep -a -c '^  /StructParents [0-9]*$' "$SCRATCH/h.qdf")" -ge 2 ] &&
	grep -a -q '^  /StructParent [0-9]*$' "$SCRATCH/h.qdf"
check "MarkInfo, Lang, DisplayDocTitle, StructParents on pages and links" \
	[ $? -eq 0 ]
qpdf --check "$h" >"$SCRATCH/check" 2>&1
check "qpdf --check finds nothing in the hand-out" [ $? -eq 0 ]
# what a screen reader reads from the tags: words with spaces between
pdfinfo -struct-text "$h" >"$SCRATCH/text" 2>&1
grep -q '"Tekst met een "$' "$SCRATCH/text" &&
	grep -q '"link naar het web \?"$' "$SCRATCH/text"
check "the tagged text has spaces between words" [ $? -eq 0 ]

# The bundled course: the manual, a hand-out and the appendix.
"$CK" build . -o "$SCRATCH/b" --only print -q >"$SCRATCH/blog" 2>&1
check "the bundled course builds" [ $? -eq 0 ]
pdfinfo -struct-text "$SCRATCH/b/print/handleiding.pdf" >"$SCRATCH/mtext" 2>&1
grep -q 'Tien competenties (1): denken en doen' "$SCRATCH/mtext" &&
	! grep -q '\. \. \. \.' "$SCRATCH/mtext"
check "the contents' dot leaders are artifacts, not read out" [ $? -eq 0 ]
for f in handleiding.pdf handout-coach.pdf competenties.pdf; do
	pdf=$SCRATCH/b/print/$f
	pdfinfo "$pdf" | grep -q '^Tagged: *yes$'
	check "pdfinfo: $f is tagged" [ $? -eq 0 ]
	qpdf --check "$pdf" >"$SCRATCH/check" 2>&1
	check "qpdf --check finds nothing in $f" [ $? -eq 0 ]
	[ "$(marks "$pdf" | grep -c '^none$')" -eq 0 ]
	check "every text in $f is tagged or an artifact" [ $? -eq 0 ]
done
tree "$SCRATCH/b/print/handleiding.pdf" >"$SCRATCH/manual"
figures=$(grep -c '^ *Figure' "$SCRATCH/manual")
[ "$figures" -gt 0 ] &&
	[ "$(grep -c '^ *Figure alt$' "$SCRATCH/manual")" -eq "$figures" ]
check "the manual's $figures figures all have /Alt" [ $? -eq 0 ]
awk '$1 == "Part" { part++ } $1 == "Sect" && !part { bad = 1 }
	END { exit !(part >= 6 && !bad) }' "$SCRATCH/manual"
check "the manual's modules are parts with the lessons in them" [ $? -eq 0 ]
grep -A1 '^  TOC$' "$SCRATCH/manual" | tr -d ' \n' | grep -q '^TOCTOCI$'
check "the manual's table of contents is a TOC" [ $? -eq 0 ]
tree "$SCRATCH/b/print/competenties.pdf" | grep -A3 '^    Table$' | head -4 |
	tr -d ' \n' | grep -q '^TableTRTDP$'
check "the appendix's CORP grid is a table" [ $? -eq 0 ]

finish
