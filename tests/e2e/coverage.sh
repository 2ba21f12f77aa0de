#!/bin/sh
# Coverage of the source documents: content/COVERAGE.md names 25 concepts
# with their key terms, and every key term must be found in the visible
# text of the built site.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

table=content/COVERAGE.md
check "$table exists" [ -s "$table" ]

"$CK" build . -o "$SCRATCH/site" -q 2>"$SCRATCH/err"
check "the bundled content builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"

# The visible text of every page on one line: block ends become spaces,
# other tags vanish, entities are decoded (&amp; last), whitespace is
# squeezed and ASCII letters are lowercased (tr and y/// work on bytes, so
# only A-Z are folded; grep -i below does the same for the terms).
text=$SCRATCH/site.txt
find "$SCRATCH/site" -name '*.html' | sort | while read -r f; do
	cat "$f"
	echo
done | tr '\n\t\r' '   ' |
	sed -E -e 's#<(script|style)[^>]*>[^<]*</(script|style)>##g' \
		-e 's#<br[^>]*>|</(p|li|h[1-6]|td|th|tr|dt|dd|div|section|figcaption|caption|blockquote|title|text|tspan|summary)>#& #g' \
		-e 's/<[^>]*>//g' \
		-e 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&#39;/'"'"'/g; s/&amp;/\&/g' \
		-e 's/  */ /g' \
		-e 'y/ABCDEFGHIJKLMNOPQRSTUVWXYZ/abcdefghijklmnopqrstuvwxyz/' >"$text"
check "the site has text" [ "$(wc -c <"$text")" -gt 10000 ]

grep -Fqx '| # | Concept | Waar in de training | Kerntermen | Bron in de brondocumenten |' "$table"
check "the table has the agreed columns" [ $? -eq 0 ]

# One line per concept: number, concept, files, terms (tab-separated).
rows=$SCRATCH/rows
awk -F'|' '
	function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
	/^\| *[0-9]+ *\|/ {
		if (NF != 7) bad = bad " " trim($2)
		print trim($2) "\t" trim($3) "\t" trim($4) "\t" trim($5)
	}
	END { if (bad != "") { print "rows with the wrong number of cells:" bad > "/dev/stderr"; exit 1 } }
' "$table" >"$rows" 2>"$SCRATCH/err"
check "every row has five cells" [ $? -eq 0 ]
sed 's/^/    /' "$SCRATCH/err"

want=$(i=1; while [ $i -le 25 ]; do printf '%s ' $i; i=$((i + 1)); done)
got=$(cut -f1 "$rows" | tr '\n' ' ')
check "25 concepts, numbered 1 to 25 ($got)" [ "$got" = "$want" ]

# Every file named under "Waar in de training" exists.
missing=
for p in $(cut -f3 "$rows" | grep -o '`[^`]*`' | tr -d '`'); do
	[ -f "content/$p" ] || missing="$missing $p"
done
if [ -z "$missing" ]; then ok "every file in the table exists"
else fail "every file in the table exists" "missing:$missing"; fi

tab=$(printf '\t')
while IFS=$tab read -r num concept files terms; do
	names=
	missing=
	n=0
	rest=$terms
	while [ -n "$rest" ]; do
		term=${rest%% · *}
		if [ "$term" = "$rest" ]; then rest=; else rest=${rest#* · }; fi
		n=$((n + 1))
		names="${names:+$names, }$term"
		low=$(printf '%s' "$term" | sed 'y/ABCDEFGHIJKLMNOPQRSTUVWXYZ/abcdefghijklmnopqrstuvwxyz/')
		grep -qiF -e "$low" "$text" || missing="$missing '$term'"
	done
	what="concept $num ($concept): $names"
	if [ $n -lt 2 -o $n -gt 4 ]; then
		fail "$what" "$n terms; 2 to 4 expected"
	elif [ -n "$missing" ]; then
		fail "$what" "not in the site:$missing"
	else
		ok "$what"
	fi
done <"$rows"
finish
