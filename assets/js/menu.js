/*
 * menu.js - the header's search and menu buttons on a phone.
 * Without scripts they are links (to the search page, and to the menu,
 * which CSS shows as its :target); here each becomes a button that shows
 * and hides its part of the header (aria-expanded, aria-controls). One is
 * open at a time; Escape closes it and puts the focus back on its button
 * (unless it closed the search suggestions or a dialog first).
 * On a wide screen the buttons are not shown and the parts always are.
 */
(function () {
  'use strict';
  const buttons = [];

  function setOpen(b, open) {
    b.setAttribute('aria-expanded', String(open));
    document.getElementById(b.getAttribute('aria-controls')).classList.toggle('is-open', open);
  }

  document.querySelectorAll('.site-header a[data-toggles]').forEach((a) => {
    const part = document.getElementById(a.dataset.toggles);
    if (!part) return;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = a.className;
    b.innerHTML = a.innerHTML;
    b.setAttribute('aria-controls', part.id);
    setOpen(b, false);
    b.addEventListener('click', () => {
      const open = b.getAttribute('aria-expanded') !== 'true';
      buttons.forEach((o) => setOpen(o, o === b && open));
      const field = open && part.querySelector('input');
      if (field) field.focus();
    });
    a.replaceWith(b);
    buttons.push(b);
  });

  document.addEventListener('keydown', (e) => {
    // not when the key closed something else first (suggestions, a dialog)
    if (e.key !== 'Escape' || e.defaultPrevented || e.target.closest('dialog')) return;
    const b = buttons.find((o) => o.getAttribute('aria-expanded') === 'true');
    if (!b || getComputedStyle(b).display === 'none') return;
    setOpen(b, false);
    b.focus();
  });
})();
