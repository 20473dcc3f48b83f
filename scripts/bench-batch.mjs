#!/usr/bin/env node
// Batch benchmark: the command line as a user runs it over a whole scrape.
//
// Folder   `declutter -j N -f json -q <html folder>` over the 181 benchmark pages, with the
//          template-learning first pass (as by default) and with --no-template, several runs
//          each for -j 1 and -j 2: median wall time, wall and CPU ms a page (CPU: user+system of
//          the whole process, all threads), each set beside in-process extraction's CPU ms a page
//          measured here in the same run, and the run's peak RSS.
// Few      the first 8 pages as a folder, default -j against -j 1: a handful of files must not
//          pay for worker threads.
// Stream   a JSON Lines stream of {id, url, html} records, generated on the fly from the same
//          pages (ids made unique) and piped into `declutter -j N -f json` on stdin until it has
//          sent STREAM_BYTES: records/second, MB/second, and peak RSS, which must stay flat
//          however long the stream is.
// Peak RSS and CPU are the child's own process.resourceUsage(), written at its exit.
//
// usage: node scripts/bench-batch.mjs [--quick] [--json]   (after npx tsc -p .)
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const FOLDER_RUNS = 5;
const STREAM_BYTES = 1e9;
const QUICK_STREAM_BYTES = 1e8;
const JOBS = [1, 2];
const FEW_FILES = 8;
const IN_PROCESS_PASSES = 5;

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
  const wrapper = `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify([u.maxRSS, u.userCPUTime + u.systemCPUTime])); });
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
      const [rss, cpuMicros] = JSON.parse(readFileSync(rssFile, 'utf8'));
      if (code !== 0) reject(new Error(`declutter exited with ${code}: ${stderr.slice(0, 300)}`));
      else resolve({ seconds, rssMb: rss / 1024, cpuSeconds: cpuMicros / 1e6, outputLines });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** In-process extraction over the same pages, in this process: CPU ms a page, median of passes after a warm-up. */
async function inProcessCpuMs() {
  const { extract } = await import('../dist/index.js');
  const pages = readdirSync(HTML_DIR).sort().map((f) => readFileSync(join(HTML_DIR, f)));
  const passes = [];
  for (let pass = 0; pass <= IN_PROCESS_PASSES; pass++) {
    const before = process.cpuUsage();
    for (const page of pages) extract(page);
    const used = process.cpuUsage(before);
    if (pass > 0) passes.push((used.user + used.system) / 1000 / pages.length);
  }
  return median(passes);
}

async function timedRuns(cliArgs, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runCli(cliArgs));
  const seconds = median(results.map((r) => r.seconds));
  return { runs, seconds, cpuSeconds: median(results.map((r) => r.cpuSeconds)), rssMb: Math.max(...results.map((r) => r.rssMb)) };
}

async function benchFolder() {
  const pages = readdirSync(HTML_DIR).length;
  const rows = [];
  for (const template of [true, false]) {
    for (const jobs of JOBS) {
      const cliArgs = ['-j', String(jobs), '-f', 'json', '-q', ...(template ? [] : ['--no-template']), HTML_DIR];
      const row = { jobs, template, pages, ...(await timedRuns(cliArgs, folderRuns)) };
      rows.push(row);
      log(`folder -j ${jobs}${template ? '' : ' --no-template'}: ${row.seconds.toFixed(2)} s`);
    }
  }
  return rows;
}

/** A handful of files: the default -j against -j 1. */
async function benchFew() {
  const dir = join(scratch, 'few');
  mkdirSync(dir);
  for (const file of readdirSync(HTML_DIR).sort().slice(0, FEW_FILES)) copyFileSync(join(HTML_DIR, file), join(dir, file));
  const one = await timedRuns(['-j', '1', '-f', 'json', '-q', dir], folderRuns);
  const auto = await timedRuns(['-f', 'json', '-q', dir], folderRuns);
  log(`few: -j 1 ${one.seconds.toFixed(2)} s, default ${auto.seconds.toFixed(2)} s`);
  return { files: FEW_FILES, one, auto };
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
    rows.push({ jobs, megabytes: streamBytes / 1e6, records: run.outputLines, seconds: run.seconds, cpuSeconds: run.cpuSeconds, recordsPerSecond: run.outputLines / run.seconds, megabytesPerSecond: streamBytes / 1e6 / run.seconds, rssMb: run.rssMb });
    log(`stream -j ${jobs}: ${run.outputLines} records in ${run.seconds.toFixed(1)} s, peak RSS ${run.rssMb.toFixed(0)} MB`);
  }
  return rows;
}

try {
  const inProcess = await inProcessCpuMs();
  log(`in-process extraction: ${inProcess.toFixed(2)} CPU ms/page`);
  const folder = await benchFolder();
  const few = await benchFew();
  const stream = await benchStream();
  if (asJson) console.log(JSON.stringify({ inProcessCpuMsPerPage: inProcess, folder, few, stream }, null, 2));
  else {
    const pad = (cells, widths) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
    const widths = [30, 5, 8, 11, 10, 8, 9];
    const out = [`Batch (the CLI over the 181 benchmark pages; median of runs; CPU = user+system of the whole process, all threads)`];
    out.push(`in-process extraction, same pages, this run: ${inProcess.toFixed(2)} CPU ms/page (median of ${IN_PROCESS_PASSES} passes after a warm-up)`);
    out.push(pad(['', 'runs', 'seconds', 'wall ms/pg', 'CPU ms/pg', 'wall/in', 'peak RSS'], widths));
    for (const r of folder) {
      const label = `folder, -j ${r.jobs}${r.template ? '' : ', --no-template'}`;
      const wallMs = (1000 * r.seconds) / r.pages;
      out.push(pad([label, r.runs, r.seconds.toFixed(2), wallMs.toFixed(2), ((1000 * r.cpuSeconds) / r.pages).toFixed(2), `${(wallMs / inProcess).toFixed(2)}×`, `${r.rssMb.toFixed(0)} MB`], widths));
    }
    const find = (jobs, template) => folder.find((r) => r.jobs === jobs && r.template === template);
    out.push(`-j 2 is ${(find(1, true).seconds / find(2, true).seconds).toFixed(2)}× the speed of -j 1 on the folder (${(find(1, false).seconds / find(2, false).seconds).toFixed(2)}× with --no-template)`);
    out.push(`${few.files} files: -j 1 ${few.one.seconds.toFixed(2)} s, default -j ${few.auto.seconds.toFixed(2)} s (${(few.one.seconds / few.auto.seconds).toFixed(2)}× the speed of -j 1)`);
    out.push('');
    out.push(`JSON Lines stream on stdin (${(streamBytes / 1e6).toFixed(0)} MB of generated {id, url, html} records)`);
    out.push(pad(['', 'records', 'seconds', 'records/s', 'MB/s', 'peak RSS'], [22, 8, 8, 9, 6, 9]));
    for (const r of stream) out.push(pad([`stream, -j ${r.jobs}`, r.records, r.seconds.toFixed(1), r.recordsPerSecond.toFixed(1), r.megabytesPerSecond.toFixed(1), `${r.rssMb.toFixed(0)} MB`], [22, 8, 8, 9, 6, 9]));
    out.push(`-j 2 is ${(stream[0].seconds / stream[1].seconds).toFixed(2)}× the speed of -j 1 on the stream`);
    console.log(out.join('\n'));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
