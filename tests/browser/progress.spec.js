'use strict';
// Progress that completes itself (site.yaml `voortgang:`), on a small
// course of its own built twice: without the key (automatisch, the
// default) and with `voortgang: handmatig`. Module `proef` holds a lesson
// with two quizzes, a lesson without quizzes and a lesson with one quiz,
// each long enough that its end is out of view at 1280x900 when it opens.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const TWO = 'proef/twee-vragen';
const NONE = 'proef/zonder-vragen';
const ONE = 'proef/een-vraag';

const filler = (n, what) => Array.from({ length: n }, (_, i) =>
	`Alinea ${i + 1} ${what}: de POH vraagt wat de patiënt zelf wil bereiken, luistert, ` +
	'vat samen en kijkt samen met de patiënt wat haalbaar is in de eigen situatie. ' +
	'Zo wordt het gesprek een gesprek over doelen, niet alleen over waarden.').join('\n\n');

const quiz = (vraag) => [
	'```quiz',
	`vraag: ${vraag}`,
	'opties:',
	'  - tekst: Het doel van de patiënt.',
	'    juist: true',
	'  - tekst: De streefwaarde uit de richtlijn.',
	'```',
].join('\n');

const lesson = (title, body) => `---\ntitle: ${title}\n---\n\n${body}\n`;

// Writes the project into dir; voortgang: the key's value, or null.
function project(dir, voortgang) {
	const mod = path.join(dir, 'content', 'modules', '01-proef');
	fs.mkdirSync(mod, { recursive: true });
	fs.writeFileSync(path.join(dir, 'content', 'site.yaml'),
		'title: Proef voortgang\n' + (voortgang ? `voortgang: ${voortgang}\n` : ''));
	fs.writeFileSync(path.join(mod, '_module.yaml'), 'title: Proef\nsummary: Een module om de voortgang te proeven.\n');
	fs.writeFileSync(path.join(mod, '01-twee-vragen.md'), lesson('Twee vragen',
		[filler(3, 'begin'), quiz('Waar begint het gesprek?'), filler(2, 'midden'),
			quiz('Wat staat voorop?'), filler(30, 'slot')].join('\n\n')));
	fs.writeFileSync(path.join(mod, '02-zonder-vragen.md'), lesson('Zonder vragen', filler(30, 'tekst')));
	fs.writeFileSync(path.join(mod, '03-een-vraag.md'), lesson('Een vraag',
		[filler(2, 'begin'), quiz('Wat telt?'), filler(30, 'slot')].join('\n\n')));
}

// Builds the project into tmp/NAME-site; the site folder, or null.
function build(t, tmp, name, voortgang) {
	const dir = path.join(tmp, name);
	project(dir, voortgang);
	const site = path.join(tmp, name + '-site');
	const ck = process.env.COACHKIT || path.join(t.root, 'coachkit');
	const r = spawnSync(ck, ['build', dir, '-o', site, '--only', 'site', '-q'], { encoding: 'utf8' });
	return r.status === 0 ? site : null;
}

const { axeViolations } = require('./lib');

const pressed = (page) => page.getAttribute('.mark-done', 'aria-pressed');

// Whether the lesson becomes done within ms (it is marked asynchronously,
// when the end of the lesson comes into view).
async function becomesDone(page, ms) {
	try {
		await page.waitForFunction(() => document.querySelector('.mark-done').getAttribute('aria-pressed') === 'true',
			null, { timeout: ms });
		return true;
	} catch (e) {
		return false;
	}
}

// Answers quiz n (1-based) of the page, right or wrong.
async function answer(page, n, right) {
	const q = `.quiz[data-quiz$="#quiz-${n}"]`;
	await page.check(`${q} .quiz-optie[data-juist="${right}"] input`);
	await page.click(`${q} .quiz-check`);
	await page.waitForSelector(`${q}.is-answered`);
}

const endInView = (page) => page.evaluate(() => {
	const b = document.querySelector('.lesson-done').getBoundingClientRect();
	return b.top < window.innerHeight && b.bottom > 0;
});

const note = (page) => page.evaluate(() => (document.querySelector('.lesson-done-note') || { textContent: '' }).textContent);

const toEnd = (page) => page.locator('.lesson-done').scrollIntoViewIfNeeded();

