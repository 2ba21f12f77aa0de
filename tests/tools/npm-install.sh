#!/bin/sh
# Installs what the browser tests need: Node.js, npm and Chromium from
# Debian when the commands are missing, then the npm packages of DIR
# (tests/browser/ when not given; tests/lighthouse/) with `npm ci` from
# its committed package-lock.json, only when node_modules/ is missing or
# older than the lockfile. Quiet on success; on failure it prints what
# went wrong and exits 1.
#   sh tests/tools/npm-install.sh [DIR]
cd "$(dirname "$0")/../.." || exit 2
dir=${1:-tests/browser}
stamp=$dir/node_modules/.npm-ci-done
log=$(mktemp)
trap 'rm -f "$log"' EXIT

die() {
	echo "npm-install: $1" >&2
	[ -s "$log" ] && tail -n 30 "$log" | sed 's/^/    /' >&2
	exit 1
}

missing=""
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing="$missing chromium"
if [ -n "$missing" ]; then
	# shellcheck disable=SC2086
	sh tests/tools/apt-install.sh $missing >"$log" 2>&1 ||
		die "could not install$missing with apt-get"
fi

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)
case $major in
'' | *[!0-9]*) major=0 ;;
esac
[ "$major" -ge 20 ] ||
	die "Node.js 20 or newer is needed, $(node --version 2>/dev/null || echo none) is installed"

if [ ! -f "$stamp" ] || [ -n "$(find "$dir/package-lock.json" "$dir/package.json" -newer "$stamp" 2>/dev/null)" ]; then
	(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1 ||
		die "npm ci in $dir failed"
	touch "$stamp" || die "cannot write $stamp"
fi
exit 0
