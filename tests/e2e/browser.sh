#!/bin/sh
# Browser tests of the built site (tests/browser/): HTML validity,
# axe-core, skip links and focus, no request off 127.0.0.1. Installs
# Node.js, Chromium and the npm packages first when they are missing.
# The last line is "N passed, M failed".
cd "$(dirname "$0")/../.." || exit 2
if ! out=$(sh tests/tools/npm-install.sh 2>&1); then
	echo "FAIL - the browser test tools install (tests/tools/npm-install.sh)"
	printf '%s\n' "$out" | sed 's/^/    /'
	echo "0 passed, 1 failed"
	exit 1
fi
[ -n "$out" ] && printf '%s\n' "$out"
exec node tests/browser/run.js "$@"
