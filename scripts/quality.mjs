#!/usr/bin/env node
// Quality on both benchmarks, scored by their own scripts, and the gate CI holds it to.
//
// Sets     scrapinghub (181 article pages, tuned on) and WCXB dev (1,358 pages of seven types from
//          1,181 sites, the broad yardstick), each as html, innerText dumps (text) and lynx dumps
//          (text-dump). Predictions come from scripts/predictions.mjs (in-process, two processes).
// Scores   scrapinghub: score.mjs (F1 of 4-shingles); WCXB: score-wcxb.mjs (word F1 per page,
//          averaged; per page type; empty outputs; title, author and date right). trafilatura
//          2.2, run here from source on the same WCXB pages, is the reference line.
// Template cleanportaleval (70 pages of 4 sites, each flavour): F1 one page at a time, each site's
//          pages in one run of the command line, and all 70 in ONE run with no addresses, and the
//          gains of the two batch runs over single pages (scripts/template-gain.mjs).
// Gate     --gate compares every figure named in bench/quality-floors.json with its floor, less a
//          noise margin of 0.002, prints one line a check and the count `N passed, N failed` last
//          (exit 1 when one fails). Raise the floors as the figures rise.
//
// usage: node scripts/quality.mjs [--sets html|all|NAME,NAME] [--per-doc N] [--gate] [--json]   (after npm run build)
//   --sets     html (default: both sets' HTML), all (the six sets and cleanportaleval's three), or set names (wcxb-text, cleanportaleval-html, …)
//   --per-doc  list the N worst WCXB pages of each set (for work on them)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { templateGain, templateTable } from './template-gain.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BENCH = join(ROOT, '../shared/bench');
const FLOORS = join(ROOT, 'bench/quality-floors.json');
const NOISE = 0.002;
const TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'];
/** trafilatura 2.2 run here from source on WCXB dev HTML (extract(html, url=url, include_comments=False)). */
const REFERENCE = { name: 'trafilatura 2.2 (WCXB html)', f1: 0.817, article: 0.932, empty: 5 };

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const gate = args.includes('--gate');
const asJson = args.includes('--json');
const perDoc = Number(option('--per-doc', 0));
const chosen = option('--sets', 'html');
const ALL = ['scrapinghub-html', 'scrapinghub-text', 'scrapinghub-text-dump', 'wcxb-html', 'wcxb-text', 'wcxb-text-dump'];
const TEMPLATE_SETS = ['cleanportaleval-html', 'cleanportaleval-text', 'cleanportaleval-text-dump'];
const wanted = chosen === 'all' ? [...ALL, ...TEMPLATE_SETS] : chosen === 'html' ? ['scrapinghub-html', 'wcxb-html'] : chosen.split(',');
const sets = wanted.filter((name) => !TEMPLATE_SETS.includes(name));
const templateSets = wanted.filter((name) => TEMPLATE_SETS.includes(name));

const node = (script, scriptArgs) => execFileSync(process.execPath, [script, ...scriptArgs], { encoding: 'utf8', maxBuffer: 64 << 20 });

function scoreSet(name, dir) {
  const predictions = join(dir, `${name}.jsonl`);
  if (name.startsWith('scrapinghub')) {
    const truth = join(BENCH, 'scrapinghub/ground-truth.json');
    const figures = Object.values(JSON.parse(node(join(BENCH, 'score.mjs'), ['--json', truth, predictions])))[0];
    const empty = readFileSync(predictions, 'utf8').split('\n').filter((line) => line && JSON.parse(line).text === '').length;
    return { name, f1: figures.f1, precision: figures.precision, recall: figures.recall, empty };
  }
  const truth = join(BENCH, 'wcxb/ground-truth.json');
  const scored = Object.values(JSON.parse(node(join(BENCH, 'score-wcxb.mjs'), [truth, predictions, '--per-type', '--metadata', '--json'])))[0];
  const { all, types } = scored;
  const share = (m) => (m.of ? m.right / m.of : 0);
  const row = { name, f1: all.f1, precision: all.precision, recall: all.recall, empty: all.empty, title: share(all.title), author: share(all.author), date: share(all.date) };
  for (const type of TYPES) row[type] = types[type].f1;
  if (perDoc > 0) row.worst = node(join(BENCH, 'score-wcxb.mjs'), [truth, predictions, '--per-doc', String(perDoc)]);
  return row;
}

