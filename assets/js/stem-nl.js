/*
 * stem-nl.js - the Snowball "dutch" stemming algorithm (classic version,
 * https://snowballstem.org/algorithms/dutch/stemmer.html).
 *
 * The generator builds the search index with libstemmer 2.2.0
 * (sb_stemmer_new("dutch", "UTF_8")); search queries are stemmed here, so
 * stem() must give exactly the same stems as that library.
 * tests/browser/stem.test.js checks this against the real library.
 *
 * Input: one lowercased word. Output: its stem.
 */
(function (root) {
  'use strict';

  // Vowels. 'I' and 'Y' (consonantal i/y marked by the prelude) are not.
  const V = 'aeiouyè';
  const isV = (ch) => ch !== undefined && V.includes(ch);

  // Accented vowels the prelude folds to plain ones (è is kept).
  const FOLD = {
    'ä': 'a', 'á': 'a', 'ë': 'e', 'é': 'e', 'ï': 'i', 'í': 'i',
    'ö': 'o', 'ó': 'o', 'ü': 'u', 'ú': 'u'
  };

  function stem(word) {
    // Work on an array of code points so that one entry is one character.
    let w = Array.from(String(word), (ch) => FOLD[ch] || ch);

    // Prelude: initial y, y after a vowel, and i between vowels are
    // consonants; mark them as Y and I.
    if (w[0] === 'y') w[0] = 'Y';
    for (let i = 1; i < w.length; i++) {
      if (!isV(w[i - 1])) continue;
      if (w[i] === 'i' && isV(w[i + 1])) w[i] = 'I';
      else if (w[i] === 'y') w[i] = 'Y';
    }

    // Regions: R1 starts after the first non-vowel following a vowel, but
    // at least 3 *bytes* of UTF-8 in (libstemmer's "hop 3" counts bytes, so
    // a leading è, ç, ... counts double); R2 is the same thing again after
    // R1. Words shorter than 3 bytes get empty regions.
    let p1 = w.length;
    let p2 = w.length;
    let x = -1; // index of the first character at or after byte 3
    for (let i = 0, bytes = 0; i < w.length; i++) {
      const cp = w[i].codePointAt(0);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes >= 3) { x = i + 1; break; }
    }
    if (x > 0) {
      const after = (from) => {
        let i = from;
        while (i < w.length && !isV(w[i])) i++;
        while (i < w.length && isV(w[i])) i++;
        return i < w.length ? i + 1 : w.length;
      };
      const r1 = after(0);
      // R2 is searched from where R1 was found, before the 3-byte minimum.
      // A word without a vowel-consonant pair has R1 and R2 at its end.
      if (r1 < w.length) p2 = after(r1);
      p1 = Math.max(r1, x);
    }

    const ends = (s) => w.length >= s.length && w.slice(w.length - s.length).join('') === s;
    const at = (k) => w[w.length - k]; // k-th character from the end
    const cut = (n) => { w = w.slice(0, w.length - n); };

    // Remove the last letter of a final kk, dd or tt.
    function undouble() {
      if (ends('kk') || ends('dd') || ends('tt')) cut(1);
    }

    // Delete -en (already matched, n characters) if in R1, after a
    // non-vowel and not after "gem"; then undouble.
    function enEnding(n) {
      const start = w.length - n;
      if (start < p1 || start < 1 || isV(w[start - 1])) return false;
      if (start >= 3 && w.slice(start - 3, start).join('') === 'gem') return false;
      cut(n);
      undouble();
      return true;
    }

    // Delete a final e in R1 after a non-vowel; then undouble.
    let eFound = false;
    function eEnding() {
      eFound = false;
      if (!ends('e')) return;
      const start = w.length - 1;
      if (start < p1 || start < 1 || isV(w[start - 1])) return;
      cut(1);
      eFound = true;
      undouble();
    }

    // Step 1: -heden, -ene/-en, -se/-s (longest match decides).
    if (ends('heden')) {
      if (w.length - 5 >= p1) { cut(5); w.push('h', 'e', 'i', 'd'); }
    } else if (ends('ene')) {
      enEnding(3);
    } else if (ends('en')) {
      enEnding(2);
    } else if (ends('se') || ends('s')) {
      const n = ends('se') ? 2 : 1;
      const start = w.length - n;
      const prev = w[start - 1];
      if (start >= p1 && start >= 1 && !isV(prev) && prev !== 'j') cut(n);
    }

    // Step 2: -e.
    eEnding();

    // Step 3a: -heid in R2, not after c; then -en as in step 1.
    if (ends('heid') && w.length - 4 >= p2 && at(5) !== 'c') {
      cut(4);
      if (ends('en')) enEnding(2);
    }

    // Step 3b: derivational suffixes, all in R2 (longest match decides).
    const inR2 = (n) => w.length - n >= p2;
    if (ends('end') || ends('ing')) {
      if (inR2(3)) {
        cut(3);
        if (ends('ig') && inR2(2) && at(3) !== 'e') cut(2);
        else undouble();
      }
    } else if (ends('ig')) {
      if (inR2(2) && at(3) !== 'e') cut(2);
    } else if (ends('lijk')) {
      if (inR2(4)) { cut(4); eEnding(); }
    } else if (ends('baar')) {
      if (inR2(4)) cut(4);
    } else if (ends('bar')) {
      if (inR2(3) && eFound) cut(3);
    }

    // Step 4: undouble a vowel: consonant + aa/ee/oo/uu + consonant
    // (not I) at the end loses one of the two vowels.
    const n = w.length;
    if (n >= 4 && !isV(w[n - 1]) && w[n - 1] !== 'I' &&
        ['aa', 'ee', 'oo', 'uu'].includes(w[n - 3] + w[n - 2]) && !isV(w[n - 4])) {
      w.splice(n - 2, 1);
    }

    // Postlude: back to lower case.
    return w.join('').replace(/I/g, 'i').replace(/Y/g, 'y');
  }

  root.CK = root.CK || {};
  root.CK.stem = stem;
  if (typeof module === 'object' && module.exports) module.exports = stem;
})(typeof window !== 'undefined' ? window : globalThis);
