#!/bin/sh
# A Dutch locale writes numbers with a decimal comma; PDF, SVG, HTML and
# the summary must not care. The bundled content is built under
# LANG=nl_NL.UTF-8 and under C, and every file must be the same.
. tests/e2e/lib.sh

if ! locale -a 2>/dev/null | grep -qi '^nl_NL\.utf-\?8$'; then
	sh tests/tools/apt-install.sh locales >/dev/null 2>&1
	localedef -i nl_NL -f UTF-8 nl_NL.UTF-8 >/dev/null 2>&1
fi
if ! locale -a 2>/dev/null | grep -qi '^nl_NL\.utf-\?8$'; then
	fail "the locale nl_NL.UTF-8 can be made (localedef -i nl_NL -f UTF-8 nl_NL.UTF-8)"
	finish
	exit 1
fi
check "the locale nl_NL.UTF-8 is there" true
export SOURCE_DATE_EPOCH=1700000000
LC_ALL=C "$CK" build . -o "$SCRATCH/c" -q -j 2; c=$?
LANG=nl_NL.UTF-8 LC_ALL=nl_NL.UTF-8 "$CK" build . -o "$SCRATCH/nl" -q -j 2; nl=$?
check "the bundled content builds in both (exit $c, $nl)" [ $c -eq 0 -a $nl -eq 0 ]
diff -r "$SCRATCH/c" "$SCRATCH/nl" >"$SCRATCH/diff" 2>&1
check "every file is the same under nl_NL.UTF-8 as under C" [ $? -eq 0 ]
[ -s "$SCRATCH/diff" ] && head -5 "$SCRATCH/diff"
out=$(LANG=nl_NL.UTF-8 LC_ALL=nl_NL.UTF-8 "$CK" build . -o "$SCRATCH/nl" 2>&1)
echo "$out" | grep -Eq "in [0-9]+,[0-9]{2} s$"
check "the summary keeps its decimal comma" [ $? -eq 0 ]
LANG=nl_NL.UTF-8 LC_ALL=nl_NL.UTF-8 sh tests/e2e/bad.sh >"$SCRATCH/bad" 2>&1
check "the bad-content corpus reports the same under nl_NL.UTF-8" [ $? -eq 0 ]
finish
