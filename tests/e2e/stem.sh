#!/bin/sh
# The browser's Dutch stemmer (assets/js/stem-nl.js) against libstemmer,
# which the build's search index uses: every word of the content, and
# more, must get the same stem from both.
cd "$(dirname "$0")/../.." || exit 2
exec node tests/browser/stem.test.js build/tests/tools/stemdump
