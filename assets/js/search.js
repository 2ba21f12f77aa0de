/*
 * search.js - the search page (zoeken.html): searches as you type, loading
 * only what a query needs from the index the build wrote in pieces
 * (generator/site/search.h): {root}zoekindex.js (the stop words and which
 * shard holds which stems), the term shards of the query's words under
 * {root}zoekindex/, and the documents of the results shown. Each piece is
 * a script that hands its data to window.CK_SEARCH, so that this works
 * from file:// too. Query words are cut and stemmed like the index
 * (CK.stem); a page must hold every word, the last one may be the start of
 * a word. The pages found are counted and shown PAGE at a time, best
 * first, each with its passages that hold the most of the words.
 * A result's links carry the words as ?zoek= for the page they open
 * (searchbox.js marks them there). The header's box (searchbox.js) loads
 * this script on other pages when it is first used and asks suggest().
 *
 *   CK.search = { find(text) -> Promise<{ terms, hits: [doc] }>,
 *                 suggest(text, n) -> Promise<{ count, items:
 *                   [{ title, context, href }] }>,
 *                 run(text), terms(text) }
 */
(function () {
  'use strict';
  const CK = (window.CK = window.CK || {});
  const body = document.body.dataset;
  const root = body.root || '';

  const PAGE = 10;
  const PER_DOC = 2;
  const WORD = /[^\p{L}\p{N}]+/u;

  const stemmed = new Map();   // word -> stem, for the snippets' words
  const stem = (w) => {
    if (!CK.stem) return w;
    if (!stemmed.has(w)) stemmed.set(w, CK.stem(w));
    return stemmed.get(w);
  };
  const long = (w) => Array.from(w).length >= 2;

  // What the index's scripts hand over (search.h has their arguments).
  const got = { table: null, merged: null, t: [], p: [], d: [] };
  window.CK_SEARCH = {
    i: (table) => {
      got.table = table;
      got.merged = new Map(table.prefixes.map((p, k) => [p, k]));
    },
    t: (k, first, stems, posts) => { got.t[k] = { first, stems, posts }; },
    p: (k, lo, hi, post) => { got.p[k] = { lo, hi, post }; },
    d: (n, url, title, context, passages, stems, terms) => {
      got.d[n] = { url, title, context, passages, stems, terms };
    },
  };

  // Adds the script name (under root) once; resolves when it has run.
  const loads = new Map();
  function load(name) {
    if (!loads.has(name)) {
      loads.set(name, new Promise((resolve, reject) => {
        const s = document.createElement('script');
        s.src = root + name;
        s.onload = resolve;
        s.onerror = () => { loads.delete(name); s.remove(); reject(new Error(name)); };
        document.head.appendChild(s);
      }));
    }
    return loads.get(name);
  }

  // The numbers of a string the build wrote: base-32 digits, of which the
  // first 32 characters of DIGITS end a number.
  const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  const VALUE = new Int8Array(128);
  for (let i = 0; i < 64; i++) VALUE[DIGITS.charCodeAt(i)] = i;
  function numbers(s) {
    const out = [];
    let v = 0;
    for (let i = 0; i < s.length; i++) {
      const d = VALUE[s.charCodeAt(i)];
      if (d >= 32) v = v * 32 + d - 32;
      else { out.push(v * 32 + d); v = 0; }
    }
    return out;
  }

  // Postings (document, weight) into w, a weight per document, keeping
  // the larger.
  function addPostings(s, w) {
    let v = 0, next = 0, doc = -1;
    for (let i = 0; i < s.length; i++) {
      const d = VALUE[s.charCodeAt(i)];
      if (d >= 32) { v = v * 32 + d - 32; continue; }
      v = v * 32 + d;
      if (doc < 0) {
        doc = next + v;
        next = doc + 1;
      } else {
        if (v + 1 > w[doc]) w[doc] = v + 1;
        doc = -1;
      }
      v = 0;
    }
  }

  // Strings in the build's order: by code point, as UTF-8 bytes sort.
  const unit = (c) => (c >= 0xd800 && c < 0xe000 ? c + 0x10000 : c);
  function cmp(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const x = a.charCodeAt(i), y = b.charCodeAt(i);
      if (x !== y) return unit(x) - unit(y);
    }
    return a.length - b.length;
  }

  // The term shard that holds key if any does: the last that does not
  // begin after it (-1: none).
  function shardOf(key) {
    const s = got.table.shards;
    let lo = 0, hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(s[mid], key) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  const none = () => ({ w: new Int32Array(got.table.docs) });

  // The documents of one stem: { w: weight per document (0: not in it) }.
  async function exact(st) {
    const k = shardOf(st);
    if (k < 0) return none();
    await load(`zoekindex/t${k}.js`);
    const sh = got.t[k];
    const i = sh.stems.indexOf(st);
    const r = none();
    if (i >= 0) addPostings(sh.posts[i], r.w);
    return r;
  }

  // The documents of every stem that begins with p: merged by the build
  // when they span shards, else all in one shard.
  async function prefixed(p) {
    const m = got.merged.get(p);
    const r = none();
    if (m !== undefined) {
      await load(`zoekindex/p${m}.js`);
      addPostings(got.p[m].post, r.w);
      return r;
    }
    const s = got.table.shards;
    let k = shardOf(p);
    if (k + 1 < s.length && s[k + 1].startsWith(p)) k++;
    if (k < 0) return r;
    await load(`zoekindex/t${k}.js`);
    const sh = got.t[k];
    sh.stems.forEach((st, i) => {
      if (st.startsWith(p)) addPostings(sh.posts[i], r.w);
    });
    return r;
  }

  // A query term's documents.
  async function resolve(t) {
    if (!t.prefix) return exact(t.stem);
    const parts = [prefixed(t.stem)];
    if (!t.word.startsWith(t.stem)) parts.push(prefixed(t.word));
    const rs = await Promise.all(parts);
    const r = rs[0];
    for (let i = 1; i < rs.length; i++)
      rs[i].w.forEach((w, d) => { if (w > r.w[d]) r.w[d] = w; });
    return r;
  }

  // The query as terms: { stem, word, prefix } (prefix only for the last word).
  function terms(text) {
    const stop = new Set((got.table && got.table.stop) || []);
    const words = String(text).toLowerCase().split(WORD).filter((w) => w && long(w));
    const open = !/[^\p{L}\p{N}]$/u.test(String(text)); // still typing the last word
    return words.map((w, i) => ({ word: w, stem: stem(w), prefix: open && i === words.length - 1 }))
      .filter((t) => !stop.has(t.word));
  }

  // Every page that holds every term, best first (the sum of each term's
  // best weight in it), then in the build's order: { terms, hits: [doc] }.
  async function find(text) {
    await load('zoekindex.js');
    const ts = terms(text);
    if (!ts.length) return { terms: ts, hits: [] };
    const found = await Promise.all(ts.map(resolve));
    const n = got.table.docs;
    const score = new Int32Array(n);
    let max = 0, count = 0;
    for (let d = 0; d < n; d++) {
      let sum = 0;
      for (const f of found) {
        if (!f.w[d]) { sum = 0; break; }
        sum += f.w[d];
      }
      if (!sum) continue;
      score[d] = sum;
      if (sum > max) max = sum;
      count++;
    }
    const at = new Int32Array(max + 2);   // sorted by counting the scores
    for (let d = 0; d < n; d++) if (score[d]) at[max - score[d] + 1]++;
    for (let k = 1; k <= max + 1; k++) at[k] += at[k - 1];
    const hits = new Array(count);
    for (let d = 0; d < n; d++) if (score[d]) hits[at[max - score[d]]++] = d;
    return { terms: ts, hits };
  }

  // Whether the stem st answers the query term t.
  const answers = (t, st) => (t.prefix ? st.startsWith(t.stem) || st.startsWith(t.word) : st === t.stem);

  // A shown document's passages that hold the most terms, best first.
  function passages(doc, ts) {
    const n = numbers(doc.terms);
    const best = ts.map(() => []);
    for (let i = 0, s = 0; i < n.length; s++) {
      const st = doc.stems[s];
      const count = n[i++];
      const hit = ts.map((t) => answers(t, st));
      for (let k = 0; k < count; k++, i += 2) {
        hit.forEach((h, j) => { if (h && !(best[j][n[i]] >= n[i + 1] + 1)) best[j][n[i]] = n[i + 1] + 1; });
      }
    }
    const ranked = doc.passages.map((p, i) => {
      const ws = best.map((b) => b[i] || 0);
      return { i, held: ws.filter((w) => w > 0).length, score: ws.reduce((a, b) => a + b, 0) };
    }).filter((r) => r.held > 0);
    ranked.sort((a, b) => b.held - a.held || b.score - a.score || a.i - b.i);
    const shown = ranked.length ? ranked.slice(0, PER_DOC) : [{ i: 0 }];
    return shown.map((r) => {
      const [anchor, heading, snippet] = doc.passages[r.i];
      return { anchor, heading, snippet };
    });
  }

  // The snippet as text nodes, with every word that matches a term in <mark>.
  function highlight(text, ts) {
    const frag = document.createDocumentFragment();
    const stems = new Set(ts.map((t) => t.stem));
    const last = ts[ts.length - 1];
    String(text).split(/([\p{L}\p{N}]+)/u).forEach((part, i) => {
      if (!part) return;
      const w = part.toLowerCase();
      const hit = i % 2 === 1 && long(w) && (stems.has(stem(w)) ||
        (last && last.prefix && (w.startsWith(last.word) || stem(w).startsWith(last.stem))));
      if (hit) {
        const m = document.createElement('mark');
        m.textContent = part;
        frag.appendChild(m);
      } else {
        frag.appendChild(document.createTextNode(part));
      }
    });
    return frag;
  }

  // The address of a document's passage, with the terms as ?zoek=
  // (a word being typed ends in "*") for the page to mark them.
  function href(doc, anchor, ts) {
    const words = ts.map((t) => t.word + (t.prefix ? '*' : '')).join(' ');
    return root + doc.url + (words ? '?zoek=' + encodeURIComponent(words) : '') + (anchor || '');
  }

  // The best n pages for text: their number and the first n, each with
  // the address of its best passage.
  async function suggest(text, n) {
    const found = await find(text);
    const top = found.hits.slice(0, n);
    await Promise.all(top.map((d) => load(`zoekindex/d${d}.js`)));
    return {
      count: found.hits.length,
      items: top.map((d) => {
        const doc = got.d[d];
        return { title: doc.title, context: doc.context, href: href(doc, passages(doc, found.terms)[0].anchor, found.terms) };
      }),
    };
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  const form = body.kind === 'search' ? document.querySelector('.search-form') : null;
  const input = form && form.querySelector('input[name="q"]');
  const status = document.querySelector('.search-status');
  const results = document.querySelector('.search-results');

  // One result: the module, the page's title, its best passages.
  function result(n, ts) {
    const doc = got.d[n];
    const ps = passages(doc, ts);
    const li = el('li', 'search-result');
    if (doc.context) li.appendChild(el('p', 'search-context', doc.context));
    const h = el('h2', 'search-title');
    const a = el('a', '', doc.title);
    a.href = href(doc, ps[0].anchor, ts);
    h.appendChild(a);
    li.appendChild(h);
    ps.forEach((p) => {
      if (p.heading && p.heading !== doc.title) {
        const sub = el('p', 'search-heading');
        const sa = el('a', '', p.heading);
        sa.href = href(doc, p.anchor, ts);
        sub.appendChild(sa);
        li.appendChild(sub);
      }
      const snip = el('p', 'search-snippet');
      snip.appendChild(highlight(p.snippet, ts));
      li.appendChild(snip);
    });
    return li;
  }

  // Previous and next under the results, made once.
  let pager = null;
  function makePager() {
    pager = el('nav', 'search-pager');
    pager.setAttribute('aria-label', CK.t('zoeken_paginas'));
    pager.prev = el('button', 'button button-quiet search-prev', CK.t('zoeken_vorige'));
    pager.next = el('button', 'button button-quiet search-next', CK.t('zoeken_volgende'));
    pager.where = el('span', 'search-page-of');
    pager.hidden = true;
    [pager.prev, pager.next].forEach((b) => { b.type = 'button'; });
    pager.append(pager.prev, pager.where, pager.next);
    pager.prev.addEventListener('click', () => turn(-1));
    pager.next.addEventListener('click', () => turn(1));
    results.after(pager);
  }

  let shownQuery = '', shownPage = 1, seq = 0;

  function turn(step) {
    show(shownQuery, shownPage + step).then(() => {
      status.scrollIntoView({ block: 'nearest' });
    });
  }

  // Searches text and shows page `page` of the results, each as soon as
  // it and those before it are loaded.
  async function show(text, page) {
    const my = ++seq;
    const q = text.trim();
    const fail = () => { if (my === seq) status.textContent = CK.t('zoeken_mislukt'); };
    if (!q) {
      results.textContent = '';
      status.textContent = '';
      if (pager) pager.hidden = true;
      return;
    }
    let found;
    try {
      found = await find(q);
    } catch (e) { return fail(); }
    if (my !== seq) return;
    const ts = found.terms, hits = found.hits;
    const pages = Math.max(1, Math.ceil(hits.length / PAGE));
    page = Math.min(Math.max(1, page || 1), pages);
    shownQuery = q;
    shownPage = page;
    status.textContent = !ts.length ? CK.t('zoeken_kort') :
      CK.t(hits.length === 0 ? 'zoeken_geen' : hits.length === 1 ? 'zoeken_1' : 'zoeken_n',
        { n: hits.length, zoek: q });
    if (!pager) makePager();
    // a pager not yet shown waits for the page's results, so that they
    // do not move it as they come in
    const keep = !pager.hidden && pages >= 2;
    pager.hidden = !keep;
    pager.prev.disabled = page <= 1;
    pager.next.disabled = page >= pages;
    pager.where.textContent = CK.t('zoeken_pagina', { p: page, n: pages });
    const shown = hits.slice((page - 1) * PAGE, page * PAGE);
    const docs = shown.map((d) => load(`zoekindex/d${d}.js`));
    docs.forEach((p) => p.catch(() => {}));
    results.textContent = shown.length ? results.textContent : '';
    for (let i = 0; i < shown.length; i++) {
      try {
        await docs[i];
      } catch (e) { return fail(); }
      if (my !== seq) return;
      if (i === 0) results.textContent = '';
      results.appendChild(result(shown[i], ts));
    }
    pager.hidden = pages < 2;
  }

  // Runs a query and puts it in the address, without reloading the page.
  function run(text) {
    const done = show(text, 1);
    try {
      const url = new URL(location.href);
      if (text.trim()) url.searchParams.set('q', text.trim());
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url.href);
    } catch (e) { /* file:// in some browsers */ }
    return done;
  }

  if (form && input && status && results) {
    const q = new URLSearchParams(location.search).get('q') || '';
    input.value = q;
    if (q) status.textContent = CK.t('zoekindex_laden');
    show(q, 1);
    load('zoekindex.js').catch(() => { status.textContent = CK.t('zoeken_mislukt'); });

    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => run(input.value), 60);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(timer);
      run(input.value);
    });
  }

  CK.search = { find: find, suggest: suggest, run: run, terms: terms };
})();
