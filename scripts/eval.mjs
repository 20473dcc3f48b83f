#!/usr/bin/env node
// Quality check during development: extracts every benchmark page of one flavour in-process
// and scores it with the benchmark's own script.
// usage: node scripts/eval.mjs [html|text|text-dump] [--per-doc] [--against DOCS.json]
// Per-document scores are saved next to the predictions; --against lists the documents whose F1 moved since a saved run.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { extract } from '../dist/index.js';

const bench = new URL('../../shared/bench/scrapinghub/', import.meta.url).pathname;
const flavour = process.argv[2] ?? 'html';
const dir = join(bench, flavour);
const lines = [];
for (const file of readdirSync(dir).sort()) {
  const bytes = readFileSync(join(dir, file));
  let record;
  try {
    record = extract(bytes, { source: file });
  } catch (error) {
    record = { source: file, text: '', error: String(error) };
  }
  lines.push(JSON.stringify({ source: file, text: record.text }));
}
const out = join(tmpdir(), `declutter-${flavour}.jsonl`);
writeFileSync(out, lines.join('\n') + '\n');
const score = join(bench, '../score.mjs');
const truth = join(bench, 'ground-truth.json');
const against = process.argv.indexOf('--against');
const shown = process.argv.slice(3).filter((a, i, all) => a !== '--against' && all[i - 1] !== '--against');
process.stdout.write(execFileSync('node', [score, truth, out, ...shown], { encoding: 'utf8' }));

const docsOf = (json) => Object.fromEntries(Object.values(JSON.parse(json))[0].docs.map((d) => [d.id, d.f1]));
const docs = docsOf(execFileSync('node', [score, '--json', '--per-doc', truth, out], { encoding: 'utf8' }));
const saved = join(tmpdir(), `declutter-${flavour}.docs.json`);
writeFileSync(saved, JSON.stringify(docs));
if (against > 0) {
  const before = JSON.parse(readFileSync(process.argv[against + 1], 'utf8'));
  for (const [id, f1] of Object.entries(docs)) {
    const was = before[id] ?? 0;
    if (Math.abs(f1 - was) > 0.01) console.log(`   ${id.slice(0, 16)}  f1 ${was.toFixed(3)} -> ${f1.toFixed(3)}`);
  }
}
console.log(`per-document F1 saved in ${saved}`);
