#!/usr/bin/env node
// Batch benchmark: the command line as a user runs it over a whole scrape.
//
// Folder   `declutter -j N -f json -q <html folder>` over the 181 benchmark pages (with the
//          template-learning first pass, as by default), several runs each for -j 1 and -j 2:
//          median wall time, pages/second, and the run's peak RSS (main thread and workers).
// Stream   a JSON Lines stream of {id, url, html} records, generated on the fly from the same
//          pages (ids made unique) and piped into `declutter -j N -f json` on stdin until it has
//          sent STREAM_BYTES: records/second, MB/second, and peak RSS, which must stay flat
//          however long the stream is.
// Peak RSS is the child's own process.resourceUsage().maxRSS, written at its exit.
//
// usage: node scripts/bench-batch.mjs [--quick] [--json]   (after npx tsc -p .)
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const FOLDER_RUNS = 5;
const STREAM_BYTES = 1e9;
const QUICK_STREAM_BYTES = 1e8;
const JOBS = [1, 2];

const BENCH_DIR = new URL('../../shared/bench/scrapinghub/', import.meta.url).pathname;
const HTML_DIR = join(BENCH_DIR, 'html');
const BIN = new URL('../bin/declutter.js', import.meta.url).pathname;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const asJson = args.includes('--json');
const streamBytes = quick ? QUICK_STREAM_BYTES : STREAM_BYTES;
const folderRuns = quick ? 1 : FOLDER_RUNS;
const scratch = mkdtempSync(join(tmpdir(), 'declutter-bench-batch-'));
const log = (message) => process.stderr.write(`${message}\n`);

/** Runs the CLI in a child that reports its own peak RSS at exit; feeds stdin from `feed` if given. */
function runCli(cliArgs, feed) {
  const rssFile = join(scratch, `rss-${Math.random().toString(36).slice(2)}`);
  const wrapper = `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));
process.argv.splice(1, 0, ${JSON.stringify(BIN)}); import(${JSON.stringify(BIN)});`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', wrapper, '--', ...cliArgs], { stdio: [feed ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    let outputLines = 0;
    child.stdout.on('data', (chunk) => {
      for (const byte of chunk) if (byte === 10) outputLines++;
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    if (feed) feed(child.stdin).catch(reject);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
      if (code !== 0) reject(new Error(`declutter exited with ${code}: ${stderr.slice(0, 300)}`));
      else resolve({ seconds, rssMb, outputLines });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function benchFolder() {
  const pages = readdirSync(HTML_DIR).length;
  const rows = [];
  for (const jobs of JOBS) {
    const runs = [];
    for (let i = 0; i < folderRuns; i++) runs.push(await runCli(['-j', String(jobs), '-f', 'json', '-q', HTML_DIR]));
    const seconds = median(runs.map((r) => r.seconds));
    rows.push({ jobs, pages, runs: runs.length, seconds, pagesPerSecond: pages / seconds, rssMb: Math.max(...runs.map((r) => r.rssMb)) });
    log(`folder -j ${jobs}: ${seconds.toFixed(2)} s`);
  }
  return rows;
}

/** Writes records to the child's stdin until `bytes` are sent, respecting back-pressure. */
function recordFeeder(records, bytes) {
  // serialised once: the generator must not compete with declutter for the CPU
  const tails = records.map(({ url, html }) => `,${JSON.stringify({ url, html }).slice(1)}\n`);
  return async (stdin) => {
    let sent = 0;
    let n = 0;
    while (sent < bytes) {
      const i = n % records.length;
      const line = `{"id":"${records[i].id}-${n}"${tails[i]}`;
      n++;
      sent += Buffer.byteLength(line);
      if (!stdin.write(line)) await new Promise((resolve) => stdin.once('drain', resolve));
    }
    stdin.end();
  };
}

async function benchStream() {
  const groundTruth = JSON.parse(readFileSync(join(BENCH_DIR, 'ground-truth.json'), 'utf8'));
  const records = readdirSync(HTML_DIR).sort().map((file) => {
    const id = file.split('.')[0];
    return { id, url: groundTruth[id]?.url ?? null, html: gunzipSync(readFileSync(join(HTML_DIR, file))).toString('utf8') };
  });
  const rows = [];
  for (const jobs of JOBS) {
    const run = await runCli(['-j', String(jobs), '-f', 'json', '-q'], recordFeeder(records, streamBytes));
    rows.push({ jobs, megabytes: streamBytes / 1e6, records: run.outputLines, seconds: run.seconds, recordsPerSecond: run.outputLines / run.seconds, megabytesPerSecond: streamBytes / 1e6 / run.seconds, rssMb: run.rssMb });
    log(`stream -j ${jobs}: ${run.outputLines} records in ${run.seconds.toFixed(1)} s, peak RSS ${run.rssMb.toFixed(0)} MB`);
  }
  return rows;
}

try {
  const folder = await benchFolder();
  const stream = await benchStream();
  if (asJson) console.log(JSON.stringify({ folder, stream }, null, 2));
  else {
    const pad = (cells, widths) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
    const out = ['Batch (the CLI over the 181 benchmark pages; median of runs; peak RSS of the run)'];
    out.push(pad(['', 'runs', 'seconds', 'pages/s', 'peak RSS'], [22, 5, 8, 8, 9]));
    for (const r of folder) out.push(pad([`folder, -j ${r.jobs}`, r.runs, r.seconds.toFixed(2), r.pagesPerSecond.toFixed(1), `${r.rssMb.toFixed(0)} MB`], [22, 5, 8, 8, 9]));
    const [one, two] = folder;
    out.push(`-j 2 is ${(one.seconds / two.seconds).toFixed(2)}× the speed of -j 1 on the folder`);
    out.push('');
    out.push(`JSON Lines stream on stdin (${(streamBytes / 1e6).toFixed(0)} MB of generated {id, url, html} records)`);
    out.push(pad(['', 'records', 'seconds', 'records/s', 'MB/s', 'peak RSS'], [22, 8, 8, 9, 6, 9]));
    for (const r of stream) out.push(pad([`stream, -j ${r.jobs}`, r.records, r.seconds.toFixed(1), r.recordsPerSecond.toFixed(1), r.megabytesPerSecond.toFixed(1), `${r.rssMb.toFixed(0)} MB`], [22, 8, 8, 9, 6, 9]));
    console.log(out.join('\n'));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
