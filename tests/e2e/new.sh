#!/bin/sh
# coachkit new: a new project that checks and builds at once; a module,
# lesson, poster, desk mat and profile in it, each numbered after the
# last; --module by folder name, slug and number; nothing overwritten;
# usage errors; every directive in a new lesson. Then the manual page
# (it renders without warnings), the bash completion, and make install.
. tests/e2e/lib.sh

# checked DIR NAME: coachkit check DIR reports 0 errors and 0 warnings
checked() {
	"$CK" check "$1" >"$SCRATCH/check.out" 2>"$SCRATCH/check.err"
	[ $? -eq 0 ] && grep -q ' 0 fouten, 0 waarschuwingen' "$SCRATCH/check.out" &&
		[ ! -s "$SCRATCH/check.err" ]
	check "$2" [ $? -eq 0 ]
	[ -s "$SCRATCH/check.err" ] && head -n 10 "$SCRATCH/check.err" | sed 's/^/    /'
}
# built DIR NAME: coachkit build DIR succeeds without a warning
built() {
	"$CK" build "$1" -q -o "$SCRATCH/out" 2>"$SCRATCH/build.err"
	check "$2" [ $? -eq 0 -a ! -s "$SCRATCH/build.err" ]
	[ -s "$SCRATCH/build.err" ] && head -n 10 "$SCRATCH/build.err" | sed 's/^/    /'
}

# --- a new project
p=$SCRATCH/mijn-cursus
"$CK" new site "$p" >"$SCRATCH/site.out" 2>"$SCRATCH/site.err"
check "new site exits 0" [ $? -eq 0 -a ! -s "$SCRATCH/site.err" ]
m1=$p/content/modules/01-eerste-module
n=0
for f in content/site.yaml content/diagrams/vierbollen.yaml \
	content/modules/01-eerste-module/_module.yaml \
	content/modules/01-eerste-module/01-eerste-les.md; do
	grep -qx "$p/$f" "$SCRATCH/site.out" && [ -s "$p/$f" ] ||
		{ fail "new site writes and names $f"; n=1; }
done
check "new site writes and names site.yaml, a diagram, a module and a lesson" [ $n -eq 0 ]
check "the project holds content/ only: layouts and assets come with coachkit" \
	[ "$(ls "$p")" = content ]
grep -q '^title: "Mijn cursus"$' "$p/content/site.yaml"
check "the site is named after its folder" [ $? -eq 0 ]
n=0
for k in title subtitle language organisation description base_url \
	unsafe_html voortgang colours fonts print; do
	grep -B1 "^#* *$k:" "$p/content/site.yaml" | head -n 1 | grep -q '^# ' || {
		fail "site.yaml explains '$k' in a comment"; n=1; }
done
check "site.yaml has a Dutch comment above every key" [ $n -eq 0 ]
checked "$p" "the new project checks with 0 errors and 0 warnings"
built "$p" "the new project builds"

# the lesson shows every directive the content model knows
# (the directives are the names in generator/markdown/directive_names.c)
html=$SCRATCH/out/eerste-module/eerste-les.html
names=$(sed -n 's/^\t\[DIRECTIVE_[A-Z]*\] = "\([a-z]*\)",$/\1/p' \
	generator/markdown/directive_names.c)
n=0
for d in $names; do
	grep -q "^\`\`\`$d" "$m1/01-eerste-les.md" &&
		grep -q "class=\"$d\"" "$html" ||
		{ fail "the new lesson renders an example of $d"; n=1; }
done
check "the new lesson renders an example of every directive: $(echo $names)" \
	[ $n -eq 0 -a "$(echo $names | wc -w)" -ge 6 ]

# --- every kind in it, then check and build
"$CK" new module "Samen beslissen" "$p" >"$SCRATCH/o" 2>&1
check "new module numbers after the last (02)" \
	[ $? -eq 0 -a -f "$p/content/modules/02-samen-beslissen/_module.yaml" ]
grep -qx "$p/content/modules/02-samen-beslissen/_module.yaml" "$SCRATCH/o"
check "new module prints the path it wrote" [ $? -eq 0 ]
"$CK" new lesson "Het 5A-model" "$p" >"$SCRATCH/o" 2>"$SCRATCH/e"
check "a lesson without --module among two modules: exit 1" [ $? -eq 1 ]
grep -q "01-eerste-module, 02-samen-beslissen" "$SCRATCH/e"
check "... and the message lists the modules" [ $? -eq 0 ]
"$CK" new lesson "Het 5A-model" --module 02-samen-beslissen "$p" >/dev/null &&
	[ -f "$p/content/modules/02-samen-beslissen/01-het-5a-model.md" ]
