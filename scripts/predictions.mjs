#!/usr/bin/env node
// Every prediction on every benchmark input, and the differences between two such runs: the
// check that a change meant to keep results (a restructure, a speed-up) keeps every byte.
//
// Inputs   scrapinghub and wcxb, each as html, text (innerText) and text-dump (lynx): 4,617 files,
//          each extracted in-process from its bytes alone (as `declutter FILE` reads it).
// Output   one JSON Lines file per set and flavour in OUT_DIR: the whole JSON result (metadata,
//          text, Markdown, stats) but the timing, or the error's message.
//
// usage: node scripts/predictions.mjs write OUT_DIR [--sets a,b]   (after npm run build; two processes)
//   --sets   only these sets, by name: scrapinghub-html, wcxb-text-dump, …
//        node scripts/predictions.mjs compare BEFORE_DIR AFTER_DIR
//   compare prints the number of inputs that differ per file and the first few sources, and
//   exits 1 when any differ.
//   --ignore a,b   compare without these fields of the result (`--ignore markdown`: a change
//                  of the Markdown alone, the text and metadata kept byte for byte)
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BENCH_DIR = new URL('../../shared/bench/', import.meta.url).pathname;
const SETS = ['scrapinghub', 'wcxb'].flatMap((set) => ['html', 'text', 'text-dump'].map((flavour) => ({ set, flavour, name: `${set}-${flavour}` })));
const SHOWN_DIFFERENCES = 5;

/** Every other input of a set (`half` 0 or 1), extracted, as JSON lines in input order. */
async function extractHalf({ set, flavour }, half) {
  const { extract } = await import('../dist/index.js');
  const dir = join(BENCH_DIR, set, flavour);
  const lines = [];
  for (const [i, file] of readdirSync(dir).sort().entries()) {
    if (i % 2 !== half) continue;
    let record;
    try {
      const { stats, ...result } = extract(readFileSync(join(dir, file)), { source: file });
      const { ms: _ms, ...counts } = stats;
      record = { ...result, stats: counts };
    } catch (error) {
      record = { source: file, error: String(error) };
    }
    lines.push(JSON.stringify(record));
  }
  return lines;
}

function readSet(dir, name) {
  const bySource = new Map();
  for (const line of readFileSync(join(dir, `${name}.jsonl`), 'utf8').split('\n')) {
    if (!line) continue;
    const record = JSON.parse(line);
    for (const field of ignored) delete record[field];
    bySource.set(record.source, ignored.length ? JSON.stringify(record) : line);
  }
  return bySource;
}

function compare(before, after) {
  let total = 0;
  let differing = 0;
  for (const { name } of wanted) {
    const a = readSet(before, name);
    const b = readSet(after, name);
    const sources = [...new Set([...a.keys(), ...b.keys()])];
    const moved = sources.filter((s) => a.get(s) !== b.get(s));
    total += sources.length;
    differing += moved.length;
    console.log(`${name.padEnd(22)} ${String(sources.length).padStart(5)} inputs, ${moved.length} differ${moved.length ? `: ${moved.slice(0, SHOWN_DIFFERENCES).join(' ')}` : ''}`);
  }
  console.log(`${differing} differences on ${total} inputs`);
  return differing === 0;
}

const [command, ...rest] = process.argv.slice(2);
const setsAt = rest.indexOf('--sets');
const chosen = setsAt >= 0 ? rest.splice(setsAt, 2)[1].split(',') : null;
const ignoreAt = rest.indexOf('--ignore');
const ignored = ignoreAt >= 0 ? rest.splice(ignoreAt, 2)[1].split(',') : [];
const wanted = SETS.filter((set) => !chosen || chosen.includes(set.name));
if (command === 'write' && rest.length === 1) {
  const outDir = rest[0];
  mkdirSync(outDir, { recursive: true });
  // two processes, each taking every other set (the machine's two cores)
  const halves = [0, 1].map((half) => new Promise((resolve, reject) => {
    const child = fork(new URL(import.meta.url).pathname, ['--half', String(half), outDir, ...(chosen ? ['--sets', chosen.join(',')] : [])]);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`half ${half} exited with ${code}`))));
  }));
  await Promise.all(halves);
  // the halves hold alternate inputs: interleaved again, they are in input order
  for (const { name } of wanted) {
    const [even, odd] = [0, 1].map((half) => JSON.parse(readFileSync(join(outDir, `${name}.half${half}.json`), 'utf8')));
    const lines = even.flatMap((line, i) => (i < odd.length ? [line, odd[i]] : [line]));
    writeFileSync(join(outDir, `${name}.jsonl`), `${lines.join('\n')}\n`);
    for (const half of [0, 1]) rmSync(join(outDir, `${name}.half${half}.json`));
    console.log(`${name}: ${lines.length} inputs`);
  }
  console.log(`predictions written to ${outDir}`);
} else if (command === '--half') {
  const [half, outDir] = rest;
  // each process takes every other input of every set: the two finish together
  for (const set of wanted) writeFileSync(join(outDir, `${set.name}.half${half}.json`), JSON.stringify(await extractHalf(set, Number(half))));
} else if (command === 'compare' && rest.length === 2) {
  process.exitCode = compare(rest[0], rest[1]) ? 0 : 1;
} else {
  console.error('usage: node scripts/predictions.mjs write OUT_DIR | compare BEFORE_DIR AFTER_DIR');
  process.exitCode = 2;
}
