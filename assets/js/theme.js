/*
 * theme.js - the header's light/dark toggle (button.theme-toggle).
 * A page follows the system's setting (prefers-color-scheme, in CSS alone)
 * until the learner presses the toggle: then it shows the other theme and
 * keeps that choice as CK.store 'theme' ("dark" or "light"; in
 * localStorage as "ck:<site>:theme"), which it sets as data-theme on
 * <html>. The script in head.mustache reads the same key and sets
 * data-theme before a page is drawn, so no page flashes in the wrong
 * theme. The button says "dark" with aria-pressed="true" while the dark
 * theme is shown. Without scripts the button is hidden (style.css shows it
 * when <html> has class "js").
 */
(function () {
  'use strict';
  const button = document.querySelector('.theme-toggle');
  if (!button) return;
  const root = document.documentElement;
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  const key = 'theme';
  const prefix = 'ck:' + (document.body.dataset.site || 'ck') + ':';

  // The stored choice through CK.store when it is loaded, else the same
  // key in localStorage; null when there is none (or no storage).
  function stored() {
    let v = null;
    try {
      v = window.CK && CK.store ? CK.store.get(key, null) : JSON.parse(localStorage.getItem(prefix + key));
    } catch (e) { /* none */ }
    return v === 'dark' || v === 'light' ? v : null;
  }
  function store(v) {
    try {
      if (window.CK && CK.store) CK.store.set(key, v);
      else localStorage.setItem(prefix + key, JSON.stringify(v));
    } catch (e) { /* this page only */ }
  }

  function shown() { return root.dataset.theme || (system.matches ? 'dark' : 'light'); }
  function render() { button.setAttribute('aria-pressed', String(shown() === 'dark')); }

  button.addEventListener('click', () => {
    const next = shown() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    store(next);
    render();
  });
  // The system's setting changed, or another tab chose.
  system.addEventListener('change', render);
  window.addEventListener('storage', (e) => {
    if (e.key !== prefix + key) return;
    const v = stored();
    if (v) root.dataset.theme = v;
    else delete root.dataset.theme;
    render();
  });
  const v = stored();
  if (v) root.dataset.theme = v;
  render();
})();
