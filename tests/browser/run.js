'use strict';
// Runs the browser tests against a built site served on 127.0.0.1.
//   node tests/browser/run.js [SITE]
// SITE is a folder that `coachkit build` wrote; without it the site is
// built into a temporary folder with ./coachkit from the project root
// (or $COACHKIT). Every tests/browser/*.spec.js runs in name order; each
// exports an async function that receives the context described below
// (SPEC=NAME runs only the specs whose file name holds NAME).
// The last line printed is "N passed, M failed"; the exit status is 1
// when a check failed.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const lib = require('./lib');

const ROOT = path.resolve(__dirname, '..', '..');
const TIME_LIMIT_MS = 240 * 1000;

async function main() {
	const report = new lib.Reporter();
	let tmp = null;
	let server = null;
	let browser = null;

	const finish = async () => {
		if (browser) await browser.close().catch(() => {});
		if (server) await server.close().catch(() => {});
		if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
		return report.summary();
	};

	// A whole run takes one and a half minutes, two large generated sites
	// included; past the limit (a hang) it stops.
	const watchdog = setTimeout(() => {
		report.fail(`the browser tests finish within ${TIME_LIMIT_MS / 1000} s`);
		report.summary();
		if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
		process.exit(1);
	}, TIME_LIMIT_MS);

	let siteDir;
	if (process.argv[2]) {
		siteDir = path.resolve(process.argv[2]);
		if (!fs.existsSync(path.join(siteDir, 'index.html'))) {
			report.fail(`the site folder ${siteDir} has an index.html`);
			clearTimeout(watchdog);
			return finish();
		}
	} else {
		tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coachkit-browser-'));
		siteDir = path.join(tmp, 'site');
		fs.mkdirSync(siteDir);
		const ck = process.env.COACHKIT || path.join(ROOT, 'coachkit');
		const r = spawnSync(ck, ['build', '.', '-o', siteDir, '-q'], { cwd: ROOT, encoding: 'utf8' });
		if (r.status !== 0) {
			report.fail('the site builds', [`${ck} build . -o ${siteDir} -q: exit ${r.status}`,
				(r.error && String(r.error)) || '', r.stderr || ''].filter(Boolean));
			clearTimeout(watchdog);
			return finish();
		}
	}

	try {
		server = await lib.serve(siteDir);
		browser = await lib.launch();
	} catch (e) {
		report.fail('the site is served and the browser starts', (e && e.stack) || String(e));
		clearTimeout(watchdog);
		return finish();
	}

	// What every spec receives.
	const ctx = {
		browser,
		baseURL: server.baseURL,
		siteDir,
		root: ROOT,
		server,
		lib,
		report,
		check: report.check.bind(report),
		ok: report.ok.bind(report),
		fail: report.fail.bind(report),
		url: (rel) => server.baseURL + rel.split('/').map(encodeURIComponent).join('/'),
		htmlFiles: () => lib.htmlFiles(siteDir),
		newContext: (options) => lib.newContext(browser, options),
		screenshot: lib.screenshot,
	};

	// SPEC=serve runs only the specs whose name holds it
	const specs = fs.readdirSync(__dirname).filter((f) => f.endsWith('.spec.js') &&
		(!process.env.SPEC || f.includes(process.env.SPEC))).sort();
	for (const spec of specs) {
		const started = Date.now();
		try {
			const fn = require(path.join(__dirname, spec));
			if (typeof fn !== 'function') throw new Error(`${spec} does not export a function`);
			await fn(ctx);
		} catch (e) {
			report.fail(`${spec} runs to the end`, (e && e.stack) || String(e));
		}
		if (process.env.VERBOSE) console.log(`# ${spec}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
	clearTimeout(watchdog);
	return finish();
}

main().then((good) => process.exit(good ? 0 : 1), (e) => {
	console.log(`FAIL - the browser test runner: ${(e && e.stack) || e}`);
	console.log('0 passed, 1 failed');
	process.exit(1);
});
