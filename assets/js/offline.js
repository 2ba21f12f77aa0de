/*
 * offline.js - registers the service worker {root}sw.js (scope: the site
 * root) so the course also works offline. Only over http(s); when there
 * is no sw.js the registration fails without a message.
 */
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const root = document.body.dataset.root || '';
  window.addEventListener('load', () => {
    try {
      navigator.serviceWorker.register(root + 'sw.js', { scope: root || './' }).catch(() => {});
    } catch (e) { /* not allowed here */ }
  });
})();
