'use strict';
// Navigation on module and lesson pages: the side navigation (a column at
// 1280 px, a closed <details> at 390 px) with the current page and the
// lessons that are done, the header's current section, and the keyboard
// shortcuts (← / → and the ? help dialog).

const LESSON = 'coach/het-vierbollenmodel.html';
const LESSON_ID = 'coach/het-vierbollenmodel';

const { axeViolations } = require('./lib');

// What the side navigation of the page shows.
function sidenavState(page) {
	return page.evaluate(() => {
		const side = document.querySelector('.sidenav');
		if (!side) return null;
		const lessons = [...side.querySelectorAll('.sidenav-lessons a')];
		const box = (el) => el && el.getBoundingClientRect();
		const visible = (el) => { const b = box(el); return !!b && b.width > 0 && b.height > 0 && el.checkVisibility(); };
		return {
			open: side.open,
			lessons: lessons.map((a) => a.getAttribute('href')),
			current: lessons.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('href')),
			modules: side.querySelectorAll('.sidenav-modules > li').length,
			listed: [...side.querySelectorAll('.sidenav-modules > li:not(.is-current)')].every((li) => !li.querySelector('ol')),
			visible: lessons.length > 0 && visible(lessons[0]),
			summary: visible(side.querySelector('summary')),
			besideContent: box(side).right <= box(document.querySelector('.sidenav-main, .lesson-layout')).left,
			course: (window.CK_COURSE.modules.find((m) => m.slug === 'coach') || { lessons: [] }).lessons.length,
		};
	});
}

async function desktopTests(t, context) {
	const page = await context.newPage();
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(t.url(LESSON));
	const s = await sidenavState(page);
	await t.check('1280 px: the lesson page has a side navigation', s ? [] : ['no .sidenav']);
	if (!s) return page.close();
	await t.check('1280 px: the side navigation lists every lesson of the module',
		s.lessons.length > 1 && s.lessons.length === s.course ? [] : [`${s.lessons.length} lessons listed, the module has ${s.course}`]);
	await t.check('1280 px: the current lesson, and it alone, has aria-current="page"',
		s.current.length === 1 && s.current[0] === 'het-vierbollenmodel.html' ? [] : [`aria-current on ${JSON.stringify(s.current)}`]);
	await t.check('1280 px: the other modules are listed, collapsed',
		s.modules > 1 && s.listed ? [] : [`${s.modules} modules, others without lessons: ${s.listed}`]);
	await t.check('1280 px: the side navigation is shown as a column beside the content',
		s.visible && !s.summary && s.besideContent ? [] : [JSON.stringify(s)]);

	await page.goto(t.url('coach/index.html'));
	const m = await sidenavState(page);
	await t.check('the module page has the side navigation with the module marked',
		m && m.visible && m.lessons.length === m.course && m.current.length === 0 &&
		(await page.getAttribute('.sidenav .is-current > a', 'aria-current')) === 'page' ? [] : [JSON.stringify(m)]);

	await t.check('axe-core (WCAG 2 A/AA): 0 violations on a lesson page with the side navigation at 1280 px', async () => {
		await page.goto(t.url(LESSON), { waitUntil: 'networkidle' });
		return axeViolations(page);
	});

	await page.emulateMedia({ media: 'print' });
	const indent = await page.evaluate(() => document.querySelector('.lesson-layout').getBoundingClientRect().left -
		document.querySelector('main').getBoundingClientRect().left);
	await t.check('printed, the lesson has no empty side column', indent < 40 ? [] : [`the lesson starts ${indent} px in`]);
	await page.close();
}

async function phoneTests(t, context) {
	const page = await context.newPage();
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(t.url(LESSON));
	const s = (await sidenavState(page)) || {};
	await t.check('390 px: the side navigation is a closed "Lessen in deze module" above the content',
		s && !s.open && !s.visible && s.summary &&
		/lessen in deze module/i.test(await page.textContent('.sidenav summary')) ? [] : [JSON.stringify(s)]);
	const above = await page.evaluate(() => document.querySelector('.sidenav').getBoundingClientRect().bottom <=
		document.querySelector('.sidenav-main, .lesson-layout').getBoundingClientRect().top);
	await t.check('390 px: it stands above the lesson', above);
	await page.click('.sidenav summary');
	const open = await sidenavState(page);
	await t.check('390 px: opening it shows the lessons', open.open && open.visible ? [] : [JSON.stringify(open)]);
	await t.check('axe-core (WCAG 2 A/AA): 0 violations on a lesson page with the side navigation at 390 px',
		() => axeViolations(page));
	await page.close();
}

