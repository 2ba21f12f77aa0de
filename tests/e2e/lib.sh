# Shared by the end-to-end scripts: counters, assertions, a scratch folder.
# Scripts run from the project root with ./coachkit built.
PASS=0
FAIL=0
CK="${COACHKIT:-$PWD/coachkit}"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

ok() { PASS=$((PASS + 1)); echo "ok - $1"; }
fail() { FAIL=$((FAIL + 1)); echo "FAIL - $1"; [ -n "$2" ] && printf '%s\n' "$2" | sed 's/^/    /'; }
# check NAME COMMAND...: passes when the command succeeds
check() { _what=$1; shift; if "$@"; then ok "$_what"; else fail "$_what"; fi; }
finish() { echo "$PASS passed, $FAIL failed"; [ "$FAIL" -eq 0 ]; }

# wait_for PID SECONDS: waits for the background process PID, killing it
# (exit 137) when it has not ended after SECONDS
wait_for() {
	( sleep "$2"; kill -9 "$1" 2>/dev/null ) &
	_guard=$!
	wait "$1"
	_rc=$?
	kill "$_guard" 2>/dev/null
	wait "$_guard" 2>/dev/null
	return $_rc
}

# reports FILE: the reports in a saved stderr, without the source lines
# and carets shown under each (they start with a space)
reports() { grep -v '^ ' "$1"; }

# free_port FROM: the first port from FROM up that nothing answers on
free_port() {
	_p=$1
	while [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$_p/")" != 000 ]; do
		_p=$((_p + 1))
	done
	echo "$_p"
}

# serving FILE [SECONDS]: waits until coachkit serve has said in FILE
# where it serves (its first build done); 1 after SECONDS (default 10)
serving() {
	for _ in $(seq 1 $(( ${2:-10} * 10 ))); do
		grep -q "coachkit serve: http" "$1" && return 0
		sleep 0.1
	done
	return 1
}

# A minimal valid project in $1 (content/ only: layouts come with coachkit).
make_project() {
	mkdir -p "$1/content/modules/01-een" "$1/content/pages"
	printf 'title: Proef\n' >"$1/content/site.yaml"
	printf 'title: Eerste module\nsummary: Een korte module.\n' >"$1/content/modules/01-een/_module.yaml"
	printf -- '---\ntitle: Eerste les\n---\n\n# Kop\n\nTekst.\n' >"$1/content/modules/01-een/01-begin.md"
	printf -- '---\ntitle: Tweede les\n---\n\nZie [de eerste les](01-begin.md).\n' >"$1/content/modules/01-een/02-verder.md"
}