check "--module by folder name" [ $? -eq 0 ]
"$CK" new lesson "Wat patiënten verwachten" --module samen-beslissen "$p" >/dev/null &&
	[ -f "$p/content/modules/02-samen-beslissen/02-wat-patienten-verwachten.md" ]
check "--module by slug; the slug drops accents; numbered after the last" [ $? -eq 0 ]
"$CK" new lesson "Één stap" "$p" --module 2 >/dev/null &&
	[ -f "$p/content/modules/02-samen-beslissen/03-een-stap.md" ]
check "--module by number, after MAP too" [ $? -eq 0 ]
grep -q '^title: "Één stap"$' "$p/content/modules/02-samen-beslissen/03-een-stap.md"
check "NAAM becomes the title" [ $? -eq 0 ]
"$CK" new lesson "Nergens" --module 7 "$p" >/dev/null 2>"$SCRATCH/e"
check "--module naming no module: exit 1" [ $? -eq 1 ]
grep -q "er is geen module '7'; de modules zijn: 01-eerste-module, 02-samen-beslissen" "$SCRATCH/e"
check "... and the message lists the modules" [ $? -eq 0 ]
"$CK" new poster "Voelde de patiënt zich gehoord?" "$p" >/dev/null &&
	grep -q '^pagina: \.\./modules/01-eerste-module/01-eerste-les\.md' \
		"$p/content/posters/voelde-de-patient-zich-gehoord.yaml"
check "new poster leads to the first lesson" [ $? -eq 0 ]
"$CK" new deskmat "Het consult" --module coach "$p" >/dev/null 2>&1
check "a desk mat for a module that is not there: exit 1" [ $? -eq 1 ]
"$CK" new deskmat "Het consult" --module samen-beslissen "$p" >/dev/null &&
	grep -q '^pagina: \.\./modules/02-samen-beslissen/01-het-5a-model\.md' \
		"$p/content/deskmats/het-consult.yaml"
check "new deskmat leads to the first lesson of --module" [ $? -eq 0 ]
"$CK" new profile "De patiënt die ‘nee’ zegt" "$p" >/dev/null &&
	[ -f "$p/content/profiles/01-de-patient-die-nee-zegt.yaml" ]
check "new profile" [ $? -eq 0 ]
"$CK" new profile 'Een "lastige" patiënt: \ en #' "$p" >/dev/null &&
	[ -f "$p/content/profiles/02-een-lastige-patient-en.yaml" ]
check "profiles are numbered; quotes, colons and # in NAAM" [ $? -eq 0 ]
checked "$p" "after new of every kind: 0 errors, 0 warnings"
built "$p" "... and the project builds"
n=0
for f in posters/voelde-de-patient-zich-gehoord.pdf bureauleggers/het-consult.pdf \
	profielkaarten-a4.pdf handout-samen-beslissen.pdf \
	voorbeeld/kaart-profiel-een-lastige-patient-en.svg; do
	[ -s "$SCRATCH/out/print/$f" ] || { fail "the build prints $f"; n=1; }
done
check "the new poster, desk mat, profiles and module are printed" [ $n -eq 0 ]

# --- numbering after what is there
q=$SCRATCH/genummerd
make_project "$q"
mkdir -p "$q/content/modules/03-derde" "$q/content/profiles"
printf 'title: Derde\nsummary: De derde.\n' >"$q/content/modules/03-derde/_module.yaml"
printf -- '---\ntitle: Zeven\n---\nTekst.\n' >"$q/content/modules/03-derde/07-zeven.md"
"$CK" new module Vierde "$q" >/dev/null && [ -d "$q/content/modules/04-vierde" ]
check "a module 03 exists: the new one is 04" [ $? -eq 0 ]
"$CK" new lesson Acht --module derde "$q" >/dev/null &&
	[ -f "$q/content/modules/03-derde/08-acht.md" ]
check "a lesson 07 exists: the new one is 08" [ $? -eq 0 ]
"$CK" new lesson Eerste --module 4 "$q" >/dev/null &&
	[ -f "$q/content/modules/04-vierde/01-eerste.md" ]
check "the first lesson of a module is 01" [ $? -eq 0 ]
grep -q '^Een diagram uit `content/diagrams/` zet je' "$q/content/modules/04-vierde/01-eerste.md"
check "without diagrams the lesson says how to show one" [ $? -eq 0 ]
if [ -f "$q/content/modules/04-vierde/01-eerste.md" ]; then
	checked "$q" "... and checks with 0 errors and 0 warnings"
