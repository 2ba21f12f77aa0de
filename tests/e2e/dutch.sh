#!/bin/sh
# Every message coachkit prints is Dutch. The reports of the bad-content
# corpus (tests/bad), of the invalid YAML (tests/yaml-bad) and of hostile
# content (refused links, damaged images, a pipe, a link out of content/,
# print layouts out of range, cards, posters and desk mats with mistakes,
# text that does not fit), the system errors, the usage errors and --help
# are all read, and no message may hold a common English word. Only the
# tags stay as they are ("error:", "warning:", "coachkit: error:"), as
# editors expect them. What a message quotes is left out of the check: a
# key, value or name in quotes, a path, an option, and a library's own
# words, which coachkit marks as such: "(libpng: ...)".
cd "$(dirname "$0")/../.." || exit 2
. tests/e2e/lib.sh

out=$SCRATCH/out    # all that was printed, stdout and stderr, every run
: >"$out"
# run ARGS...: coachkit ARGS, all it prints kept in $out
run() { "$CK" "$@" >>"$out" 2>&1; }

# --- the bad-content corpus and the invalid YAML
for dir in tests/bad/*/; do
	run check "$dir"
done
for f in tests/yaml-bad/*.yaml; do
	y=$SCRATCH/yaml
	rm -rf "$y"
	make_project "$y"
	cp "$f" "$y/content/site.yaml"
	run check "$y"
done

# --- hostile content in a lesson: links, files, damaged images, a block
# that is almost a directive, raw HTML; site.yaml with wrong values
h=$SCRATCH/hostile
make_project "$h"
d=$h/content/modules/01-een
mkdir -p "$SCRATCH/imgs"
build/tests/tools/mkimages "$SCRATCH/imgs" >/dev/null 2>&1
for i in truncated.png bad-crc.png bad-signature.png claims-2g.png \
	truncated.jpg lossless.jpg zero-length.jpg; do
	cp "$SCRATCH/imgs/$i" "$d/" 2>/dev/null
done
printf 'GIF89a\1\0\1\0' >"$d/bewegend.gif"
truncate -s 101M "$d/groot.mp4"
{
	printf -- '---\ntitle: Kapot\nauteur: X\n---\n\n'
	printf 'Een [script](javascript:alert(1)) en [half](//elders.example/).\n\n'
	printf 'Zie [weg](03-weg.md), [kop](01-begin.md#nergens), [buiten](../../../x.md),\n'
	printf '[abs](/x.md), [film](groot.mp4) en ![](bewegend.gif).\n\n'
	for i in truncated.png bad-crc.png bad-signature.png claims-2g.png \
		truncated.jpg lossless.jpg zero-length.jpg bewegend.gif weg.png; do
		printf '![Een beeld](%s)\n\n' "$i"
	done
	printf '![Ver weg](https://example.org/a.png)\n\n'
	printf '<div>blok</div>\n\n'
	printf '```quizz\nvraag: x\n```\n\n'
	printf '```quiz\nvraag: Wat?\nopties:\n  - tekst: A\n    juist: true\n  - tekst: ""\n```\n\n'
	printf '```diagram zesbollen\n```\n'
} >"$d/03-kapot.md"
printf 'title: Proef\nbase_url: "javascript:alert(1)"\nprint: soms\ncolours: {primary: blauw}\nfonts: {serif: ""}\n' \
	>"$h/content/site.yaml"
mkdir -p "$h/content/pages"
printf -- '---\ntitle: Zoeken\n---\n\nTekst.\n' >"$h/content/pages/zoeken.md"
run check "$h"

# --- what only typesetting finds (a project without errors, so that the
# lessons are set): a missing glyph, a line too wide, an image print
# cannot take
w=$SCRATCH/zetwerk
make_project "$w"
cp "$d/bewegend.gif" "$w/content/modules/01-een/"
{
	printf -- '---\ntitle: Zetwerk\n---\n\n'
	printf 'Een sneeuwpop \342\230\203 erin.\n\n'
	printf 'Een getal: 123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890 erna.\n\n'
	printf '![Bewegend](bewegend.gif)\n'
} >"$w/content/modules/01-een/03-zetwerk.md"
run check "$w"

# --- a pipe and a link out of content/: the tree is refused whole
t=$SCRATCH/tree
make_project "$t"
mkfifo "$t/content/modules/01-een/03-pijp.md"
ln -s /etc "$t/content/elders"
timeout 60 "$CK" check "$t" >>"$out" 2>&1

# --- cards, competencies, posters, desk mats, the pocket reference and
# diagrams with mistakes; print layouts out of range
c=$SCRATCH/cards
mkdir -p "$c"
cp -R tests/fixtures/cards/content "$c/"
cp -R layouts "$c/"
printf 'base_url: https://training.example/\n' >>"$c/content/site.yaml"
printf 'titel: X\nrol: dokter\nherkenning: []\nnodig: ""\naanpak: [a]\nvragen: {a: b}\nvalkuilen: [x]\nbron: B\nkleur: rood\n' \
	>"$c/content/profiles/09-x.yaml"
printf 'titel: Zonder rol\nherkenning: [H]\n' >"$c/content/profiles/10-half.yaml"
echo x >"$c/content/profiles/notities.txt"
sed -i 's/corp: persoonlijk/corp: persoonlik/' "$c/content/competencies.yaml"
mkdir -p "$c/content/posters" "$c/content/deskmats" "$c/content/diagrams"
printf 'kop: Praktijkondersteunersondersteuningsprogrammaevaluatieverslaggevingsmethodiek\npagina: ../modules/01-een/03-weg.md\nformaat: B3\ndiagram: zesbollen\nkleur: rood\n' \
	>"$c/content/posters/een.yaml"
printf 'titel: Mat\nkolommen: 2\npanelen:\n  - titel: Twee\n    tekst: a\n    vragen: [b]\n  - titel: Leeg\n  - titel: Breed\n    breedte: 3\n    tekst: x\n' \
	>"$c/content/deskmats/mat.yaml"
printf 'titel: Zak\npaginas:\n  - titel: Profielen\n    profielen: false\n' \
	>"$c/content/pocket.yaml"
printf 'soort: taart\n' >"$c/content/diagrams/taart.yaml"
printf 'soort: bollen\ntitel: ""\nkleur: rood\nonderdelen: [a, b]\n' \
	>"$c/content/diagrams/bollen.yaml"
printf 'soort: kwadrant\nassen: {horizontaal: [a]}\nonderdelen: [a, b, c, d]\n' \
	>"$c/content/diagrams/kwadrant.yaml"
run check "$c"
# its print layouts, each wrong on its own (one file's errors stop the
# print): values out of range, then values that do not go together
L=$c/layouts/print
layout() {   # layout FILE TEXT: only FILE differs from the installed one
	cp layouts/print/*.yaml "$L/"
	printf '%s' "$2" >"$L/$1"
	run check "$c"
}
layout handout.yaml 'page:
  width: 0mm
  height: 10000mm
margins:
  top: 200mm
  bottom: -3mm
body: { font: mono, size: 1000pt, leading: 15pt, after: 5pt }
colours: { text: groen }
'
layout poster.yaml 'formaat: 3000x400mm
marge: 101mm
band: 90%
onderkop: { max: 20pt, min: 30pt }
kleur: rood
'
layout cards.yaml 'formaat: B6
band: 10%
strook: 0mm
letters:
  voet: 2pt
a4:
  marge: 1m
kleuren:
  profiel: roze
profiel:
  voorkant: [herkenning, definitie, herkenning]
  achterkant: zomaar
kleur: rood
'
layout handout.yaml 'page:
  width: 60mm
margins:
  inner: 20mm
  outer: 20mm
'
layout poster.yaml 'marge: 60mm
qr: 150mm
'
layout cards.yaml 'rand: 30mm
strook: 70mm
a4:
  marge: 60mm
'
cp layouts/print/*.yaml "$L/"

# --- texts that do not fit (a project without other errors, so that the
# print products are laid out): a card, a poster, a desk-mat panel
v=$SCRATCH/tevol
mkdir -p "$v"
cp -R tests/fixtures/cards/content "$v/"
printf 'base_url: https://training.example/\n' >>"$v/content/site.yaml"
mkdir -p "$v/content/posters" "$v/content/deskmats"
veel=$(yes 'Een zin over wat deze patient nodig heeft.' | head -n 120 |
	tr '\n' ' ')
printf 'titel: Te lang\nrol: coach\nherkenning: [Kort.]\nnodig: %s\naanpak: A\nvragen: [V]\nvalkuilen: [K]\nbron: B\n' \
	"$veel" >"$v/content/profiles/09-lang.yaml"
printf 'kop: Praktijkondersteunersondersteuningsprogrammaevaluatieverslaggevingsmethodiek\npagina: ../modules/01-een/01-rollen.md\nformaat: A3 liggend\n' \
	>"$v/content/posters/een.yaml"
printf 'titel: Mat\nkolommen: 1\npanelen:\n  - titel: Vol\n    tekst: %s\n' \
	"$veel $veel" >"$v/content/deskmats/mat.yaml"
run check "$v"

# --- system errors and usage errors
run check "$SCRATCH/nergens"
g=$SCRATCH/goed
make_project "$g"
o=$SCRATCH/vol
mkdir -p "$o" && echo x >"$o/brief.txt"
run build "$g" -o "$o"
run build "$g" -o "$g"
run build "$g" -o "$g/content/x"
echo x >"$SCRATCH/bestand"
run build "$g" -o "$SCRATCH/bestand"
run build "$g" -o ""
run --vaag
run bouw
run
run build -j 0
run build -o
run build --only alles
run check -o x
run check --only site
run check --dump-layout
run build a b
run --help

# --- coachkit new: what it writes, its refusals, its usage errors, its help
k=$SCRATCH/nieuw
run new site "$k"
run new site "$k"
run new module Tweede "$k"
run new module "Eerste module" "$k"
run new module Media "$k"
run new lesson Les "$k"
run new lesson Les --module 9 "$k"
run new lesson Index --module 1 "$k"
run new poster Kop --module tweede "$k"
run new deskmat Mat "$k"
run new deskmat Mat "$k"
run new profile Profiel "$k"
run new lesson Les "$SCRATCH/nergens"
make_project "$SCRATCH/zonder-adres"
run new poster Kop "$SCRATCH/zonder-adres"
run new
run new les x
run new lesson
run new site
run new module x --module 1
run new module '!?'
run new module x --snel
run new lesson x a b c
run new --help

# Every line printed but the source lines under a report (" 12 | text"
# and the caret under it), reports and system errors without their tags:
# the messages, the summaries, the usage and --help.
messages() {
	sed -e '/^ *[0-9]* |/d' \
		-e 's/^[^ ][^ ]*: \(error\|warning\): //' \
		-e 's/^coachkit: \(error: \)\{0,1\}//' "$1"
}
# Dutch plurals ("PDF's") first, so that their apostrophe opens no quote;
# then quotes, library quotes, paths and options go, and so do the words
# of the command line in the usage: choices (site|print) and the kinds of
# coachkit new before their NAAM or MAP.
unquoted() {
	sed -e "s/\\([A-Za-z]\\)'s\\b/\\1s/g" \
		-e 's/(lib[a-z]*: [^)]*)/ /g' \
		-e "s/'[^']*'/ /g" -e 's/"[^"]*"/ /g' \
		-e 's|[^ ]*/[^ ]*| |g' \
		-e 's/[a-z]*\(|[a-z]*\)\{1,\}/ /g' \
		-e 's/\b\(site\|module\|lesson\|poster\|deskmat\|profile\) \(NAAM\|MAP\)/ \2/g' \
		-e 's/\(^\|[ [(]\)--*[A-Za-z][A-Za-z-]*/\1 /g'
}
messages "$out" | sort -u >"$SCRATCH/messages"
unquoted <"$SCRATCH/messages" >"$SCRATCH/plain"
n=$(wc -l <"$SCRATCH/messages")
check "the runs printed many messages ($n different lines)" [ "$n" -gt 200 ]

# Common English words; none of them is a Dutch word (so no "is", "in",
# "of", "over", "die", "door", "even", "met", and none of the loanwords the
# messages use: build, tag, partial, header, escape, tab, site, assets).
english='the|one|default|unexpected|usage|command|commands|option|options|an|and|or|not|no|are|be|been|must|cannot|can|could|should|would|will|did you mean|missing|unknown|invalid|empty|expected|found|allowed|only|with|without|which|what|this|that|there|here|has|have|its|it|to|from|for|into|than|at|by|on|when|if|does|too|line|lines|file|files|folder|page|pages|lesson|key|value|text|list|image|heading|card|error|warning|shorten|refusing|please|needs|out'
paste -d '\t' "$SCRATCH/plain" "$SCRATCH/messages" |
	awk -F '\t' -v re="(^|[^[:alpha:]-])($english)([^[:alpha:]-]|$)" \
		'tolower($1) ~ re { print $2 }' >"$SCRATCH/english"
check "no message holds a common English word" [ ! -s "$SCRATCH/english" ]
head -n 30 "$SCRATCH/english" | sed 's/^/    /'

# The tags stay as editors' problem matchers know them.
grep -q '^[^ ]*:[0-9]*:[0-9]*: error: ' "$out" &&
	grep -q '^[^ ]*:[0-9]*:[0-9]*: warning: ' "$out" &&
	grep -q '^coachkit: error: ' "$out"
check "the tags stay: file:line:col: error:, warning:, coachkit: error:" [ $? -eq 0 ]
finish
