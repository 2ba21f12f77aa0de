/*
 * search.js - the search page (zoeken.html): loads {root}zoekindex.js
 * (window.CK_INDEX) and searches as you type. Query words are cut and
 * stemmed like the index (CK.stem); a passage must hold every word, the
 * last one may be the start of a word. Results are grouped per page.
 * The header search box on other pages is a plain form to this page.
 *
 *   CK.search = { query(text) -> [{ doc, score, passages }], run(text) }
 */
(function () {
  'use strict';
  const CK = (window.CK = window.CK || {});
  const body = document.body.dataset;
  const root = body.root || '';

  const MAX_DOCS = 20;
  const PER_DOC = 2;
  const WORD = /[^\p{L}\p{N}]+/u;

  const stem = (w) => (CK.stem ? CK.stem(w) : w);
  const long = (w) => Array.from(w).length >= 2;

  // The query as terms: { stem, word, prefix } (prefix only for the last word).
  function terms(text) {
    const idx = window.CK_INDEX || {};
    const stop = new Set(idx.stop || []);
    const words = String(text).toLowerCase().split(WORD).filter((w) => w && long(w));
    const open = !/[^\p{L}\p{N}]$/u.test(String(text)); // still typing the last word
    return words.map((w, i) => ({ word: w, stem: stem(w), prefix: open && i === words.length - 1 }))
      .filter((t) => !stop.has(t.word));
  }

  // passage -> weight for one term
  function postings(t) {
    const idx = window.CK_INDEX;
    const out = new Map();
    const add = (list) => {
      for (let i = 0; i + 1 < list.length; i += 2) {
        out.set(list[i], Math.max(out.get(list[i]) || 0, list[i + 1]));
      }
    };
    if (idx.terms[t.stem]) add(idx.terms[t.stem]);
    if (t.prefix) {
      Object.keys(idx.terms).forEach((s) => {
        if (s !== t.stem && (s.startsWith(t.stem) || s.startsWith(t.word))) add(idx.terms[s]);
      });
    }
    return out;
  }

  function query(text) {
    const idx = window.CK_INDEX;
    const ts = terms(text);
    if (!idx || !ts.length) return [];
    const lists = ts.map(postings).sort((a, b) => a.size - b.size);
    const scores = new Map();
    lists[0].forEach((w, p) => {
      let sum = w;
      for (let i = 1; i < lists.length; i++) {
        if (!lists[i].has(p)) return;
        sum += lists[i].get(p);
      }
      scores.set(p, sum);
    });
    const byDoc = new Map();
    Array.from(scores).sort((a, b) => b[1] - a[1] || a[0] - b[0]).forEach(([p, score]) => {
      const passage = idx.passages[p];
      if (!passage) return;
      const d = passage[0];
      if (!byDoc.has(d)) byDoc.set(d, { doc: idx.docs[d], score: score, passages: [] });
      const r = byDoc.get(d);
      if (r.passages.length < PER_DOC) r.passages.push({ anchor: passage[1], heading: passage[2], snippet: passage[3] });
    });
    return Array.from(byDoc.values()).slice(0, MAX_DOCS);
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

  function show(text) {
    const q = text.trim();
    results.textContent = '';
    if (!q) { status.textContent = ''; return; }
    const ts = terms(q);
    if (!ts.length) { status.textContent = CK.t('zoeken_kort'); return; }
    const found = query(q);
    status.textContent = CK.t(found.length === 0 ? 'zoeken_geen' : found.length === 1 ? 'zoeken_1' : 'zoeken_n',
      { n: found.length, zoek: q });
    found.forEach((r) => {
      const [url, title, moduleTitle] = r.doc;
      const li = el('li', 'search-result');
      if (moduleTitle) li.appendChild(el('p', 'search-context', moduleTitle));
      const h = el('h2', 'search-title');
      const a = el('a', '', title);
      a.href = root + url + (r.passages[0].anchor || '');
      h.appendChild(a);
      li.appendChild(h);
      r.passages.forEach((p) => {
        if (p.heading && p.heading !== title) {
          const sub = el('p', 'search-heading');
          const sa = el('a', '', p.heading);
          sa.href = root + url + (p.anchor || '');
          sub.appendChild(sa);
          li.appendChild(sub);
        }
        const snip = el('p', 'search-snippet');
        snip.appendChild(highlight(p.snippet, ts));
        li.appendChild(snip);
      });
      results.appendChild(li);
    });
  }

  let pending = null;

  // Run a query and put it in the address, without reloading the page.
  function run(text) {
    if (!window.CK_INDEX) { pending = text; return; }
    show(text);
    try {
      const url = new URL(location.href);
      if (text.trim()) url.searchParams.set('q', text.trim());
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url.href);
    } catch (e) { /* file:// in some browsers */ }
  }

  if (form && input && status && results) {
    const q = new URLSearchParams(location.search).get('q') || '';
    input.value = q;
    if (q) status.textContent = CK.t('zoekindex_laden');
    pending = q;
    const script = document.createElement('script');
    script.src = root + 'zoekindex.js';
    script.onload = () => { if (pending !== null) run(pending); pending = null; };
    script.onerror = () => { status.textContent = CK.t('zoeken_mislukt'); };
    document.head.appendChild(script);

    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => run(input.value), 250);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(timer);
      run(input.value);
    });
  }

  CK.search = { query: query, run: run, terms: terms };
})();
