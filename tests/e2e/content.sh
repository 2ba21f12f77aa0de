#!/bin/sh
# The bundled content says no more than its sources and can be taught from:
# the overreaching phrases a review found stay out; the glossary
# (content/begrippen.yaml) is well-formed, every term in it is used and
# every abbreviation in capitals has an entry; the quizzes start from a
# situation and their answers give no clue by position or length on the
# built site; the trainer's guide (content/trainer/) and the worksheets
# (content/werkbladen/) are complete and point at what exists.
# Shell and awk only: the content is parsed as the small YAML it is written in.
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh
C=content
export LC_ALL=C

# Each file as one line with its whitespace squeezed, so that a phrase is
# found across the line breaks of a folded YAML text: "path<TAB>text".
flat=$SCRATCH/flat
find "$C" -type f \( -name '*.md' -o -name '*.yaml' \) | sort | while read -r f; do
	printf '%s\t' "${f#$C/}"
	tr '\n\t' '  ' <"$f" | sed 's/  */ /g'
	echo
done >"$flat"
# has FILE PHRASE: FILE ("*" for any) holds PHRASE
has() {
	if [ "$1" = '*' ]; then cut -f2- "$flat" | grep -qF -e "$2"
	else grep -F -e "$1	" "$flat" | cut -f2- | grep -qF -e "$2"; fi
}

# --- 1. The overreaching phrases of the review do not come back
tab=$(printf '\t')
while IFS='|' read -r file phrase; do
	[ -n "$phrase" ] || continue
	if has "$file" "$phrase"; then
		fail "no overreach: '$phrase' ($file)" "$(grep -lF -e "$phrase" -r "$C" | head -3)"
	else ok "no overreach: '$phrase' ($file)"; fi
done <<'LIST'
*|COACH is een aanpak die POH's helpt
*|COACH is een aanpak die daarbij helpt
*|dat vinden patiënten het belangrijkst
*|dat staat voor patiënten bovenaan
*|Zo ervaren patiënten dat ze als mens worden gezien
*|Patiënten willen vooral gehoord en serieus genomen worden
*|Patiënten zeggen zelf dat het averechts werkt
deskmats/het-consult.yaml|Wat patiënten van je verwachten
*|nodig heeft. Een sleutelprincipe dat Wouter Hart noemt
*|na één consult. Een sleutelprincipe dat Wouter Hart noemt
*|Voorbeeldprofiel. Gebaseerd op
pocket.yaml|titel: Vier voorbeeldprofielen
competencies.yaml|De volgorde en de indeling volgen de tabellen in de thesis
diagrams/corp.yaml|bron: Tuin, Beijer & Akkerboom (2005) assen:
diagrams/vierbollen.yaml|bron: COACH-procesevaluatie; gebaseerd op de ICF
*|Zelfs zorgverzekeraars willen af van indicatoren
*|Ook zorgverzekeraars kijken anders
*|Volgens deze uitspraak is maatwerk dus de norm geworden
*|Ook het onderzoek naar COACH kwam tot deze conclusie
*|Kort gezegd: met persoonlijke aandacht
pages/over.md|Casussen** zijn voorbeelden uit de brondocumenten
*|Maar 20% van je gedrag is bewust
*|In module 6 las je dat maar 20%
LIST

# ... and what replaced them is there
while IFS='|' read -r file phrase; do
	[ -n "$phrase" ] || continue
	check "says: '$phrase' ($file)" has "$file" "$phrase"
done <<'LIST'
modules/04-coach/_module.yaml|is ontwikkeld om POH's te ondersteunen
posters/de-mens-is-boeiend.yaml|Je kunt het zo lezen
posters/blijvend-in-gesprek.yaml|Je kunt het zo lezen
posters/gehoord.yaml|patiënten in Nijkerk
posters/serieus-genomen.yaml|patiënten in Nijkerk
pocket.yaml|niet de COACH-profielen
competencies.yaml|CORP-groep: eigen lezing
diagrams/corp.yaml|indeling eigen
diagrams/vierbollen.yaml|tekening eigen
pages/over.md|eigen oefensituaties
pages/bronnen.md|Handreiking gezamenlijke besluitvorming
pages/bronnen.md|online tabel 1
pages/bronnen.md|(h. 1.2)
pages/bronnen.md|https://zelfzorgondersteund-instrumentenkiezer.nl/wp-content/uploads/2016/03/Zelfmanagementondersteuning-in-1-oogopslag-Zorgmodule-1.0-blz-67.pdf
pages/bronnen.md|https://www.youtube.com/watch?reload=9&v=LnDWt10Maf8
LIST

