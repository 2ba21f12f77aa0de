'use strict';
// Lighthouse 12.2.3 on every page type of the site coachkit builds, on a
// phone and on a desktop, with Debian's Chromium:
//   node tests/lighthouse/run.js [SITE]
// SITE is a folder `coachkit build` wrote; without it the bundled content
// is built into a temporary folder with ./coachkit (or $COACHKIT). The
// site is served as README.md's sample host configuration serves it
// (compressed, with its cache headers; tests/browser/lib.js).
// Prints each page's four scores and checks each against its minimum:
// 100 for accessibility, best practices and SEO; LH_PERF (default 100)
// for performance, the one score a busy machine can lower (a page that
// misses it is measured once more). LH_ONLY=mobile|desktop runs one form
// factor, LH_PAGES=home,lesson some page types. The last line is
// "N passed, M failed"; the exit status is 1 when a check failed.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const lib = require('../browser/lib');

const ROOT = path.resolve(__dirname, '..', '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// The page types: name and the URL of one page of that type in the site.
function pageTypes(site) {
	const first = (dir, pred) => {
		for (const f of lib.htmlFiles(dir)) {
			if (f.includes('/') && f.endsWith('.html') &&
			    pred(fs.readFileSync(path.join(dir, f), 'utf8'), f))
				return f;
		}
		return null;
	};
	const lesson = first(site, (html, f) => !f.endsWith('/index.html') &&
			     / data-kind="lesson"/.test(html) && /class="quiz\b/.test(html));
	const module = first(site, (html) => / data-kind="module"/.test(html));
	const competency = first(site, (html) => / data-kind="competency"/.test(html));
	const types = [
		['home', 'index.html'],
		['module', module],
		['lesson with quiz', lesson],
		['search with results', 'zoeken.html?q=samen+beslissen'],
		['notes', 'notities.html'],
		['materials', 'materialen.html'],
		['competencies', 'competenties.html'],
		['competency', competency],
		['pocket', 'zakkaart.html'],
	];
	return types.filter(([, url]) => url &&
		fs.existsSync(path.join(site, url.replace(/\?.*/, ''))));
}

async function audit(lighthouse, config, url, port) {
	const flags = { port, output: 'json', logLevel: 'error' };
	const r = await lighthouse(url, flags, config);
	const scores = {};
	for (const c of CATEGORIES) scores[c] = r.lhr.categories[c].score;
	// what cost points, for the report
	const lost = [];
	for (const c of CATEGORIES) {
		for (const ref of r.lhr.categories[c].auditRefs) {
			const a = r.lhr.audits[ref.id];
			if (ref.weight > 0 && a.score !== null && a.score < 1)
				lost.push(`${c}: ${a.id} (${a.score}) ${a.displayValue || ''}`.trim());
		}
	}
	const m = r.lhr.audits;
	const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time',
		'cumulative-layout-shift', 'speed-index'].map((id) => `${id.replace(/-.*/, '')}=${m[id].displayValue}`);
	return { scores, lost, metrics: metrics.join(' ') };
}

async function main() {
	const report = new lib.Reporter();
	let tmp = null;
	let site = process.argv[2] && path.resolve(process.argv[2]);
	if (!site) {
		tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coachkit-lh-'));
		site = path.join(tmp, 'site');
		const ck = process.env.COACHKIT || path.join(ROOT, 'coachkit');
		const r = spawnSync(ck, ['build', '.', '-o', site, '-q'], { cwd: ROOT, encoding: 'utf8' });
		if (r.status !== 0) {
			report.fail('the site builds', [r.stderr || String(r.error)]);
			return report.summary();
		}
	}
	const { default: lighthouse } = await import('lighthouse');
	const { default: desktop } = await import('lighthouse/core/config/desktop-config.js');
	const chromeLauncher = await import('chrome-launcher');
	const server = await lib.serve(site, { host: true });
	const chrome = await chromeLauncher.launch({
		chromePath: lib.CHROMIUM,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
	});
	const minPerf = Number(process.env.LH_PERF || 100) / 100;
	const forms = [['mobile', undefined], ['desktop', desktop]]
		.filter(([n]) => !process.env.LH_ONLY || process.env.LH_ONLY === n);
	const only = process.env.LH_PAGES ? process.env.LH_PAGES.split(',') : null;
	try {
		for (const [form, config] of forms) {
			for (const [name, url] of pageTypes(site)) {
				if (only && !only.some((o) => name.startsWith(o))) continue;
				let r = await audit(lighthouse, config, server.baseURL + url, chrome.port);
				if (r.scores.performance < minPerf)   // once more: a busy machine
					r = await audit(lighthouse, config, server.baseURL + url, chrome.port);
				const shown = CATEGORIES.map((c) => Math.round(r.scores[c] * 100)).join('/');
				const ok = CATEGORIES.every((c) => r.scores[c] >= (c === 'performance' ? minPerf : 1));
				const label = `Lighthouse ${form} ${name} (${url}): ${shown}`;
				if (ok) report.ok(label);
				else report.fail(label, r.lost);
				console.log(`    ${r.metrics}`);
			}
		}
	} finally {
		await chrome.kill();
		await server.close();
		if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
	}
	return report.summary();
}

main().then((ok) => process.exit(ok ? 0 : 1), (e) => {
	console.error(e && e.stack || e);
	console.log('0 passed, 1 failed');
	process.exit(1);
});
