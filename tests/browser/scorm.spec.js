'use strict';
// A SCORM package in a test LMS. The module's package is unpacked next to a
// page that puts scorm-again's SCORM 1.2 API in the window, behind a
// recorder that logs every call and, as Moodle does, refuses every call
// after LMSFinish. The package runs in a frame; the learner moves by
// clicking its links, opens the hand-out, and leaves when the LMS closes
// the frame.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const LOGGED = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'];

// The test LMS: initial is the data the LMS starts with (loadFromJSON).
function lmsPage(start, initial) {
	return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Test-LMS</title>
<script src="scorm12.js"></script>
<script>
const lms = new Scorm12API({ logLevel: 5, autocommit: false });
const initial = ${JSON.stringify(initial || null)};
if (initial) lms.loadFromJSON(initial);
let over = false, last = '0';
window.LMS = lms;
window.CALLS = [];
window.API = {
	LMSGetLastError: () => last,
	LMSGetErrorString: (c) => lms.LMSGetErrorString(c),
	LMSGetDiagnostic: (c) => lms.LMSGetDiagnostic(c),
};
for (const name of ${JSON.stringify(LOGGED)}) {
	window.API[name] = function (...args) {
		let result;
		if (over) {
			result = name === 'LMSGetValue' ? '' : 'false';
			last = name === 'LMSInitialize' ? '101' : '301';
		} else {
			result = String(lms[name](...args));
			last = String(lms.LMSGetLastError());
		}
		if (name === 'LMSFinish' && result === 'true') over = true;
		window.CALLS.push({ name, args: args.map(String), result, error: last });
		sessionStorage.setItem('lms-calls', JSON.stringify(window.CALLS));
		return result;
	};
}
</script>
</head><body><iframe name="sco" title="Module" src="pkg/${start}" style="width:1200px;height:900px"></iframe></body></html>\n`;
}

// The lesson's quizzes: [{ id, right: [values], values }].
async function quizzes(f) {
	return f.$$eval('.quiz[data-quiz]', (qs) => qs.map((q) => ({
		id: q.id,
		right: [...q.querySelectorAll('.quiz-optie')].filter((li) => li.dataset.juist === 'true')
			.map((li) => li.querySelector('input').value),
		values: [...q.querySelectorAll('input')].map((i) => i.value),
	})));
}

async function answer(f, q, rightly) {
	const pick = rightly ? q.right : [q.values.find((v) => !q.right.includes(v))];
	for (const v of pick) await f.check(`#${q.id} input[value="${v}"]`);
	await f.click(`#${q.id} .quiz-check`);
}

// Clicks the visible link of the frame's page to url, as a learner does.
// Marks the lesson in frame f done, unless it was done by itself
// (voortgang: automatisch) once its quizzes were answered and its end came
// into view: a click would then unmark it.
async function markDone(f) {
	await f.locator('.mark-done').scrollIntoViewIfNeeded();
	await f.waitForTimeout(300);
	if ((await f.getAttribute('.mark-done', 'aria-pressed')) !== 'true') await f.click('.mark-done');
}

async function follow(f, url) {
	const handle = await f.evaluateHandle((u) => [...document.querySelectorAll('a[href]')]
		.find((a) => a.href === u && a.offsetParent !== null) || null, url);
	const link = handle.asElement();
	if (!link) throw new Error(`no link to ${url} on ${f.url()}`);
	await link.click();
	await f.waitForURL(url);
}

// The browser's Back button, which takes the frame back to url. (Playwright
// waits for the top page to load again, which it does not: the wait is
// the frame's.)
async function back(page, f, url) {
	page.goBack({ timeout: 5000 }).catch(() => {});
	await f.waitForURL(url, { timeout: 5000 });
}

// Clicks the hand-out link; a learner who finds it in the frame instead of
// a new window comes back with the browser's Back button.
async function openHandout(page, f) {
	await f.evaluate(() => { window.ckStays = true; });
	const url = f.url();
	const popup = page.context().waitForEvent('page', { timeout: 5000 }).catch(() => null);
	const link = await f.$eval('a[href$="handout-coach.pdf"]', (a) => ({ said: a.textContent, target: a.target, rel: a.rel }));
	await f.click('a[href$="handout-coach.pdf"]');
	const p = await popup;
	await page.waitForTimeout(300);
	const stayed = f.url() === url && (await f.evaluate(() => window.ckStays === true).catch(() => false));
	const res = { popup: Boolean(p), stayed, ...link };
	if (p) await p.close();
	if (!stayed) await back(page, f, url).catch(() => {});
	return res;
}

