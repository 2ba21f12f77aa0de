'use strict';
// Page weight: each page type requests only the scripts it uses (and no
// script it does not), after it has loaded and settled; the search scripts
// come to other pages only once the header's box is used.

const fs = require('fs');
const path = require('path');

// The scripts (file names under assets/js/) each page type needs.
const BASE = ['store.js', 'searchbox.js', 'offline.js', 'menu.js', 'theme.js'];
const NEEDS = {
	home: ['progress.js'],
	module: ['scorm.js', 'progress.js', 'keys.js'],
	lesson: ['scorm.js', 'progress.js', 'quiz.js', 'notes.js', 'glossary.js', 'keys.js'],
	'plain lesson': ['scorm.js', 'progress.js', 'keys.js'],
	search: ['stem-nl.js', 'search.js'],
	notes: ['notes.js'],
	materials: [],
	competencies: [],
	pocket: [],
	page: [],
};

function pages(siteDir, files) {
	const kind = (f) => (fs.readFileSync(path.join(siteDir, f), 'utf8').match(/ data-kind="([a-z]+)"/) || [])[1];
	const first = (k, pred) => files.find((f) => kind(f) === k && (!pred || pred(f)));
	const quiz = (f) => /class="quiz\b/.test(fs.readFileSync(path.join(siteDir, f), 'utf8'));
	const reflection = (f) => /class="reflectie\b/.test(fs.readFileSync(path.join(siteDir, f), 'utf8'));
	const terms = (f) => /class="begrip"/.test(fs.readFileSync(path.join(siteDir, f), 'utf8'));
	return [
		['home', 'index.html'],
		['module', first('module')],
		['lesson', first('lesson', (f) => quiz(f) && reflection(f) && terms(f))],
		['plain lesson', first('lesson', (f) => !quiz(f) && !reflection(f))],
		['search', 'zoeken.html'],
		['notes', 'notities.html'],
		['materials', 'materialen.html'],
		['competencies', 'competenties.html'],
		['pocket', 'zakkaart.html'],
		['page', first('page')],
	].filter(([, f]) => f);
}

module.exports = async function (t) {
	const { context } = await t.newContext();
	const page = await context.newPage();
	let scripts = [];
	page.on('request', (r) => {
		const m = r.url().match(/\/assets\/js\/([a-z-]+\.js)/);
		if (m) scripts.push(m[1]);
	});
	try {
		for (const [kind, file] of pages(t.siteDir, t.htmlFiles())) {
			scripts = [];
			await page.goto(t.url(file), { waitUntil: 'networkidle' });
			const want = BASE.concat(NEEDS[kind]).sort();
			const got = [...new Set(scripts)].sort();
			await t.check(`${kind} page (${file}) requests only its scripts: ${want.join(' ')}`,
				got.join(' ') === want.join(' ') ? [] : [`requested: ${got.join(' ')}`]);
		}
		// the header's box brings the search scripts when it is used
		scripts = [];
		await page.goto(t.url('materialen.html'), { waitUntil: 'networkidle' });
		await page.fill('#zoek-q', 'samen');
		await page.waitForSelector('.search-suggest [role="option"]', { timeout: 5000 }).catch(() => {});
		const got = [...new Set(scripts)];
		await t.check('the header\'s search box loads search.js and stem-nl.js when used',
			got.includes('search.js') && got.includes('stem-nl.js') ? [] : [`requested: ${got.join(' ')}`]);
	} finally {
		await context.close();
	}
};
