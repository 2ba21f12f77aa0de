'use strict';
// The service worker on a large course (2,000 lessons in 134 modules of
// 15, tests/bench/gen.sh): a first visit stores the shell and the modules
// that fit in the budget, not the whole course; a module beyond it is kept
// whole when the learner asks on its page; a page visited is kept too;
// one neither stored nor visited gives the offline page.

const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { spawnSync } = require('child_process');

const BUDGET = 5 * 1024 * 1024;

// What sw.js lists: { files, modules }.
function lists(site) {
	const self = { addEventListener() {} };
	vm.runInNewContext(fs.readFileSync(path.join(site, 'sw.js'), 'utf8'), { self });
	return { files: self.CK_FILES, modules: self.CK_MODULES };
}

// The bundled site offline: a page in a folder that is not stored gives
// the offline page, styled and with links that work from there; the
// previews on the materials page are stored, and the page says the PDFs
// are not.
async function fallback(t) {
	const server = await t.lib.serve(t.siteDir);
	const context = await t.browser.newContext({ serviceWorkers: 'allow' });
	try {
		const page = await context.newPage();
		await page.goto(server.baseURL + 'index.html');
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.reload();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
		await page.goto(server.baseURL + 'materialen.html');
		const noteOnline = await page.isVisible('.offline-pdf-note');
		await context.setOffline(true);
		for (const rel of ['coach/niet-bewaard.html', 'print/niet-bewaard/diep.html']) {
			await page.goto(server.baseURL + rel);
			const seen = await page.evaluate(() => ({
				offline: document.body.dataset.kind === 'offline' || document.title.includes('Geen verbinding'),
				styled: [...document.styleSheets].some((s) => s.href && s.href.endsWith('/assets/style.css') && (() => {
					try { return s.cssRules.length > 0; } catch (e) { return false; }
				})()),
				home: document.querySelector('main a.button').href,
				links: [...document.querySelectorAll('a[href]')].map((a) => a.href),
			}));
			// every link but the skip link leads to a file of the site
			const wrong = seen.links.filter((h) => !h.endsWith('#inhoud') && (!h.startsWith(server.baseURL) ||
				!fs.existsSync(path.join(t.siteDir, h.slice(server.baseURL.length).split(/[?#]/)[0]))));
			await t.check(`offline: ${rel} gives the offline page, styled, its links from the site root`,
				seen.offline && seen.styled && seen.home === server.baseURL + 'index.html' && !wrong.length
					? [] : [JSON.stringify({ ...seen, links: wrong })]);
			await page.click('main a.button');
			await page.waitForURL(server.baseURL + 'index.html');
			await t.check(`offline: its button from ${rel} opens the home page`,
				(await page.$$('.site-header')).length === 1 && !(await page.title()).includes('Geen verbinding') ? [] : [await page.title()]);
		}
		await page.goto(server.baseURL + 'materialen.html');
		const broken = await page.$$eval('.material-preview img', (imgs) => Promise.all(imgs.map((i) =>
			fetch(i.src).then((r) => (r.ok ? null : i.src), () => i.src)))).then((l) => l.filter(Boolean));
		const n = await page.$$eval('.material-preview img', (imgs) => imgs.length);
		await t.check(`offline: the ${n} previews on the materials page load`, n > 0 && !broken.length ? [] : broken);
		await t.check('offline: the materials page says the PDFs are not stored (and not when online)',
			!noteOnline && (await page.isVisible('.offline-pdf-note')) ? [] : [`online ${noteOnline}`]);
	} finally {
		await context.close();
		await server.close();
	}
}

module.exports = async function (t) {
	await fallback(t);
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coachkit-offline-'));
	let server = null, context = null;
	try {
		const gen = spawnSync('sh', ['tests/bench/gen.sh', tmp, '134', '15'], { cwd: t.root, encoding: 'utf8' });
		const ck = process.env.COACHKIT || path.join(t.root, 'coachkit');
		const site = path.join(tmp, 'site');
		const b = spawnSync(ck, ['build', tmp, '-o', site, '--only', 'site', '-q'], { encoding: 'utf8' });
		if (!t.check('a course of 2,000 lessons builds', gen.status === 0 && b.status === 0))
			return;
		const { files, modules } = lists(site);
		const size = (f) => (f === './' ? 0 : fs.statSync(path.join(site, f)).size);
		const pages = files.filter((f) => /^module-\d+\//.test(f));
		const stored = pages.reduce((n, f) => n + size(f), 0);
		const all = Object.values(modules).flat().reduce((n, f) => n + size(f), 0);
		t.check(`a first visit stores ${(stored / 1048576).toFixed(1)} MB of the modules' ` +
			`${(all / 1048576).toFixed(1)} MB (at most 5 MB)`, stored <= BUDGET && stored > 0 && all > BUDGET);
		t.check('whole modules, the first ones', files.includes('module-1/les-15.html') &&
			!files.includes('module-134/index.html'));
		t.check('every module can be kept on request', Object.keys(modules).length === 134 &&
			modules['module-134'].includes('module-134/les-7.html') &&
			modules['module-134'].includes('cursus/module-134.js'));
		t.check('the shell is stored', ['index.html', 'offline.html', 'cursus.js', 'assets/style.css']
			.every((f) => files.includes(f)));

		server = await t.lib.serve(site);
		context = await t.browser.newContext({ serviceWorkers: 'allow' });
		const page = await context.newPage();
		await page.goto(server.baseURL + 'index.html');
		const ready = await page.evaluate(() => navigator.serviceWorker &&
			Promise.race([navigator.serviceWorker.ready.then(() => true),
				new Promise((r) => setTimeout(() => r(false), 20000))]));
		t.check('the service worker installs', ready === true);
		await page.reload();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });

		await page.goto(server.baseURL + 'module-134/index.html');
		await page.waitForSelector('.offline-module:not([hidden])', { timeout: 10000 });
		t.check('a module beyond the budget offers to be kept', await page.isVisible('.offline-module button'));
		await page.click('.offline-module button');
		await page.waitForFunction(() => document.querySelector('.offline-module-status').textContent.includes('zonder internet'),
			null, { timeout: 20000 });
		t.ok('keeping it says when it is done');
		await page.goto(server.baseURL + 'module-1/index.html');
		await page.waitForSelector('.offline-module:not([hidden])', { timeout: 10000 });
		t.check('a module within the budget says it is kept already',
			!(await page.isVisible('.offline-module button')) &&
			(await page.textContent('.offline-module-status')).includes('zonder internet'));
		await page.goto(server.baseURL + 'module-133/les-2.html');

		await context.setOffline(true);
		const opens = async (rel) => {
			await page.goto(server.baseURL + rel);
			return (await page.$$('.lesson-done, .prose')).length > 0;
		};
		t.check('offline: a lesson of the kept module opens', await opens('module-134/les-7.html'));
		t.check('a lesson visited before opens', await opens('module-133/les-2.html'));
		t.check('a lesson of a module stored on the first visit opens', await opens('module-1/les-3.html'));
		await page.goto(server.baseURL + 'module-120/les-4.html');
		t.check('a lesson neither kept nor visited gives the offline page',
			(await page.content()).includes('Geen verbinding'));
	} finally {
		if (context) await context.close();
		if (server) await server.close();
		fs.rmSync(tmp, { recursive: true, force: true });
	}
};
