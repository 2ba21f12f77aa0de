'use strict';
// The e-learning in a real browser: quizzes (mouse and keyboard only),
// reflection notes and the notes page, progress and resume, search with
// stemming, and the service worker without a network. The SCORM package is
// tested in scorm.spec.js.

const fs = require('fs');

const LESSON = 'coach/het-vierbollenmodel.html';

// The lesson's quizzes as the page has them: [{id, right: [values]}].
async function quizzes(page) {
	return page.$$eval('.quiz[data-quiz]', (qs) => qs.map((q) => ({
		id: q.id,
		multiple: q.dataset.multiple === 'true',
		right: [...q.querySelectorAll('.quiz-optie')].map((li, i) =>
			[li.dataset.juist === 'true', li.querySelector('input').value])
			.filter(([r]) => r).map(([, v]) => v),
		values: [...q.querySelectorAll('input')].map((i) => i.value),
	})));
}

// Answers quiz q of the page (in frame f) rightly or wrongly, and checks.
async function answer(f, q, rightly) {
	const pick = rightly ? q.right : [q.values.find((v) => !q.right.includes(v))];
	for (const v of pick) await f.check(`#${q.id} input[value="${v}"]`);
	await f.click(`#${q.id} .quiz-check`);
}

async function quizTests(t, page) {
	await page.goto(t.url(LESSON));
	const qs = await quizzes(page);
	await t.check('the lesson has quizzes with a right answer', qs.length > 0 && qs.every((q) => q.right.length > 0));
	const q = qs[0];
	await t.check('the quiz buttons are shown once the script runs',
		await page.isVisible(`#${q.id} .quiz-check`));
	await t.check('the no-script answer is out of sight',
		!(await page.isVisible(`#${q.id} .quiz-antwoord`)));

	await page.click(`#${q.id} .quiz-check`);
	const empty = await page.textContent(`#${q.id} .quiz-uitslag`);
	await t.check('checking without an answer says so', empty.trim().length > 0);

	await answer(page, q, false);
	const wrong = (await page.textContent(`#${q.id} .quiz-uitslag`)).trim();
	const fb = await page.$$eval(`#${q.id} .quiz-feedback`, (ps) => ps.filter((p) => !p.hidden && p.offsetParent).length);
	await t.check('a wrong answer gets its feedback and a result that is not "Goed"',
		wrong.length > 0 && !/^goed/i.test(wrong) && fb > 0 ? [] : [`result: ${wrong}, feedback shown: ${fb}`]);
	await t.check('the inputs are locked and retry is offered',
		(await page.isDisabled(`#${q.id} input >> nth=0`)) && (await page.isVisible(`#${q.id} .quiz-retry`)));

	await page.click(`#${q.id} .quiz-retry`);
	await t.check('retry clears the answer and the result',
		!(await page.isDisabled(`#${q.id} input >> nth=0`)) &&
		(await page.$$eval(`#${q.id} input:checked`, (x) => x.length)) === 0);
	await answer(page, q, true);
	const right = (await page.textContent(`#${q.id} .quiz-uitslag`)).trim();
	await t.check('the right answer is "Goed"', /goed/i.test(right) && !/niet/i.test(right) ? [] : [right]);

	await page.reload();
	const kept = await page.$$eval(`#${q.id} input:checked`, (x) => x.map((i) => i.value));
	await t.check('the answer and result are kept in the browser across a reload',
		JSON.stringify(kept.sort()) === JSON.stringify([...q.right].sort()) &&
		(await page.textContent(`#${q.id} .quiz-uitslag`)).trim() === right ? [] : [`kept ${kept}, want ${q.right}`]);
	await t.check('the result is announced politely',
		(await page.getAttribute(`#${q.id} .quiz-uitslag`, 'aria-live')) === 'polite');
}

