#!/usr/bin/env node
// Quality check during development: extracts every benchmark page of one flavour in-process
// and scores it with the benchmark's own script. usage: node scripts/eval.mjs [html|text|text-dump] [--per-doc]
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
const args = [join(bench, '../score.mjs'), join(bench, 'ground-truth.json'), out, ...process.argv.slice(3)];
process.stdout.write(execFileSync('node', args, { encoding: 'utf8' }));
