#!/usr/bin/env node
// What learning a site's template across its pages is worth: cleanportaleval (70 pages of 4 sites,
// as HTML, innerText dumps and lynx dumps), each flavour extracted three ways.
//
// single   each page alone (`declutter PAGE`): no template to learn
// site     each site's pages in one run of the command line (`declutter -f json SITE_PAGES...`)
// mixed    all 70 pages in ONE run, with no addresses (dumps carry none): the sites must be
//          told apart by the template lines their pages share
//
// Scores   score.mjs (F1 of 4-shingles) on `title + "\n\n" + text`, since this set's ground truth
//          starts with the headline; two bbc index pages have no ground truth and are not scored.
//          The gains are site − single and mixed − single.
//
// usage: node scripts/template-gain.mjs [--json] [--flavours html,text,text-dump]   (after npm run build)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const SET = join(ROOT, '../shared/bench/multisite/cleanportaleval');
const SCORE = join(ROOT, '../shared/bench/score.mjs');
const BIN = join(ROOT, 'bin/declutter.js');
export const FLAVOURS = ['html', 'text', 'text-dump'];

const idOf = (file) => file.replace(/\..*$/, '');

/** The title and text of one result, as this set's ground truth writes an article. */
const scored = (result) => ({ id: idOf(result.source.split('/').pop()), text: [result.title, result.text].filter(Boolean).join('\n\n') });

/** The command line over these files in one run: one JSON result a file, in order. */
function cli(paths) {
  const out = execFileSync(process.execPath, [BIN, '-f', 'json', '-q', ...paths], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return out.trim().split('\n').map((line) => JSON.parse(line)).filter((r) => !r.error);
}

function score(dir, name, rows) {
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const figures = JSON.parse(execFileSync(process.execPath, [SCORE, '--json', join(SET, 'ground-truth.json'), file], { encoding: 'utf8' }));
  return Object.values(figures)[0].f1;
}

/** F1 of one flavour run the three ways, and the gains. */
export async function templateGain(flavour, dir) {
  const { extract } = await import(join(ROOT, 'dist/index.js'));
  const folder = join(SET, flavour);
  const sites = JSON.parse(readFileSync(join(SET, 'sites.json'), 'utf8'));
  const files = readdirSync(folder).sort();
  const paths = files.map((f) => join(folder, f));
  const single = files.map((f, i) => scored(extract(readFileSync(paths[i]), { source: f })));
  const bySite = new Map();
  for (const [i, f] of files.entries()) {
    const site = sites[idOf(f)];
    bySite.set(site, [...(bySite.get(site) ?? []), paths[i]]);
  }
  const site = [...bySite.values()].flatMap((group) => cli(group).map(scored));
  const mixed = cli(paths).map(scored);
  const row = { name: `cleanportaleval-${flavour}` };
  row.single = score(dir, `${flavour}-single`, single);
  row.site = score(dir, `${flavour}-site`, site);
  row.mixed = score(dir, `${flavour}-mixed`, mixed);
  row.siteGain = row.site - row.single;
  row.mixedGain = row.mixed - row.single;
  return row;
}

/** The gains as a table: a header line, then a line a flavour. */
export function templateTable(rows) {
  const gain = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;
  const columns = ['single', 'site', 'mixed', 'siteGain', 'mixedGain'];
  return [
    `${''.padEnd(28)}${['single', 'by site', 'mixed', 'site gain', 'mixed gain'].map((c) => c.padStart(11)).join('')}`,
    ...rows.map((row) => `${row.name.padEnd(28)}${columns.map((c) => (c.endsWith('Gain') ? gain(row[c]) : row[c].toFixed(3)).padStart(11)).join('')}`),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--flavours');
  const flavours = at >= 0 ? args[at + 1].split(',') : FLAVOURS;
  const dir = mkdtempSync(join(tmpdir(), 'declutter-template-gain-'));
  try {
    const rows = [];
    for (const flavour of flavours) rows.push(await templateGain(flavour, dir));
    if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
    else console.log(templateTable(rows).join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
