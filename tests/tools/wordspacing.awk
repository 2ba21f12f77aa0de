# The median line-to-line difference in word spacing (em) of the
# justified body lines in pdftotext -bbox output, for tests/e2e/linebreak.sh
# and for comparing with tests/tools/latex-manual.sh:
#   pdftotext -bbox FILE.pdf - | LC_ALL=C awk -v size=10.5 -f wordspacing.awk
# The body's lines are those of the commonest word height; a line's word
# spacing is the mean gap between its words over size (a list's bullet or
# number is no word). A pair is two lines in a row of one paragraph (15 pt
# apart) that both have a line after them at 15 pt (so neither is a last
# line), end at the same x and hold three words or more. Prints the
# median and the number of pairs.
function attr(s, k,   r) { r = s; sub(".*" k "=\"", "", r); sub("\".*", "", r); return r + 0 }
/<page / { page++; next }
/<word / {
	n++
	wp[n] = page; x0[n] = attr($0, "xMin"); x1[n] = attr($0, "xMax")
	y0[n] = attr($0, "yMin"); h = sprintf("%.1f", attr($0, "yMax") - y0[n])
	wh[n] = h; count[h]++
	t = $0; sub(/^.*">/, "", t); sub(/<.*$/, "", t); wt[n] = t
}
END {
	for (h in count) if (count[h] > count[body]) body = h
	for (i = 1; i <= n; i++) {
		if (wh[i] != body) continue
		k = wp[i] SUBSEP y0[i]
		if (!(k in nw) && (wt[i] ~ /^(\342\200\242|[0-9]+\.)$/))
			continue   # a list's bullet or number
		if (!(k in nw)) { order[++nl] = k; ly[nl] = y0[i]; lp[nl] = wp[i] }
		if (nw[k]) gap[k] += x0[i] - last[k]
		nw[k]++; last[k] = x1[i]
	}
	m = 0
	for (i = 2; i < nl; i++) {
		a = order[i - 1]; b = order[i]
		if (lp[i + 1] != lp[i - 1]) continue
		d1 = ly[i] - ly[i - 1]; d2 = ly[i + 1] - ly[i]
		if (d1 < 14.9 || d1 > 15.1 || d2 < 14.9 || d2 > 15.1) continue
		if (nw[a] < 3 || nw[b] < 3) continue
		if (last[a] - last[b] > 0.5 || last[b] - last[a] > 0.5) continue
		sa = gap[a] / (nw[a] - 1) / size; sb = gap[b] / (nw[b] - 1) / size
		d[++m] = sa > sb ? sa - sb : sb - sa
	}
	for (i = 2; i <= m; i++) {
		v = d[i]; j = i - 1
		while (j > 0 && d[j] > v) { d[j + 1] = d[j]; j-- }
		d[j + 1] = v
	}
	med = m == 0 ? 0 : m % 2 ? d[(m + 1) / 2] : (d[m / 2] + d[m / 2 + 1]) / 2
	printf "%.3f %d\n", med, m
}
