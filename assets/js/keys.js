/*
 * keys.js - keyboard shortcuts on module and lesson pages, and the side
 * navigation on wide screens.
 *   ← / →  the previous / next page of the pager (lesson or module)
 *   ?      the help dialog that lists the shortcuts (Escape closes it)
 * Not while typing in a field, nor with Ctrl, Alt or Meta (nor Shift for
 * the arrows). "/" (search) is handled by search.js; the help lists it.
 * The help can turn the shortcuts off (WCAG 2.1.4), kept as
 * CK.store.get('keys') === 'off'; a button in the footer opens it.
 */
(function () {
  'use strict';
  const help = document.querySelector('.keys-help');
  const store = (window.CK || {}).store;
  let on = !store || store.get('keys', 'on') !== 'off';
  const toggle = help && help.querySelector('.keys-on');
  if (toggle) {
    toggle.checked = on;
    toggle.addEventListener('change', () => {
      on = toggle.checked;
      if (store) store.set('keys', on ? 'on' : 'off');
    });
  }
  const opener = document.querySelector('.keys-open');
  if (opener && help) {
    opener.hidden = false;
    opener.addEventListener('click', () => help.showModal());
  }

  // A browser without ::details-content cannot show a closed <details>
  // by CSS: open the side navigation where it stands as a column.
  const side = document.querySelector('details.sidenav');
  if (side && window.matchMedia('(min-width: 48rem)').matches &&
      !(window.CSS && CSS.supports('selector(::details-content)'))) side.open = true;

  function typing(el) {
    if (!el) return false;
    const tag = el.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
  }

  function follow(which) {
    const a = document.querySelector('.pager a.pager-' + which);
    if (a && a.href) window.location.href = a.href;
  }

  // Tab and Shift+Tab stay among the dialog's own controls.
  function trap(e) {
    const items = help.querySelectorAll('button, [href], input:not([disabled]), [tabindex]:not([tabindex="-1"])');
    if (!items.length) return;
    const first = items[0], last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  document.addEventListener('keydown', (e) => {
    if (help && help.open) {
      if (e.key === 'Tab') trap(e);
      return;
    }
    if (!on || e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || typing(e.target)) return;
    if (e.key === '?' && help) {
      e.preventDefault();
      help.showModal();
    } else if (!e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      follow(e.key === 'ArrowLeft' ? 'prev' : 'next');
    }
  });
})();