bad=
for f in "$C"/profiles/*.yaml; do
	awk '/^aanpak:/ { getline; if ($0 !~ /^ *Eigen beschrijving/) bad = 1 }
	     /^bron:/ { getline; if ($0 !~ /^ *Eigen voorbeeld, niet de COACH-profielen/) bad = 1 }
	     END { exit bad }' "$f" || bad="$bad ${f#$C/}"
done
if [ -z "$bad" ]; then ok "every profile card marks its role text and itself as our own"
else fail "every profile card marks its role text and itself as our own" "$bad"; fi

# 20%/80% is the thesis's claim, said as such wherever it is used
bad=$(grep -rn --exclude=COVERAGE.md '20% van je gedrag' "$C" | grep -v 'olgens de thesis')
if [ -z "$bad" ]; then ok "20% bewust / 80% onbewust is attributed to the thesis everywhere"
else fail "20% bewust / 80% onbewust is attributed to the thesis everywhere" "$bad"; fi

# --- 2. The glossary
G=$C/begrippen.yaml
check "$G exists" [ -s "$G" ]
terms=$SCRATCH/terms
awk -v file="$G" '
	function entry_end() {
		if (n && !(has["uitleg"] && has["bron"]))
			printf "%s:%d: %s lacks uitleg or bron\n", file, line, term > "/dev/stderr"
		split("", has)
	}
	/^begrippen:/ { inlist = 1; next }
	/^[a-z]/ { inlist = 0 }
	!inlist { next }
	/^  - term: / { entry_end(); n++; line = NR; term = substr($0, 11); print term; next }
	/^    [a-z]+:/ {
		k = $1; sub(/:$/, "", k)
		if (k != "uitleg" && k != "bron" && k != "afkorting")
			printf "%s:%d: unknown key %s\n", file, NR, k > "/dev/stderr"
		v = $0; sub(/^    [a-z]+: */, "", v)
		has[k] = (v != "" || k == "uitleg")
		next
	}
	/^      [^ ]/ || /^ *$/ || /^#/ { next }
	{ printf "%s:%d: unexpected line\n", file, NR > "/dev/stderr" }
	END { entry_end() }' "$G" >"$terms" 2>"$SCRATCH/err"
check "every glossary entry has term, uitleg and bron, and no other keys" [ ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
n=$(wc -l <"$terms")
check "the glossary has at least 40 entries ($n)" [ "$n" -ge 40 ]
dups=$(sort -f "$terms" | uniq -di)
check "no term is in the glossary twice${dups:+ ($dups)}" [ -z "$dups" ]
for t in intervisie supervisie e-coaching coaching-on-the-job videofeedback \
	'integrale bekostiging' 'programmatische zorg' diseasemanagement \
	'klinisch redeneren' ZN LAN LHV NIVEL NHG InEen 'V&VN' NVvPO WONCA RVS; do
	grep -qxF -e "$t" "$terms" || missing="$missing '$t'"
done
check "the glossary explains the terms the review asked for${missing:+ (missing:$missing)}" [ -z "$missing" ]
# every term is used somewhere in the content, outside the glossary
unused=
while read -r t; do
	grep -v "^begrippen.yaml	" "$flat" | cut -f2- | grep -qiF -e "$t" || unused="$unused '$t'"
done <"$terms"
check "every glossary term occurs in the content${unused:+ (not:$unused)}" [ -z "$unused" ]

# Every abbreviation in capitals (a word with two or more capitals, such as
# NHG, V&VN or InEen) in what a reader sees has an entry. Web addresses,
# YAML comments, Roman numerals, colours and the poster's shouted MOETEN
# are not abbreviations.
abbr=$SCRATCH/abbr
find "$C" -type f \( -name '*.md' -o -name '*.yaml' \) ! -name COVERAGE.md \
	! -name site.yaml ! -name begrippen.yaml | sort | while read -r f; do
	case $f in *.yaml) sed 's/^[[:space:]]*#.*$//' "$f" ;; *) cat "$f" ;; esac |
		sed -E 's#https?://[^ )>]*##g; s#www\.[^ )>]*##g' |
		awk -v f="${f#$C/}" '{
			n = split($0, w, /[^A-Za-z0-9&\200-\377]+/)
			for (i = 1; i <= n; i++) {
				t = w[i]; c = t
				if (gsub(/[A-Z]/, "", c) < 2) continue
				if (t ~ /^[IVXLC]+$/ || t ~ /^[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]$/) continue
				if (t == "MOETEN") continue
				print t "\t" f
			}
		}'
