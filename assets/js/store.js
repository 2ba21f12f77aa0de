/*
 * store.js - CK.store: JSON values in localStorage under "ck:<site>:",
 * with a memory fallback when localStorage cannot be used.
 *
 * Progress lives in one compact object, the state:
 *   { d: ["coach/les-id", ...],            lessons marked as done
 *     q: { "coach/les-id#quiz-1": "1:2" }, quiz results: "1"/"0" (correct
 *                                           or not), ":" and the chosen values
 *     l: "coach/les-id" }                  the last visited lesson
 * scorm.js mirrors it into cmi.suspend_data (pack() keeps it <= 4096 chars).
 * Notes are separate keys ("note:<key>") and always stay in localStorage.
 *
 *   CK.store.get(key, fallback) / set(key, value) / remove(key) / keys(prefix)
 *   CK.store.state              the current state (read it, change it with update)
 *   CK.store.update(fn)         fn(state) changes it; saved, then listeners run
 *   CK.store.replaceState(obj)  swap the whole state (scorm.js at start)
 *   CK.store.detachState()      stop keeping the state in localStorage (LMS)
 *   CK.store.pack(state, max) / unpack(text)
 *   CK.store.onChange(fn)       fn(state) after every change; also the
 *                               "ck:state" event on document
 *   CK.store.isDone(id), quiz(key) -> { ok, answers } or null
 *   CK.store.stats(slug)        { lessons, done, quizzes, answered, correct, score,
 *                               mastery }
 *                               of one module from CK_COURSE, or of all of them
 *
 *   CK.t(key, vars)             an interface text from CK_COURSE.t (the js_
 *                               keys of layouts/i18n), "{name}" filled in
 *                               from vars; the key itself when it is missing
 */
