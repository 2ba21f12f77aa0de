'use strict';
// Dark mode: the system's setting (prefers-color-scheme) alone, the
// header's toggle that overrides it and is remembered, no page drawn in
// the wrong theme first, and axe-core's color-contrast rule on every page
// type in both themes, the quiz's feedback, the progress, a note and the
// search suggestions included.

const fs = require('fs');
const path = require('path');

// A lesson with two quizzes (one with more than one right answer), their
// feedback, reflections and a diagram.
const LESSON = 'samen-beslissen/het-5a-model.html';

// One page of each type, as [label, path]; the lesson is tested on its own.
function pages(t) {
	const files = t.htmlFiles();
	const competency = files.find((f) => /^competenties\/[^/]+\.html$/.test(f));
	return [
		['home', 'index.html'],
		['module', 'samen-beslissen/index.html'],
		['search with results', 'zoeken.html?q=pati%C3%ABnt'],
		['notes', 'notities.html'],
		['materials', 'materialen.html'],
		['competencies', 'competenties.html'],
		['competency', competency],
		['pocket card', 'zakkaart.html'],
		['offline', 'offline.html'],
		['free page', 'over.html'],
	];
}

// The color-contrast rule of axe-core on the page: its failures, each with
// the colours and ratio axe found.
async function contrast(page) {
	await page.addScriptTag({ path: require.resolve('axe-core') });
	return page.evaluate(async () => {
		/* global axe */
		const r = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] });
		const out = [];
		for (const v of r.violations) {
			for (const n of v.nodes) {
				const d = (n.any[0] && n.any[0].data) || {};
				out.push(`${n.target.join(' ')}: ${d.fgColor} on ${d.bgColor}, ${d.contrastRatio}:1 (want ${d.expectedContrastRatio})`);
			}
		}
		return out;
	});
}

// What the page shows: the theme <html> asks for, the page's background
// luminance, and the toggle.
function state(page) {
	return page.evaluate(() => {
		const rgb = getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g).slice(0, 3).map(Number);
		const lin = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
		const b = document.querySelector('.theme-toggle');
		const box = b && b.getBoundingClientRect();
		return {
			attr: document.documentElement.dataset.theme || null,
			dark: 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]) < 0.1,
			scheme: getComputedStyle(document.documentElement).colorScheme,
			pressed: b && b.getAttribute('aria-pressed'),
			shown: !!box && box.width > 0 && box.height > 0,
			size: box ? [Math.round(box.width), Math.round(box.height)] : null,
		};
	});
}

// Answers the lesson's quizzes (the first rightly, the others wrongly),
// writes a note and marks the lesson as done, so that every feedback
// state is on the page.
async function useLesson(page) {
	const qs = await page.$$eval('.quiz[data-quiz]', (els) => els.map((q) => ({
		id: q.id,
		right: [...q.querySelectorAll('.quiz-optie')].filter((li) => li.dataset.juist === 'true').map((li) => li.querySelector('input').value),
		values: [...q.querySelectorAll('input')].map((i) => i.value),
	})));
	for (const [i, q] of qs.entries()) {
		const pick = i === 0 ? q.right : [q.values.find((v) => !q.right.includes(v))];
		for (const v of pick) await page.check(`#${q.id} input[value="${v}"]`);
		await page.click(`#${q.id} .quiz-check`);
	}
	const box = page.locator('.reflectie[data-note] textarea').first();
	await box.fill('Eerst vragen naar het doel van de patiënt.');
	await box.blur();
	await page.click('.mark-done');
	await page.waitForTimeout(400);
	return qs.length;
}

// Every page type in one theme: the color-contrast rule on each, and
// screenshots (with SHOTS set).
async function contrastAll(t, context, theme) {
	const page = await context.newPage();
	await page.goto(t.url(LESSON), { waitUntil: 'networkidle' });
	const n = await useLesson(page);
	const states = await page.evaluate(() => ['.quiz-optie.is-correct', '.quiz-optie.is-incorrect', '.quiz-uitslag.is-correct',
		'.quiz-uitslag.is-incorrect', '.mark-done[aria-pressed="true"]'].filter((s) => !document.querySelector(s)));
	await t.check(`${theme}: the lesson shows right and wrong answers, a saved note and "done" (${n} quizzes)`, states.map((s) => `no ${s}`));
	await t.check(`${theme}: axe-core color-contrast passes on ${LESSON} (lesson, quiz feedback, note, done)`, () => contrast(page));
	await t.screenshot(page, `${theme}-${LESSON.replace(/\//g, '_')}`);

	// In the light, site.spec.js runs axe-core on the pages that nothing
	// done by the learner changes; here the others.
	const changed = ['home', 'module', 'search with results', 'notes', 'offline'];
	for (const [label, f] of pages(t).filter(([l]) => theme === 'dark' || changed.includes(l))) {
		await t.check(`${theme}: axe-core color-contrast passes on ${f} (${label})`, async () => {
			const [file, query] = f.split('?');
			await page.goto(t.url(file) + (query ? '?' + query : ''), { waitUntil: 'networkidle' });
			if (label === 'search with results') await page.waitForSelector('.search-result', { timeout: 5000 });
			return contrast(page);
		});
		await t.screenshot(page, `${theme}-${f.replace(/\?.*/, '').replace(/\//g, '_')}`);
	}

	// The header's suggestions, one of them active.
	await t.check(`${theme}: axe-core color-contrast passes with the search suggestions open`, async () => {
		await page.goto(t.url(LESSON), { waitUntil: 'networkidle' });
		await page.fill('#zoek-q', 'vierbollen');
		await page.waitForSelector('#zoek-q-lijst [role="option"]', { timeout: 5000 });
		await page.keyboard.press('ArrowDown');
		return contrast(page);
	});
	await page.close();
}

