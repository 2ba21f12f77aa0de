'use strict';
// The built site as a whole: valid HTML on every page, axe-core on one
// page of each type, the language, skip links, requests that stay on
// 127.0.0.1, and a visible keyboard focus.

const fs = require('fs');
const path = require('path');

// axe-core rule tags: WCAG 2.0, 2.1 and 2.2, levels A and AA.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const hasClass = (html, name) => new RegExp(`class="(?:[^"]*\\s)?${name}(?:\\s[^"]*)?"`).test(html);

// One page of each type, as [label, path relative to the site]; a page
// type that is required but missing is returned in `missing`.
function pagesByType(siteDir, files) {
	const read = (f) => fs.readFileSync(path.join(siteDir, f), 'utf8');
	const exists = (f) => files.includes(f);
	const pages = [];
	const missing = [];
	const want = (label, file) => (file ? pages.push([label, file]) : missing.push(label));

	want('home', exists('index.html') && 'index.html');
	const modules = files.filter((f) => /^[^/]+\/index\.html$/.test(f) && !f.startsWith('competenties/'));
	want('module', exists('coach/index.html') ? 'coach/index.html' : modules[0]);
	const lesson = files.find((f) => f.includes('/') && !f.endsWith('/index.html') &&
		!f.startsWith('competenties/') && (() => {
			const html = read(f);
			return hasClass(html, 'quiz') && hasClass(html, 'reflectie');
		})());
	want('lesson with a quiz and a reflection', lesson);
	want('materials', exists('materialen.html') && 'materialen.html');
	want('competencies', exists('competenties.html') && 'competenties.html');
	want('competency', files.find((f) => /^competenties\/[^/]+\.html$/.test(f)));
	want('free page', exists('over.html') && 'over.html');
	// Pages that later versions of the site add: tested once they exist.
	for (const [label, f] of [['notes', 'notities.html'], ['search', 'zoeken.html'], ['pocket card', 'zakkaart.html']])
		if (exists(f)) pages.push([label, f]);
	return { pages, missing };
}

async function validateHtml(t, files) {
	const { HtmlValidate } = require('html-validate');
	const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'htmlvalidate.json'), 'utf8'));
	const hv = new HtmlValidate(config);
	const errors = [];
	const byRule = new Map();
	for (const f of files) {
		const report = await hv.validateString(fs.readFileSync(path.join(t.siteDir, f), 'utf8'), f);
		for (const r of report.results) {
			for (const m of r.messages) {
				if (m.severity < 2) continue;
				errors.push(`${f}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
				byRule.set(m.ruleId, (byRule.get(m.ruleId) || 0) + 1);
			}
		}
	}
	const summary = [...byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r}: ${n}`).join(', ');
	await t.check(`html-validate: 0 errors on all ${files.length} pages`,
		errors.length ? [`${errors.length} errors (${summary})`].concat(errors) : []);
}

// The language and the skip link of each page, read by the browser's own
// HTML parser (DOMParser: no scripts run, nothing is fetched), so that
// every page is checked without the cost of a navigation per page.
// Takes [[name, html]...], returns [{ name, lang, skip }] where skip is
// '' or what is wrong with the skip link.
function inspectPages(pages) {
	const focusable = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), ' +
		'select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
	return pages.map(([name, html]) => {
		const doc = new DOMParser().parseFromString(html, 'text/html');
		const out = { name, lang: doc.documentElement.getAttribute('lang'), skip: '' };
		const first = doc.body && doc.body.querySelector(focusable);
		if (!first) {
			out.skip = 'no focusable element';
		} else if (first.tagName !== 'A') {
			out.skip = `the first focusable element is <${first.tagName.toLowerCase()}>, not a skip link`;
		} else {
			const href = first.getAttribute('href');
			if (!href.startsWith('#') || href.length < 2) {
				out.skip = `the first link goes to "${href}", not to a place on the page`;
			} else {
				let id = href.slice(1);
				try {
					id = decodeURIComponent(id);
				} catch (e) { /* keep it as written */ }
				if (!doc.getElementById(id)) out.skip = `the skip link's target #${id} does not exist`;
			}
		}
		return out;
	});
}

async function runAxe(page) {
	await page.addScriptTag({ path: require.resolve('axe-core') });
	return page.evaluate(async (tags) => {
		/* global axe */
		const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return r.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => n.target.join(' ')),
		}));
	}, AXE_TAGS);
}