// Keyboard only: Tab to the second quiz's first option, choose with the
// keyboard, Tab to "Controleer", press Enter.
async function keyboardTests(t, page) {
	await page.goto(t.url(LESSON));
	const qs = await quizzes(page);
	const q = qs[qs.length > 1 ? 1 : 0];
	const where = () => page.evaluate(() => {
		const a = document.activeElement;
		const quiz = a && a.closest('.quiz');
		return { quiz: quiz && quiz.id, tag: a && a.tagName, cls: a && a.className };
	});
	let at = null;
	for (let i = 0; i < 400; i++) {
		await page.keyboard.press('Tab');
		at = await where();
		if (at.quiz === q.id && at.tag === 'INPUT') break;
	}
	if (!(at && at.quiz === q.id && at.tag === 'INPUT')) {
		await t.fail('Tab reaches the quiz options', JSON.stringify(at));
		return;
	}
	await t.ok('Tab reaches the quiz options');
	await page.keyboard.press('Space');
	for (let i = 0; i < 20 && !/quiz-check/.test(at.cls || ''); i++) {
		await page.keyboard.press('Tab');
		at = await where();
	}
	await t.check('Tab reaches "Controleer"', /quiz-check/.test(at.cls || '') ? [] : [JSON.stringify(at)]);
	await page.keyboard.press('Enter');
	const result = (await page.textContent(`#${q.id} .quiz-uitslag`)).trim();
	await t.check('a quiz can be answered with the keyboard alone', result.length > 0 &&
		(await page.$$eval(`#${q.id} input:checked`, (x) => x.length)) === 1);
}

async function notesTests(t, page) {
	await page.goto(t.url(LESSON));
	const box = '.reflectie[data-note] textarea';
	await t.check('a reflection has a text area', await page.isVisible(box));
	const text = 'Ik vraag voortaan eerst naar het doel van de patiënt. ' + Date.now();
	await page.fill(`${box} >> nth=0`, text);
	await page.locator(`${box} >> nth=0`).blur();
	await page.waitForTimeout(700);
	await page.reload();
	await t.check('a note survives a reload', (await page.inputValue(`${box} >> nth=0`)) === text);

	await page.goto(t.url('notities.html'));
	const shown = await page.textContent('[data-notes]');
	await t.check('the note is on the notes page', shown.includes(text));
	await t.check('with a link back to its lesson',
		(await page.$$eval('[data-notes] a', (as) => as.map((a) => a.getAttribute('href'))))
			.some((h) => h.includes('het-vierbollenmodel.html')));
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.click('.notes-export'),
	]);
	const file = await download.path();
	const exported = fs.readFileSync(file, 'utf8');
	await t.check('the notes export as a Markdown file with the note in it',
		/\.md$/.test(download.suggestedFilename()) && exported.includes(text) ? [] :
			[download.suggestedFilename(), exported.slice(0, 200)]);
	page.once('dialog', (d) => d.accept());
	await page.click('.notes-delete');
	await page.waitForTimeout(200);
	await t.check('deleting empties the notes page',
		!(await page.textContent('[data-notes]')).includes(text) && (await page.isVisible('.notes-empty')));
	await page.goto(t.url(LESSON));
	await t.check('and the lesson\'s text area', (await page.inputValue(`${box} >> nth=0`)) === '');
}

async function progressTests(t, page) {
	await page.goto(t.url(LESSON));
	// Its quiz answered above, the lesson may have been done by itself
	// (voortgang: automatisch) when its end came into view: start from
	// not done, then mark it by hand.
	await page.locator('.mark-done').scrollIntoViewIfNeeded();
	await page.waitForTimeout(1200);
	if ((await page.getAttribute('.mark-done', 'aria-pressed')) === 'true') await page.click('.mark-done');
	await t.check('the lesson can be unmarked', (await page.getAttribute('.mark-done', 'aria-pressed')) === 'false');
	await page.click('.mark-done');
	await t.check('marking a lesson done presses its button',
		(await page.getAttribute('.mark-done', 'aria-pressed')) === 'true');
	await page.goto(t.url('coach/index.html'));
	const li = `li[data-lesson="coach/het-vierbollenmodel"]`;
	await t.check('the module page marks the lesson done', /\bis-done\b/.test(await page.getAttribute(li, 'class') || ''));
	const value = await page.$eval('.progress[data-progress="coach"] progress', (p) => p.value);
	await t.check('and shows the module\'s progress', value > 0 && value < 100 ? [] : [`value ${value}`]);
	const score = await page.$eval('.progress[data-progress="coach"]', (b) =>
		(b.querySelector('.progress-score') || { textContent: '' }).textContent);
	await t.check('and the module\'s quiz score against its mastery', /\d+%.*80%/.test(score) ? [] : [score]);
	await page.goto(t.url('index.html'));
	const all = await page.$eval('.progress[data-progress="all"] progress', (p) => p.value);
	await t.check('the home page shows the progress of the whole training', all > 0 && all < 100 ? [] : [`value ${all}`]);
	const resume = await page.getAttribute('.resume-link', 'href');
	await t.check('and offers to resume at the last lesson', await page.isVisible('.resume-link') &&
		(resume || '').endsWith(LESSON) ? [] : [`href ${resume}`]);
	page.once('dialog', (d) => d.accept());
	await page.click('.progress-reset');
	await page.waitForTimeout(200);
	const after = await page.$eval('.progress[data-progress="all"] progress', (p) => p.value);
	await t.check('reset clears the progress', after === 0 ? [] : [`value ${after}`]);
	await page.goto(t.url('coach/index.html'));
	await t.check('and the module score, until a quiz is answered again', (await page.$$('.progress-score')).length === 0);
}

