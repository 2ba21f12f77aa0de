'use strict';
// Search on a large site: a generated project of 2,010 lessons (134
// modules of 15, tests/bench/gen.sh) built with --only site. A query loads
// only a few pieces of the index: every byte the search page loads beyond
// what the home page loads stays under BUDGET, the search scripts
// included. The number of results, their order and the pages of results
// agree with the index as the build wrote it, read here on its own.

const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { spawnSync } = require('child_process');

const BUDGET = 150 * 1024;
const PAGE = 10;
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

// The numbers of a string in the index's digits (generator/site/search.h).
function numbers(s) {
	const out = [];
	let v = 0;
	for (const c of s) {
		const d = DIGITS.indexOf(c);
		if (d >= 32) v = v * 32 + d - 32;
		else { out.push(v * 32 + d); v = 0; }
	}
	return out;
}

// The whole index of the site in dir: { table, stems: {stem: Map(doc ->
// weight)}, docs: [url] }.
function readIndex(dir) {
	const x = { stems: {}, docs: [] };
	const CK_SEARCH = {
		i: (t) => { x.table = t; },
		t: (k, first, stems, posts) => stems.forEach((st, i) => {
			const n = numbers(posts[i]);
			const m = new Map();
			for (let j = 0, next = 0; j < n.length; j += 2, next++) {
				next += n[j];
				m.set(next, n[j + 1] + 1);
			}
			x.stems[st] = m;
		}),
		p: () => {},
		d: (n, url) => { x.docs[n] = url; },
	};
	const run = (f) => vm.runInNewContext(fs.readFileSync(f, 'utf8'), { CK_SEARCH });
	run(path.join(dir, 'zoekindex.js'));
	for (const f of fs.readdirSync(path.join(dir, 'zoekindex'))) run(path.join(dir, 'zoekindex', f));
	return x;
}

// What a query should find: the urls of every page with every word (the
// last one as a prefix while typing), best first.
function expect(x, stem, q) {
	const words = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => Array.from(w).length >= 2 &&
		!x.table.stop.includes(w));
	const open = !/[^\p{L}\p{N}]$/u.test(q);
	const lists = words.map((w, i) => {
		const s = stem(w);
		const m = new Map();
		for (const [st, docs] of Object.entries(x.stems)) {
			const hit = st === s || (open && i === words.length - 1 && (st.startsWith(s) || st.startsWith(w)));
			if (hit) docs.forEach((wt, d) => m.set(d, Math.max(m.get(d) || 0, wt)));
		}
		return m;
	});
	if (!lists.length) return [];
	const hits = [];
	lists[0].forEach((wt, d) => {
		let sum = 0;
		for (const m of lists) {
			if (!m.has(d)) return;
			sum += m.get(d);
		}
		hits.push([d, sum]);
	});
	hits.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
	return hits.map(([d]) => x.docs[d]);
}

// Builds the generated project into a temporary folder: its site folder.
function build(t, tmp) {
	const project = path.join(tmp, 'project');
	const site = path.join(tmp, 'site');
	const gen = spawnSync('sh', ['tests/bench/gen.sh', project, '134', '15'], { cwd: t.root, encoding: 'utf8' });
	if (gen.status !== 0) throw new Error(`gen.sh: ${gen.stderr}`);
	const ck = process.env.COACHKIT || path.join(t.root, 'coachkit');
	const r = spawnSync(ck, ['build', project, '-o', site, '--only', 'site', '-q'], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`coachkit build: exit ${r.status}: ${r.stderr}`);
	return { project, site };
}

// The layout shift of the page so far: every 'layout-shift' entry
// without input just before it, summed.
function layoutShift(page) {
	return page.evaluate(() => new Promise((resolve) => {
		let sum = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
		setTimeout(() => resolve(sum), 500);
	}));
}

