'use strict';
// Shared by the browser tests: a static file server on 127.0.0.1, the
// browser, a guard that blocks and records requests to any other host,
// screenshots, and the "ok - NAME" / "FAIL - NAME" reporting.

const fs = require('fs');
const http = require('http');
const path = require('path');
const zlib = require('zlib');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.pdf': 'application/pdf',
	'.webmanifest': 'application/manifest+json',
	'.zip': 'application/zip',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.woff2': 'font/woff2',
};

// What a static host should send (README.md, "Putting the site on a
// server"): pages, the service worker and the course outline revalidated
// on every visit, the rest kept for an hour; text compressed.
function hostCache(file) {
	const name = path.basename(file);
	if (/\.(html|webmanifest)$/.test(name) || name === 'sw.js')
		return 'no-cache';
	return 'max-age=3600';
}
const COMPRESSED = /^(text\/|application\/(json|manifest\+json|xml))|^image\/svg/;

// Serves the folder root on 127.0.0.1 at a free port. Resolves to
// { baseURL, port, close(), requests }; baseURL ends with "/".
// requests lists every request as { method, url, status }.
// options.host: answer as a configured static host would (hostCache,
// gzip when asked for); else nothing is cached and nothing compressed.
function serve(root, options) {
	root = path.resolve(root);
	const host = options && options.host;
	const requests = [];
	const server = http.createServer((req, res) => {
		let status = 200;
		const done = (code, type, body, file) => {
			status = code;
			requests.push({ method: req.method, url: req.url, status });
			const head = { 'Content-Type': type, 'Cache-Control': 'no-store' };
			if (host && code === 200) {
				head['Cache-Control'] = hostCache(file);
				head.Vary = 'Accept-Encoding';
				if (COMPRESSED.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
					head['Content-Encoding'] = 'gzip';
					body = zlib.gzipSync(body, { level: 6 });
				}
			}
			res.writeHead(code, head);
			res.end(req.method === 'HEAD' ? undefined : body);
		};
		if (req.method !== 'GET' && req.method !== 'HEAD')
			return done(405, 'text/plain; charset=utf-8', 'method not allowed\n');
		let rel;
		try {
			rel = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
		} catch (e) {
			return done(400, 'text/plain; charset=utf-8', 'bad request\n');
		}
		let file = path.join(root, path.normalize(rel));
		if (file !== root && !file.startsWith(root + path.sep))
			return done(403, 'text/plain; charset=utf-8', 'forbidden\n');
		fs.stat(file, (err, st) => {
			if (!err && st.isDirectory()) {
				file = path.join(file, 'index.html');
				try {
					st = fs.statSync(file);
				} catch (e) {
					err = e;
				}
			}
			if (err || !st.isFile())
				return done(404, 'text/plain; charset=utf-8', 'not found\n');
			fs.readFile(file, (rerr, body) => {
				if (rerr) return done(500, 'text/plain; charset=utf-8', 'read error\n');
				const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
				done(200, type, body, file);
			});
		});
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const port = server.address().port;
			resolve({
				baseURL: `http://127.0.0.1:${port}/`,
				port,
				requests,
				close: () => new Promise((r) => {
					server.closeAllConnections && server.closeAllConnections();
					server.close(() => r());
				}),
			});
		});
	});
}