else
	fail "... and checks with 0 errors and 0 warnings" "(there is no lesson)"
fi
"$CK" new poster Kop "$q" >/dev/null 2>"$SCRATCH/e"
check "a poster without base_url in site.yaml: exit 1, nothing written" \
	[ $? -eq 1 -a ! -e "$q/content/posters/kop.yaml" ]
grep -q 'base_url' "$SCRATCH/e"; check "... and the message names base_url" [ $? -eq 0 ]

# --- nothing is overwritten
echo '# een eigen regel' >>"$p/content/deskmats/het-consult.yaml"
cp "$p/content/deskmats/het-consult.yaml" "$SCRATCH/mat"
"$CK" new deskmat "Het consult" "$p" >"$SCRATCH/o" 2>"$SCRATCH/e"; rc=$?
cmp -s "$SCRATCH/mat" "$p/content/deskmats/het-consult.yaml"
check "an existing file: exit 1, untouched" [ $rc -eq 1 -a $? -eq 0 ]
grep -q 'bestaat al; coachkit new overschrijft niets' "$SCRATCH/e"
check "... with a message that says so" [ $? -eq 0 -a ! -s "$SCRATCH/o" ]
"$CK" new module "Samen beslissen!" "$p" >/dev/null 2>"$SCRATCH/e"
check "a module of the same slug under another number: exit 1" \
	[ $? -eq 1 -a ! -e "$p/content/modules/03-samen-beslissen" ]
"$CK" new lesson "het 5a model" --module 2 "$p" >/dev/null 2>&1
check "a lesson of the same slug: exit 1" \
	[ $? -eq 1 -a ! -e "$p/content/modules/02-samen-beslissen/04-het-5a-model.md" ]
"$CK" new profile "De patiënt die nee zegt" "$p" >/dev/null 2>&1
check "a profile of the same name: exit 1" \
	[ $? -eq 1 -a ! -e "$p/content/profiles/03-de-patient-die-nee-zegt.yaml" ]
"$CK" new lesson Index --module 1 "$p" >/dev/null 2>&1
check "a lesson named index (the module's page): exit 1" [ $? -eq 1 ]
"$CK" new module Media "$p" >/dev/null 2>&1
check "a module named as the site's own folders: exit 1" [ $? -eq 1 ]
"$CK" new site "$p" >/dev/null 2>"$SCRATCH/e"
check "new site in a folder that is not empty: exit 1" [ $? -eq 1 ]
grep -q 'bestaat al en is niet leeg' "$SCRATCH/e"; check "... with a message that says so" [ $? -eq 0 ]
mkdir "$SCRATCH/leeg"
"$CK" new site "$SCRATCH/leeg" >/dev/null && [ -f "$SCRATCH/leeg/content/site.yaml" ]
check "new site in an empty folder" [ $? -eq 0 ]
checked "$p" "after the refusals the project still checks"

# a project's own layouts/new/ template takes the place of the installed one
mkdir -p "$q/layouts/new"
sed 's/^duur: 15$/duur: 45/' layouts/new/lesson.md.mustache >"$q/layouts/new/lesson.md.mustache"
"$CK" new lesson Eigen --module 4 "$q" >/dev/null &&
	grep -q '^duur: 45$' "$q/content/modules/04-vierde/02-eigen.md" &&
	grep -q '^title: "Eigen"$' "$q/content/modules/04-vierde/02-eigen.md"
check "a project's own layouts/new/lesson.md.mustache is used" [ $? -eq 0 ]
"$CK" new module Vijfde "$q" >/dev/null &&
	grep -q '^title: "Vijfde"$' "$q/content/modules/05-vijfde/_module.yaml"
check "... and the installed templates for what it has not got" [ $? -eq 0 ]
printf '{{#open}}\n' >"$q/layouts/new/lesson.md.mustache"
"$CK" new lesson Kapot --module 4 "$q" >/dev/null 2>"$SCRATCH/e"; rc=$?
grep -q "layouts/new/lesson.md.mustache:1:1: error: " "$SCRATCH/e"
check "a broken template of its own: exit 1, reported in its file, nothing written" \
	[ $rc -eq 1 -a $? -eq 0 -a ! -e "$q/content/modules/04-vierde/03-kapot.md" ]
rm -r "$q/layouts"

