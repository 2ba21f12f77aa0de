'use strict';
// The glossary: a term's first use on a lesson page is a link to its entry
// on begrippen.html whose explanation shows while it has the keyboard
// focus or the pointer, inside the screen (at 1280 and 390 px), and is the
// link's accessible description; Escape hides it (WCAG 1.4.13); on a
// touch screen a first tap shows it and a second follows the link to the
// entry; axe-core finds nothing on the lesson page with an explanation shown, nor
// on the glossary page.

const LESSON = 'coach/het-vierbollenmodel.html';
const { axeViolations } = require('./lib');

// The first marked term of the page: its link, whether its explanation is
// shown and lies inside the viewport, and the description it gives.
function firstTerm(page) {
	return page.evaluate(() => {
		const link = document.querySelector('.prose .begrip-link');
		if (!link) return null;
		const tip = document.getElementById(link.getAttribute('aria-describedby'));
		const b = tip && tip.getBoundingClientRect();
		return {
			href: link.getAttribute('href'),
			text: link.textContent,
			focused: document.activeElement === link,
			shown: !!tip && tip.checkVisibility() && b.width > 0,
			inside: !!b && b.left >= 0 && b.right <= window.innerWidth + 0.5 && b.bottom <= window.innerHeight + 0.5,
			tip: tip ? tip.textContent : '',
			marks: document.querySelectorAll('.prose .begrip').length,
		};
	});
}

// Tabs until the first term's link has the focus (at most 200 times).
async function tabToTerm(page) {
	for (let i = 0; i < 200; i++) {
		await page.keyboard.press('Tab');
		const on = await page.evaluate(() => document.activeElement &&
			document.activeElement === document.querySelector('.prose .begrip-link'));
		if (on) return true;
	}
	return false;
}

async function desktopTests(t, context) {
	const page = await context.newPage();
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(t.url(LESSON), { waitUntil: 'networkidle' });
	const before = await firstTerm(page);
	await t.check('a lesson page marks terms, each explanation hidden at first',
		before && before.marks > 0 && !before.shown ? [] : [JSON.stringify(before)]);
	if (!before) return page.close();
	await t.check('the mark links to the term\'s entry on begrippen.html',
		/^\.\.\/begrippen\.html#[a-z0-9-]+$/.test(before.href) ? [] : [before.href]);
	const reached = await tabToTerm(page);
	const focused = await firstTerm(page);
	await t.check('1280 px: Tab reaches the term, and its explanation shows, inside the screen',
		reached && focused.shown && focused.inside ? [] : [JSON.stringify(focused)]);
	const desc = await page.evaluate(async () => {
		const link = document.querySelector('.prose .begrip-link');
		const tip = document.getElementById(link.getAttribute('aria-describedby'));
		return { tip: tip.textContent.trim(), role: tip.getAttribute('role') };
	});
	await t.check('the explanation is the link\'s description (aria-describedby, role tooltip)',
		desc.tip.length > 10 && desc.role === 'tooltip' ? [] : [JSON.stringify(desc)]);
	await t.check('axe-core (WCAG 2 A/AA): 0 violations on a lesson page with an explanation shown',
		() => axeViolations(page));
	await page.keyboard.press('Tab');
	const away = await firstTerm(page);
	await t.check('the explanation hides when the focus moves on', !away.shown ? [] : [JSON.stringify(away)]);
	await page.hover('.prose .begrip-link');
	const hovered = await firstTerm(page);
	await t.check('the explanation shows under the pointer', hovered.shown ? [] : [JSON.stringify(hovered)]);
	await page.keyboard.press('Escape');
	const dismissed = await firstTerm(page);
	await t.check('Escape hides the explanation with the pointer still on the term',
		!dismissed.shown ? [] : [JSON.stringify(dismissed)]);
	await page.mouse.move(5, 5);
	await page.hover('.prose .begrip-link');
	const back = await firstTerm(page);
	await t.check('the pointer back on the term shows it again', back.shown ? [] : [JSON.stringify(back)]);

	await page.goto(t.url('begrippen.html'), { waitUntil: 'networkidle' });
	const entries = await page.$$eval('.glossary-entry', (es) => es.length);
	await t.check('begrippen.html lists the entries', entries >= 40 ? [] : [`${entries} entries`]);
	await t.check('axe-core (WCAG 2 A/AA): 0 violations on begrippen.html', () => axeViolations(page));
	await page.close();
}

async function phoneTests(t) {
	const { context } = await t.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await page.goto(t.url(LESSON), { waitUntil: 'networkidle' });
	const term = await firstTerm(page);
	if (!term) {
		t.fail('390 px: the lesson page marks terms');
		return context.close();
	}
	await page.focus('.prose .begrip-link');
	const focused = await firstTerm(page);
	await t.check('390 px: with the focus the explanation shows whole, inside the screen',
		focused.shown && focused.inside ? [] : [JSON.stringify(focused)]);
	await page.evaluate(() => document.activeElement.blur());
	const id = term.href.split('#')[1];
	const url = page.url();
	await page.tap('.prose .begrip-link');
	await page.waitForTimeout(200);
	const tapped = await firstTerm(page);
	await t.check('390 px: a first tap on the term shows its explanation and stays on the page',
		tapped.shown && page.url() === url ? [] : [JSON.stringify(tapped), page.url()]);
	await page.tap('h1');
	await page.waitForTimeout(200);
	const elsewhere = await firstTerm(page);
	await t.check('390 px: a tap elsewhere hides it', !elsewhere.shown ? [] : [JSON.stringify(elsewhere)]);
	await page.tap('.prose .begrip-link');
	await page.waitForTimeout(200);
	await page.tap('.prose .begrip-link');
	await page.waitForURL(/begrippen\.html#/);
	const target = await page.evaluate(() => {
		const e = document.querySelector(':target');
		const b = e && e.getBoundingClientRect();
		return e ? { id: e.id, visible: b.top >= 0 && b.top < window.innerHeight, text: e.textContent } : null;
	});
	await t.check('390 px: a second tap on the term opens its entry on begrippen.html, in view',
		target && target.id === id && target.visible ? [] : [JSON.stringify(target)]);
	await context.close();
}

module.exports = async function glossary(t) {
	const { context } = await t.newContext();
	for (const part of [desktopTests, phoneTests]) {
		try {
			await part(t, context);
		} catch (e) {
			t.fail(`${part.name} runs to the end`, String(e.message || e).split('\n').slice(0, 3));
		}
	}
	await context.close();
};