// The learner leaves: the LMS closes the frame, or (away) the LMS page
// goes to another page; the calls are kept in the tab's sessionStorage.
async function leave(page, baseURL, away) {
	if (away) {
		await page.goto(baseURL + 'bye.html');
		return page.evaluate(() => JSON.parse(sessionStorage.getItem('lms-calls') || '[]'));
	}
	await page.evaluate(() => document.querySelector('iframe').remove());
	await page.waitForTimeout(300);
	return page.evaluate(() => window.CALLS);
}

// One visit: every lesson of the module in order, the quizzes answered as
// right(n) says for the n-th quiz. With opts.handout the hand-out is
// opened after the first quiz, and the learner goes back from the second
// lesson to the first with the browser's Back button. Then the learner
// follows a link within the last lesson, and leaves.
async function scormRun(t, dir, opts) {
	fs.writeFileSync(path.join(dir, 'lms.html'), lmsPage(opts.start, opts.initial));
	const server = await t.lib.serve(dir);
	// service workers allowed, as in an LMS: a page that registers one not
	// in the package asks for it
	const context = await t.browser.newContext({ serviceWorkers: 'allow' });
	if (opts.noNavigationAPI)
		await context.addInitScript(() => Object.defineProperty(window, 'navigation', { value: undefined }));
	const res = { errors: [], handout: null, afterPdf: null, missing: [] };
	context.on('response', (r) => { if (r.status() >= 400) res.missing.push(`${r.status()} ${r.url()}`); });
	try {
		const page = await context.newPage();
		page.on('pageerror', (e) => res.errors.push(String(e)));
		await page.goto(server.baseURL + 'lms.html');
		const f = page.frame({ name: 'sco' });
		await page.waitForFunction(() => window.LMS.cmi.core.lesson_status !== 'not attempted', null, { timeout: 10000 });
		res.first = await page.evaluate(() => window.LMS.cmi.core.lesson_status);
		// links that would leave the package are plain text there
		res.out = await f.$$eval('a[href]', (as) => as.map((a) => a.href)
			.filter((h) => !h.includes('/pkg/coach/') && !h.includes('/pkg/assets/') && !h.includes('/pkg/media/') &&
				!h.endsWith('/pkg/print/handout-coach.pdf')));
		res.course = await f.evaluate(() => window.CK_COURSE.modules.find((m) => m.slug === 'coach'));
		let n = 0;
		for (const [i, lesson] of res.course.lessons.entries()) {
			await follow(f, server.baseURL + 'pkg/' + lesson.url);
			if (opts.handout && i === 1) {
				await back(page, f, server.baseURL + 'pkg/' + res.course.lessons[0].url);
				await follow(f, server.baseURL + 'pkg/' + lesson.url);
			}
			for (const q of await quizzes(f)) {
				await answer(f, q, opts.right(n++));
				if (res.afterPdf === '') res.afterPdf = `${lesson.id}#${q.id}`;
				if (opts.handout && !res.handout) {
					res.handout = await openHandout(page, f);
					res.afterPdf = '';
				}
			}
			await markDone(f);
		}
		// the last lesson ends with a step that says the module is done
		res.lastStep = await f.evaluate(() => {
			const pager = document.querySelector('.pager');
			const done = pager && pager.querySelector('a.pager-done');
			return { text: done ? done.textContent : null, href: done ? done.href : null,
				dead: pager ? pager.querySelectorAll('.link-out-of-package').length : -1 };
		});
		// a link within the page (the lesson's contents) loads nothing
		if (await f.$('.toc a[href^="#"]')) await f.click('.toc a[href^="#"]');
		await page.waitForTimeout(300);
		res.api = await page.evaluate(() => ({
			status: window.LMS.cmi.core.lesson_status,
			raw: window.LMS.cmi.core.score.raw,
			suspend: window.LMS.cmi.suspend_data,
		}));
		res.closedAt = await page.evaluate(() => window.CALLS.length);
		res.calls = await leave(page, server.baseURL, opts.away);
		return res;
	} finally {
		await context.close();
		await server.close();
	}
}

// What the LMS saw: problems with the session's calls.
function sessionProblems(r) {
	const p = [];
	const count = (name) => r.calls.filter((c) => c.name === name).length;
	if (count('LMSInitialize') !== 1) p.push(`LMSInitialize called ${count('LMSInitialize')} times`);
	const fin = r.calls.map((c, i) => (c.name === 'LMSFinish' ? i : -1)).filter((i) => i >= 0);
	if (fin.length !== 1) p.push(`LMSFinish called ${fin.length} times (calls ${fin.join(', ')})`);
	else if (fin[0] < r.closedAt) p.push(`LMSFinish called before the LMS closed the frame (call ${fin[0]} of ${r.closedAt})`);
	else if (fin[0] !== r.calls.length - 1) p.push(`calls after LMSFinish: ${JSON.stringify(r.calls.slice(fin[0] + 1))}`);
	const failed = r.calls.filter((c) => ['LMSSetValue', 'LMSCommit', 'LMSFinish'].includes(c.name) && c.result !== 'true');
	if (failed.length) p.push(`${failed.length} calls failed, the first: ${JSON.stringify(failed[0])}`);
	return p;
}