done | sort -u >"$abbr"
unknown=$(cut -f1 "$abbr" | sort -u | while read -r a; do
	grep -qxF -e "$a" "$terms" || printf ' %s (%s)' "$a" "$(grep "^$a	" "$abbr" | cut -f2 | head -1)"
done)
na=$(cut -f1 "$abbr" | sort -u | wc -l)
check "every one of the $na abbreviations in capitals has a glossary entry${unknown:+:$unknown}" [ -z "$unknown" ]

# --- 3. Quizzes: one line per quiz from the lessons' ```quiz blocks:
# file, number, multiple (0/1), options, right options, options with
# feedback, has uitleg (0/1), application (0/1).
# An application question puts the learner in a situation: the question
# starts with "Stel" and has at least two sentences before the question.
quiz=$SCRATCH/quiz
for f in "$C"/modules/*/[0-9]*.md; do
	awk -v f="${f#$C/}" '
		function flush() {
			if (!inq) return
			print f "\t" nq "\t" multi "\t" nopt "\t" nright "\t" nfb "\t" (uitleg != "") "\t" app()
		}
		function app(   s, ends) {
			s = vraag " "
			ends = gsub(/[.?!][\047\342\200\231]* /, "&", s)
			return (vraag ~ /^Stel/ && ends >= 3 && vraag ~ /\?$/)
		}
		/^```quiz *$/ { inq = 1; nq++; vraag = ""; invraag = 0; multi = 0
			nopt = nright = nfb = 0; uitleg = ""; next }
		inq && /^```/ { flush(); inq = 0; next }
		!inq { next }
		/^vraag: / { v = substr($0, 8); invraag = (v == ">-" || v == ">" || v == "|")
			vraag = invraag ? "" : v; next }
		invraag && /^  [^ -]/ { sub(/^  /, ""); vraag = vraag (vraag == "" ? "" : " ") $0; next }
		{ invraag = 0 }
		/^meerdere: *true/ { multi = 1 }
		/^  - tekst: / { nopt++ }
		/^    juist: *true/ { nright++ }
		/^    feedback: ./ { nfb++ }
		/^uitleg: ./ { uitleg = $0 }
		END { if (inq) print f ": an unclosed quiz" > "/dev/stderr" }' "$f"
done >"$quiz"
total=$(wc -l <"$quiz")
check "the lessons have quizzes ($total)" [ "$total" -ge 30 ]
nofb=$(awk -F'\t' '$6 != $4 { print $1 "#" $2 }' "$quiz")
check "every option of every quiz has feedback${nofb:+ (not: $nofb)}" [ -z "$nofb" ]
nouit=$(awk -F'\t' '$7 != 1 { print $1 "#" $2 }' "$quiz")
check "every quiz has an uitleg${nouit:+ (not: $nouit)}" [ -z "$nouit" ]
napp=$(awk -F'\t' '$8 == 1' "$quiz" | wc -l)
check "at least half the quizzes start from a situation ('Stel ...'): $napp of $total" [ $((napp * 2)) -ge "$total" ]

# The built site: of the single-answer quizzes, how often is the right
# answer first, and how often is it the longest option (in characters, a
# tie counting as longest)?
"$CK" build . -o "$SCRATCH/site" -q --only site 2>"$SCRATCH/err"
check "the bundled content builds" [ $? -eq 0 -a ! -s "$SCRATCH/err" ]
sed 's/^/    /' "$SCRATCH/err"
find "$SCRATCH/site" -name '*.html' | sort | xargs cat | awk '
	function chars(s) { gsub(/&[a-z#0-9]+;/, "x", s); gsub(/[\200-\277]/, "", s); return length(s) }
	function flush(   i, max) {
		if (!inq || multi || n == 0) return
		single++
		if (right[1]) first++
		max = 0
		for (i = 1; i <= n; i++) if (len[i] > max) max = len[i]
		for (i = 1; i <= n; i++) if (right[i] && len[i] == max) { longest++; break }
	}
	/<section class="quiz"/ { flush(); inq = 1; n = 0; multi = ($0 ~ /data-multiple="true"/); split("", right); next }
	!inq { next }
	/<\/fieldset>/ { flush(); inq = 0; next }
	/class="quiz-optie"/ { n++; right[n] = ($0 ~ /data-juist="true"/); next }
	/<label for=/ { s = $0; sub(/.*<\/span> */, "", s); sub(/<\/label>.*/, "", s); len[n] = chars(s) }
	END { printf "%d %d %d\n", single, first, longest }' >"$SCRATCH/order"
