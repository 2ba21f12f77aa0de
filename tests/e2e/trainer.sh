#!/bin/sh
# The trainer's guide (content/trainer/): trainersgids.pdf set as the
# manual is (cover, contents, the chapters in weight order, the sources),
# its text extractable; a site page per chapter and trainer/index.html
# listing them, linked from the footer and the materials page; its
# chapters checked as lessons are.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

out=$SCRATCH/out
"$CK" build . -o "$out" -q 2>"$SCRATCH/err"
check "the course builds with its trainer's guide" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
pdf=$out/print/trainersgids.pdf
pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
check "trainersgids.pdf is written" [ -n "$pages" ]
echo "    trainersgids.pdf: $pages pages"
pdfinfo "$pdf" 2>/dev/null | grep -q "^Page size: *595.276 x 841.89 pts (A4)"
check "on A4" [ $? -eq 0 ]
pdftotext "$pdf" - 2>/dev/null | tr '\n' ' ' >"$SCRATCH/text"
for f in content/trainer/*.md; do
	title=$(sed -n 's/^title: *//p' "$f" | head -n 1)
	grep -qF "$title" "$SCRATCH/text"
	check "the guide holds '$title'" [ $? -eq 0 ]
	slug=$(basename "$f" .md | sed 's/^[0-9]*-//')
	check "trainer/$slug.html exists" [ -f "$out/trainer/$slug.html" ]
	grep -q "href=\"$slug.html\"" "$out/trainer/index.html"
	check "trainer/index.html links to $slug.html" [ $? -eq 0 ]
done
grep -qF "Bronnen genoemd in het COACH-artikel" "$SCRATCH/text"
check "the sources page is at its end" [ $? -eq 0 ]
grep -q "Inhoud" "$SCRATCH/text"
check "it has a table of contents" [ $? -eq 0 ]
# chapters in weight order: the trainingsdag before the follow-up
first=$(grep -boF "De trainingsdag" "$SCRATCH/text" | sed -n 3p | cut -d: -f1)
then=$(grep -boF "De follow-upbijeenkomst" "$SCRATCH/text" | sed -n 3p | cut -d: -f1)
check "the chapters come in weight order" [ -n "$first" -a -n "$then" ] && [ "$first" -lt "$then" ]
grep -q 'href="trainer/index.html"' "$out/index.html"
check "the footer links to the guide's page" [ $? -eq 0 ]
grep -q 'href="print/trainersgids.pdf"' "$out/materialen.html" &&
	grep -q 'href="trainer/index.html"' "$out/materialen.html"
check "the materials page lists the guide and its pages" [ $? -eq 0 ]
grep -q 'href="../print/trainersgids.pdf"' "$out/trainer/index.html"
check "the guide's page links to its PDF" [ $? -eq 0 ]
grep -q '<li><a href="index.html">Trainersgids</a></li>' "$out/trainer/trainingsdag.html"
check "a chapter's breadcrumbs lead back to the guide's page" [ $? -eq 0 ]

# Checked as lessons are: a broken link is an error at its line.
p=$SCRATCH/p
make_project "$p"
mkdir -p "$p/content/trainer"
printf -- '---\ntitle: Eerste dag\nweight: 2\n---\n\nZie [de les](../modules/01-een/01-begin.md).\n' \
	>"$p/content/trainer/01-dag.md"
printf -- '---\ntitle: Inleiding\nweight: 1\n---\n\nLees [de dag](01-dag.md).\n' \
	>"$p/content/trainer/02-inleiding.md"
"$CK" build "$p" -o "$p/out" -q 2>"$SCRATCH/err"
check "a project with a guide of two chapters builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
pdftotext "$p/out/print/trainersgids.pdf" - 2>/dev/null | tr '\n' ' ' >"$SCRATCH/t"
a=$(grep -boF "Lees de dag" "$SCRATCH/t" | head -n 1 | cut -d: -f1)
b=$(grep -boF "Zie de les" "$SCRATCH/t" | head -n 1 | cut -d: -f1)
check "weight orders the chapters, not the file names" [ -n "$a" -a -n "$b" ] && [ "$a" -lt "$b" ]
printf '\nEen [kapotte link](../modules/01-een/09-weg.md).\n' >>"$p/content/trainer/01-dag.md"
"$CK" check "$p" >/dev/null 2>"$SCRATCH/err"
check "a broken link in a chapter is an error (exit 1)" [ $? -eq 1 ]
grep -q "trainer/01-dag.md:8:.*error" "$SCRATCH/err"
check "at the chapter's line" [ $? -eq 0 ]
sed 's/^/    /' "$SCRATCH/err"
finish