// The toggle, started from a system in the light.
async function toggleTests(t, browser) {
	const { context } = await t.newContext({ colorScheme: 'light' });
	// Where <body> starts, the theme <html> asks for: set then, the page
	// is never drawn in the other theme first.
	await context.addInitScript(() => {
		new MutationObserver((m, obs) => {
			if (!document.body) return;
			window.themeAtBody = document.documentElement.dataset.theme || null;
			obs.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	const page = await context.newPage();
	await page.goto(t.url('index.html'));
	let s = await state(page);
	const button = page.getByRole('button', { name: 'Donkere weergave' });
	await t.check('light system: the page is light, the toggle "Donkere weergave" is shown, not pressed',
		!s.dark && s.attr === null && s.shown && s.pressed === 'false' && (await button.count()) === 1 ? [] : [JSON.stringify(s)]);
	await t.check('the toggle is at the end of the header row, after the search box, 24x24 px or more',
		await page.evaluate(() => {
			const b = document.querySelector('.theme-toggle');
			const r = b.getBoundingClientRect();
			return b.previousElementSibling.classList.contains('search-box') && !b.nextElementSibling &&
				b.parentElement.classList.contains('header-row') && r.width >= 24 && r.height >= 24;
		}));
	await button.click();
	s = await state(page);
	await t.check('pressing it shows the dark theme: data-theme="dark", color-scheme dark, aria-pressed="true"',
		s.dark && s.attr === 'dark' && s.scheme === 'dark' && s.pressed === 'true' ? [] : [JSON.stringify(s)]);
	const kept = await page.evaluate(() => [localStorage.getItem(`ck:${document.body.dataset.site}:theme`), window.CK.store.get('theme')]);
	await t.check('the choice is kept under the site\'s own key (CK.store "theme")',
		kept[0] === '"dark"' && kept[1] === 'dark' ? [] : [JSON.stringify(kept)]);
	await page.reload();
	s = await state(page);
	const atBody = await page.evaluate(() => window.themeAtBody);
	await t.check('after a reload the page is dark, set before <body> starts (no light flash)',
		s.dark && s.pressed === 'true' && atBody === 'dark' ? [] : [JSON.stringify(s), `at <body>: ${atBody}`]);
	await page.goto(t.url(LESSON));
	s = await state(page);
	await t.check('and so is the next page', s.dark && s.pressed === 'true' && (await page.evaluate(() => window.themeAtBody)) === 'dark'
		? [] : [JSON.stringify(s)]);
	await t.screenshot(page, 'dark-toggled-lesson');
	await page.getByRole('button', { name: 'Donkere weergave' }).click();
	await page.reload();
	s = await state(page);
	await t.check('pressed again it is light, after a reload too', !s.dark && s.attr === 'light' && s.pressed === 'false'
		? [] : [JSON.stringify(s)]);
	// The choice holds against the system's setting.
	await page.emulateMedia({ colorScheme: 'dark' });
	s = await state(page);
	await t.check('the choice "light" holds when the system turns dark', !s.dark && s.pressed === 'false' ? [] : [JSON.stringify(s)]);
	await page.getByRole('button', { name: 'Donkere weergave' }).click();
	await page.emulateMedia({ media: 'print' });
	s = await state(page);
	await t.check('a page chosen dark prints light', !s.dark ? [] : [JSON.stringify(s)]);
	await context.close();
}

// The system's setting alone, and without scripts.
async function systemTests(t, browser) {
	const { context } = await t.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto(t.url('index.html'));
	let s = await state(page);
	await t.check('dark system, nothing chosen: the page is dark, color-scheme dark, the toggle pressed, no data-theme',
		s.dark && s.attr === null && s.scheme === 'dark' && s.pressed === 'true' ? [] : [JSON.stringify(s)]);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.waitForFunction(() => document.querySelector('.theme-toggle').getAttribute('aria-pressed') === 'false',
		null, { timeout: 2000 }).catch(() => {});
	s = await state(page);
	await t.check('the system turning light turns the page light, the toggle unpressed',
		!s.dark && s.pressed === 'false' ? [] : [JSON.stringify(s)]);
	await context.close();

	const noJs = await t.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
	const p2 = await noJs.context.newPage();
	await p2.goto(t.url(LESSON));
	s = await state(p2);
	await t.check('without scripts a dark system still gets the dark theme, and no toggle',
		s.dark && s.scheme === 'dark' && !s.shown ? [] : [JSON.stringify(s)]);
	await noJs.context.close();
}

module.exports = async function dark(t) {
	const lessonHtml = fs.readFileSync(path.join(t.siteDir, LESSON), 'utf8');
	if (!await t.check(`${LESSON} exists with a quiz`, /class="quiz"/.test(lessonHtml))) return;
	await systemTests(t, t.browser);
	await toggleTests(t, t.browser);
	{
		// the browser's own bar takes the page's colour in each theme
		const { context } = await t.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(t.url(LESSON));
		const bar = await page.evaluate(() => {
			const meta = document.querySelector('meta[name="theme-color"][media*="dark"]');
			const paper = getComputedStyle(document.documentElement).getPropertyValue('--paper').trim();
			return { meta: meta && meta.content.toLowerCase(), paper: paper.toLowerCase() };
		});
		await t.check('theme-color for a dark system is the dark page\'s colour',
			bar.meta && bar.meta === bar.paper ? [] : [JSON.stringify(bar)]);
		await context.close();
	}
	for (const theme of ['dark', 'light']) {
		const { context } = await t.newContext({ colorScheme: theme });
		await contrastAll(t, context, theme);
		await context.close();
	}
};
