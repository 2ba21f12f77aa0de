#!/bin/sh
# Makes a small project whose one lesson holds a single paragraph of WORDS
# words (default 100,000), drawn in a fixed order from the words of the
# bundled lessons: the worst case for the line breaker, and a paragraph a
# missing blank line can produce. The paragraph starts on line 7 of
# content/modules/01-lang/01-alinea.md.
#   tests/bench/longpara.sh OUTDIR [WORDS]
set -e
out=$1
[ -n "$out" ] || { echo "usage: $0 OUTDIR [WORDS]" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out/content/modules/01-lang"
printf 'title: Lange alinea\n' >"$out/content/site.yaml"
printf 'title: Lang\nsummary: Een les van een alinea.\n' \
	>"$out/content/modules/01-lang/_module.yaml"
f="$out/content/modules/01-lang/01-alinea.md"
printf -- '---\ntitle: Een alinea\n---\n\nEerst een korte alinea.\n\n' >"$f"
cat "$(dirname "$0")"/../../content/modules/*/[0-9]*.md |
tr -cs 'A-Za-z' '\n' | awk 'length($0) > 1' | sort -u |
awk -v n="${2:-100000}" '
{ w[++k] = $0 }
END {
	x = 1
	for (i = 1; i <= n; i++) {
		x = (x * 69069 + 1) % 4294967296
		printf "%s%s", w[int(x / 65536) % k + 1], i % 12 ? " " : "\n"
	}
	print ""
}' >>"$f"
printf '\nEn een korte alinea erna.\n' >>"$f"
