'use strict';
// Phone and zoom: the compact header at 390x844 (one row, a menu button
// and a search button, Escape, the menu without scripts), no sideways
// scroll with 200% text at 390 and 1280 px on every page type, and the
// diagrams drawn for a phone: whole and legible at 390 px.

const fs = require('fs');
const path = require('path');

const HEADER_MAX = 72;     // px at 390x844 (179 before the compact header)
const TEXT_MIN = 11;       // px on screen, a pocket diagram's smallest text
const LESSON_TEXT_MIN = 10.5;   // in a lesson (the CORP grid's 2 x 2 cells: 10.9)
const LESSON = 'coach/het-vierbollenmodel.html';

// One page of each type of the bundled site.
function pageTypes(t) {
	const files = t.htmlFiles();
	return [
		['home', 'index.html'],
		['module', 'coach/index.html'],
		['lesson with a quiz', LESSON],
		['search', 'zoeken.html?q=pati%C3%ABnt'],
		['notes', 'notities.html'],
		['materials', 'materialen.html'],
		['competencies', 'competenties.html'],
		['competency', files.find((f) => /^competenties\/[^/]+\.html$/.test(f))],
		['pocket', 'zakkaart.html'],
	];
}

const { axeViolations } = require('./lib');

// The header's height and which of its parts are shown.
function headerState(page) {
	return page.evaluate(() => {
		const shown = (sel) => { const el = document.querySelector(sel); return !!el && el.checkVisibility(); };
		const button = document.querySelector('.menu-toggle');
		return {
			height: Math.round(document.querySelector('.site-header').getBoundingClientRect().height),
			nav: shown('.site-nav'),
			search: shown('.search-box'),
			menuButton: shown('.menu-toggle'),
			searchButton: shown('.search-toggle'),
			tag: button && button.tagName,
			expanded: button && button.getAttribute('aria-expanded'),
			controls: button && button.getAttribute('aria-controls'),
			focus: document.activeElement && document.activeElement.className,
		};
	});
}

async function headerTests(t, context) {
	const page = await context.newPage();
	await page.setViewportSize({ width: 390, height: 844 });
	for (const f of ['index.html', LESSON, 'zakkaart.html']) {
		await page.goto(t.url(f));
		const h = await headerState(page);
		await t.check(`390x844: the header of ${f} is one row at most ${HEADER_MAX} px high, the menu and search closed`,
			h.height <= HEADER_MAX && !h.nav && !h.search && h.menuButton && h.searchButton ? [] : [JSON.stringify(h)]);
	}
	// the theme toggle at the row's end keeps it one row
	const withToggle = await page.evaluate(() => {
		const mid = (sel) => { const r = document.querySelector(sel).getBoundingClientRect(); return Math.round(r.top + r.height / 2); };
		return { height: Math.round(document.querySelector('.site-header').getBoundingClientRect().height),
			middles: [mid('.menu-toggle'), mid('.theme-toggle')] };
	});
	await t.check(`390x844: with the theme toggle at the row's end the header is still one row of at most ${HEADER_MAX} px`,
		withToggle.height <= HEADER_MAX && Math.abs(withToggle.middles[0] - withToggle.middles[1]) <= 2 ? [] : [JSON.stringify(withToggle)]);

	await page.goto(t.url(LESSON));
	const closed = await headerState(page);
	await t.check('the menu button is a button with aria-expanded="false" and aria-controls naming the menu',
		closed.tag === 'BUTTON' && closed.expanded === 'false' && closed.controls === 'hoofdmenu' &&
		(await page.$('#hoofdmenu.site-nav')) ? [] : [JSON.stringify(closed)]);
	await page.click('.menu-toggle');
	const open = await headerState(page);
	await t.check('a click on the menu button shows the menu (aria-expanded="true")',
		open.nav && open.expanded === 'true' ? [] : [JSON.stringify(open)]);
	await t.check('axe-core (WCAG 2 A/AA): 0 violations with the menu open at 390 px', () => axeViolations(page));
	await page.keyboard.press('Tab');
	await page.keyboard.press('Escape');
	const esc = await headerState(page);
	await t.check('Escape closes the menu and puts the focus back on its button',
		!esc.nav && esc.expanded === 'false' && /menu-toggle/.test(esc.focus) ? [] : [JSON.stringify(esc)]);
	await page.click('.menu-toggle');
	await page.click('.menu-toggle');
	const again = await headerState(page);
	await t.check('a second click closes it', !again.nav && again.expanded === 'false' ? [] : [JSON.stringify(again)]);

	await page.click('.search-toggle');
	const search = await page.evaluate(() => ({
		shown: document.querySelector('.search-box').checkVisibility(),
		focus: document.activeElement && document.activeElement.id,
		expanded: document.querySelector('.search-toggle').getAttribute('aria-expanded'),
	}));
	await t.check('the search button shows the search box with the focus in it',
		search.shown && search.focus === 'zoek-q' && search.expanded === 'true' ? [] : [JSON.stringify(search)]);
	await page.keyboard.press('Escape');
	const searchClosed = await headerState(page);
	await t.check('Escape closes the search box and puts the focus back on its button',
		!searchClosed.search && /search-toggle/.test(searchClosed.focus) ? [] : [JSON.stringify(searchClosed)]);
	await page.evaluate(() => document.activeElement.blur());
	await page.keyboard.press('/');
	const slash = await headerState(page);
	slash.focusId = await page.evaluate(() => document.activeElement && document.activeElement.id);
	await t.check('/ opens the closed search box with the focus in it',
		slash.search && slash.focusId === 'zoek-q' ? [] : [JSON.stringify(slash)]);
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');

	await page.setViewportSize({ width: 1280, height: 900 });
	const wide = await headerState(page);
	await t.check('1280 px: the header shows the menu and the search box, and no buttons for them',
		wide.nav && wide.search && !wide.menuButton && !wide.searchButton ? [] : [JSON.stringify(wide)]);
	await page.close();
}