module.exports = async function site(t) {
	const files = t.htmlFiles();

	await validateHtml(t, files);

	const { context, guard } = await t.newContext();
	const page = await context.newPage();
	const scriptErrors = new Set();
	page.on('pageerror', (e) => scriptErrors.add(`${guard.label}: ${e.message}`));

	// Every page: language and skip link.
	guard.label = 'index.html';
	await page.goto(t.url('index.html'), { waitUntil: 'domcontentloaded' });
	const infos = await page.evaluate(inspectPages,
		files.map((f) => [f, fs.readFileSync(path.join(t.siteDir, f), 'utf8')]));
	await t.check(`every page has <html lang="nl"> (${files.length} pages)`, infos.filter((i) => i.lang !== 'nl')
		.map((i) => `${i.name}: lang=${i.lang === null ? '(none)' : JSON.stringify(i.lang)}`));
	await t.check(`every page starts with a skip link whose target exists (${files.length} pages)`,
		infos.filter((i) => i.skip).map((i) => `${i.name}: ${i.skip}`));

	// One page of each type, loaded until its requests settle: axe-core,
	// then (below) the requests all those pages made.
	const { pages, missing } = pagesByType(t.siteDir, files);
	await t.check('the site has a page of each type to test', missing.map((m) => `no ${m} page`));
	for (const [label, f] of pages) {
		guard.label = f;
		await t.check(`axe-core (WCAG 2 A/AA): 0 violations on ${f} (${label})`, async () => {
			await page.goto(t.url(f), { waitUntil: 'networkidle' });
			const violations = await runAxe(page);
			const out = [];
			for (const v of violations) {
				out.push(`${v.id} (${v.impact}): ${v.help}`);
				for (const n of v.nodes.slice(0, 5)) out.push(`    ${n}`);
				if (v.nodes.length > 5) out.push(`    ... and ${v.nodes.length - 5} more`);
			}
			return out;
		});
		await t.screenshot(page, f.replace(/\//g, '_'));
	}

	// Touch targets (WCAG 2.5.8): the links of the breadcrumbs, the table
	// of contents, the side navigation and the footer are 24 px high or
	// more on a phone.
	await t.check('links in breadcrumbs, contents, side navigation and footer are 24 px high at 390 px', async () => {
		const lesson = pages.find(([label]) => label.startsWith('lesson'));
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(t.url(lesson ? lesson[1] : 'index.html'), { waitUntil: 'load' });
		await page.evaluate(() => document.querySelectorAll('details.sidenav').forEach((d) => { d.open = true; }));
		const small = await page.evaluate(() => [...document.querySelectorAll(
			'.breadcrumbs a, .toc a, .sidenav a, .site-footer a')]
			.map((a) => [a.textContent.trim(), a.getBoundingClientRect().height])
			.filter(([, h]) => h > 0 && h < 24)
			.map(([text, h]) => `${text}: ${h.toFixed(1)} px`));
		await page.setViewportSize({ width: 1280, height: 900 });
		return small;
	});

	const n = `${pages.length} pages loaded`;
	await t.check(`no request goes to a host other than 127.0.0.1 (${n})`,
		guard.external.map((r) => `${r.page}: ${r.url}`));
	const broken = new Map();
	for (const r of guard.broken) {
		const key = `${r.status} ${r.url}`;
		if (!broken.has(key)) broken.set(key, []);
		broken.get(key).push(r.page);
	}
	await t.check(`every local resource exists (${n})`, [...broken].map(([what, on]) =>
		`${what} on ${on.length === 1 ? on[0] : `${on.length} pages (${on.slice(0, 3).join(', ')}${on.length > 3 ? ', ...' : ''})`}`));
	await t.check(`no script error (${n})`, [...scriptErrors]);

	// Keyboard focus: Tab once on the home page.
	guard.label = 'index.html';
	await t.check('focus is visible after one Tab on the home page', async () => {
		await page.goto(t.url('index.html'), { waitUntil: 'load' });
		await page.keyboard.press('Tab');
		const f = await page.evaluate(() => {
			const el = document.activeElement;
			if (!el || el === document.body) return { none: true };
			const s = getComputedStyle(el);
			return {
				what: `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}>`,
				outline: `${s.outlineStyle} ${s.outlineWidth}`,
				visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
				shadow: s.boxShadow,
			};
		});
		if (f.none) return ['nothing has the focus after Tab'];
		return f.visible ? [] : [`${f.what} has the focus with outline "${f.outline}" and box-shadow "${f.shadow}"`];
	});

	await context.close();
	if (process.env.SHOTS) console.log(`# screenshots in ${process.env.SHOTS}`);
};
