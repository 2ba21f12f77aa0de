// Checks that assets/js/stem-nl.js stems exactly like the generator's
// libstemmer (Dutch, UTF-8), using tests/tools/stemdump as the reference.
//
//   node tests/browser/stem.test.js build/tests/tools/stemdump
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const stem = require(path.join(root, 'assets', 'js', 'stem-nl.js'));

const stemdump = process.argv[2];
if (!stemdump) {
  console.error('usage: node tests/browser/stem.test.js STEMDUMP');
  process.exit(2);
}

let passed = 0;
let failed = 0;
function check(ok, description, details) {
  if (ok) {
    passed++;
    console.log(`ok - ${description}`);
  } else {
    failed++;
    console.log(`FAIL - ${description}`);
    for (const line of details || []) console.log(`    ${line}`);
  }
}

const tokenise = (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

// Every word of every *.md and *.yaml file under content/.
function contentWords() {
  const words = new Set();
  (function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|yaml)$/.test(e.name)) {
        for (const w of tokenise(fs.readFileSync(p, 'utf8'))) words.add(w);
      }
    }
  })(path.join(root, 'content'));
  return [...words];
}

// Words that exercise each rule of the algorithm.
const TRICKY = [
  // -heden, -heid, -en, -ene, -e, -s, -se
  'mogelijkheden', 'gelegenheden', 'heden', 'vrijheid', 'gezondheid',
  'waarheid', 'schoonheid', 'zekerheden', 'lichtheid', 'lopen', 'gegeven',
  'genen', 'gemene', 'geheimen', 'lemen', 'zeggen', 'ene', 'open', 'eigene',
  'kleine', 'grote', 'mooie', 'hoe', 'de', 'e', 'en', 's', 'se',
  'huis', 'huizen', 'auto', 'autos', 'cursus', 'cursussen', 'vis', 'fysis',
  'kijks', 'prijs', 'rijs', 'reis', 'weinigs', 'ziekenhuis', 'analyse',
  'ellipse', 'basisse',
  // doubled consonants and vowels
  'loopt', 'gekke', 'bedden', 'zetten', 'bakken', 'kookt', 'maan', 'manen',
  'boom', 'bomen', 'vuur', 'muur', 'meer', 'meren', 'straat', 'straten',
  'aan', 'eeuw', 'zoon', 'haar', 'taal', 'iedere',
  // derivational suffixes
  'lezend', 'lezing', 'koning', 'vereniging', 'leidinggevende', 'lastig',
  'ijverig', 'heerlijk', 'vriendelijke', 'eerlijkheid', 'dankbaar',
  'eetbare', 'vruchtbaarheid', 'haalbaar', 'uitvoerbaar', 'ondernemend',
  'wandelingen', 'heiligheid', 'geestelijk', 'begeleiding', 'richtlijnen',
  'feestelijkheden', 'tegenwoordigheid', 'redelijkheid', 'tekenend',
  // diacritics
  'patiënt', 'patiënten', 'patiëntje', 'ideeën', 'knieën', 'coëfficiënt',
  'reünie', 'naïef', 'naïeve', 'egoïsme', 'café', 'cafés', 'één', 'ééntje',
  'crème', 'scène', 'scènes', 'première', 'à', 'übung', 'coöperatie',
  'zoöloog', 'financiële', 'officiële', 'geëvalueerd', 'geïnteresseerd',
  'geüpdatet', 'hé', 'èèn', 'ë', 'äpfel', 'óók', 'ç', 'façade', 'señor',
  // y and i between vowels
  'ijver', 'ijzer', 'bayes', 'kooien', 'kraaien', 'haaien', 'yoghurt',
  'yes', 'baby', 'babys', 'hyperventilatie', 'royaal', 'mayonaise', 'yy',
  'ayo', 'aiia', 'ooievaar', 'groeien', 'bloeien', 'fysiotherapie',
  // words from the brief and other domain words
  'huisarts', 'huisartsen', 'zorgverleners', 'zorgverlener', 'vierbollenmodel',
  'verpleegkundigen', 'verpleegkundige', 'medicatie', 'behandelingen',
  'gemeenten', 'gemeente', 'geneeskundige', 'gezondheidszorg',
  // digits
  '2024', '1e', '2de', '3en', '10s', 'covid19', 'h2o', 'a4tjes', '12jarigen',
  '0', '1', '42', 'x1', 'mp3s',
  // very short words and odd shapes
  'a', 'ab', 'aan', 'bij', 'ook', 'ij', 'ja', 'nee', 'zij', 'wij', 'die',
  'abacus', 'abeelden', 'idee', 'eend', 'ding', 'enig', 'eig', 'ig', 'bar',
  'lijk', 'baar', 'heid', 'end', 'ing', 'rhythm', 'strengths'
];

// Deterministic pseudo-random Dutch-looking words, for rule combinations
// that real text may not contain.
function syntheticWords(count) {
  const parts = ['a', 'e', 'i', 'o', 'u', 'y', 'ij', 'aa', 'ee', 'oo', 'uu',
    'ë', 'é', 'ï', 'è', 'ü', 'ö', 'á', 'b', 'c', 'd', 'g', 'h', 'j', 'k', 'l',
    'm', 'n', 's', 't', 'v', 'z', 'kk', 'dd', 'tt', 'en', 'ene', 'se', 'heden',
    'heid', 'end', 'ing', 'ig', 'lijk', 'baar', 'bar', 'gem', '1'];
  let seed = 12345;
  const rnd = (n) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) % n;
  };
  const out = [];
  for (let i = 0; i < count; i++) {
    let w = '';
    const n = 1 + rnd(6);
    for (let j = 0; j < n; j++) w += parts[rnd(parts.length)];
    out.push(w);
  }
  return out;
}

// Reference stems from libstemmer, via stemdump.
function referenceStems(words) {
  const r = spawnSync(stemdump, [], { input: words.join('\n') + '\n', maxBuffer: 1 << 28 });
  if (r.error || r.status !== 0) {
    console.error(`cannot run ${stemdump}: ${r.error || r.stderr}`);
    process.exit(2);
  }
  const map = new Map();
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab >= 0) map.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return map;
}

function compare(words, description) {
  const ref = referenceStems(words);
  const bad = [];
  for (const w of words) {
    const want = ref.get(w);
    const got = stem(w);
    if (got !== want) bad.push(`${w}: libstemmer '${want}', stem-nl.js '${got}'`);
  }
  const details = bad.slice(0, 20);
  if (bad.length > 20) details.push(`... and ${bad.length - 20} more`);
  check(bad.length === 0, `${description} (${words.length} words, ${bad.length} mismatches)`, details);
}

const content = contentWords();
const vocabulary = [...new Set([...content, ...TRICKY])];
check(vocabulary.length > 2000, `vocabulary has more than 2000 words (${vocabulary.length})`);
compare(content, 'all words of content/ stem like libstemmer');
compare(TRICKY, 'tricky words stem like libstemmer');
compare([...new Set(syntheticWords(20000))], 'synthetic words stem like libstemmer');

check(stem('patiënten') === stem('patiënt'), "stem('patiënten') === stem('patiënt')");
check(stem('zorgverleners') === stem('zorgverlener'), "stem('zorgverleners') === stem('zorgverlener')");
check(stem('lopen') === 'lop', "stem('lopen') === 'lop'");
check(typeof globalThis.CK === 'object' && globalThis.CK.stem === stem, 'stem-nl.js sets CK.stem');

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
