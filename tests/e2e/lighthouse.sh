#!/bin/sh
# Lighthouse 12.2.3 (tests/lighthouse/) on the pages that weigh most, a
# lesson with a quiz and the search page with results, on a phone: 100 for
# accessibility, best practices and SEO, and at least LH_PERF (90 here,
# where other tests share the machine) for performance. `make bench` runs
# every page type, phone and desktop, and asks 100 for performance too.
# Installs Node.js, Chromium and the npm packages first when missing.
cd "$(dirname "$0")/../.." || exit 2
if ! out=$(sh tests/tools/npm-install.sh tests/lighthouse 2>&1); then
	echo "FAIL - Lighthouse installs (tests/tools/npm-install.sh tests/lighthouse)"
	printf '%s\n' "$out" | sed 's/^/    /'
	echo "0 passed, 1 failed"
	exit 1
fi
LH_ONLY=${LH_ONLY:-mobile} LH_PAGES=${LH_PAGES:-lesson,search} \
	LH_PERF=${LH_PERF:-90} exec node tests/lighthouse/run.js "$@"