read -r single first longest <"$SCRATCH/order"
check "the built site has single-answer quizzes ($single)" [ "${single:-0}" -ge 20 ]
check "the right answer is first in at most 35% of them ($first of $single)" [ $((first * 100)) -le $((single * 35)) ]
check "the right answer is the longest option in at most 40% of them ($longest of $single)" [ $((longest * 100)) -le $((single * 40)) ]

# --- 4. The trainer's guide
T=$C/trainer
for f in 00-inleiding 01-trainingsdag 02-follow-up 03-e-coaching-en-coaching-on-the-job \
	04-begeleiding-casussen 05-facilitatie; do
	check "$T/$f.md exists" [ -s "$T/$f.md" ]
done
for f in "$T"/*.md; do
	sed -n '1p' "$f" | grep -qx -- '---' &&
		awk 'NR > 1 && /^---$/ { done = 1; exit !(t && w) } /^title: ./ { t = 1 } /^weight: [0-9]+$/ { w = 1 } END { if (!done) exit 1 }' "$f"
	check "${f#$C/}: front matter with title and weight" [ $? -eq 0 ]
	grep -q '^## Bronnen$' "$f" && sed -n '/^## Bronnen$/,$p' "$f" | grep -Eq 'r\. [0-9]+'
	check "${f#$C/}: a Bronnen section with seed lines" [ $? -eq 0 ]
	broken=
	for l in $(grep -o '](\([^)#]*\.md\)' "$f" | sed 's/^](//'); do
		[ -f "$(dirname "$f")/$l" ] || broken="$broken $l"
	done
	check "${f#$C/}: every link to a lesson or page resolves${broken:+ (not:$broken)}" [ -z "$broken" ]
done
# session plans: their timings are said to be our proposal
for f in "$T/01-trainingsdag.md" "$T/02-follow-up.md"; do
	nt=$(grep -Ec '^## [0-9]+\.[0-9]+ - [0-9]+\.[0-9]+ ' "$f")
	[ "$nt" -ge 5 ] && grep -q 'Ons voorstel' "$f"
	check "${f#$C/}: a timed plan ($nt blocks), marked as our proposal" [ $? -eq 0 ]
done
# every casus of the lessons has its guidance, under its title
missing=
grep -h -A1 '^```casus' "$C"/modules/*/[0-9]*.md | sed -n 's/^titel: *//p' | tr -d '"' >"$SCRATCH/casus"
while read -r t; do
	grep -qxF -e "## $t" "$T/04-begeleiding-casussen.md" || missing="$missing '$t'"
done <"$SCRATCH/casus"
nc=$(wc -l <"$SCRATCH/casus")
check "guidance for each of the $nc casussen${missing:+ (missing:$missing)}" [ -z "$missing" -a "$nc" -ge 9 ]
for part in trainingsdag e-coaching coaching-on-the-job follow-upbijeenkomst; do
	grep -q "$part" "$T/00-inleiding.md"
	check "the guide names the COACH training's part '$part'" [ $? -eq 0 ]