// Without scripts the menu button is a link to the menu, which shows.
async function noScriptTests(t) {   // its own context
	const { context } = await t.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(t.url(LESSON));
	await page.click('.menu-toggle', { timeout: 5000 });
	const s = await headerState(page);
	await t.check('without scripts the menu button leads to the menu, which shows',
		s.tag === 'A' && s.nav ? [] : [JSON.stringify(s)]);
	const href = await page.getAttribute('.search-toggle', 'href');
	await t.check('without scripts the search button leads to the search page', /(^|\/)zoeken\.html$/.test(href || '') ? [] : [href]);
	await context.close();
}

// Sideways scroll, a clipped title and the header's share of the screen,
// with the text at 200%.
function zoomState(page) {
	return page.evaluate(() => {
		document.documentElement.style.fontSize = '200%';
		const h1 = document.querySelector('h1');
		const r = h1 ? h1.getBoundingClientRect() : null;
		const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
			.slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class')}`);
		return {
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth,
			titleClipped: !r || r.left < 0 || r.right > innerWidth + 1 || h1.scrollWidth > h1.clientWidth + 1,
			header: Math.round(document.querySelector('.site-header').getBoundingClientRect().height),
			innerHeight,
			wide,
		};
	});
}

async function zoomTests(t, context) {
	const page = await context.newPage();
	for (const [w, h] of [[390, 844], [1280, 900]]) {
		await page.setViewportSize({ width: w, height: h });
		const problems = [];
		for (const [label, f] of pageTypes(t)) {
			if (!f) {
				problems.push(`no page of type ${label}`);
				continue;
			}
			const [file, query] = f.split('?');
			await page.goto(t.url(file) + (query ? `?${query}` : ''), { waitUntil: 'networkidle' });
			const z = await zoomState(page);
			if (z.scrollWidth > z.innerWidth) problems.push(`${f}: ${z.scrollWidth} px wide in ${z.innerWidth} (${z.wide.join(', ')})`);
			if (z.titleClipped) problems.push(`${f}: the title (h1) is clipped or missing`);
			if (z.header > z.innerHeight / 3) problems.push(`${f}: the header takes ${z.header} of ${z.innerHeight} px`);
		}
		await t.check(`${w} px, 200% text: no page type scrolls sideways, clips its title or has a header over a third of the screen`,
			problems);
	}
	await page.close();
}

