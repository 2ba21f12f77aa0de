/*
 * offline.js - registers the service worker {root}sw.js (scope: the site
 * root) so the course also works offline. Only over http(s), and not in
 * an LMS (CK.scorm.lms, scorm.js): a SCORM package has no sw.js.
 *
 * A first visit stores the site's shell and as many modules as fit in the
 * worker's budget; every page visited is kept too. On a module's page the
 * learner can keep the whole module on the device: the button asks the
 * worker ({ module, store }) and says when it is done. On the materials
 * page a note says, while offline, that the PDFs are not stored.
 */
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const CK = window.CK || {};
  const t = (key) => (CK.t ? CK.t(key) : key);
  const root = document.body.dataset.root || '';

  // The materials page: the previews are stored, the PDFs are not; the
  // note says so while there is no network.
  const pdfNote = document.querySelector('.offline-pdf-note');
  if (pdfNote) {
    const note = () => { pdfNote.hidden = navigator.onLine; };
    window.addEventListener('online', note);
    window.addEventListener('offline', note);
    note();
  }
  window.addEventListener('load', () => {
    if (CK.scorm && CK.scorm.lms) return;
    try {
      navigator.serviceWorker.register(root + 'sw.js', { scope: root || './' }).catch(() => {});
    } catch (e) { /* not allowed here */ }
  });

  const box = document.querySelector('.offline-module');
  const slug = document.body.dataset.module;
  if (!box || !slug) return;
  const button = box.querySelector('button');
  const status = box.querySelector('.offline-module-status');

  // The worker's answer: whether every file of the module is kept.
  function ask(store) {
    return navigator.serviceWorker.ready.then((reg) => new Promise((resolve) => {
      const worker = navigator.serviceWorker.controller || reg.active;
      if (!worker) return resolve(false);
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => resolve(Boolean(e.data && e.data.kept));
      worker.postMessage({ module: slug, store: store }, [channel.port2]);
    }));
  }
  function show(kept, tried) {
    button.hidden = kept;
    status.textContent = kept ? t('offline_module_klaar') : tried ? t('offline_module_mislukt') : '';
    box.hidden = false;
  }
  ask(false).then((kept) => show(kept, false));
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = t('offline_module_bezig');
    ask(true).then((kept) => {
      button.disabled = false;
      show(kept, true);
    });
  });
})();
