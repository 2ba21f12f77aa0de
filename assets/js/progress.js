/*
 * progress.js - progress through the course.
 * Lesson page: the "mark as done" toggle, and the lesson is remembered as
 * the last one visited. Home: the course and module progress, a link to
 * go on where you were, and a reset. Module page: its progress and quiz
 * score, and a check mark at every lesson that is done.
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
  }

  if (button) {
    button.closest('.lesson-done').hidden = false;
    button.addEventListener('click', () => {
      const id = button.dataset.lesson || lessonId;
      store.update((s) => {
        s.d = s.d.filter((x) => x !== id);
        if (button.getAttribute('aria-pressed') !== 'true') s.d.push(id);
      });
    });
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
      store.update((s) => { s.d = []; s.q = {}; s.l = ''; });
    });
  }

  store.onChange(render);
  render();
  CK.progress = { render: render, text: text };
})();