(function () {
  'use strict';
  const CK = (window.CK = window.CK || {});
  CK.t = function (key, vars) {
    const texts = (window.CK_COURSE && window.CK_COURSE.t) || {};
    const text = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
    return text.replace(/\{(\w+)\}/g, (m, name) => (vars && name in vars ? String(vars[name]) : m));
  };
  const site = (document.body && document.body.dataset.site) || 'ck';
  const prefix = 'ck:' + site + ':';
  const STATE_KEY = 'state';
  const SUSPEND_MAX = 4096;

  // localStorage if it works, a Map otherwise (private modes, file:// quirks).
  let local = null;
  try {
    local = window.localStorage;
    local.setItem(prefix + '_test', '1');
    local.removeItem(prefix + '_test');
  } catch (e) {
    local = null;
  }
  const memory = new Map();

  function rawGet(key) {
    if (local) { try { return local.getItem(prefix + key); } catch (e) { /* fall through */ } }
    return memory.has(key) ? memory.get(key) : null;
  }
  function rawSet(key, text) {
    if (local) { try { local.setItem(prefix + key, text); return; } catch (e) { /* full: keep in memory */ } }
    memory.set(key, text);
  }
  function rawRemove(key) {
    if (local) { try { local.removeItem(prefix + key); } catch (e) { /* ignore */ } }
    memory.delete(key);
  }

  function get(key, fallback) {
    const text = rawGet(key);
    if (text === null) return fallback;
    try { return JSON.parse(text); } catch (e) { return fallback; }
  }
  function set(key, value) { rawSet(key, JSON.stringify(value)); }
  function remove(key) { rawRemove(key); }

  // Every key (without the prefix) that starts with `start`.
  function keys(start) {
    start = start || '';
    const out = new Set();
    if (local) {
      try {
        for (let i = 0; i < local.length; i++) {
          const k = local.key(i);
          if (k && k.startsWith(prefix + start)) out.add(k.slice(prefix.length));
        }
      } catch (e) { /* ignore */ }
    }
    memory.forEach((v, k) => { if (k.startsWith(start)) out.add(k); });
    return Array.from(out);
  }

  // The state: always a clean { d, q, l }.
  function normalise(s) {
    s = s && typeof s === 'object' ? s : {};
    return {
      d: Array.isArray(s.d) ? s.d.filter((x) => typeof x === 'string') : [],
      q: s.q && typeof s.q === 'object' && !Array.isArray(s.q) ? s.q : {},
      l: typeof s.l === 'string' ? s.l : ''
    };
  }

  // Serialise, dropping detail until it fits in `max` characters: first the
  // chosen answers, then the last visited lesson, then other modules, then
  // the quiz results.
  function pack(s, max) {
    max = max || SUSPEND_MAX;
    s = normalise(s);
    let text = JSON.stringify(s);
    if (text.length <= max) return text;
    const q = {};
    Object.keys(s.q).forEach((k) => { q[k] = String(s.q[k]).charAt(0); });
    s = { d: s.d, q: q, l: s.l };
    text = JSON.stringify(s);
    if (text.length <= max) return text;
    s.l = '';
    text = JSON.stringify(s);
    if (text.length <= max) return text;
    // Still too long: keep this page's module only, then its lessons only.
    const mod = (document.body.dataset.module || '') + '/';
    const own = (k) => k.startsWith(mod);
    s = { d: s.d.filter(own), q: {}, l: '' };
    Object.keys(q).filter(own).forEach((k) => { s.q[k] = q[k]; });
    text = JSON.stringify(s);
    if (text.length <= max) return text;
    return JSON.stringify({ d: s.d, q: {}, l: '' });
  }
  function unpack(text) {
    try { return normalise(JSON.parse(text)); } catch (e) { return normalise(null); }
  }

  let stateLocal = true;
  let state = normalise(get(STATE_KEY, null));
  const listeners = [];

  function emit() {
    listeners.slice().forEach((fn) => {
      try { fn(state); } catch (e) { setTimeout(() => { throw e; }); }
    });
    document.dispatchEvent(new CustomEvent('ck:state', { detail: state }));
  }
  function update(fn) {
    if (fn) fn(state);
    state = normalise(state);
    if (stateLocal) rawSet(STATE_KEY, pack(state, 1e6));
    emit();
  }
  function replaceState(obj) {
    state = normalise(obj);
    emit();
  }

  function isDone(id) { return state.d.indexOf(id) >= 0; }
  function quiz(key) {
    const v = state.q[key];
    if (typeof v !== 'string' || !v) return null;
    const answers = v.length > 2 ? v.slice(2).split(',') : [];
    return { ok: v.charAt(0) === '1', answers: answers };
  }

  // Lessons done and quizzes answered correctly, per module or in total;
  // score is the percentage of the quizzes answered correctly (null: none).
  function stats(slug) {
    const course = window.CK_COURSE || { modules: [] };
    const mods = course.modules.filter((m) => !slug || m.slug === slug);
    const out = { lessons: 0, done: 0, quizzes: 0, answered: 0, correct: 0, score: null,
      mastery: mods.length === 1 && typeof mods[0].mastery === 'number' ? mods[0].mastery : 80 };
    mods.forEach((m) => {
      (m.lessons || []).forEach((les) => {
        out.lessons++;
        if (isDone(les.id)) out.done++;
        out.quizzes += les.quizzes || 0;
      });
      Object.keys(state.q).forEach((k) => {
        if (!k.startsWith(m.slug + '/')) return;
        out.answered++;
        if (state.q[k].charAt(0) === '1') out.correct++;
      });
    });
    out.correct = Math.min(out.correct, out.quizzes);
    if (out.quizzes) out.score = Math.round((100 * out.correct) / out.quizzes);
    return out;
  }

  // Another tab changed the state: follow it.
  window.addEventListener('storage', (e) => {
    if (stateLocal && e.key === prefix + STATE_KEY) replaceState(unpack(e.newValue || '{}'));
  });

  CK.store = {
    prefix: prefix,
    get: get,
    set: set,
    remove: remove,
    keys: keys,
    get state() { return state; },
    update: update,
    replaceState: replaceState,
    detachState: function () { stateLocal = false; },
    pack: pack,
    unpack: unpack,
    onChange: function (fn) { listeners.push(fn); },
    isDone: isDone,
    quiz: quiz,
    stats: stats,
    persistent: !!local
  };
})();
