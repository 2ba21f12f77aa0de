#!/bin/sh
# End to end: a SCORM 1.2 package a strict importer accepts. Its
# imsmanifest.xml names its schema files (xsi:schemaLocation), the package
# holds them and the manifest validates against them (xmllint); every file
# a page of the package links to at the package's top (the icon, the web
# manifest, the service worker) is in the package, or no page links to it.
. tests/e2e/lib.sh

site="$SCRATCH/site"
"$CK" build . -o "$site" -q 2>"$SCRATCH/err"
check "the bundled content builds" [ $? -eq 0 ]
pkg="$SCRATCH/pkg"
unzip -q "$site/scorm/coach.zip" -d "$pkg"
check "the package unzips" [ $? -eq 0 ]

grep -q 'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd' "$pkg/imsmanifest.xml" &&
	grep -q 'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"' "$pkg/imsmanifest.xml"
check "the manifest names its schema files" [ $? -eq 0 ]
check "the package holds them" [ -f "$pkg/imscp_rootv1p1p2.xsd" -a -f "$pkg/adlcp_rootv1p2.xsd" -a -f "$pkg/ims_xml.xsd" ]
if command -v xmllint >/dev/null; then
	(cd "$pkg" && xmllint --noout --schema imscp_rootv1p1p2.xsd imsmanifest.xml) >"$SCRATCH/lint" 2>&1
	check "the manifest validates against them (xmllint --schema)" [ $? -eq 0 ]
	[ -s "$SCRATCH/lint" ] && grep -v validates "$SCRATCH/lint" | sed 's/^/    /'
	# the schemas are strict: a mastery score over 100, an unknown
	# scormtype or an unknown element is refused
	for bad in 's|masteryscore>[0-9]*<|masteryscore>150<|' 's|scormtype="sco"|scormtype="les"|' \
		's|<resources>|<bronnen/><resources>|'; do
		sed "$bad" "$pkg/imsmanifest.xml" >"$pkg/bad.xml"
		! (cd "$pkg" && xmllint --noout --schema imscp_rootv1p1p2.xsd bad.xml) 2>/dev/null
		check "a manifest with $bad does not validate" [ $? -eq 0 ]
	done
	rm -f "$pkg/bad.xml"
else
	fail "xmllint (libxml2-utils) is installed"
fi

# every file a page links to or loads (href= or src=), resolved from the
# page's folder, that is not in the package; links to pages out of it
# (other modules, the site's own pages) are made plain text in an LMS
# (scorm.js), so only the files other than pages, at the top and under
# assets/, count
missing=$(cd "$pkg" && find . -name '*.html' | sed 's|^\./||' | while read -r page; do
	dir=$(dirname "$page")
	grep -o -E '(href|src)="[^"#?]+' "$page" | sed 's/^[a-z]*="//' | grep -v -E '^[a-z]+:' |
		while read -r ref; do
			p=$(realpath -m --relative-to=. "$dir/$ref")
			case "$p" in *.html) continue ;; */*) case "$p" in assets/*) ;; *) continue ;; esac ;; esac
			[ -e "$p" ] || echo "$page: $ref"
		done
done | sort -u)
check "every file at the package's top or in assets/ that a page links to (not a page) is in the package" [ -z "$missing" ]
[ -z "$missing" ] || printf '%s\n' "$missing" | head -10 | sed 's/^/    /'
grep -q -E "register\(root ?\+ ?'sw.js'" "$pkg/assets/js/offline.js" && grep -q -E 'CK.scorm ?&& ?CK.scorm.lms' "$pkg/assets/js/offline.js"
check "in an LMS the pages do not register sw.js, which the package does not hold" [ $? -eq 0 -a ! -e "$pkg/sw.js" ]
finish
