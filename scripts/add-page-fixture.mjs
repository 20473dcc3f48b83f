#!/usr/bin/env node
// Adds one WCXB page to fixtures/pages/: copies its input and writes expected.md from the
// current output, for review (see fixtures/pages/README.md). Nothing is accepted blindly: the
// script prints the page's word F1 against the ground truth and how the metadata compares, and
// the expected file must then be read before it is committed.
//
// usage: npm run build && node scripts/add-page-fixture.mjs ID FLAVOUR NAME [--force]
//   ID       a WCXB page id, e.g. 0014
//   FLAVOUR  html (html/ID.html.gz → input.html.gz), text (innerText dump, text/ID.txt → input.txt)
//            or text-dump (lynx dump, text-dump/ID.txt → input.txt)
//   NAME     the folder name under fixtures/pages/, e.g. article-en-online-tips
//   --force  replace an existing folder's files
// The benchmark is read from ../shared/bench/wcxb beside the project, or from $WCXB_DIR.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../dist/index.js';

const ROOT = new URL('..', import.meta.url).pathname;
const WCXB = process.env.WCXB_DIR ?? join(ROOT, '../shared/bench/wcxb');
const FLAVOURS = { html: ['html', '.html.gz', 'input.html.gz'], text: ['text', '.txt', 'input.txt'], 'text-dump': ['text-dump', '.txt', 'input.txt'] };
const METADATA = ['title', 'byline', 'date', 'site', 'lang', 'url'];
const MAX_INPUT_BYTES = 300_000;

const args = process.argv.slice(2);
const force = args.includes('--force');
const [id, flavour, name] = args.filter((a) => a !== '--force');
if (!id || !FLAVOURS[flavour] || !name || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
  console.error('usage: node scripts/add-page-fixture.mjs ID html|text|text-dump NAME [--force]   (NAME: lower-case letters, digits, dashes)');
  process.exit(2);
}
const truth = JSON.parse(readFileSync(join(WCXB, 'ground-truth.json'), 'utf8'))[id];
if (!truth) {
  console.error(`no page ${id} in ${WCXB}/ground-truth.json`);
  process.exit(2);
}
const [folder, ext, inputName] = FLAVOURS[flavour];
const from = join(WCXB, folder, `${id}${ext}`);
const bytes = readFileSync(from);
if (bytes.length > MAX_INPUT_BYTES) console.warn(`warning: the input is ${bytes.length} bytes; keep fixtures under ${MAX_INPUT_BYTES}`);

const dir = join(ROOT, 'fixtures/pages', name);
if (existsSync(join(dir, 'expected.md')) && !force) {
  console.error(`${dir} exists (--force to replace it)`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
copyFileSync(from, join(dir, inputName));

const result = extract(bytes, { source: inputName });
const f1 = wordF1(result.text, truth.articleBody);
const preamble = {
  ...Object.fromEntries(METADATA.map((k) => [k, result[k]])),
  wcxb: { id, flavour, pageType: truth.pageType, url: truth.url, wordF1: Math.round(f1 * 1000) / 1000 },
};
writeFileSync(join(dir, 'expected.md'), `\`\`\`json\n${JSON.stringify(preamble, null, 2)}\n\`\`\`\n\n${result.markdown}`);

const fold = (s) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const day = (s) => String(s ?? '').match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
const compare = (what, got, want, same) => console.log(`  ${what.padEnd(6)} ${want ? (same ? 'agrees' : 'DIFFERS') : 'no ground truth'}: ${JSON.stringify(got)}${want ? ` (ground truth ${JSON.stringify(want)})` : ''}`);
console.log(`${dir}: ${truth.pageType}, ${flavour}, word F1 ${f1.toFixed(3)}${f1 < (truth.pageType === 'article' ? 0.9 : 0.8) ? ' (below the bar: do not keep it)' : ''}`);
compare('title', result.title, truth.title, fold(result.title) === fold(truth.title));
compare('byline', result.byline, truth.author, Boolean(fold(result.byline) && (fold(truth.author).includes(fold(result.byline)) || fold(result.byline).includes(fold(truth.author)))));
compare('date', result.date, truth.date, day(result.date) === day(truth.date));
console.log('Now read expected.md: the story, and nothing a reader would call boilerplate.');

/** The WCXB metric (as ../shared/bench/score-wcxb.mjs): word F1 over lower-cased \w+ words counted as a multiset. */
function wordF1(pred, ref) {
  const words = (s) => (s ? s.toLowerCase().match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [] : []);
  const p = words(pred);
  const r = words(ref);
  if (!r.length) return p.length ? 0 : 1;
  if (!p.length) return 0;
  const left = new Map();
  for (const w of r) left.set(w, (left.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of p) {
    const n = left.get(w);
    if (n) {
      overlap++;
      left.set(w, n - 1);
    }
  }
  const precision = overlap / p.length;
  const recall = overlap / r.length;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}
