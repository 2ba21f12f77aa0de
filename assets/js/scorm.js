/*
 * scorm.js - SCORM 1.2: when the page runs inside an LMS (an `API` object
 * in a parent window or the opener), the progress state is kept in
 * cmi.suspend_data and the module's status and score are reported.
 * One package is one module (one SCO): the module is the page's
 * data-module. Without an LMS this does nothing.
 *
 *   CK.scorm = { api, active, status(), finish() }
 */
(function () {
  'use strict';
  const CK = (window.CK = window.CK || {});
  CK.scorm = { api: null, active: false, status: function () { return ''; }, finish: function () {} };
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
  const call = (name, ...args) => {
    try { return String(api[name].apply(api, args)); } catch (e) { return 'false'; }
  };

  // A second page of the same package finds the session already open
  // (error 101 "already initialized"): keep using it.
  const fresh = call('LMSInitialize', '') === 'true';
  if (!fresh && call('LMSGetLastError') !== '101') return;

  const slug = document.body.dataset.module || '';
  let started = Date.now();
  try {
    if (fresh) sessionStorage.setItem('ck:scorm-start', String(started));
    else started = Number(sessionStorage.getItem('ck:scorm-start')) || started;
  } catch (e) { /* no sessionStorage: time this page only */ }
  CK.scorm.api = api;
  CK.scorm.active = true;

  // The state now comes from (and goes to) the LMS only.
  CK.store.detachState();
  CK.store.replaceState(CK.store.unpack(call('LMSGetValue', 'cmi.suspend_data') || '{}'));

  const set = (name, value) => call('LMSSetValue', name, String(value));
  const initial = call('LMSGetValue', 'cmi.core.lesson_status');
  if (!initial || initial === 'not attempted' || initial === 'browsed') set('cmi.core.lesson_status', 'incomplete');
  set('cmi.core.exit', 'suspend');
  call('LMSCommit', '');

  // incomplete until every lesson is done; then passed/failed against the
  // module's mastery, or completed when the module has no quizzes.
  function status() {
    if (!slug) return '';
    const s = CK.store.stats(slug);
    if (!s.lessons || s.done < s.lessons) return 'incomplete';
    if (s.score === null) return 'completed';
    return s.score >= s.mastery ? 'passed' : 'failed';
  }

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
    call('LMSCommit', '');
  }
  CK.store.onChange(report);

  // HHHH:MM:SS.SS, as SCORM 1.2 wants the session time.
  function sessionTime() {
    const t = Math.round((Date.now() - started) / 10) / 100;
    const pad = (n, w) => String(Math.floor(n)).padStart(w, '0');
    return pad(t / 3600, 4) + ':' + pad((t % 3600) / 60, 2) + ':' + pad(t % 60, 2) + '.' + pad((t % 1) * 100, 2);
  }

  // Leaving the page through a link to another page of this package only
  // commits: the next page goes on with the same session.
  let internal = false;
  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('a[href]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || a.target) return;
    const here = location.href.replace(/[^/]*([?#].*)?$/, '');
    internal = a.href.startsWith(here) && !a.href.slice(here.length).includes('/') && /\.html(#.*)?$/.test(a.href) &&
      a.href.split('#')[0] !== location.href.split('#')[0];
  });

  let finished = false;
  function finish() {
    if (finished) return;
    finished = true;
    set('cmi.core.session_time', sessionTime());
    call('LMSCommit', '');
    if (!internal) call('LMSFinish', '');
  }
  window.addEventListener('pagehide', finish);
  window.addEventListener('pageshow', (e) => { if (e.persisted) finished = internal = false; });
  if (!('onpagehide' in window)) window.addEventListener('unload', finish);

  // The package holds this module's pages, the assets, the media and the
  // module's hand-out; a link anywhere else would lead nowhere in the LMS.
  // Such links become plain text, and the site's menus are hidden
  // (html.in-lms in style.css).
  document.documentElement.classList.add('in-lms');
  const root = new URL(document.body.dataset.root || './', location.href).href;
  const inside = (href) => {
    if (!href.startsWith(root)) return !/^https?:/.test(href) || !href.startsWith(location.origin);
    const rel = href.slice(root.length).split('#')[0];
    return rel === '' || rel.startsWith(slug + '/') || rel.startsWith('assets/') ||
      rel.startsWith('media/') || rel === 'print/handout-' + slug + '.pdf';
  };
  for (const a of document.querySelectorAll('a[href]')) {
    if (inside(a.href)) continue;
    const span = document.createElement('span');
    span.className = 'link-out-of-package';
    span.textContent = a.textContent;
    a.replaceWith(span);
  }

  CK.scorm.status = status;
  CK.scorm.finish = function () { internal = false; finish(); };
})();
