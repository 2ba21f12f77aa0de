#!/bin/sh
# coachkit serve from the outside: what it serves and refuses, its
# headers, rebuilds after edits (one for a burst of saves), a port in
# use, a bind that is not loopback, Ctrl-C; and --base-url, which reaches
# the posters' QR codes. (The browser side: tests/browser/serve.spec.js.)
. tests/e2e/lib.sh

p="$SCRATCH/proj"
make_project "$p"
printf 'base_url: https://training.example/pz/\n' >>"$p/content/site.yaml"
les="$p/content/modules/01-een/01-begin.md"
mkdir -p "$p/content/posters"
printf 'kop: De mens is boeiend\ntekst: Wat vindt de patiënt belangrijk?\npagina: ../modules/01-een/01-begin.md\n' \
	>"$p/content/posters/boeiend.yaml"
export TMPDIR="$SCRATCH/tmp"
mkdir -p "$TMPDIR"

# a port nobody uses, from 20000 up
port=$(free_port $((20000 + $$ % 20000)))
base="http://127.0.0.1:$port"

"$CK" serve "$p" --port "$port" >"$SCRATCH/out" 2>"$SCRATCH/err" &
pid=$!
serving "$SCRATCH/out"
check "serve starts and says where ($(head -c 200 "$SCRATCH/out"))" \
	grep -q "coachkit serve: http://127.0.0.1:$port/" "$SCRATCH/out"
served=$(ls -d "$TMPDIR"/coachkit-serve-*/site 2>/dev/null)
check "it builds into a private folder under \$TMPDIR, not the project's public/" \
	[ -f "$served/index.html" -a ! -e "$p/public" ]

# status CODE URL...: curl's status code for the URL
status() { curl -s -o /dev/null -w '%{http_code}' --path-as-is "$@"; }
check "GET / is the home page" [ "$(status "$base/")" = 200 ]
curl -s -D "$SCRATCH/h" -o "$SCRATCH/page" "$base/een/begin.html"
check "pages are sent with Cache-Control: no-store" grep -qi '^cache-control: no-store' "$SCRATCH/h"
check "served pages carry the live-reload script" grep -q '/__coachkit/live.js' "$SCRATCH/page"
check "built pages do not" [ "$(grep -rl '__coachkit' "$served" | wc -l)" -eq 0 ]
check "a folder without its slash is redirected to it" [ "$(status "$base/een")" = 301 ]

# type URL: the Content-Type sent
type() { curl -s -o /dev/null -w '%{content_type}' "$1"; }
check "manifest.webmanifest is application/manifest+json" [ "$(type "$base/manifest.webmanifest")" = "application/manifest+json" ]
svg=$(cd "$served" && find . -name '*.svg' | head -1 | cut -c2-)
check "an SVG is image/svg+xml ($svg)" [ "$(type "$base$svg")" = "image/svg+xml" ]
check "a PDF is application/pdf" [ "$(type "$base/print/handleiding.pdf")" = "application/pdf" ]
case $(type "$base/assets/js/quiz.js") in
text/javascript*) ok "a script is text/javascript" ;;
*) fail "a script is text/javascript ($(type "$base/assets/js/quiz.js"))" ;;
esac

# nothing outside the folder
check "../ is refused (403)" [ "$(status "$base/../../../../etc/passwd")" = 403 ]
check "an encoded ../ is refused (403)" [ "$(status "$base/%2e%2e/%2e%2e/etc/passwd")" = 403 ]
check "a hidden file is refused (403)" [ "$(status "$base/.coachkit")" = 403 ]
ln -s /etc/passwd "$served/uit.txt"
check "a symbolic link out of the folder is refused (403)" [ "$(status "$base/uit.txt")" = 403 ]
check "a missing file is 404" [ "$(status "$base/bestaat-niet.html")" = 404 ]
check "POST is refused (405)" [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$base/")" = 405 ]

