'use strict';
// coachkit serve as an author uses it: a lesson open in the browser, the
// file edited in place. The page shows the new text by itself (within
// 2 s here; the timing target is in the benchmark), at the same scroll
// position; a broken link shows the reports over the page, which keeps
// the last good text; fixing the file takes them away.

const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

function freePort() {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.on('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address();
			s.close(() => resolve(port));
		});
	});
}

function lesson(extra) {
	let text = '---\ntitle: Eerste les\n---\n\n# Kop\n\n';
	for (let i = 1; i <= 80; i++)
		text += `Alinea ${i} met wat tekst om door de les heen te scrollen.\n\n`;
	return text + (extra || '');
}

// Starts coachkit serve on dir; resolves once it says where it is.
function start(ck, dir, port) {
	return new Promise((resolve, reject) => {
		const p = spawn(ck, ['serve', dir, '--port', String(port), '-j', '2'],
			{ stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}${err}`)), 30000);
		p.stdout.on('data', (d) => {
			out += d;
			if (/coachkit serve: http/.test(out)) {
				clearTimeout(timer);
				resolve({ p, output: () => out + err });
			}
		});
		p.stderr.on('data', (d) => { err += d; });
		p.on('exit', (code) => reject(new Error(`serve ended (${code}): ${out}${err}`)));
	});
}

module.exports = async function serve(t) {
	const ck = process.env.COACHKIT || path.join(t.root, 'coachkit');
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachkit-serve-test-'));
	const mod = path.join(dir, 'content', 'modules', '01-een');
	fs.mkdirSync(mod, { recursive: true });
	fs.writeFileSync(path.join(dir, 'content', 'site.yaml'), 'title: Proef\n');
	fs.writeFileSync(path.join(mod, '_module.yaml'), 'title: Eerste module\nsummary: Kort.\n');
	const file = path.join(mod, '01-begin.md');
	fs.writeFileSync(file, lesson());
	const port = await freePort();
	let server = null;
	const { context: ctx } = await t.newContext({ viewport: { width: 1280, height: 700 } });
	try {
		server = await start(ck, dir, port);
		const page = await ctx.newPage();
		const url = `http://127.0.0.1:${port}/een/begin.html`;
		const listening = page.waitForRequest((r) => r.url().includes('/__coachkit/events'),
			{ timeout: 5000 });
		await page.goto(url);
		await t.check('serve: the lesson is served with the live script',
			(await page.$$('script[src="/__coachkit/live.js"]')).length === 1);
		await listening;   /* the page listens to the events */
		await page.waitForTimeout(200);
		await page.evaluate(() => window.scrollTo(0, 900));

		// an edit reaches the open page by itself
		const t0 = Date.now();
		fs.writeFileSync(file, lesson('Een zin die er net bij kwam.\n'));
		let seen = true;
		await page.waitForFunction(() => document.body.innerText.includes('Een zin die er net bij kwam'),
			null, { timeout: 2000, polling: 50 }).catch(() => { seen = false; });
		const ms = Date.now() - t0;
		await t.check(`serve: an edited lesson shows the new text by itself (${ms} ms)`, seen);
		await page.waitForTimeout(300);
		const y = await page.evaluate(() => window.scrollY);
		await t.check(`serve: the page keeps its scroll position across the reload (${y} px)`,
			Math.abs(y - 900) < 5);

		// a broken link: the reports over the page, the last good text under it
		fs.writeFileSync(file, lesson('Zie [de volgende les](02-weg.md).\n'));
		let shown = true;
		await page.waitForSelector('#coachkit-fouten', { timeout: 3000 }).catch(() => { shown = false; });
		const overlay = shown ? await page.$eval('#coachkit-fouten', (e) => e.innerText) : '';
		await t.check('serve: a broken link shows its report over the page, with file:line:col and the source line',
			shown && /01-begin\.md:\d+:\d+: error: /.test(overlay) && overlay.includes('Zie [de volgende les](02-weg.md)')
				? [] : [overlay || 'no overlay', server.output()]);
		await t.check('serve: under the reports the last good page stays',
			await page.evaluate(() => document.body.innerText.includes('Een zin die er net bij kwam')));

		// fixed: the reports go
		fs.writeFileSync(file, lesson('Nu weer goed.\n'));
		let gone = true;
		await page.waitForFunction(() => !document.getElementById('coachkit-fouten') &&
			document.body.innerText.includes('Nu weer goed'), null, { timeout: 3000, polling: 50 })
			.catch(() => { gone = false; });
		await t.check('serve: fixing the file takes the reports away', gone);

		// a page opened while the content is broken shows the reports at once
		fs.writeFileSync(file, lesson('Zie [weg](03-weg.md).\n'));
		await page.waitForSelector('#coachkit-fouten', { timeout: 3000 }).catch(() => {});
		const other = await ctx.newPage();
		await other.goto(`http://127.0.0.1:${port}/`);
		let early = true;
		await other.waitForSelector('#coachkit-fouten', { timeout: 3000 }).catch(() => { early = false; });
		await t.check('serve: a page opened while the content is broken shows the reports', early);
		await t.screenshot(other, 'serve-overlay');
		fs.writeFileSync(file, lesson('Weer in orde.\n'));
		await page.waitForFunction(() => !document.getElementById('coachkit-fouten'), null,
			{ timeout: 3000 }).catch(() => {});

		// a PDF opened as a page: in a frame that reloads once the PDFs
		// are made again
		const pdf = await ctx.newPage();
		await pdf.goto(`http://127.0.0.1:${port}/print/handout-een.pdf`);
		const before = await pdf.$eval('iframe[data-coachkit-pdf]', (f) => f.src).catch(() => '');
		await t.check('serve: a PDF opened as a page comes in a frame', before.endsWith('handout-een.pdf?pdf=1'));
		fs.writeFileSync(file, lesson('Voor de hand-out.\n'));
		let reloaded = true;
		await pdf.waitForFunction((b) => document.querySelector('iframe[data-coachkit-pdf]').src !== b,
			before, { timeout: 5000, polling: 50 }).catch(() => { reloaded = false; });
		await t.check('serve: the PDF reloads once its lesson is saved', reloaded);
		await pdf.close();

		// with service workers on, as in a real browser: the site's worker
		// would answer from its cache; served, it takes itself away
		const { context: sw } = await t.newContext({ serviceWorkers: 'allow' });
		try {
			const p2 = await sw.newPage();
			await p2.goto(url);
			await p2.waitForTimeout(1500);
			const regs = await p2.evaluate(async () =>
				(await navigator.serviceWorker.getRegistrations()).length);
			await t.check(`serve: no service worker stays registered (${regs})`, regs === 0);
			await p2.goto(url);
			fs.writeFileSync(file, lesson('Met een service worker erbij.\n'));
			let fresh = true;
			await p2.waitForFunction(() => document.body.innerText.includes('Met een service worker erbij'),
				null, { timeout: 10000, polling: 50 }).catch(() => { fresh = false; });
			await t.check('serve: with service workers on, an edit still shows by itself', fresh);
		} finally {
			await sw.close().catch(() => {});
		}
	} finally {
		await ctx.close().catch(() => {});
		if (server) {
			server.p.kill('SIGINT');
			await new Promise((r) => server.p.once('exit', r));
		}
		fs.rmSync(dir, { recursive: true, force: true });
	}
};