// The search on the bundled site (t.baseURL): no layout shift while the
// results come in, a result marks its words on the page it opens, and
// the header's box suggests pages as you type.
async function bundled(t) {
	const settle = (page) => page.waitForFunction(() => document.querySelectorAll('.search-result').length > 0 &&
		!/geladen/.test(document.querySelector('.search-status').textContent));
	for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
		const { context } = await t.newContext({ viewport });
		try {
			const page = await context.newPage();
			await page.goto(t.url('zoeken.html') + '?q=patiënt');
			await settle(page);
			await page.waitForLoadState('networkidle');
			const cls = await layoutShift(page);
			await t.check(`search page with ?q= at ${viewport.width} px: layout shift ${cls.toFixed(3)}, below 0.1`,
				cls < 0.1 ? [] : [`CLS ${cls.toFixed(3)}`]);
		} finally {
			await context.close().catch(() => {});
		}
	}

	const { context } = await t.newContext();
	try {
		const page = await context.newPage();
		const errors = [];
		page.on('pageerror', (e) => errors.push(String(e)));

		// A result with a section: its page marks the words, shows the
		// section and takes ?zoek= out of the address.
		await page.goto(t.url('zoeken.html') + '?q=vierbollenmodel');
		await settle(page);
		const link = page.locator('.search-result a[href*="#"]').first();
		const href = await link.getAttribute('href');
		await t.check('a result links to its section with the words', /\?zoek=vierbollenmodel\*?#./.test(href) ? [] : [href]);
		await link.click();
		await page.waitForFunction(() => document.querySelectorAll('mark.search-hit').length > 0, null, { timeout: 5000 }).catch(() => {});
		const there = await page.evaluate(() => {
			const id = decodeURIComponent(location.hash.slice(1));
			const target = document.getElementById(id);
			return {
				marks: [...document.querySelectorAll('#inhoud mark')].map((m) => m.textContent.toLowerCase()),
				top: target ? Math.round(target.getBoundingClientRect().top) : null,
				y: window.scrollY,
				search: location.search,
			};
		});
		await t.check('the page opened marks the words in <mark>',
			there.marks.length > 0 && there.marks.every((m) => m.startsWith('vierbollenmodel')) ? [] : [JSON.stringify(there.marks.slice(0, 5))]);
		await t.check('and is scrolled to the section', there.y > 0 && there.top !== null && there.top >= -2 && there.top < 200 ? [] :
			[`scrollY ${there.y}, section top ${there.top}`]);
		await t.check('and ?zoek= is gone from the address', there.search === '' ? [] : [there.search]);

		// The header's box: '/' from a lesson, suggestions as you type,
		// ArrowDown and Enter open the first.
		const lesson = t.url('coach/het-vierbollenmodel.html');
		await page.goto(t.url('coach/coach-van-expert-naar-coach.html'));
		await page.waitForLoadState('networkidle');
		const before = await page.evaluate(() => [...document.scripts].filter((s) => /search\.js|stem-nl\.js/.test(s.src)).length);
		await t.check('a lesson loads no search script before the box is used', before === 0 ? [] : [`${before} scripts`]);
		await page.locator('#inhoud').click({ position: { x: 2, y: 2 } });
		await page.keyboard.press('/');
		const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
		await t.check('"/" puts the focus in the header\'s search box', focused === 'zoek-q' ? [] : [`focus on ${focused}`]);
		await page.keyboard.type('vierbollen');
		await page.waitForSelector('#zoek-q-lijst [role="option"]', { timeout: 5000 }).catch(() => {});
		const open = await page.evaluate(() => {
			const i = document.getElementById('zoek-q');
			const l = document.getElementById('zoek-q-lijst');
			return { role: i.getAttribute('role'), expanded: i.getAttribute('aria-expanded'), controls: i.getAttribute('aria-controls'),
				visible: !!(l && !l.hidden && l.offsetHeight > 0),
				options: l ? [...l.querySelectorAll('[role="option"]')].map((o) => o.dataset.href) : [] };
		});
		await t.check('typing in it shows suggestions (a combobox with a listbox)',
			open.role === 'combobox' && open.expanded === 'true' && open.controls === 'zoek-q-lijst' && open.visible &&
			open.options.length > 0 ? [] : [JSON.stringify(open)]);
		await t.check('axe-core (WCAG 2 A/AA): 0 violations with the suggestions open',
			await t.lib.axeViolations(page));
		await page.keyboard.press('ArrowDown');
		const active = await page.evaluate(() => document.getElementById('zoek-q').getAttribute('aria-activedescendant'));
		await t.check('ArrowDown makes the first suggestion active', active === 'zoek-q-lijst-0' ? [] : [String(active)]);
		await Promise.all([page.waitForNavigation({ timeout: 5000 }).catch(() => {}), page.keyboard.press('Enter')]);
		const want = new URL(open.options[0], lesson).pathname;
		await t.check('and Enter opens it', new URL(page.url()).pathname === want ? [] : [page.url(), want]);
		await page.keyboard.press('/');
		await page.keyboard.type('vier');
		await page.waitForSelector('#zoek-q-lijst [role="option"]', { timeout: 5000 }).catch(() => {});
		await page.keyboard.press('Escape');
		const closed = await page.evaluate(() => document.getElementById('zoek-q').getAttribute('aria-expanded') === 'false' &&
			document.getElementById('zoek-q-lijst').hidden);
		await t.check('Escape closes the suggestions', closed);
		await t.check('no script errors in the header\'s search', errors);
	} finally {
		await context.close().catch(() => {});
	}
}

