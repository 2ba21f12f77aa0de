#!/bin/sh
# The benchmark. The target (STYLE.md): a 10,000-lesson site built by
# coachkit (--only site) in no more time than the cmark command-line tool
# needs to convert the same Markdown, in under 150 MB of memory. Both run
# here, in one go, so the ratio holds on a busy machine.
# Then the whole build, PDFs included, of 1,000 of those lessons: the
# hand-outs and the manual typeset every lesson twice (figures only). And
# the whole build of a lesson that is one paragraph of 100,000 words.
set -e
dir=${BENCH_DIR:-/tmp/coachkit-bench}
sh tests/bench/gen.sh "$dir" "${BENCH_MODULES:-100}" "${BENCH_LESSONS:-100}"
files=$(find "$dir/content/modules" -name '*.md' | wc -l)
bytes=$(cat "$dir"/content/modules/*/*.md | wc -c)
echo "$files lessons, $(( bytes / 1048576 )) MB of Markdown"
best() {  # best of three runs: "seconds peak-KB"
	b=""
	for _ in 1 2 3; do
		/usr/bin/time -o "$dir/time" -f '%e %M' "$@" >/dev/null
		read -r s kb <"$dir/time"
		if [ -z "$b" ] || [ "$(echo "$s < $b" | bc)" -eq 1 ]; then
			b=$s
			mem=$kb
		fi
	done
	echo "$b $mem"
}
set -- $(best sh -c "cat '$dir'/content/modules/*/*.md | cmark")
cmark_s=$1
set -- $(best ./coachkit build "$dir" -o "$dir/public" --only site -q)
ck_s=$1
ck_kb=$2
echo "cmark:             ${cmark_s} s"
echo "coachkit site:     ${ck_s} s, $(( ck_kb / 1024 )) MB peak memory"
echo "ratio:             $(echo "scale=2; $ck_s / $cmark_s" | bc) (target: at most 1.00, under 150 MB)"

small="$dir-1000"
sh tests/bench/gen.sh "$small" 10 100
set -- $(best ./coachkit build "$small" -o "$small/public" -q)
echo "whole build, 1,000 lessons (site + $(ls "$small/public/print"/*.pdf | wc -l) PDFs): $1 s, $(( $2 / 1024 )) MB peak memory"

# One paragraph of 100,000 words (a missing blank line can make one): the
# line breaker takes it in parts (target: under 5 s and 300 MB).
long="$dir-longpara"
sh tests/bench/longpara.sh "$long" 100000
set -- $(best sh -c "./coachkit build '$long' -o '$long/public' -q 2>/dev/null")
echo "whole build, one paragraph of 100,000 words: $1 s, $(( $2 / 1024 )) MB peak memory"