// The last value the package set for cmi.core.exit.
function exitValue(r) {
	const sets = r.calls.filter((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.core.exit' && c.result === 'true');
	return sets.length ? sets[sets.length - 1].args[1] : null;
}

function unpackKeys(suspend) {
	try {
		return Object.keys(JSON.parse(suspend).q || {});
	} catch (e) {
		return [];
	}
}

async function goodRun(t, dir, start) {
	const r = await scormRun(t, dir, { start, right: () => true, handout: true });
	await t.check('the package finds the LMS API and starts "incomplete"', r.first === 'incomplete' ? [] : [r.first]);
	await t.check('the hand-out opens in a new window without an opener, and says so; the module page stays',
		r.handout && r.handout.popup && r.handout.target === '_blank' && r.handout.rel.split(' ').includes('noopener') &&
			r.handout.stayed && /nieuw venster/.test(r.handout.said)
			? [] : [JSON.stringify(r.handout)]);
	await t.check('a quiz answered after the hand-out reaches the LMS',
		r.afterPdf && unpackKeys(r.api.suspend).includes(r.afterPdf) ? [] : [`${r.afterPdf} not in ${r.api.suspend}`]);
	await t.check('completing the module with right answers gives "passed" and score 100',
		r.api.status === 'passed' && Number(r.api.raw) === 100 ? [] : [JSON.stringify(r.api)]);
	await t.check('once passed, cmi.core.exit is empty (not "suspend")', exitValue(r) === '' ? [] : [JSON.stringify(exitValue(r))]);
	await t.check('one session over all pages, Back included: LMSInitialize once, LMSFinish once when the LMS closes the frame, no call refused',
		sessionProblems(r));
	await t.check('progress is kept in suspend_data within 4,096 characters',
		r.api.suspend.length > 0 && r.api.suspend.length <= 4096 ? [] : [`${r.api.suspend.length} chars`]);
	await t.check('no script errors in the package', r.errors);
	await t.check('no link in the package leads out of it', r.out);
	await t.check('the last lesson ends with "Module afgerond", a link back to the module\'s page, not dead text',
		r.lastStep.text && r.lastStep.text.startsWith('Module afgerond') && r.lastStep.dead === 0 &&
			r.lastStep.href && r.lastStep.href.endsWith('/pkg/' + start) ? [] : [JSON.stringify(r.lastStep)]);
	await t.check('every file the pages ask for is in the package (no 4xx in the LMS)', r.missing);
}

async function otherRuns(t, dir, start) {
	const bad = await scormRun(t, dir, { start, right: () => false, noNavigationAPI: true, away: true });
	const mastery = bad.course.mastery;
	await t.check(`wrong answers give "failed" below the mastery score (${mastery})`,
		bad.api.status === 'failed' && Number(bad.api.raw) < mastery ? [] : [JSON.stringify(bad.api)]);
	await t.check('not passed, cmi.core.exit is "suspend"', exitValue(bad) === 'suspend' ? [] : [JSON.stringify(exitValue(bad))]);
	await t.check('without the Navigation API, still one session over all pages, finished when the LMS page goes elsewhere',
		sessionProblems(bad));
	// one wrong answer of five: 80, enough for the package's own 80
	const lms = await scormRun(t, dir, { start, right: (n) => n > 0, initial: { student_data: { mastery_score: '100' } } });
	await t.check('the mastery score the LMS gives (100) counts instead of the package\'s',
		lms.api.status === 'failed' && Number(lms.api.raw) >= mastery && Number(lms.api.raw) < 100
			? [] : [JSON.stringify(lms.api)]);
}

module.exports = async function (t) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachkit-lms-'));
	try {
		const zip = path.join(t.siteDir, 'scorm', 'coach.zip');
		const r = spawnSync('unzip', ['-q', zip, '-d', path.join(dir, 'pkg')]);
		if (r.status !== 0) {
			await t.fail('the SCORM package unzips', String(r.stderr));
			return;
		}
		const manifest = fs.readFileSync(path.join(dir, 'pkg', 'imsmanifest.xml'), 'utf8');
		const start = /adlcp:scormtype="sco" href="([^"]+)"/.exec(manifest)[1];
		fs.copyFileSync(path.join(__dirname, 'node_modules', 'scorm-again', 'dist', 'scorm12.js'), path.join(dir, 'scorm12.js'));
		fs.writeFileSync(path.join(dir, 'bye.html'), '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Elders</title></head><body></body></html>\n');
		await goodRun(t, dir, start);
		await otherRuns(t, dir, start);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
};