module.exports = async function (t) {
	await bundled(t);
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coachkit-search-'));
	let server = null;
	let context = null;
	try {
		const { project, site } = build(t, tmp);
		const x = readIndex(site);
		const stem = require(path.join(t.root, 'assets/js/stem-nl.js'));
		await t.check('the generated site has 2,010 pages in its index', x.docs.filter((u) => /les-/.test(u)).length === 2010 ||
			[`${x.docs.length} documents`]);
		server = await t.lib.serve(site);
		({ context } = await t.newContext());
		const page = await context.newPage();
		const errors = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		let loaded = [];
		page.on('requestfinished', (r) => {
			if (r.isNavigationRequest()) return;
			const rel = decodeURIComponent(new URL(r.url()).pathname).slice(1);
			try {
				loaded.push([rel, fs.statSync(path.join(site, rel)).size]);
			} catch (e) {
				loaded.push([rel, 0]);
			}
		});
		await page.goto(server.baseURL + 'index.html');
		await page.waitForLoadState('networkidle');
		const always = new Set(loaded.map(([rel]) => rel).filter((rel) => !/search\.js|stem-nl\.js/.test(rel)));

		// Opens zoeken.html?q=QUERY: the results shown, the status, the
		// bytes the query cost.
		const search = async (q) => {
			loaded = [];
			await page.goto(server.baseURL + 'zoeken.html?q=' + encodeURIComponent(q));
			await page.waitForFunction(() => !/geladen/.test(document.querySelector('.search-status').textContent) &&
				document.querySelector('.search-status').textContent.trim().length > 0);
			await page.waitForLoadState('networkidle');
			const bytes = loaded.filter(([rel]) => !always.has(rel)).reduce((s, [, n]) => s + n, 0);
			return {
				bytes,
				files: loaded.filter(([rel]) => !always.has(rel)).length,
				status: (await page.textContent('.search-status')).trim(),
				urls: await page.$$eval('.search-result h2 a', (as) => as.map((a) => a.getAttribute('href').replace(/[?#].*/, ''))),
				marks: await page.$$eval('.search-result mark', (ms) => ms.length),
			};
		};

		const grep = fs.readdirSync(path.join(project, 'content/modules')).flatMap((m) =>
			fs.readdirSync(path.join(project, 'content/modules', m)).filter((f) => f.endsWith('.md') &&
				/vierbollenmodel/i.test(fs.readFileSync(path.join(project, 'content/modules', m, f), 'utf8')))).length;
		for (const q of ['patiënt', 'vierbollenmodel', 'patiënt zorg', 'persoonsgerichte poh ', 'pa', 'xyzzyplugh']) {
			const r = await search(q);
			const want = expect(x, stem, q);
			await t.check(`"${q}" loads ${r.bytes} bytes in ${r.files} files, under ${BUDGET}`,
				r.bytes > 0 && r.bytes <= BUDGET ? [] : [`${r.bytes} bytes`]);
			const n = want.length;
			const said = n === 0 ? /^Geen resultaten/.test(r.status) : n === 1 ? /^1 resultaat /.test(r.status) :
				r.status.startsWith(`${n} resultaten`);
			await t.check(`"${q}": the status counts every page found (${n})`, said ? [] : [r.status]);
			await t.check(`"${q}": the first ${PAGE} are the best, in order`,
				JSON.stringify(r.urls) === JSON.stringify(want.slice(0, PAGE)) ? [] :
					[`shown ${JSON.stringify(r.urls.slice(0, 3))}`, `want ${JSON.stringify(want.slice(0, 3))}`]);
			if (q === 'vierbollenmodel') {
				await t.check('every lesson with "vierbollenmodel" is found', n === grep ? [] : [`${n} of ${grep}`]);
				await t.check('and one titled so comes first', /vierbollenmodel/i.test(await page.textContent('.search-result h2')));
			}
			if (n) await t.check(`"${q}": the words are marked in the snippets`, r.marks > 0);
		}

		// Pages of results: next and previous.
		const q = 'vierbollenmodel';
		const all = expect(x, stem, q);
		const pages = Math.ceil(all.length / PAGE);
		await search(q);
		const pager = async () => page.evaluate(() => {
			const p = document.querySelector('.search-pager');
			return p && !p.hidden ? { prev: p.querySelector('.search-prev').disabled, next: p.querySelector('.search-next').disabled,
				text: p.querySelector('.search-page-of').textContent } : null;
		});
		const one = await pager();
		await t.check('the results come in pages, the first without "Vorige"',
			one && one.prev && !one.next && one.text === `Pagina 1 van ${pages}` ? [] : [JSON.stringify(one)]);
		// until the page's results are all in (or 10 s have passed)
		const settled = (urls) => page.waitForFunction((want) => {
			const got = [...document.querySelectorAll('.search-result h2 a')].map((a) => a.getAttribute('href').replace(/[?#].*/, ''));
			return JSON.stringify(got) === JSON.stringify(want);
		}, urls, { timeout: 10000 }).catch(() => {});
		loaded = [];
		await page.click('.search-next');
		await settled(all.slice(PAGE, 2 * PAGE));
		const second = await page.$$eval('.search-result h2 a', (as) => as.map((a) => a.getAttribute('href').replace(/[?#].*/, '')));
		const two = await pager();
		await t.check('"Volgende" shows the next ten, loading only their pieces',
			JSON.stringify(second) === JSON.stringify(all.slice(PAGE, 2 * PAGE)) && !two.prev &&
			loaded.every(([rel]) => /^zoekindex\/d\d+\.js$/.test(rel)) ? [] : [JSON.stringify(second.slice(0, 3)), JSON.stringify(loaded.slice(0, 3))]);
		await page.click('.search-prev');
		await settled(all.slice(0, PAGE));
		const back = await page.$$eval('.search-result h2 a', (as) => as.map((a) => a.getAttribute('href').replace(/[?#].*/, '')));
		await t.check('"Vorige" goes back to the first ten', JSON.stringify(back) === JSON.stringify(all.slice(0, PAGE)));

		// Typing: the results follow the words as they are typed.
		await page.fill('#zoek-pagina-q', 'vierbollen');
		await page.waitForFunction(() => /^\d+ resultaten voor ‘vierbollen’/.test(document.querySelector('.search-status').textContent));
		const typed = (await page.textContent('.search-status')).trim();
		await t.check('a word being typed finds the words it begins', typed.startsWith(`${expect(x, stem, 'vierbollen').length} resultaten`) ? [] : [typed]);
		await t.check('no script errors while searching', errors);
	} finally {
		if (context) await context.close().catch(() => {});
		if (server) await server.close().catch(() => {});
		fs.rmSync(tmp, { recursive: true, force: true });
	}
};
