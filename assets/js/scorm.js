/*
 * scorm.js - SCORM 1.2: when the page runs inside an LMS (an `API` object
 * in a parent window or the opener), the progress state is kept in
 * cmi.suspend_data and the module's status and score are reported.
 * One package is one module (one SCO): the module is the page's
 * data-module. Without an LMS this does nothing.
 *
 * The SCO has many pages, and every link between them loads a new page,
 * but the LMS sees one session: the first page calls LMSInitialize, the
 * next ones go on with the open session (sessionStorage remembers it), and
 * LMSFinish is called once, when the learner leaves the module (the LMS
 * closes the frame or the window, or the page goes somewhere outside the
 * package). Files that are not pages of the SCO open in a new window.
 *
 *   CK.scorm = { api, active, lms, status(), finish() }
 *   (lms: the page runs in an LMS, that is, in a package)
 */
(function () {
  'use strict';
  const CK = (window.CK = window.CK || {});
  CK.scorm = { api: null, active: false, lms: false, status: function () { return ''; }, finish: function () {} };
  if (!CK.store) return;

  // The standard search: up the parents (at most 10), then the opener's.
  function search(win) {
    for (let n = 0; win && n <= 10; n++) {
      try {
        if (win.API) return win.API;
      } catch (e) { /* another origin */ }
      let parent = null;
      try { parent = win.parent; } catch (e) { parent = null; }
      if (!parent || parent === win) break;
      win = parent;
    }
    return null;
  }
  function findAPI() {
    let api = search(window);
    if (!api) {
      try { if (window.opener) api = search(window.opener); } catch (e) { api = null; }
    }
    return api;
  }

  const api = findAPI();
  if (!api) return;
  CK.scorm.lms = true;
  const call = (name, ...args) => {
    try { return String(api[name].apply(api, args)); } catch (e) { return 'false'; }
  };
  const set = (name, value) => call('LMSSetValue', name, String(value));
  const slug = document.body.dataset.module || '';

  // The open session as this tab remembers it: { slug, start } or null.
  const SESSION_KEY = 'ck:scorm-session';
  function remembered() {
    try {
      const s = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      return s && s.slug === slug && typeof s.start === 'number' ? s : null;
    } catch (e) { return null; }
  }
  function remember(s) {
    try {
      if (s) sessionStorage.setItem(SESSION_KEY, JSON.stringify(s));
      else sessionStorage.removeItem(SESSION_KEY);
    } catch (e) { /* no sessionStorage: every page asks the LMS */ }
  }
  // Whether the LMS takes calls: reading works in an open session only
  // (error 301 before LMSInitialize and, in most LMSs, after LMSFinish).
  function sessionOpen() {
    call('LMSGetValue', 'cmi.core.lesson_status');
    return call('LMSGetLastError') === '0';
  }

  // Goes on with the session an earlier page of this module opened, or
  // opens one. The session's start time (ms), or null when the LMS has no
  // session for this page.
  function openSession() {
    const known = remembered();
    if (known && sessionOpen()) return known.start;
    if (call('LMSInitialize', '') === 'true') {
      const s = { slug: slug, start: Date.now() };
      remember(s);
      return s.start;
    }
    // "already initialized", though this tab does not remember it
    return sessionOpen() ? Date.now() : null;
  }

  const started = openSession();
  if (started === null) return;
  CK.scorm.api = api;
  CK.scorm.active = true;

  // The LMS's mastery score (from the manifest's adlcp:masteryscore, or
  // changed in the LMS) counts instead of the package's own when it gives
  // one: it goes into the course outline, which CK.store.stats reads.
  function useMastery() {
    const given = call('LMSGetValue', 'cmi.student_data.mastery_score').trim();
    const mods = (window.CK_COURSE && window.CK_COURSE.modules) || [];
    const mod = mods.find((m) => m.slug === slug);
    if (mod && /^\d+(\.\d+)?$/.test(given) && Number(given) <= 100) mod.mastery = Number(given);
  }
  useMastery();

  // The state now comes from (and goes to) the LMS only.
  CK.store.detachState();
  CK.store.replaceState(CK.store.unpack(call('LMSGetValue', 'cmi.suspend_data') || '{}'));

  // incomplete until every lesson is done; then passed/failed against the
  // module's mastery, or completed when the module has no quizzes.
  function status() {
    if (!slug) return '';
    const s = CK.store.stats(slug);
    if (!s.lessons || s.done < s.lessons) return 'incomplete';
    if (s.score === null) return 'completed';
    return s.score >= s.mastery ? 'passed' : 'failed';
  }
  // A module passed or completed is left normally (""); otherwise the
  // learner comes back to it later ("suspend").
  const exitFor = (st) => (st === 'passed' || st === 'completed' ? '' : 'suspend');

  function report(state) {
    set('cmi.suspend_data', CK.store.pack(state));
    const st = status();
    if (st && st !== 'incomplete') {
      const s = CK.store.stats(slug);
      if (s.score !== null) {
        set('cmi.core.score.min', 0);
        set('cmi.core.score.max', 100);
        set('cmi.core.score.raw', s.score);
      }
      set('cmi.core.lesson_status', st);
    }
    set('cmi.core.exit', exitFor(st));
    call('LMSCommit', '');
  }

  const initial = call('LMSGetValue', 'cmi.core.lesson_status');
  if (!initial || initial === 'not attempted' || initial === 'browsed') set('cmi.core.lesson_status', 'incomplete');
  set('cmi.core.exit', exitFor(status()));
  call('LMSCommit', '');
  CK.store.onChange(report);

  // HHHH:MM:SS.SS, as SCORM 1.2 wants the session time.
  function sessionTime() {
    const t = Math.round((Date.now() - started) / 10) / 100;
    const pad = (n, w) => String(Math.floor(n)).padStart(w, '0');
    return pad(t / 3600, 4) + ':' + pad((t % 3600) / 60, 2) + ':' + pad(t % 60, 2) + '.' + pad((t % 1) * 100, 2);
  }

  // Where a link leads: 'page' (a page of this SCO), 'file' (another file
  // of the package: the hand-out, media, assets), 'away' (this site, but
  // not in the package), 'web' (another site) or 'other' (mailto: and such).
  const root = new URL(document.body.dataset.root || './', location.href).href;
  function place(href) {
    if (href.startsWith(root)) {
      const rel = href.slice(root.length).split(/[?#]/)[0];
      if (slug && rel.startsWith(slug + '/')) return /(\/|\.html)$/.test(rel) ? 'page' : 'file';
      if (rel.startsWith('assets/') || rel.startsWith('media/') || rel === 'print/handout-' + slug + '.pdf') return 'file';
      return 'away';
    }
    if (!/^https?:/.test(href)) return 'other';
    return href.startsWith(location.origin + '/') ? 'away' : 'web';
  }
  const inPackage = (href) => { const p = place(href); return p === 'page' || p === 'file'; };

  // Whether the page is being left for another one of the package (the
  // session goes on there) or for somewhere else. The Navigation API tells
  // where every navigation of this page goes: a link, Back and Forward, a
  // reload. Without it only the links clicked are known. A page that goes
  // away with no navigation of its own (the LMS closes the frame or the
  // window, or the LMS page itself goes elsewhere) leaves the module.
  let staying = false;
  if (window.navigation && typeof window.navigation.addEventListener === 'function') {
    window.navigation.addEventListener('navigate', (e) => {
      if (e.destination.sameDocument || typeof e.downloadRequest === 'string') return;
      staying = inPackage(e.destination.url);
    });
  } else {
    const here = (href) => href.split('#')[0] === location.href.split('#')[0];
    document.addEventListener('click', (e) => {
      const a = e.target.closest && e.target.closest('a[href]');
      staying = Boolean(a) && !e.defaultPrevented && e.button === 0 && !(e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) &&
        (!a.target || a.target === '_self') && inPackage(a.href) && !here(a.href);
    });
  }

  // A page kept in the back-forward cache (e.persisted) may come back: it
  // only commits, as a page left for another one of the package does.
  let finished = false;
  function leave(e) {
    if (finished) return;
    set('cmi.core.session_time', sessionTime());
    if (staying || (e && e.persisted)) {
      call('LMSCommit', '');
      return;
    }
    finished = true;
    remember(null);
    call('LMSCommit', '');
    call('LMSFinish', '');
  }
  window.addEventListener('pagehide', leave);
  window.addEventListener('pageshow', (e) => { if (e.persisted) staying = false; });
  if (!('onpagehide' in window)) window.addEventListener('unload', leave);

  // The last lesson's "next module" leads out of the package: there the
  // module ends, and the step says so and goes back to the module's page,
  // with its progress; on the module's page itself it goes.
  function finishStep(a) {
    const start = new URL(slug + '/index.html', root).href;
    if (!slug || location.href.split(/[?#]/)[0] === start) {
      a.remove();
      return;
    }
    const done = document.createElement('a');
    done.className = a.className + ' pager-done';
    done.href = start;
    const label = document.createElement('span');
    label.textContent = CK.t('module_afgerond');
    done.append(label, CK.t('module_afgerond_terug'));
    a.replaceWith(done);
  }

  // The package holds this module's pages, the assets, the media and the
  // module's hand-out. A link elsewhere on this site would lead nowhere in
  // the LMS: it becomes plain text, and the site's menus are hidden
  // (html.in-lms in style.css). Everything that is not a page of the SCO
  // (the hand-out, media, other sites) opens in a new window, so that the
  // module stays open.
  document.documentElement.classList.add('in-lms');
  for (const a of document.querySelectorAll('a[href]')) {
    const p = place(a.href);
    if (p === 'away' && a.classList.contains('pager-next')) {
      finishStep(a);
    } else if (p === 'away') {
      const span = document.createElement('span');
      span.className = 'link-out-of-package';
      span.textContent = a.textContent;
      a.replaceWith(span);
    } else if ((p === 'file' || p === 'web') && !a.target) {
      a.target = '_blank';
      a.rel = (a.rel + ' noopener').trim();
      const note = document.createElement('span');
      note.className = 'visually-hidden';
      note.textContent = ' ' + CK.t('nieuw_venster');
      a.append(note);
    }
  }

  CK.scorm.status = status;
  CK.scorm.finish = function () { staying = false; leave(); };
})();
