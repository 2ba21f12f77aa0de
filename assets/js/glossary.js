/*
 * glossary.js - the explanations of glossary terms on a lesson page
 * (.begrip: a link to the term's entry and its tooltip, which the style
 * sheet shows while the link is hovered or has the focus).
 * Escape hides a shown explanation until the pointer or the focus leaves
 * the term (WCAG 1.4.13). On a touch screen the first tap on a term shows
 * its explanation and the second follows the link; a tap elsewhere hides
 * it. Without this script the link and the tooltip work as they are.
 */
(function () {
  'use strict';
  const terms = document.querySelectorAll('.begrip');
  if (!terms.length) return;
  let touch = false;   // the last pointer was a finger
  let shown = null;    // the term a tap has opened

  const hide = (term) => {
    if (!term) return;
    term.classList.remove('is-open');
    if (shown === term) shown = null;
  };
  document.addEventListener('pointerdown', (e) => {
    touch = e.pointerType === 'touch';
    if (shown && !shown.contains(e.target)) hide(shown);
  }, true);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    terms.forEach((t) => {
      if (t.matches(':hover, :focus-within') || t.classList.contains('is-open')) {
        t.classList.add('is-dismissed');
        hide(t);
      }
    });
  });
  terms.forEach((term) => {
    const link = term.querySelector('.begrip-link');
    const again = () => term.classList.remove('is-dismissed');
    term.addEventListener('pointerleave', again);
    term.addEventListener('focusout', again);
    if (!link) return;
    link.addEventListener('click', (e) => {
      if (!touch || shown === term) return;
      e.preventDefault();
      hide(shown);
      shown = term;
      term.classList.add('is-open');
      term.classList.remove('is-dismissed');
      link.focus();
    });
  });
})();