// The diagrams as a phone shows them: one drawing of each exposed, whole
// on the screen, its smallest text TEXT_MIN px or more.
function diagramState(page) {
	return page.evaluate(() => [...document.querySelectorAll('.diagram')].map((box) => {
		const shown = [...box.querySelectorAll('svg[role="img"]')].filter((s) => s.checkVisibility());
		const svg = shown[0];
		if (!svg) return { shown: 0 };
		const r = svg.getBoundingClientRect();
		const scale = r.width / svg.viewBox.baseVal.width;
		const sizes = [...svg.querySelectorAll('text')].map((x) => parseFloat(x.getAttribute('font-size')) * scale);
		return {
			title: svg.querySelector('title').textContent,
			shown: shown.length,
			left: Math.round(r.left), right: Math.round(r.right), width: Math.round(r.width),
			smallest: Math.round(Math.min(...sizes) * 100) / 100,
		};
	}));
}

async function diagramTests(t, context) {
	const page = await context.newPage();
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(t.url('zakkaart.html'));
	const ds = await diagramState(page);
	await t.check('the pocket page has diagrams', ds.length >= 2 ? [] : [`${ds.length} diagrams`]);
	await t.check('390 px: each pocket diagram shows one drawing, whole on the screen',
		ds.filter((d) => d.shown !== 1 || d.left < 0 || d.right > 390).map((d) => JSON.stringify(d)));
	await t.check(`390 px: each pocket diagram's text is ${TEXT_MIN} px or more on the screen`,
		ds.filter((d) => !(d.smallest >= TEXT_MIN)).map((d) => JSON.stringify(d)));
	const sideways = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
	await t.check('390 px: the pocket page does not scroll sideways', sideways <= 0 ? [] : [`${sideways} px too wide`]);
	await t.check('axe-core (WCAG 2 A/AA): 0 violations on the pocket page at 390 px', () => axeViolations(page));

	const lessons = t.htmlFiles().filter((f) => /^[^/]+\/[^/]+\.html$/.test(f) && !f.endsWith('/index.html') &&
		!f.startsWith('competenties/'));
	const problems = [];
	const small = [];
	let seen = 0;
	for (const f of lessons) {
		if (!fs.readFileSync(path.join(t.siteDir, f), 'utf8').includes('class="diagram"')) continue;
		seen++;
		await page.goto(t.url(f));
		for (const d of await diagramState(page)) {
			if (d.shown !== 1 || d.left < 0 || d.right > 390) problems.push(`${f}: ${JSON.stringify(d)}`);
			if (!(d.smallest >= LESSON_TEXT_MIN)) small.push(`${f}: ${JSON.stringify(d)}`);
		}
		const over = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		if (over > 0) problems.push(`${f}: ${over} px too wide`);
	}
	await t.check(`390 px: the diagrams of ${seen} lessons show one drawing each, whole, without sideways scroll`,
		seen ? problems : ['no lesson with a diagram']);
	await t.check(`390 px: the lessons' diagrams have their text at ${LESSON_TEXT_MIN} px or more on the screen`, small);

	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(t.url('zakkaart.html'));
	const desk = await diagramState(page);
	await t.check('1280 px: the pocket diagrams show their wide drawing',
		desk.filter((d) => d.shown !== 1 || d.width < 400).map((d) => JSON.stringify(d)));
	await page.close();
}

module.exports = async function (t) {
	const { context } = await t.newContext();
	// each part on its own: one that stops does not hide the others
	for (const [name, part] of [['the header', headerTests], ['the header without scripts', noScriptTests],
		['200% text', zoomTests], ['the diagrams', diagramTests]]) {
		try {
			await part(t, context);
		} catch (e) {
			t.fail(`the checks of ${name} run to the end`, (e && e.stack) || String(e));
		}
	}
	await context.close();
};