done

# --- 5. The worksheets: one A4 each, in one schema
W=$C/werkbladen
for f in vierbollen-gesprek doelen-en-actieplan observatie zelfbeoordeling intervisie wakker; do
	check "$W/$f.yaml exists" [ -s "$W/$f.yaml" ]
done
for f in "$W"/*.yaml; do
	awk -v file="${f#$C/}" '
		function err(m) { printf "%s:%d: %s\n", file, NR, m > "/dev/stderr"; bad = 1 }
		/^#/ || /^ *$/ { next }
		/^[a-z]+:/ {
			k = $1; sub(/:$/, "", k); top[k] = 1; inparts = (k == "onderdelen")
			if (k !~ /^(titel|inleiding|bron|pagina|onderdelen)$/) err("unknown key " k)
			next
		}
		inparts && /^  - [a-z]+:/ {
			kind = $2; sub(/:$/, "", kind); parts++
			if (kind !~ /^(velden|tekst|vraag|vak|diagram|schaal|stappen)$/) err("unknown part " kind)
			if (kind == "diagram") { d = $0; sub(/^  - diagram: */, "", d); print d }
			next
		}
		inparts && /^    [a-z]+:/ {
			k = $1; sub(/:$/, "", k)
			ok = (kind == "vraag" && k == "regels") || (kind == "vak" && k == "hoogte") ||
			     (kind == "diagram" && (k == "hoogte" || k == "schrijven")) ||
			     (kind == "schaal" && (k == "items" || k == "kolommen")) ||
			     (kind == "stappen" && k == "regels")
			if (!ok) err("part " kind " has no key " k)
			next
		}
		END {
			if (!top["titel"] || !top["bron"] || !parts) { print file ": needs titel, bron and onderdelen" > "/dev/stderr"; bad = 1 }
			exit bad
		}' "$f" >"$SCRATCH/diagrams" 2>"$SCRATCH/err"
	check "${f#$C/}: the worksheet schema" [ $? -eq 0 ]
	sed 's/^/    /' "$SCRATCH/err"
	nodiag=
	while read -r d; do [ -f "$C/diagrams/$d.yaml" ] || nodiag="$nodiag $d"; done <"$SCRATCH/diagrams"
	check "${f#$C/}: its diagrams exist${nodiag:+ (not:$nodiag)}" [ -z "$nodiag" ]
	p=$(sed -n 's/^pagina: *//p' "$f")
	check "${f#$C/}: its page ${p:-(none)} exists" [ -z "$p" -o -f "$W/$p" ]
	t=$(sed -n 's/^titel: *//p' "$f")
	grep -qF -e "$t" "$T"/*.md
	check "${f#$C/}: the trainer's guide uses '$t'" [ $? -eq 0 ]
done
# the self-assessment has the ten competencies of Bijlage 4, in their order
sed -n '/^persoonsgericht:/,/^leidinggevenden:/s/^    - naam: //p' "$C/competencies.yaml" >"$SCRATCH/ten"
sed -n 's/^      - "\{0,1\}\([^:]*\):.*/\1/p' "$W/zelfbeoordeling.yaml" >"$SCRATCH/rated"
[ "$(wc -l <"$SCRATCH/ten")" -eq 10 ] && cmp -s "$SCRATCH/ten" "$SCRATCH/rated"
check "the self-assessment rates the ten competencies of Bijlage 4, in order" [ $? -eq 0 ]
grep -q '^    kolommen: \[Vóór, Na\]' "$W/zelfbeoordeling.yaml"
check "the self-assessment has a before and an after column" [ $? -eq 0 ]
steps=$(sed -n 's/^      - "\([A-Za-z]*\)\..*/\1/p' "$W/wakker.yaml" | tr '\n' ' ')
check "the WAKKER sheet has its six steps in order ($steps)" \
	[ "$steps" = "Waarnemen Aantekeningen Kwantificeren Kwalificeren Evalueren Rapporteren " ]
finish