function report(rows) {
  const f = (x) => (x === undefined ? '' : Number.isInteger(x) ? String(x) : x.toFixed(3));
  const columns = ['f1', 'precision', 'recall', 'empty', ...TYPES, 'title', 'author', 'date'];
  const lines = [`${''.padEnd(28)}${columns.map((c) => c.slice(0, 8).padStart(9)).join('')}`];
  for (const row of rows) lines.push(`${row.name.padEnd(28)}${columns.map((c) => f(row[c]).padStart(9)).join('')}`);
  lines.push(`${REFERENCE.name.padEnd(28)}${columns.map((c) => f(REFERENCE[c]).padStart(9)).join('')}`);
  lines.push('scrapinghub: F1 of 4-shingles (score.mjs); WCXB: word F1 per page, averaged (score-wcxb.mjs); empty: pages extracted empty whose ground truth has text');
  for (const row of rows) if (row.worst) lines.push('', `${row.name}, worst pages:`, row.worst.trimEnd());
  return lines.join('\n');
}

/** The template gains: F1 of title + text, single pages against each site's pages and all pages in one run. */
function reportTemplate(rows) {
  const lines = ['', ...templateTable(rows)];
  lines.push('cleanportaleval: F1 of 4-shingles on title + text (score.mjs); by site: each site\'s pages in one run; mixed: all 70 pages in one run, no addresses');
  return lines.join('\n');
}

/** Every floor of the pinned file against the run's figure: one line each, and the counts. */
function checkFloors(rows) {
  const floors = JSON.parse(readFileSync(FLOORS, 'utf8'));
  let passed = 0;
  let failed = 0;
  for (const [name, figures] of Object.entries(floors.sets)) {
    const row = rows.find((r) => r.name === name);
    if (!row) continue;
    for (const [figure, floor] of Object.entries(figures)) {
      const value = row[figure];
      // `empty` counts pages, and falls as quality rises: its floor is a ceiling
      const ok = figure === 'empty' ? value <= floor : value >= floor - NOISE;
      if (ok) passed++;
      else failed++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} ${figure}: ${f3(value)} (floor ${f3(floor)}${figure === 'empty' ? ', at most' : `, less ${NOISE}`})`);
    }
  }
  return { passed, failed };
}
const f3 = (x) => (Number.isInteger(x) ? String(x) : x.toFixed(3));

if (['wcxb', 'scrapinghub', 'multisite/cleanportaleval'].some((set) => !existsSync(join(BENCH, set, 'ground-truth.json')))) {
  console.error(`quality: the benchmarks are not at ${BENCH} (the shared folder beside the project)`);
  if (gate) console.log('0 passed, 1 failed');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'declutter-quality-'));
try {
  if (sets.length) node(join(ROOT, 'scripts/predictions.mjs'), ['write', dir, '--sets', sets.join(',')]);
  const rows = sets.map((name) => scoreSet(name, dir));
  const gains = [];
  for (const name of templateSets) gains.push(await templateGain(name.replace('cleanportaleval-', ''), dir));
  rows.push(...gains);
  if (asJson) console.log(JSON.stringify(rows, null, 2));
  else console.log([sets.length ? report(rows.filter((r) => !gains.includes(r))) : '', gains.length ? reportTemplate(gains) : ''].filter(Boolean).join('\n'));
  if (gate) {
    const { passed, failed } = checkFloors(rows);
    console.log(`${passed} passed, ${failed} failed`);
    if (failed > 0) process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
