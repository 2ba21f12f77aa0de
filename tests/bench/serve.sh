#!/bin/sh
# coachkit serve: from saving a lesson to the reload event sent to the
# open pages, and to the event that its hand-out was written again
# (targets: 100 ms and 500 ms on the bundled content; the reload in
# 200 ms on a project of 1,000 lessons). Five edits of a copy of the
# project's content (the bundled content by default); each line is one.
#   tests/bench/serve.sh [PROJECT]
set -e
ck=${COACHKIT:-$PWD/coachkit}
src=${1:-.}
dir=$(mktemp -d)
trap 'kill $pid 2>/dev/null; kill $cpid 2>/dev/null; rm -rf "$dir"' EXIT
cp -R "$src/content" "$dir/"
echo "serve, $(find "$dir/content/modules" -name '*.md' | wc -l) lessons:"
port=$((30000 + $$ % 20000))
TMPDIR=$dir "$ck" serve "$dir" --port $port >"$dir/out" 2>&1 &
pid=$!
until grep -q "coachkit serve: http" "$dir/out"; do sleep 0.1; done
curl -s -N "http://127.0.0.1:$port/__coachkit/events" | while IFS= read -r line; do
	echo "$(date +%s%N) $line"
done >"$dir/events" &
cpid=$!
sleep 0.5
les=$(find "$dir/content/modules" -name '[0-9]*.md' | sort | head -1)
for i in 1 2 3 4 5; do
	n=$(grep -c "event: pdf" "$dir/events" || true)
	t0=$(date +%s%N)
	printf '\nEen zin bij de %de bewerking.\n' "$i" >>"$les"
	until [ "$(grep -c "event: pdf" "$dir/events" || true)" -gt "$n" ]; do sleep 0.02; done
	reload=$(grep "event: reload" "$dir/events" | tail -1 | cut -d' ' -f1)
	pdf=$(grep "event: pdf" "$dir/events" | tail -1 | cut -d' ' -f1)
	echo "serve, edit $i: reload event after $(( (reload - t0) / 1000000 )) ms, hand-out written after $(( (pdf - t0) / 1000000 )) ms"
	sleep 0.3
done