async function searchTests(t, page) {
	const results = async (q) => {
		await page.goto(t.url('zoeken.html') + '?q=' + encodeURIComponent(q));
		await page.waitForFunction(() => document.querySelector('.search-status').textContent.trim().length > 0);
		return page.$$eval('.search-results li', (lis) => lis.map((li) => ({
			href: (li.querySelector('a') || {}).getAttribute ? li.querySelector('a').getAttribute('href') : '',
			marks: [...li.querySelectorAll('mark')].map((m) => m.textContent.toLowerCase()),
		})));
	};
	const v = await results('vierbollenmodel');
	await t.check('searching "vierbollenmodel" finds its lesson first',
		v.length && v[0].href.includes('het-vierbollenmodel.html') ? [] : [JSON.stringify(v.slice(0, 3))]);
	const p = await results('patiënt');
	await t.check('searching "patiënt" also finds "patiënten" (stemming)',
		p.some((r) => r.marks.includes('patiënten')) ? [] : [JSON.stringify(p.slice(0, 3))]);
	const none = await results('xyzzyplugh');
	await t.check('a search without results says so', none.length === 0 &&
		(await page.textContent('.search-status')).trim().length > 0);
	await page.goto(t.url('index.html'));
	await page.fill('#zoek-q', 'vierbollenmodel');
	await page.press('#zoek-q', 'Enter');
	await page.waitForURL(/zoeken\.html\?q=vierbollenmodel/);
	await page.waitForSelector('.search-results li a');
	await t.ok('the search box in the header leads to the results');
}

// Motion and paper: no transitions when the reader asks for less motion;
// a printed lesson without the site's chrome and controls, a printed
// notes page with the notes.
async function mediaTests(t, page) {
	await page.goto(t.url(LESSON));
	const duration = () => page.$eval('.quiz-optie', (b) => getComputedStyle(b).transitionDuration);
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	const normal = await duration();
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const reduced = await duration();
	await t.check('prefers-reduced-motion turns transitions off',
		reduced.split(',').every((d) => parseFloat(d) === 0) && normal !== reduced ? [] : [`${normal} -> ${reduced}`]);
	await page.emulateMedia({ media: 'print', reducedMotion: 'no-preference' });
	const hidden = await page.evaluate(() => ['.site-header', '.site-footer', '.toc', '.quiz-check', '.mark-done', '.search-box']
		.filter((sel) => { const e = document.querySelector(sel); return e && getComputedStyle(e).display !== 'none' && e.offsetParent !== null; }));
	await t.check('a printed lesson leaves out the menus and the controls', hidden);
	await t.check('but keeps the lesson and its questions', await page.isVisible('.prose') && await page.isVisible('.quiz-vraag'));
	await page.emulateMedia({ media: 'screen' });
}

// The service worker: after a first visit, a lesson and the pocket page
// load with the network off.
async function offlineTests(t) {
	const context = await t.browser.newContext({ serviceWorkers: 'allow' });
	try {
		const page = await context.newPage();
		await page.goto(t.url('index.html'));
		const ready = await page.evaluate(() => navigator.serviceWorker &&
			Promise.race([navigator.serviceWorker.ready.then(() => true),
				new Promise((r) => setTimeout(() => r(false), 15000))]));
		await t.check('the service worker installs', ready === true);
		await page.reload();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
		await context.setOffline(true);
		await page.goto(t.url(LESSON));
		await t.check('a lesson opens with the network off', (await page.$$('.quiz')).length > 0);
		await page.goto(t.url('zakkaart.html'));
		await t.check('and the pocket reference', (await page.$$('.pocket-card')).length > 0);
		await page.goto(t.url('print/handleiding.pdf'));
		await t.check('a page that is not stored gives the offline page',
			(await page.content()).includes('offline') || (await page.title()).length > 0);
	} finally {
		await context.close();
	}
}

module.exports = async function (t) {
	const { context } = await t.newContext();
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	try {
		await quizTests(t, page);
		await keyboardTests(t, page);
		await notesTests(t, page);
		await progressTests(t, page);
		await searchTests(t, page);
		await mediaTests(t, page);
		await t.check('no script errors while learning', errors);
	} finally {
		await context.close();
	}
	await offlineTests(t);
};