# an edit is served within 2 s
rebuilds() { grep -c "gewijzigd" "$SCRATCH/out"; }
# serves TEXT TRIES: the lesson's page has TEXT within TRIES times 50 ms
serves() {
	for _ in $(seq 1 "$2"); do
		curl -s "$base/een/begin.html" | grep -q "$1" && return 0
		sleep 0.05
	done
	return 1
}
# (a file kept is the same file: its inode; one made again is new)
poster_before=$(stat -c %i "$served/print/posters/boeiend.pdf")
handout_before=$(stat -c %i "$served/print/handout-een.pdf")
printf '\nEen nieuwe zin.\n' >>"$les"
check "an edited lesson is served within 2 s" serves "Een nieuwe zin" 40
# then its PDFs, in the background: the module's hand-out and the manual;
# the poster, which does not read lessons, is kept as it was
for _ in $(seq 1 40); do
	[ "$(grep -c "PDF's" "$SCRATCH/out")" -ge 3 ] && break
	sleep 0.1
done
check "after a lesson's edit only its hand-out and the manual are made again ($(tail -1 "$SCRATCH/out"))" \
	grep -q "^0 pagina's, 2 PDF's" "$SCRATCH/out"
check "the PDFs that do not read lessons are kept" \
	[ "$(stat -c %i "$served/print/posters/boeiend.pdf")" = "$poster_before" ]
check "(while the hand-out is a new file)" \
	[ "$(stat -c %i "$served/print/handout-een.pdf")" != "$handout_before" ]
pdftotext "$served/print/handout-een.pdf" - 2>/dev/null | grep -q "Een nieuwe zin"
check "and the hand-out has the new text" [ $? -eq 0 ]

# a burst of 50 saves gives one rebuild
sleep 1.5
before=$(rebuilds)
for i in $(seq 1 50); do
	printf -- '---\ntitle: Pagina %s\n---\n\nTekst.\n' "$i" >"$p/content/pages/p$i.md"
done
sleep 2.5
check "50 files saved at once give one rebuild ($before, then $(rebuilds))" [ "$(rebuilds)" -eq $((before + 1)) ]
check "and the new pages are served" [ "$(status "$base/p50.html")" = 200 ]

# a file written in two steps: the site built from the whole of it
printf -- '---\ntitle: Half' >"$les"
sleep 0.03
printf -- '---\ntitle: Heel\n---\n\nDe hele les.\n' >"$les"
sleep 2
check "a file written in two steps is built whole" sh -c "curl -s '$base/een/begin.html' | grep -q 'De hele les'"

# content/ taken away and put back: an error, then the site again
mv "$p/content" "$SCRATCH/content.away"
sleep 1.5
check "content/ taken away: an error, and serve goes on" \
	sh -c "grep -q 'content' '$SCRATCH/err' && kill -0 $pid"
check "the last good site stays served" [ "$(status "$base/een/begin.html")" = 200 ]
mv "$SCRATCH/content.away" "$p/content"
printf '\nWeer terug.\n' >>"$les"
check "content/ put back (and edited): served again" serves "Weer terug" 60

# event streams without end: the connections are capped, serve stays
for i in $(seq 1 70); do
	timeout 3 curl -s -N "$base/__coachkit/events" >/dev/null 2>&1 &
done
sleep 1
threads=$(sed -n 's/^Threads:[[:space:]]*//p' "/proc/$pid/status")
check "70 event streams: at most 64 connections' threads ($threads threads)" [ "${threads:-999}" -le 72 ]
ok=1
for _ in $(seq 1 40); do
	[ "$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$base/")" = 200 ] && { ok=0; break; }
	sleep 0.25
done
check "and once they end, pages are served again" [ $ok -eq 0 ]

# a port in use
"$CK" serve "$p" --port "$port" >"$SCRATCH/out2" 2>"$SCRATCH/err2"
rc=$?
check "a second serve on the same port exits 2 ($rc)" [ $rc -eq 2 ]
check "and suggests a free port ($(cat "$SCRATCH/err2" | tail -1))" grep -q "poort $port is al in gebruik; probeer --port [0-9]*" "$SCRATCH/err2"

# Ctrl-C: stops, and the private folder goes
kill -INT $pid
wait_for $pid 20
rc=$?
check "Ctrl-C stops it with exit 0 ($rc)" [ $rc -eq 0 ]
check "and removes its folder" [ -z "$(ls "$TMPDIR")" ]

# a bind that is not loopback warns
port2=$((port + 1))
"$CK" serve "$p" --port "$port2" --bind 0.0.0.0 >"$SCRATCH/out3" 2>"$SCRATCH/err3" &
pid=$!
serving "$SCRATCH/out3"
check "--bind 0.0.0.0 warns that others can reach it" grep -q "warning: 0.0.0.0 is ook bereikbaar" "$SCRATCH/err3"
kill -INT $pid
wait_for $pid 20
"$CK" serve "$p" --bind nergens >/dev/null 2>"$SCRATCH/err4"
check "an address that is none is refused" grep -q "'nergens' is geen IP-adres" "$SCRATCH/err4"
"$CK" build "$p" --port 1 >/dev/null 2>"$SCRATCH/err5"
check "--port belongs to serve (exit 2)" [ $? -eq 2 ]

# --base-url reaches the QR codes and SCORM, over site.yaml's
"$CK" build "$p" -o "$SCRATCH/b" -q --base-url https://elders.example/cursus/
check "build --base-url URL builds" [ $? -eq 0 ]
pdftoppm -png -r 100 "$SCRATCH/b/print/posters/boeiend.pdf" "$SCRATCH/qr" 2>/dev/null
qr=$(zbarimg --quiet --raw "$SCRATCH"/qr-1.png 2>/dev/null)
check "the poster's QR code has the --base-url address ($qr)" [ "$qr" = "https://elders.example/cursus/een/begin.html" ]
"$CK" build "$p" -o "$SCRATCH/c" -q --base-url ftp://x >/dev/null 2>&1
check "--base-url must be a web address (exit 2)" [ $? -eq 2 ]
"$CK" build "$p" -o "$SCRATCH/c" -q -j2
check "-j2 is -j 2" [ $? -eq 0 ]
finish