// The site where lessons complete themselves (no `voortgang:`).
async function autoTests(t, base) {
	const { context, guard } = await t.newContext();
	const errors = [];
	try {
		const page = await context.newPage();
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.goto(base + TWO + '.html');
		await t.check('automatisch: the end of a lesson is out of view when it opens', !(await endInView(page)));
		await answer(page, 1, true);
		await answer(page, 2, false);
		await t.check('automatisch: both quizzes answered, the end not reached: not done',
			!(await endInView(page)) && !(await becomesDone(page, 500)) ? [] : [`aria-pressed ${await pressed(page)}`]);
		await toEnd(page);
		await t.check('automatisch: then the end of the lesson in view: done by itself', await becomesDone(page, 3000));
		await t.check('automatisch: the box says it was done by itself',
			/vanzelf afgerond/.test(await note(page)));
		await t.check('automatisch: the lesson is done in the store',
			await page.evaluate((id) => window.CK.store.isDone(id), TWO));

		await page.goto(base + ONE + '.html');
		await toEnd(page);
		await t.check('automatisch: the end reached, a quiz still open: not done',
			!(await becomesDone(page, 500)) ? [] : ['done']);
		await t.check('automatisch: the box says the quiz is still to answer',
			/Beantwoord de toetsvraag/.test(await note(page)));
		await answer(page, 1, true);
		await t.check('automatisch: the quiz answered after the end was in view: done by itself',
			await becomesDone(page, 3000));

		await page.goto(base + NONE + '.html');
		await t.check('automatisch: a lesson without quizzes is not done when it opens', !(await becomesDone(page, 500)));
		await toEnd(page);
		await t.check('automatisch: a lesson without quizzes is done once its end is in view', await becomesDone(page, 3000));

		await page.goto(base + 'proef/index.html');
		const rows = await page.$$eval('.lesson-list li[data-lesson]', (lis) => lis.map((li) => ({
			id: li.dataset.lesson,
			done: li.classList.contains('is-done'),
			score: (li.querySelector('.lesson-score') || { textContent: '' }).textContent,
			text: li.textContent.replace(/\s+/g, ' ').trim(),
		})));
		const row = (id) => rows.find((r) => r.id === id) || {};
		await t.check('the module page shows a lesson\'s quiz score in words: "Toetsvragen: 1 van 2 goed"',
			row(TWO).score === 'Toetsvragen: 1 van 2 goed' && row(TWO).text.includes('Toetsvragen: 1 van 2 goed') ? [] : [JSON.stringify(rows)]);
		await t.check('and "Toetsvragen: 1 van 1 goed" at the lesson with one quiz', row(ONE).score === 'Toetsvragen: 1 van 1 goed' ? [] : [JSON.stringify(rows)]);
		await t.check('no score at the lesson without quizzes', row(NONE).score === '' ? [] : [JSON.stringify(row(NONE))]);
		await t.check('the lessons done by themselves are ticked on the module page',
			rows.every((r) => r.done) ? [] : [JSON.stringify(rows)]);
		await t.check('axe-core (WCAG 2 A/AA): 0 violations on the module page with the scores', () => axeViolations(page));

		// Unmarking: the learner's word stands; the lesson is not done by
		// itself again.
		await page.goto(base + TWO + '.html');
		await toEnd(page);
		await page.click('.mark-done');
		await t.check('unmarking a lesson done by itself works', (await pressed(page)) === 'false');
		await page.reload();
		await toEnd(page);
		await t.check('and it is not done by itself again, after a reload with the end in view',
			!(await becomesDone(page, 700)) ? [] : ['done again']);
		await t.check('the box then says nothing more', (await note(page)).trim() === '');
		await page.click('.mark-done');
		await t.check('marking it by hand works again', (await pressed(page)) === 'true');
		await t.check('axe-core (WCAG 2 A/AA): 0 violations on a lesson with the box', () => axeViolations(page));
		await page.goto(base + 'proef/index.html');
		const two = await page.$eval(`.lesson-list li[data-lesson="${TWO}"]`, (li) => li.classList.contains('is-done'));
		await t.check('and the module page follows', two);

		// A click on the button just as the lesson was marked by itself
		// was meant for the button as it was: the lesson stays done.
		await page.evaluate(() => window.CK.store.update((s) => { s.d = []; s.q = {}; }));
		await page.evaluate(() => window.CK.store.remove('auto'));
		await page.goto(base + ONE + '.html');
		await answer(page, 1, true);
		await toEnd(page);
		const marked = await becomesDone(page, 3000);
		await page.click('.mark-done');
		await t.check('a click on the button in the second after the lesson was done by itself leaves it done',
			marked && (await pressed(page)) === 'true' ? [] : [`done by itself: ${marked}`]);
		await page.waitForTimeout(1100);
		await page.click('.mark-done');
		await t.check('a click after that unmarks it', (await pressed(page)) === 'false');
		await t.check('no script errors on the site with voortgang: automatisch', errors);
		await t.check('no missing local files', guard.broken.map((b) => `${b.status} ${b.url}`));
	} finally {
		await context.close();
	}
}