// The browser: Debian's Chromium driven by playwright-core.
async function launch() {
	const { chromium } = require('playwright-core');
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

// Blocks every request to a host other than 127.0.0.1 in a browser
// context and records it; also records local responses with status >= 400.
// guard.label names the page being loaded, for the records.
// Service workers are blocked by newContext below so that every request
// passes the route.
async function guard(context) {
	const g = { label: '', external: [], broken: [] };
	const local = (u) => {
		if (/^(data|blob|about|chrome-error):/.test(u)) return true;
		try {
			const url = new URL(u);
			return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '127.0.0.1';
		} catch (e) {
			return false;
		}
	};
	const seen = new Set();
	const record = (u) => {
		const key = g.label + ' ' + u;
		if (seen.has(key)) return;
		seen.add(key);
		g.external.push({ page: g.label, url: u });
	};
	await context.route('**/*', (route) => {
		const u = route.request().url();
		if (local(u)) return route.continue();
		record(u);
		return route.abort('blockedbyclient');
	});
	// Requests that bypass routing (if any) are still recorded here.
	context.on('request', (req) => {
		if (!local(req.url())) record(req.url());
	});
	context.on('response', (res) => {
		if (!local(res.url()) || res.status() < 400) return;
		const key = g.label + ' ' + res.url();
		if (seen.has(key)) return;
		seen.add(key);
		let u = res.url();
		try {
			u = new URL(u).pathname;
		} catch (e) { /* keep the whole address */ }
		g.broken.push({ page: g.label, url: u, status: res.status() });
	});
	return g;
}

// A browser context with the guard attached: resolves to { context, guard }.
async function newContext(browser, options) {
	const context = await browser.newContext(Object.assign({
		viewport: { width: 1280, height: 900 },
		locale: 'nl-NL',
		serviceWorkers: 'block',
	}, options || {}));
	const g = await guard(context);
	return { context, guard: g };
}

// Saves PNGs of the page at 390x844 and 1280x900 into $SHOTS, named
// NAME-390.png and NAME-1280.png; does nothing when SHOTS is unset.
// Restores the page's viewport afterwards. Returns the files written.
async function screenshot(page, name) {
	const dir = process.env.SHOTS;
	if (!dir) return [];
	fs.mkdirSync(dir, { recursive: true });
	const before = page.viewportSize();
	const safe = name.replace(/\.html$/, '').replace(/[^A-Za-z0-9._-]+/g, '_');
	const files = [];
	for (const [w, h] of [[390, 844], [1280, 900]]) {
		await page.setViewportSize({ width: w, height: h });
		const file = path.join(dir, `${safe}-${w}.png`);
		await page.screenshot({ path: file, fullPage: true });
		files.push(file);
	}
	if (before) await page.setViewportSize(before);
	return files;
}

// Every .html file under dir, as paths relative to dir with "/", sorted.
function htmlFiles(dir) {
	const out = [];
	const walk = (d, rel) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			if (e.name.startsWith('.') || e.name === 'node_modules') continue;
			const r = rel ? rel + '/' + e.name : e.name;
			if (e.isDirectory()) walk(path.join(d, e.name), r);
			else if (e.isFile() && e.name.endsWith('.html')) out.push(r);
		}
	};
	walk(dir, '');
	return out.sort();
}

// The WCAG 2.2 A and AA rules of axe-core.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe-core's violations on the page, as "id: help (first targets)" lines.
async function axeViolations(page) {
	await page.addScriptTag({ path: require.resolve('axe-core') });
	return page.evaluate(async (tags) => {
		/* global axe */
		const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
	}, AXE_TAGS);
}

// Reporting. Each check prints "ok - NAME" or "FAIL - NAME" followed by
// its details indented by four spaces; summary() prints
// "N passed, M failed".
const MAX_DETAIL_LINES = 200;

class Reporter {
	constructor(out) {
		this.passed = 0;
		this.failed = 0;
		this.out = out || ((s) => process.stdout.write(s + '\n'));
	}

	ok(name) {
		this.passed++;
		this.out(`ok - ${name}`);
	}

	fail(name, details) {
		this.failed++;
		this.out(`FAIL - ${name}`);
		let lines = [];
		if (Array.isArray(details)) lines = details.map(String);
		else if (details !== undefined && details !== null && details !== '') lines = [String(details)];
		lines = lines.flatMap((l) => l.split('\n'));
		if (lines.length > MAX_DETAIL_LINES) {
			const more = lines.length - MAX_DETAIL_LINES;
			lines = lines.slice(0, MAX_DETAIL_LINES).concat(`... and ${more} more`);
		}
		for (const l of lines) this.out('    ' + l);
	}

	// check(NAME, PROBLEMS): passes when PROBLEMS (an array of strings)
	// is empty; a boolean passes when true.
	// check(NAME, FN): runs FN (sync or async), which returns such a value;
	// a throw fails the check with the error.
	async check(name, what) {
		let problems;
		try {
			problems = typeof what === 'function' ? await what() : what;
		} catch (e) {
			this.fail(name, (e && e.stack) || String(e));
			return false;
		}
		const good = problems === true || problems === undefined ||
			(Array.isArray(problems) && problems.length === 0);
		if (good) this.ok(name);
		else this.fail(name, problems === false ? undefined : problems);
		return good;
	}

	summary() {
		this.out(`${this.passed} passed, ${this.failed} failed`);
		return this.failed === 0;
	}
}

module.exports = {
	CHROMIUM,
	CHROMIUM_ARGS,
	TYPES,
	serve,
	launch,
	guard,
	newContext,
	screenshot,
	htmlFiles,
	AXE_TAGS,
	axeViolations,
	Reporter,
};
