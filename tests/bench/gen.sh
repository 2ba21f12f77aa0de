#!/bin/sh
# Makes a large project from the bundled lessons: MODULES modules of
# LESSONS lessons each (default 100 x 100 = 10,000 lessons). Links to other
# lessons become plain text, since their targets do not exist here.
#   tests/bench/gen.sh OUTDIR [MODULES] [LESSONS]
set -e
out=$1
[ -n "$out" ] || { echo "usage: $0 OUTDIR [MODULES] [LESSONS]" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out/content/modules"
printf 'title: Benchmark\n' >"$out/content/site.yaml"
# the lessons draw the bundled diagrams
cp -r "$(dirname "$0")/../../content/diagrams" "$out/content/"
awk -v out="$out/content/modules" -v modules="${2:-100}" -v lessons="${3:-100}" '
FNR == 1 { n++ }
{ gsub(/\]\([^)h#][^)]*\.md(#[^)]*)?\)/, "]"); text[n] = text[n] $0 "\n" }
END {
	for (m = 1; m <= modules; m++) {
		dir = sprintf("%s/%03d-module-%d", out, m, m)
		system("mkdir -p " dir)
		f = dir "/_module.yaml"
		printf "title: Module %d\nsummary: Een module om te meten.\n", m > f
		close(f)
		for (l = 1; l <= lessons; l++) {
			f = sprintf("%s/%03d-les-%d.md", dir, l, l)
			printf "%s", text[(m * lessons + l) % n + 1] > f
			close(f)
		}
	}
}' content/modules/*/[0-9]*.md