// In an LMS (a SCORM 1.2 API in the window): the lesson done by itself
// reaches cmi.suspend_data, as a click does.
async function scormTests(t, base) {
	const { context } = await t.newContext();
	try {
		await context.addInitScript(() => {
			const data = { 'cmi.core.lesson_status': 'not attempted', 'cmi.suspend_data': '' };
			window.API = {
				LMSInitialize: () => 'true',
				LMSFinish: () => 'true',
				LMSGetValue: (k) => data[k] || '',
				LMSSetValue: (k, v) => { data[k] = v; return 'true'; },
				LMSCommit: () => 'true',
				LMSGetLastError: () => '0',
				LMSGetErrorString: () => '',
				LMSGetDiagnostic: () => '',
				data: data,
			};
		});
		const page = await context.newPage();
		await page.goto(base + NONE + '.html');
		const before = await page.evaluate(() => window.API.data['cmi.suspend_data']);
		await toEnd(page);
		await becomesDone(page, 3000);
		const after = await page.evaluate(() => window.API.data['cmi.suspend_data']);
		const done = (s) => { try { return JSON.parse(s).d || []; } catch (e) { return []; } };
		await t.check('in an LMS, a lesson done by itself reaches cmi.suspend_data',
			!done(before).includes(NONE) && done(after).includes(NONE) ? [] : [`before ${before}`, `after ${after}`]);
	} finally {
		await context.close();
	}
}

// The site with `voortgang: handmatig`: only the button marks a lesson.
async function manualTests(t, base) {
	const { context } = await t.newContext();
	try {
		const page = await context.newPage();
		await page.goto(base + TWO + '.html');
		await answer(page, 1, true);
		await answer(page, 2, true);
		await toEnd(page);
		await t.check('handmatig: quizzes answered and the end in view: not done', !(await becomesDone(page, 700)));
		await t.check('handmatig: the box says nothing', (await note(page)).trim() === '');
		await page.goto(base + NONE + '.html');
		await toEnd(page);
		await t.check('handmatig: a lesson without quizzes, its end in view: not done', !(await becomesDone(page, 700)));
		await page.click('.mark-done');
		await t.check('handmatig: the button marks it', (await pressed(page)) === 'true');
		await page.click('.mark-done');
		await t.check('handmatig: and unmarks it', (await pressed(page)) === 'false');
		await page.goto(base + 'proef/index.html');
		const score = await page.$eval(`.lesson-list li[data-lesson="${TWO}"]`,
			(li) => (li.querySelector('.lesson-score') || { textContent: '' }).textContent);
		await t.check('handmatig: the module page shows the quiz scores too', score === 'Toetsvragen: 2 van 2 goed' ? [] : [score]);
	} finally {
		await context.close();
	}
}

module.exports = async function progress(t) {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coachkit-progress-'));
	const servers = [];
	try {
		const auto = build(t, tmp, 'auto', null);
		const manual = build(t, tmp, 'manual', 'handmatig');
		if (!await t.check('the progress test courses build', auto && manual ? [] : [`auto ${auto}`, `manual ${manual}`]))
			return;
		const a = await t.lib.serve(auto);
		servers.push(a);
		const m = await t.lib.serve(manual);
		servers.push(m);
		// every part runs, even when one stops
		for (const [name, part, base] of [['automatisch', autoTests, a.baseURL], ['in an LMS', scormTests, a.baseURL],
			['handmatig', manualTests, m.baseURL]]) {
			try {
				await part(t, base);
			} catch (e) {
				await t.fail(`the ${name} part runs to the end`, (e && e.stack) || String(e));
			}
		}
	} finally {
		for (const s of servers) await s.close().catch(() => {});
		fs.rmSync(tmp, { recursive: true, force: true });
	}
};
