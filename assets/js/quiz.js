/*
 * quiz.js - makes every .quiz[data-quiz] interactive: "Controleer" checks
 * the chosen options, marks them right or wrong (class, icon and text),
 * shows their feedback and the explanation, locks the quiz and keeps the
 * result in the store; "Opnieuw proberen" starts over. On return the last
 * answer and result are shown again, with the quiz open to a new answer.
 * Without this script the quiz shows its answer in a <details>.
 *
 *   CK.quiz = { check(section), retry(section) }
 */
(function () {
  'use strict';
  const CK = (window.CK = window.CK || {});
  if (!CK.store) return;
  const store = CK.store;

  const ICON = { correct: '✓', incorrect: '✗', missed: '✓' };
  const STATES = ['is-correct', 'is-incorrect', 'is-missed', 'is-chosen'];

  // "A", "A en B", "A, B en C"
  const list = (xs) => (xs.length < 2 ? xs.join('') :
    xs.slice(0, -1).join(', ') + ' ' + CK.t('en') + ' ' + xs[xs.length - 1]);

  function parts(section) {
    const options = Array.from(section.querySelectorAll('.quiz-optie')).map((li) => ({
      li: li,
      input: li.querySelector('input'),
      label: li.querySelector('label'),
      feedback: li.querySelector('.quiz-feedback'),
      right: li.dataset.juist === 'true',
      letter: ((li.querySelector('.quiz-letter') || {}).textContent || '').trim()
    })).filter((o) => o.input);
    return {
      key: section.dataset.quiz,
      multiple: section.dataset.multiple === 'true',
      options: options,
      result: section.querySelector('.quiz-uitslag'),
      explain: section.querySelector('.quiz-uitleg'),
      checkBtn: section.querySelector('.quiz-check'),
      retryBtn: section.querySelector('.quiz-retry')
    };
  }

  // Remove every mark of a previous check (the choice itself stays).
  function clear(section) {
    const q = parts(section);
    q.options.forEach((o) => {
      o.li.classList.remove.apply(o.li.classList, STATES);
      o.li.querySelectorAll('.quiz-oordeel').forEach((m) => m.remove());
      if (o.feedback) o.feedback.hidden = true;
    });
    q.result.textContent = '';
    q.result.classList.remove('is-correct', 'is-incorrect');
    if (q.explain) q.explain.hidden = true;
  }

  // Mark the chosen values right or wrong, show the feedback of those and
  // of the right options, the explanation and the result. Returns ok.
  function mark(section, chosen) {
    clear(section);
    const q = parts(section);
    const ok = q.options.every((o) => o.right === chosen.includes(o.input.value));
    q.options.forEach((o) => {
      const picked = chosen.includes(o.input.value);
      const state = picked ? (o.right ? 'correct' : 'incorrect') : (o.right ? 'missed' : '');
      o.input.checked = picked;
      o.li.classList.toggle('is-chosen', picked);
      if (!state) return;
      o.li.classList.add('is-' + state);
      const badge = document.createElement('span');
      badge.className = 'quiz-oordeel';
      const icon = document.createElement('span');
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = ICON[state];
      badge.append(icon, ' ' + CK.t('markering_' + state));
      o.label.appendChild(badge);
      if (o.feedback) o.feedback.hidden = false;
    });
    const letters = q.options.filter((o) => o.right).map((o) => o.letter);
    q.result.textContent = ok ? CK.t('goed') :
      CK.t(letters.length > 1 ? 'fout' : 'fout_1', { antwoord: list(letters) });
    q.result.classList.add(ok ? 'is-correct' : 'is-incorrect');
    if (q.explain) q.explain.hidden = false;
    return ok;
  }

  // Locked after a check: inputs disabled, "Opnieuw proberen" instead of
  // "Controleer".
  function lock(section, locked) {
    const q = parts(section);
    q.options.forEach((o) => { o.input.disabled = locked; });
    section.classList.toggle('is-answered', locked);
    q.checkBtn.hidden = locked;
    q.retryBtn.hidden = !locked;
  }

  function check(section) {
    const q = parts(section);
    const chosen = q.options.filter((o) => o.input.checked).map((o) => o.input.value);
    if (!chosen.length) {
      clear(section);
      q.result.textContent = CK.t(q.multiple ? 'kies' : 'kies_1');
      return;
    }
    const ok = mark(section, chosen);
    lock(section, true);
    store.update((s) => { s.q[q.key] = (ok ? '1' : '0') + ':' + chosen.join(','); });
    q.result.tabIndex = -1;
    q.result.focus();
  }

  function retry(section) {
    const q = parts(section);
    clear(section);
    q.options.forEach((o) => { o.input.checked = false; });
    lock(section, false);
    q.options[0].input.focus();
  }

  document.querySelectorAll('.quiz[data-quiz]').forEach((section) => {
    const q = parts(section);
    if (!q.checkBtn || !q.retryBtn || !q.result || !q.options.length) return;
    const answer = section.querySelector('.quiz-antwoord');
    if (answer) answer.remove();
    section.querySelector('.quiz-knoppen').hidden = false;
    q.checkBtn.addEventListener('click', () => check(section));
    q.retryBtn.addEventListener('click', () => retry(section));
    // A new choice clears old marks and the "choose an answer first" message.
    section.addEventListener('change', () => clear(section));

    // On return the last answer and its result are shown again; the quiz
    // stays open, so a new choice and "Controleer" answer it anew. Without
    // the stored answers (dropped to save space) a right result means the
    // right options were chosen.
    const saved = store.quiz(q.key);
    if (saved) {
      const chosen = saved.answers.length ? saved.answers
        : (saved.ok ? q.options.filter((o) => o.right).map((o) => o.input.value) : []);
      mark(section, chosen);
    }
  });

  CK.quiz = { check: check, retry: retry };
})();