# --- usage errors
usage() {   # usage NAME ARGS...: exit 2 and the usage on stderr
	_name=$1; shift
	"$CK" new "$@" >/dev/null 2>"$SCRATCH/e"
	[ $? -eq 2 ] && grep -q '^gebruik: coachkit new' "$SCRATCH/e"
	check "$_name: exit 2 with the usage" [ $? -eq 0 ]
}
usage "no kind"
usage "an unknown kind" les "Een les" "$p"
usage "a missing NAAM" lesson
usage "new site without MAP" site
usage "an unknown option" module X --snel "$p"
usage "--module with new module" module X --module 1 "$p"
usage "a NAAM that gives no file name" module '!?' "$p"
usage "too many words" lesson X "$p" "$p"
"$CK" new lesson X "$SCRATCH/nergens" >/dev/null 2>"$SCRATCH/e"; rc=$?
grep -q "nergens is geen project: er is geen map .*nergens/content" "$SCRATCH/e"
check "a MAP without content/: exit 2, and it says so" [ $rc -eq 2 -a $? -eq 0 ]
"$CK" new --help | grep -q 'lesson NAAM'
check "new --help shows the kinds" [ $? -eq 0 ]
"$CK" --help | grep -q 'coachkit new site MAP'
check "--help shows new" [ $? -eq 0 ]

# --- the manual page
if ! command -v man >/dev/null || ! command -v groff >/dev/null; then
	sh tests/tools/apt-install.sh man-db groff-base >/dev/null 2>&1
fi
MANWIDTH=80 man --warnings -l doc/coachkit.1 >"$SCRATCH/man" 2>"$SCRATCH/man.err"
check "man -l doc/coachkit.1 renders without warnings" \
	[ $? -eq 0 -a -s "$SCRATCH/man" -a ! -s "$SCRATCH/man.err" ]
sed 's/^/    /' "$SCRATCH/man.err" | head -n 10
n=0
for w in 'coachkit build' 'coachkit check' 'coachkit new site' 'coachkit serve' \
	AFSLUITSTATUS BESTANDEN VOORBEELDEN -- --module --port --bind --open \
	--only --jobs --output --quiet --verbose; do
	grep -q -e "$w" "$SCRATCH/man" || { fail "the manual page mentions $w"; n=1; }
done
check "the manual page has the commands, options, exit status, files, examples" [ $n -eq 0 ]
v=$(sed -n 's/^VERSION *= *//p' Makefile)
grep -q "^\.TH COACHKIT 1 .*\"coachkit $v\"" doc/coachkit.1
check "the manual page names version $v" [ $? -eq 0 ]

# --- bash completion
bc=$PWD/completion/coachkit.bash
comp() {   # comp WORDS...: the completions of the last word, in $SCRATCH
	(cd "$SCRATCH" && bash -c '. "$0"; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1));
		_coachkit; echo "${COMPREPLY[*]}"' "$bc" "$@")
}
check "completion: the commands" [ "$(comp coachkit '')" = "build check new serve" ]
check "completion: the kinds of new" \
	[ "$(comp coachkit new '')" = "site module lesson poster deskmat profile" ]
check "completion: an option of build" [ "$(comp coachkit build --on)" = "--only" ]
check "completion: --only" [ "$(comp coachkit build --only '')" = "site print" ]
check "completion: --module names the modules of MAP" \
	[ "$(comp coachkit new lesson X mijn-cursus --module '')" = "01-eerste-module 02-samen-beslissen" ]
check "completion: MAP after NAAM" [ "$(comp coachkit new lesson X mijn-c)" = "mijn-cursus" ]

# --- make install
d=$SCRATCH/inst
make -s --no-print-directory install DESTDIR="$d" PREFIX=/usr >"$SCRATCH/inst.log" 2>&1
n=$?
for f in bin/coachkit share/coachkit/layouts/html/lesson.mustache \
	share/coachkit/layouts/new/lesson.md.mustache share/coachkit/assets/style.css \
	share/man/man1/coachkit.1 share/bash-completion/completions/coachkit; do
	[ -s "$d/usr/$f" ] || { fail "make install puts $f in place"; n=1; }
done
[ $n -eq 0 ] && [ -x "$d/usr/bin/coachkit" ] && cmp -s doc/coachkit.1 "$d/usr/share/man/man1/coachkit.1" &&
	cmp -s completion/coachkit.bash "$d/usr/share/bash-completion/completions/coachkit"
check "make install: the binary, the theme, the man page, the completion" [ $? -eq 0 ]
(cd "$SCRATCH" && "$d/usr/bin/coachkit" new site geinstalleerd >/dev/null &&
	"$d/usr/bin/coachkit" build geinstalleerd -q)
check "the installed coachkit makes a new project and builds it from its theme" \
	[ $? -eq 0 -a ! -e "$SCRATCH/geinstalleerd/layouts" ]
finish
