#!/usr/bin/env node
// How often declutter's page type agrees with WCXB's labels, with the confusion matrix.
//
// Inputs   WCXB dev: html/<id>.html.gz (and, with --dumps, text/ and text-dump/), ground-truth.json's pageType and url.
// Runs     the whole extraction in-process, twice for HTML: from the page alone (its canonical or og:url
//          is all it knows of its address), and with the ground truth's url given as a record's would be.
// Output   per run: agreement, the matrix (rows = WCXB's label, columns = ours), per-type recall and precision.
//
// usage: node scripts/page-types.mjs [--dumps] [--alone] [--features OUT.json] [--list TYPE]   (after npm run build)
//   --dumps     also the innerText and lynx dumps, which quality.mjs scores from the page alone as well
//   --alone     only the runs from the page alone (as quality.mjs extracts), not those with the url known
//   --features  also writes each page's evidence to OUT.json, as `{alone, given}`
//   --list      prints the ids of the pages WCXB labels TYPE that we call otherwise, with our type and evidence
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const WCXB = new URL('../../shared/bench/wcxb/', import.meta.url).pathname;
const TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'];
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const { extractTrace } = await import('../dist/index.js');
const truth = JSON.parse(readFileSync(join(WCXB, 'ground-truth.json'), 'utf8'));
const ids = Object.keys(truth).sort();

function run(name, read, withUrl) {
  const matrix = Object.fromEntries(TYPES.map((t) => [t, Object.fromEntries(TYPES.map((u) => [u, 0]))]));
  const missed = [];
  const features = {};
  for (const id of ids) {
    const input = read(id);
    let type = 'article';
    try {
      const trace = extractTrace(input, { source: id, url: withUrl ? truth[id].url : undefined});
      type = trace.result.pageType;
      features[id] = { label: truth[id].pageType, url: truth[id].url, ...trace.page.evidence };
      if (type !== truth[id].pageType) missed.push(`${id} ${truth[id].pageType} → ${type}: ${trace.page.why.join(', ')} ${truth[id].url}`);
    } catch {
      // an input extraction refuses counts as the default type
    }
    matrix[truth[id].pageType][type]++;
  }
  const agreed = TYPES.reduce((n, t) => n + matrix[t][t], 0);
  console.log(`\n${name}: agreement ${(agreed / ids.length).toFixed(3)} (${agreed}/${ids.length})`);
  console.log(`${'WCXB \\ ours'.padEnd(14)}${TYPES.map((t) => t.slice(0, 8).padStart(9)).join('')}   recall`);
  for (const t of TYPES) {
    const row = TYPES.map((u) => matrix[t][u]);
    const total = row.reduce((a, b) => a + b, 0);
    console.log(`${t.padEnd(14)}${row.map((n) => String(n).padStart(9)).join('')}   ${(matrix[t][t] / total).toFixed(2)}`);
  }
  const precision = TYPES.map((u) => {
    const called = TYPES.reduce((n, t) => n + matrix[t][u], 0);
    return (called ? matrix[u][u] / called : 0).toFixed(2).padStart(9);
  });
  console.log(`${'precision'.padEnd(14)}${precision.join('')}`);
  const listed = option('--list');
  if (listed) for (const line of missed) if (line.split(' ')[1] === listed || listed === 'all') console.log(`  ${line}`);
  return features;
}

const html = (id) => gunzipSync(readFileSync(join(WCXB, 'html', `${id}.html.gz`)));
const alone = run('html, from the page alone', html, false);
const given = args.includes('--alone') ? {} : run('html, with the url known', html, true);
if (option('--features')) writeFileSync(option('--features'), JSON.stringify({ alone, given }));
if (args.includes('--dumps')) {
  for (const flavour of ['text', 'text-dump']) {
    run(`${flavour === 'text' ? 'innerText' : 'lynx'} dump, from the page alone`, (id) => readFileSync(join(WCXB, flavour, `${id}.txt`)), false);
    if (!args.includes('--alone')) run(`${flavour === 'text' ? 'innerText' : 'lynx'} dump, with the url known`, (id) => readFileSync(join(WCXB, flavour, `${id}.txt`)), true);
  }
}
