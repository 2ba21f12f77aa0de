/*
 * searchbox.js - search from every page. The header's search box suggests
 * the best few pages as you type (the ARIA combobox pattern: a listbox
 * under the box, chosen with the arrow keys and Enter, closed with
 * Escape); `/` puts the focus in it from anywhere but a field (on the
 * search page in that page's own field). A page opened from a result
 * (?zoek=words, search.js) marks those words in <mark>, stemmed as the
 * search stems them, goes to its section and takes the words out of the
 * address. stem-nl.js and search.js are loaded only
 * when the box is first used or the page has ?zoek=, as scripts beside
 * this one, so that this works from file:// too.
 */
(function () {
  'use strict';
  const CK = (window.CK = window.CK || {});
  const here = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, '') : '';
  const SHOWN = 5;

  // Adds the script name (beside this one) once; resolves when it has run.
  const loads = new Map();
  function load(name) {
    if (!loads.has(name)) {
      loads.set(name, new Promise((resolve, reject) => {
        const s = document.createElement('script');
        s.src = here + name;
        s.onload = resolve;
        s.onerror = () => { loads.delete(name); s.remove(); reject(new Error(name)); };
        document.head.appendChild(s);
      }));
    }
    return loads.get(name);
  }
  const stemmer = () => (CK.stem ? Promise.resolve() : load('stem-nl.js'));
  const searcher = () => (CK.search ? Promise.resolve() : Promise.all([stemmer(), load('search.js')]));

  // Whether the key event's target takes text.
  const typing = (t) => t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

  // The header's box as a combobox with a listbox of suggestions.
  function box(form, input) {
    const list = document.createElement('ul');
    list.id = input.id + '-lijst';
    list.className = 'search-suggest';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', CK.t('zoeken_voorstellen'));
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    let active = -1, seq = 0, timer = 0;
    const options = () => list.querySelectorAll('[role="option"]');
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function mark(i) {
      const os = options();
      active = i;
      os.forEach((o, k) => o.setAttribute('aria-selected', String(k === i)));
      if (i >= 0) {
        input.setAttribute('aria-activedescendant', os[i].id);
        os[i].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }
    function option(text, small, href) {
      const li = document.createElement('li');
      li.id = list.id + '-' + list.children.length;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.href = href;
      if (small) {
        const c = document.createElement('span');
        c.className = 'search-suggest-context';
        c.textContent = small;
        li.appendChild(c);
        li.appendChild(document.createTextNode(' '));   // apart when read out
      }
      li.appendChild(document.createTextNode(text));
      list.appendChild(li);
    }
    function fill(q, found) {
      list.textContent = '';
      found.items.forEach((it) => option(it.title, it.context, it.href));
      if (found.count > found.items.length) {
        option(CK.t('zoeken_alle', { n: found.count, zoek: q }), '',
          form.action + (form.action.includes('?') ? '&' : '?') + 'q=' + encodeURIComponent(q));
      }
      active = -1;
      input.removeAttribute('aria-activedescendant');
      list.hidden = !list.children.length;
      input.setAttribute('aria-expanded', String(!list.hidden));
    }
    async function update() {
      const my = ++seq;
      const q = input.value.trim();
      if (!q) return close();
      try {
        await searcher();
        const found = await CK.search.suggest(q, SHOWN);
        if (my === seq && document.activeElement === input) fill(q, found);
      } catch (e) { close(); }
    }
    const go = (href) => { close(); location.href = href; };

    input.addEventListener('focus', () => { searcher().catch(() => {}); }, { once: true });
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(update, 60);
    });
    input.addEventListener('keydown', (e) => {
      const n = options().length;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!n) return;
        e.preventDefault();
        if (list.hidden) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        }
        const step = e.key === 'ArrowDown' ? 1 : -1;
        mark(active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n);
      } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
        e.preventDefault();
        go(options()[active].dataset.href);
      } else if (e.key === 'Escape' && !list.hidden) {
        e.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', () => setTimeout(() => {
      if (document.activeElement !== input) close();
    }, 150));
    list.addEventListener('mousedown', (e) => e.preventDefault());   // keeps the focus
    list.addEventListener('click', (e) => {
      const o = e.target.closest('[role="option"]');
      if (o) go(o.dataset.href);
    });
    document.addEventListener('keydown', (e) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const store = (window.CK || {}).store;   // one-key shortcuts switched off (keys.js)
      if (store && store.get('keys', 'on') === 'off') return;
      const field = document.querySelector('.search-form input[name="q"]') || input;   // the search page's own
      const toggle = document.querySelector('button.search-toggle');   // a phone's header (menu.js)
      if (!field.offsetParent && toggle && toggle.offsetParent) {
        e.preventDefault();
        toggle.click();   // opens the box, the focus in it
        return;
      }
      if (!field.offsetParent) return;   // hidden (in an LMS)
      e.preventDefault();
      field.focus();
      field.select();
    });
  }

  // Marks every word of the page's main text that answers one of words
  // (a word ending in "*" also marks the words it begins) in <mark>.
  function highlight(words) {
    const main = document.getElementById('inhoud') || document.body;
    const ts = words.split(/\s+/).filter(Boolean).map((w) => {
      const prefix = w.endsWith('*');
      const word = w.replace(/\*$/, '').toLowerCase();
      return { word, stem: CK.stem(word), prefix };
    });
    if (!ts.length) return [];
    const answers = (w) => {
      if (Array.from(w).length < 2) return false;
      const st = CK.stem(w);
      return ts.some((t) => st === t.stem ||
        (t.prefix && (w.startsWith(t.word) || st.startsWith(t.stem))));
    };
    const texts = [];
    const walk = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.closest('script, style, noscript, textarea, mark, svg') ?
        NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    while (walk.nextNode()) texts.push(walk.currentNode);
    const marks = [];
    texts.forEach((node) => {
      const parts = node.data.split(/([\p{L}\p{N}]+)/u);
      if (!parts.some((p, i) => i % 2 === 1 && answers(p.toLowerCase()))) return;
      const frag = document.createDocumentFragment();
      parts.forEach((p, i) => {
        if (!p) return;
        if (i % 2 === 1 && answers(p.toLowerCase())) {
          const m = document.createElement('mark');
          m.className = 'search-hit';
          m.textContent = p;
          frag.appendChild(m);
          marks.push(m);
        } else {
          frag.appendChild(document.createTextNode(p));
        }
      });
      node.replaceWith(frag);
    });
    return marks;
  }

  // A page opened from a search result: takes ?zoek= out of the address,
  // marks the words and shows the section (or the first word marked).
  function arrived() {
    const params = new URLSearchParams(location.search);
    const words = params.get('zoek');
    if (words === null) return;
    params.delete('zoek');
    const rest = params.toString();
    try {
      history.replaceState(history.state, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
    } catch (e) { /* file:// in some browsers */ }
    stemmer().then(() => {
      const marks = highlight(words);
      const id = decodeURIComponent(location.hash.slice(1));
      const target = (id && document.getElementById(id)) || null;
      if (target) target.scrollIntoView({ block: 'start' });
      else if (marks.length) marks[0].scrollIntoView({ block: 'center' });
    }).catch(() => {});
  }

  const form = document.querySelector('.search-box');
  const input = form && form.querySelector('input[name="q"]');
  if (form && input) box(form, input);
  arrived();
})();