async function progressTests(t, context) {
	const page = await context.newPage();
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(t.url(LESSON));
	const sel = `.sidenav li[data-lesson="${LESSON_ID}"]`;
	await t.check('a lesson not done has no tick in the side navigation',
		!(await page.$eval(sel, (li) => li.classList.contains('is-done'))));
	await page.click('.mark-done');
	const next = await page.getAttribute('.pager a[rel="next"]', 'href');
	// Layout shifts while the next page loads with a lesson done.
	await page.addInitScript(() => {
		window.__shift = 0;
		new PerformanceObserver((l) => {
			for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(new URL(next, page.url()).href, { waitUntil: 'networkidle' });
	const tick = await page.$eval(sel, (li) => ({
		done: li.classList.contains('is-done'),
		mark: getComputedStyle(li.querySelector('a'), '::after').content,
		said: li.textContent,
	}));
	await t.check('after marking a lesson done, the next page\'s side navigation shows its tick',
		tick.done && tick.mark.includes('✓') && /afgerond/.test(tick.said) ? [] : [JSON.stringify(tick)]);
	const shift = await page.evaluate(() => window.__shift);
	await t.check('the side navigation and its ticks cause no layout shift (CLS < 0.01)',
		shift < 0.01 ? [] : [`CLS ${shift.toFixed(3)}`]);
	await page.close();
}

async function keyTests(t, context) {
	const page = await context.newPage();
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(t.url(LESSON));
	const next = new URL(await page.getAttribute('.pager a[rel="next"]', 'href'), page.url()).href;
	const here = page.url();

	await page.focus('#zoek-q');
	await page.keyboard.press('ArrowRight');
	await page.waitForTimeout(300);
	await t.check('→ in a text field does not leave the page', page.url() === here ? [] : [page.url()]);
	await page.evaluate(() => document.activeElement.blur());
	await page.keyboard.press('Control+ArrowRight');
	await page.waitForTimeout(300);
	await t.check('Ctrl+→ does not leave the page', page.url() === here ? [] : [page.url()]);

	const went = (url) => page.waitForURL(url, { timeout: 3000 }).then(() => true, () => false);
	const ahead = (await Promise.all([went(next), page.keyboard.press('ArrowRight')]))[0];
	await t.check('→ goes to the next lesson', ahead ? [] : [page.url()]);
	await page.waitForLoadState('load');
	const back = ahead && (await Promise.all([went(here), page.keyboard.press('ArrowLeft')]))[0];
	await t.check('← goes back to the previous lesson', back ? [] : [page.url()]);
	await page.waitForLoadState('load');

	await page.keyboard.press('?');
	const opened = await page.evaluate(() => {
		const d = document.querySelector('dialog.keys-help');
		return d && {
			open: d.open, modal: d.matches(':modal'), focus: d.contains(document.activeElement),
			keys: [...d.querySelectorAll('kbd')].map((k) => k.textContent),
		};
	});
	await t.check('? opens the shortcuts dialog, modal, with the focus in it',
		opened && opened.open && opened.modal && opened.focus ? [] : [JSON.stringify(opened)]);
	await t.check('the dialog lists ←, →, / and ?',
		opened && ['←', '→', '/', '?'].every((k) => opened.keys.includes(k)) ? [] : [JSON.stringify(opened)]);
	for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
	await page.keyboard.press('Shift+Tab');
	await t.check('Tab and Shift+Tab keep the focus in the dialog',
		await page.evaluate(() => document.querySelector('dialog.keys-help').contains(document.activeElement)));
	await page.keyboard.press('Escape');
	await t.check('Escape closes the dialog',
		!(await page.evaluate(() => document.querySelector('dialog.keys-help').open)));

	// Turned off in the dialog (WCAG 2.1.4), and on again.
	const isOpen = () => page.evaluate(() => document.querySelector('dialog.keys-help').open);
	await page.click('.keys-open');
	await t.check('the footer\'s "Sneltoetsen" button opens the dialog', await isOpen());
	await page.uncheck('.keys-help .keys-on');
	await page.keyboard.press('Escape');
	await page.reload();
	await page.keyboard.press('?');
	const offOpen = await isOpen();
	await page.keyboard.press('/');
	const slash = await page.evaluate(() => document.activeElement && document.activeElement.matches('input'));
	await page.keyboard.press('ArrowRight');
	await page.waitForTimeout(300);
	await t.check('turned off in the dialog, ?, / and → do nothing, after a reload too',
		!offOpen && !slash && page.url() === here ? [] :
			[`dialog open: ${offOpen}, / focused a field: ${slash}, at ${page.url()}`]);
	await page.click('.keys-open');
	await page.check('.keys-help .keys-on');
	await page.keyboard.press('Escape');
	await page.keyboard.press('?');
	await t.check('turned on again, ? opens the dialog', await isOpen());
	await page.keyboard.press('Escape');
	await page.close();
}

async function headerTests(t, context) {
	const page = await context.newPage();
	const modules = async (f) => {
		await page.goto(t.url(f), { waitUntil: 'domcontentloaded' });
		return page.$eval('.site-nav li:first-child a', (a) => a.getAttribute('aria-current'));
	};
	const lesson = await modules(LESSON);
	const mod = await modules('coach/index.html');
	const other = await modules('materialen.html');
	await t.check('the header\'s "Modules" has aria-current on a lesson and a module page, not elsewhere',
		lesson && mod && other === null ? [] : [`lesson ${lesson}, module ${mod}, materialen ${other}`]);
	await page.close();
}

module.exports = async function nav(t) {
	const { context } = await t.newContext();
	// Each part runs even when one before it stopped on an error.
	const parts = [desktopTests, phoneTests, progressTests, keyTests, headerTests];
	for (const part of parts) {
		try {
			await part(t, context);
		} catch (e) {
			t.fail(`${part.name} runs to the end`, String(e.message || e).split('\n').slice(0, 3));
		}
	}
	await context.close();
};
