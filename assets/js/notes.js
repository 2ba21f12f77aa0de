/*
 * notes.js - reflection notes, kept in this browser only (localStorage,
 * key "note:<data-note>", value { text, vraag, lesson, url, saved }).
 * Lesson page: every .reflectie gets its textarea back, filled with the
 * saved text and saved while typing. Notes page: every note, grouped by
 * lesson, with export to a Markdown file, print and delete all.
 *
 *   CK.notes = { all(), markdown(), render() }
 */
(function () {
  'use strict';
  const CK = (window.CK = window.CK || {});
  if (!CK.store) return;
  const store = CK.store;
  const body = document.body.dataset;
  const root = body.root || '';

  const PREFIX = 'note:';

  const when = (iso) => {
    const d = new Date(iso);
    return isNaN(d) ? '' : d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  };

  // ---- Lesson page -------------------------------------------------------

  function attach(section) {
    const key = PREFIX + section.dataset.note;
    const area = section.querySelector('.reflectie-tekst');
    const status = section.querySelector('.reflectie-status');
    if (!area) return;
    const saved = store.get(key, null);
    if (saved && typeof saved.text === 'string') area.value = saved.text;
    area.hidden = false;

    let timer = 0;
    let clear = 0;
    let last = area.value;
    function save() {
      clearTimeout(timer);
      if (area.value === last) return;
      last = area.value;
      if (!area.value.trim()) {
        store.remove(key);
      } else {
        const h1 = document.querySelector('h1');
        store.set(key, {
          text: area.value,
          vraag: ((section.querySelector('.reflectie-vraag') || {}).textContent || '').trim(),
          lesson: h1 ? h1.textContent.trim() : document.title,
          url: (body.page || '') + '#' + section.id,
          saved: new Date().toISOString()
        });
      }
      // Say it once; while the message shows, further saves stay quiet.
      if (status) {
        if (!status.textContent) status.textContent = CK.t('opgeslagen');
        clearTimeout(clear);
        clear = setTimeout(() => { status.textContent = ''; }, 4000);
      }
    }
    area.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(save, 500);
    });
    area.addEventListener('blur', save);
    window.addEventListener('pagehide', save);
  }

  document.querySelectorAll('.reflectie[data-note]').forEach(attach);

  // ---- Notes page --------------------------------------------------------

  // Every note, in the order of the course (unknown lessons last).
  function all() {
    const order = new Map();
    const course = window.CK_COURSE || { modules: [] };
    course.modules.forEach((m) => (m.lessons || []).forEach((les) => {
      order.set(les.url, { n: order.size, module: m.title, title: les.title });
    }));
    const rank = (url) => (order.has(url) ? order.get(url).n : order.size);
    const num = (url) => Number((url.match(/(\d+)$/) || [0, 0])[1]);
    return store.keys(PREFIX).map((k) => {
      const note = store.get(k, null);
      if (!note || typeof note.text !== 'string' || !note.text.trim()) return null;
      const url = String(note.url || '');
      const page = url.split('#')[0];
      const known = order.get(page);
      return {
        key: k.slice(PREFIX.length),
        text: note.text,
        vraag: String(note.vraag || ''),
        lesson: known ? known.title : String(note.lesson || page),
        module: known ? known.module : '',
        url: url,
        page: page,
        saved: note.saved || ''
      };
    }).filter(Boolean).sort((a, b) => rank(a.page) - rank(b.page) || a.page.localeCompare(b.page) || num(a.url) - num(b.url));
  }

  // Notes grouped by lesson page: [{ page, lesson, module, notes: [...] }].
  function groups(notes) {
    const out = [];
    notes.forEach((n) => {
      const last = out[out.length - 1];
      if (last && last.page === n.page) last.notes.push(n);
      else out.push({ page: n.page, lesson: n.lesson, module: n.module, url: n.url, notes: [n] });
    });
    return out;
  }

  function markdown() {
    const course = window.CK_COURSE || {};
    const lines = ['# ' + CK.t('notities_titel'), ''];
    if (course.title) lines.push('*' + course.title + '*, ' + CK.t('bewaard_op') + ' ' + when(new Date().toISOString()), '');
    groups(all()).forEach((g) => {
      lines.push('## ' + g.lesson, '');
      if (g.module) lines.push('*' + g.module + '*', '');
      g.notes.forEach((n) => {
        if (n.vraag) lines.push('### ' + n.vraag.replace(/\s+/g, ' '), '');
        lines.push(n.text.trim(), '');
      });
    });
    return lines.join('\n');
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  const list = document.querySelector('[data-notes]');
  const empty = document.querySelector('.notes-empty');
  const actions = document.querySelector('.notes-actions');
  const status = document.querySelector('.notes-status');

  function render() {
    if (!list) return;
    const notes = all();
    list.textContent = '';
    groups(notes).forEach((g) => {
      const sec = el('section', 'notes-lesson');
      if (g.module) sec.appendChild(el('p', 'eyebrow', g.module));
      const h = el('h2', 'notes-lesson-title');
      const a = el('a', '', g.lesson);
      a.href = root + g.url;
      h.appendChild(a);
      sec.appendChild(h);
      g.notes.forEach((n) => {
        const art = el('article', 'note');
        if (n.vraag) art.appendChild(el('h3', 'note-vraag', n.vraag));
        art.appendChild(el('div', 'note-tekst', n.text));
        if (when(n.saved)) art.appendChild(el('p', 'note-datum', CK.t('bewaard_op') + ' ' + when(n.saved)));
        sec.appendChild(art);
      });
      list.appendChild(sec);
    });
    if (empty) empty.hidden = notes.length > 0;
    if (actions) actions.hidden = notes.length === 0;
  }

  if (list) {
    render();
    window.addEventListener('storage', (e) => { if (!e.key || e.key.startsWith(store.prefix + PREFIX)) render(); });
    const on = (sel, fn) => { const b = document.querySelector(sel); if (b) b.addEventListener('click', fn); };
    on('.notes-export', () => {
      const url = URL.createObjectURL(new Blob([markdown()], { type: 'text/markdown;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = CK.t('notities_bestand');
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      if (status) status.textContent = CK.t('notities_bewaard', { bestand: CK.t('notities_bestand') });
    });
    on('.notes-print', () => window.print());
    on('.notes-delete', () => {
      if (!window.confirm(CK.t('notities_wissen_vraag'))) return;
      store.keys(PREFIX).forEach((k) => store.remove(k));
      render();
      if (status) status.textContent = CK.t('notities_gewist');
      if (empty) {
        empty.tabIndex = -1;
        empty.focus();
      }
    });
  }

  CK.notes = { all: all, markdown: markdown, render: render };
})();
