/*
 * progress.js - progress through the course.
 * Lesson page: the "mark as done" toggle, and the lesson is remembered as
 * the last one visited. With `voortgang: automatisch` in site.yaml
 * (CK_COURSE.auto) the lesson is also marked done by itself, once every
 * quiz on it is answered and its end has been in view. Home: the course
 * and module progress, a link to go on where you were, and a reset.
 * Module page: its progress and quiz score, a check mark at every lesson
 * that is done, and each lesson's quiz score ("2 van 3 vragen goed").
 *
 *   CK.progress = { render(), text(stats) }
 */
(function () {
  'use strict';
  const CK = (window.CK = window.CK || {});
  if (!CK.store) return;
  const store = CK.store;
  const body = document.body.dataset;
  const root = body.root || '';


  const findLesson = (id) => {
    for (const m of (window.CK_COURSE || { modules: [] }).modules) {
      for (const les of m.lessons || []) if (les.id === id) return les;
    }
    return null;
  };

  function text(s) {
    let t = CK.t(s.lessons === 1 ? 'lessen_afgerond_1' : 'lessen_afgerond', { klaar: s.done, totaal: s.lessons });
    if (s.quizzes) t += ' · ' + CK.t('toetsvragen_goed', { goed: s.correct, totaal: s.quizzes });
    return t;
  }

  function fill(block, s) {
    const bar = block.querySelector('.progress-bar');
    const label = block.querySelector('.progress-text');
    const pct = s.lessons ? Math.round((100 * s.done) / s.lessons) : 0;
    if (bar) {
      bar.value = pct;
      bar.setAttribute('aria-valuetext', text(s));
    }
    if (label) label.textContent = text(s);
    // The module page also shows the module's score against its mastery,
    // once a quiz of it has been answered.
    let score = block.querySelector('.progress-score');
    if (score && !s.answered) score.remove();
    if (body.kind === 'module' && s.quizzes && s.answered && label) {
      if (!score) {
        score = document.createElement('p');
        score.className = 'progress-score';
        label.after(score);
      }
      score.textContent = CK.t('score', { score: s.score, nodig: s.mastery });
    }
    block.classList.toggle('is-complete', s.lessons > 0 && s.done === s.lessons);
    block.hidden = false;
  }

  // Lesson page: the toggle button.
  const lessonId = body.kind === 'lesson' ? (body.page || '').replace(/\.html$/, '') : '';
  const button = document.querySelector('.mark-done');
  const idle = button ? button.textContent.trim() : '';

  function renderButton() {
    if (!button) return;
    const done = store.isDone(button.dataset.lesson || lessonId);
    button.setAttribute('aria-pressed', String(done));
    if (done) {
      button.textContent = CK.t('afgerond') + ' ';
      const tick = document.createElement('span');
      tick.setAttribute('aria-hidden', 'true');
      tick.textContent = '✓';
      button.appendChild(tick);
    } else {
      button.textContent = idle;
    }
  }

  // The lesson marked by itself: the end of the lesson (the box of the
  // button, right after the text) was in view during this visit, and
  // every quiz on the page has an answer (kept from any visit). It happens
  // once: the lessons it marked, and those the learner marked or unmarked
  // with the button, are listed under the store's key 'auto' and left to
  // the learner from then on. The mark is a change of the state like a
  // click, so it reaches the LMS as one (scorm.js).
  const AUTO_KEY = 'auto';
  const auto = Boolean(button && (window.CK_COURSE || {}).auto);
  const note = document.querySelector('.lesson-done-note');
  const quizKeys = Array.from(document.querySelectorAll('.quiz[data-quiz]'), (q) => q.dataset.quiz);
  let reachedEnd = false;
  let autoAt = 0; // when this visit marked the lesson by itself

  const leftAlone = () => {
    const list = store.get(AUTO_KEY, []);
    return Array.isArray(list) ? list : [];
  };
  function leaveAlone(id) {
    const list = leftAlone();
    if (!list.includes(id)) store.set(AUTO_KEY, list.concat(id));
  }

  // What the box says under the button: how many quizzes are still open,
  // or that the lesson was just marked by itself.
  function renderNote(id, open) {
    if (!note) return;
    let text = '';
    if (autoAt && store.isDone(id)) {
      text = CK.t('vanzelf_afgerond');
    } else if (open && !store.isDone(id) && !leftAlone().includes(id)) {
      text = CK.t(quizKeys.length === 1 ? 'vanzelf_nog_1' : 'vanzelf_nog', { n: open, totaal: quizKeys.length });
    }
    if (note.textContent !== text) note.textContent = text;
  }

  function autoDone() {
    if (!auto) return;
    const id = button.dataset.lesson || lessonId;
    const open = quizKeys.filter((k) => !store.quiz(k)).length;
    if (reachedEnd && !open && !store.isDone(id) && !leftAlone().includes(id)) {
      leaveAlone(id);
      autoAt = Date.now();
      store.update((s) => { s.d.push(id); });
      return;
    }
    renderNote(id, open);
  }

  // Module page: each lesson's quiz score, once one of its quizzes has an
  // answer; in words, so not by colour alone.
  function renderScores() {
    const q = store.state.q;
    document.querySelectorAll('.lesson-list li[data-lesson]').forEach((li) => {
      const les = findLesson(li.dataset.lesson);
      const total = (les && les.quizzes) || 0;
      const prefix = li.dataset.lesson + '#';
      let answered = 0, correct = 0;
      Object.keys(q).forEach((k) => {
        if (!k.startsWith(prefix)) return;
        answered++;
        if (String(q[k]).charAt(0) === '1') correct++;
      });
      let score = li.querySelector('.lesson-score');
      if (!total || !answered) {
        if (score) score.remove();
        return;
      }
      if (!score) {
        score = document.createElement('span');
        score.className = 'lesson-score';
        (li.querySelector('a') || li).appendChild(score);
      }
      score.textContent = CK.t('les_score', { goed: Math.min(correct, total), totaal: total });
    });
  }

  function render() {
    renderButton();
    document.querySelectorAll('.progress[data-progress]').forEach((block) => {
      const slug = block.dataset.progress;
      fill(block, store.stats(slug === 'all' ? '' : slug));
    });
    document.querySelectorAll('li[data-lesson]').forEach((li) => {
      const done = store.isDone(li.dataset.lesson);
      li.classList.toggle('is-done', done);
      let mark = li.querySelector('.lesson-status');
      if (done && !mark) {
        mark = document.createElement('span');
        mark.className = 'lesson-status visually-hidden';
        mark.textContent = ' (' + CK.t('afgerond_kort') + ')';
        (li.querySelector('.lesson-title') || li).appendChild(mark);
      } else if (!done && mark) {
        mark.remove();
      }
    });
    const resume = document.querySelector('.resume');
    if (resume) {
      const les = store.state.l && findLesson(store.state.l);
      const link = resume.querySelector('.resume-link');
      resume.hidden = !les;
      if (les && link) {
        link.href = root + les.url;
        link.textContent = link.dataset.label + ': ' + les.title;
      }
    }
    renderScores();
    autoDone();
  }

  if (button) {
    button.closest('.lesson-done').hidden = false;
    button.addEventListener('click', () => {
      const id = button.dataset.lesson || lessonId;
      // A click in the second after the lesson was marked by itself was
      // aimed at the button as it was: it leaves the lesson done.
      if (Date.now() - autoAt < 1000 && store.isDone(id)) return;
      autoAt = 0;
      if (auto) leaveAlone(id);
      store.update((s) => {
        s.d = s.d.filter((x) => x !== id);
        if (button.getAttribute('aria-pressed') !== 'true') s.d.push(id);
      });
    });
  }

  if (auto && 'IntersectionObserver' in window) {
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      reachedEnd = true;
      autoDone();
    });
    seen.observe(button.closest('.lesson-done'));
  }

  // Remember the lesson for "go on where you were".
  if (lessonId && store.state.l !== lessonId) store.update((s) => { s.l = lessonId; });

  const course = document.querySelector('.course-progress');
  if (course) course.hidden = false;
  const link = document.querySelector('.resume-link');
  if (link) link.dataset.label = link.textContent.trim();

  const reset = document.querySelector('.progress-reset');
  if (reset) {
    reset.addEventListener('click', () => {
      if (!window.confirm(CK.t('voortgang_wissen_vraag'))) return;
      store.remove(AUTO_KEY);
      store.update((s) => { s.d = []; s.q = {}; s.l = ''; });
    });
  }

  store.onChange(render);
  render();
  CK.progress = { render: render, text: text };
})();
