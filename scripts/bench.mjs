#!/usr/bin/env node
// Benchmark: quality, speed and memory of declutter against Readability.js on the
// scrapinghub article-extraction benchmark (181 pages, ../shared/bench/).
//
// Quality  Every extractor's output is written as JSON Lines to a temp dir and scored by the
//          benchmark's own score.mjs --json (child process): F1 / precision / recall of
//          4-token shingles, accuracy = exact token match, ± bootstrap std. Rows: declutter on
//          the HTML, on the browser innerText dumps and on the lynx dumps; Readability.js 0.6
//          (on linkedom 0.18 and on jsdom 26) on the HTML; and, for scale, "keep the whole dump" for the text flavours.
//          An extractor that throws counts as an empty prediction and is counted as a failure.
// Speed    All inputs are read and gunzipped up front (not timed). Each configuration gets one
//          warm-up pass (whose output is what gets scored), then timed passes over all pages;
//          per pass: process.cpuUsage() user+system ms / pages; reported: median over passes
//          (for declutter on html, over its own passes and those it runs beside Readability's).
//          Latency: wall time (performance.now) of each page over all timed passes, median
//          and p95. The speed-ups are taken pass by pass: declutter runs three html passes before
//          each timed Readability pass and after it, and the ratio of the Readability pass's CPU
//          ms/page to the mean of the medians either side is the median over passes (a shared
//          machine's speed drifts over the minutes a run takes, and so slows both alike).
//          Readability is timed as a user pays it: UTF-8 decode + JSDOM parse + parse().
//          The loop yields to the event loop after every page (as a server or CLI would): in one
//          synchronous loop jsdom's closed windows stay reachable through WeakRefs until the job
//          ends, which grows the heap to gigabytes and charges Readability extra GC time.
//          Each Readability configuration runs in a child process of its own (forked from this
//          script with --peer): in one process, jsdom's heap would slow the collections of the
//          declutter passes run between its passes. No collection is forced between passes: each
//          extractor is timed in the steady state of its own process, as a batch job runs it.
// Memory   Peak RSS (process.resourceUsage().maxRSS) of this process, read after loading the
//          inputs and after all declutter passes, and of each Readability process.
//
// usage: npm run bench                (builds dist/ first)
//        node scripts/bench.mjs [--quick] [--json]
//   --quick  1 timed pass per configuration (a fast check; speed figures are rougher)
//   --json   print the figures as JSON instead of the text report
import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { extract } from '../dist/index.js';

const DECLUTTER_PASSES = 5;
const READABILITY_PASSES = 3;

const BENCH_DIR = new URL('../../shared/bench/', import.meta.url).pathname;
const DATA_DIR = join(BENCH_DIR, 'scrapinghub');
const GROUND_TRUTH = join(DATA_DIR, 'ground-truth.json');
const SCORE_SCRIPT = join(BENCH_DIR, 'score.mjs');
const PROJECT_DIR = new URL('..', import.meta.url).pathname;

/** The three shapes the benchmark pages come in: folder, file suffix, and the page field holding the bytes. */
const FLAVOURS = [
  { name: 'html', suffix: '.html.gz', field: 'html' },
  { name: 'text', suffix: '.txt', field: 'text' },
  { name: 'text-dump', suffix: '.txt', field: 'textDump' },
];

// ---------------------------------------------------------------- arguments

const args = process.argv.slice(2);
const unknown = args.filter((a, i) => a !== '--quick' && a !== '--json' && a !== '--peer' && args[i - 1] !== '--peer');
if (unknown.length) {
  console.error(`unknown argument: ${unknown.join(' ')}\nusage: node scripts/bench.mjs [--quick] [--json]`);
  process.exit(2);
}
const quick = args.includes('--quick');
const asJson = args.includes('--json');
const declutterPasses = quick ? 1 : DECLUTTER_PASSES;
const readabilityPasses = quick ? 1 : READABILITY_PASSES;

const launched = performance.now();
const progress = (message) => process.stderr.write(`[${((performance.now() - launched) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

// ---------------------------------------------------------------- statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function median(xs) {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/** Nearest-rank percentile. */
function percentile(xs, p) {
  const s = sorted(xs);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}
const maxRssMb = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB

// ---------------------------------------------------------------- inputs

function loadPages() {
  const truth = JSON.parse(readFileSync(GROUND_TRUTH, 'utf8'));
  return Object.keys(truth).sort().map((id) => ({
    id,
    url: truth[id].url,
    html: gunzipSync(readFileSync(join(DATA_DIR, 'html', `${id}.html.gz`))),
    text: readFileSync(join(DATA_DIR, 'text', `${id}.txt`)),
    textDump: readFileSync(join(DATA_DIR, 'text-dump', `${id}.txt`)),
  }));
}

// ---------------------------------------------------------------- extractors (page -> article text)

function declutterOn(flavour) {
  // The HTML is handed over already gunzipped, so its source name drops the .gz.
  const suffix = flavour.suffix.replace(/\.gz$/, '');
  // The Markdown is rendered too (a result renders it when first read): it is what the command
  // prints by default, so its cost is part of a page's.
  return (page) => {
    const result = extract(page[flavour.field], { source: `${page.id}${suffix}` });
    void result.markdown;
    return result.text;
  };
}

/** Imported only after the declutter passes, so jsdom's ~60 MB of code is not in declutter's peak RSS. */
async function loadReadability() {
  const [{ Readability }, { JSDOM, VirtualConsole }] = await Promise.all([import('@mozilla/readability'), import('jsdom')]);
  const silentConsole = new VirtualConsole(); // no listeners: jsdom's CSS/parse complaints are dropped
  return (page) => {
    const dom = new JSDOM(page.html.toString('utf8'), { url: page.url, virtualConsole: silentConsole });
    try {
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  };
}

/** Readability.js on linkedom's DOM (htmlparser2 underneath): the fast way to run it in Node. */
async function loadReadabilityLinkedom() {
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  return (page) => {
    const { document } = parseHTML(page.html.toString('utf8'));
    return new Readability(document).parse()?.textContent ?? '';
  };
}

// ---------------------------------------------------------------- passes

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Runs one extractor over every page; a throw counts as an empty output and a failure. */
async function runPass(pages, extractor, latencies) {
  const outputs = [];
  const errors = [];
  const cpuBefore = process.cpuUsage();
  for (const page of pages) {
    const start = performance.now();
    let output;
    try {
      output = extractor(page) ?? '';
    } catch (error) {
      output = '';
      errors.push({ id: page.id, error: String(error?.message ?? error).split('\n')[0] });
    }
    latencies?.push(performance.now() - start);
    outputs.push(output);
    await nextTurn();
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { outputs, errors, cpuMsPerPage: (cpu.user + cpu.system) / 1000 / pages.length };
}

/** A pass of an extractor in this process, with each page's latency. */
const passHere = (pages, extractor) => async () => {
  const latencies = [];
  return { ...(await runPass(pages, extractor, latencies)), latencies };
};

/** Passes of declutter run around each timed pass of a peer, to compare it with. */
const ALONGSIDE_PASSES = 3;

/**
 * One warm-up pass (kept for scoring), then `passes` timed passes. With `alongside` (declutter on
 * the same pages, in this process, and where to record its passes), declutter runs a few passes
 * before the first timed pass and after each, and every timed pass is compared with the declutter
 * passes either side of it: a shared machine's speed drifts over the minutes a run takes, and so
 * slows both alike.
 */
async function measure(label, pass, passes, alongside) {
  progress(`${label}: warm-up`);
  const warmUp = await pass();
  const cpuMsPerPage = [];
  const latencies = [];
  const ratios = [];
  const declutterAround = async () => {
    const own = [];
    for (let k = 0; k < ALONGSIDE_PASSES; k++) {
      const figures = await alongside.pass();
      own.push(figures.cpuMsPerPage);
      alongside.latencies.push(...figures.latencies);
    }
    alongside.cpuMsPerPage.push(...own);
    return median(own);
  };
  let before = alongside ? await declutterAround() : 0;
  for (let i = 1; i <= passes; i++) {
    progress(`${label}: pass ${i}/${passes}`);
    const timed = await pass();
    cpuMsPerPage.push(timed.cpuMsPerPage);
    latencies.push(...timed.latencies);
    if (!alongside) continue;
    const after = await declutterAround();
    ratios.push(timed.cpuMsPerPage / ((before + after) / 2));
    before = after;
  }
  return {
    outputs: warmUp.outputs,
    errors: warmUp.errors,
    empty: warmUp.outputs.filter((o) => !o.trim()).length,
    latencies,
    speed: {
      ...speedOf(cpuMsPerPage, latencies),
      ...(alongside ? { timesDeclutterByPass: ratios, timesDeclutter: median(ratios) } : {}),
    },
  };
}

function speedOf(cpuMsPerPage, latencies) {
  return {
    passes: cpuMsPerPage.length,
    cpuMsPerPage: median(cpuMsPerPage),
    cpuMsPerPageByPass: cpuMsPerPage,
    latencyMedianMs: median(latencies),
    latencyP95Ms: percentile(latencies, 95),
  };
}

// ---------------------------------------------------------------- scoring

/** Writes each prediction set as JSON Lines and scores them all with one score.mjs --json call. */
function score(pages, predictionSets) {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-bench-'));
  try {
    const files = Object.entries(predictionSets).map(([key, outputs]) => {
      const file = join(dir, `${key}.jsonl`);
      const lines = pages.map((page, i) => JSON.stringify({ id: page.id, articleBody: outputs[i] }));
      writeFileSync(file, lines.join('\n') + '\n');
      return file;
    });
    const stdout = execFileSync(process.execPath, [SCORE_SCRIPT, '--json', GROUND_TRUTH, ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout); // keyed by file base name = key
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- environment

function packageVersion(relativePath) {
  try {
    return JSON.parse(readFileSync(join(PROJECT_DIR, relativePath), 'utf8')).version;
  } catch {
    return '?';
  }
}

function gitRevision() {
  try {
    const git = (...gitArgs) => execFileSync('git', gitArgs, { cwd: PROJECT_DIR, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted src changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

// ---------------------------------------------------------------- peers, each in a process of its own

const PEERS = { linkedom: loadReadabilityLinkedom, jsdom: loadReadability };

/**
 * The child's side: loads the pages and one peer, then runs a pass whenever the parent asks. A
 * peer runs in its own process so that its heap (jsdom's is hundreds of megabytes) does not make
 * declutter's collections slower in the passes between, as it would in one process.
 */
async function servePeer(name) {
  const pages = loadPages();
  const extractor = await PEERS[name]();
  process.on('disconnect', () => process.exit(0));
  process.on('message', async () => {
    const latencies = [];
    const pass = await runPass(pages, extractor, latencies);
    process.send({ ...pass, latencies, maxRssMb: maxRssMb() });
  });
  process.send({ ready: true });
}

/** Starts a peer's process; `pass()` runs one pass there and resolves with its figures. */
async function startPeer(name) {
  const child = fork(fileURLToPath(import.meta.url), ['--peer', name]);
  const reply = () => new Promise((resolve, reject) => {
    const exited = (code) => reject(new Error(`the ${name} process exited (${code})`));
    child.once('exit', exited);
    child.once('message', (figures) => {
      child.off('exit', exited);
      resolve(figures);
    });
  });
  await reply();
  return {
    pass: () => {
      const answered = reply();
      child.send({ pass: true });
      return answered;
    },
    stop: () => child.disconnect(),
  };
}

/** A peer measured in its own process, each of its timed passes between declutter passes here. */
async function measurePeer(label, name, passes, alongside) {
  const peer = await startPeer(name);
  let maxRss = 0;
  const pass = async () => {
    const figures = await peer.pass();
    maxRss = Math.max(maxRss, figures.maxRssMb);
    return figures;
  };
  const run = await measure(label, pass, passes, alongside);
  peer.stop();
  return { ...run, maxRssMb: maxRss };
}

if (args.includes('--peer')) {
  await servePeer(args[args.indexOf('--peer') + 1]);
  await new Promise(() => {}); // served until the parent disconnects
}

// ---------------------------------------------------------------- main

const startedAt = new Date();
const env = {
  date: startedAt.toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  loadAverageAtStart: loadavg()[0],
  platform: `${process.platform} ${process.arch}`,
  declutter: `${packageVersion('package.json')} (git ${gitRevision()})`,
  readability: packageVersion('node_modules/@mozilla/readability/package.json'),
  jsdom: packageVersion('node_modules/jsdom/package.json'),
  linkedom: packageVersion('node_modules/linkedom/package.json'),
  quick,
};

progress('loading and gunzipping the pages');
const pages = loadPages();
const memory = { afterLoadMb: maxRssMb() };

const runs = {};
for (const flavour of FLAVOURS) {
  runs[`declutter-${flavour.name}`] = await measure(`declutter ${flavour.name}`, passHere(pages, declutterOn(flavour)), declutterPasses);
}
memory.afterDeclutterMb = maxRssMb();
const beside = { pass: passHere(pages, declutterOn(FLAVOURS[0])), cpuMsPerPage: [], latencies: [] };
runs['readability-linkedom-html'] = await measurePeer('Readability+linkedom html', 'linkedom', readabilityPasses, beside);
runs['readability-html'] = await measurePeer('Readability+jsdom html', 'jsdom', readabilityPasses, beside);
// declutter's html figures are taken over all its timed passes, its own and those beside
// Readability's, spread over the whole run: a busy minute at its start does not stand for it
const ownHtml = runs['declutter-html'];
ownHtml.speed = speedOf([...ownHtml.speed.cpuMsPerPageByPass, ...beside.cpuMsPerPage], [...ownHtml.latencies, ...beside.latencies]);
memory.linkedomProcessMb = runs['readability-linkedom-html'].maxRssMb;
memory.jsdomProcessMb = runs['readability-html'].maxRssMb;
memory.afterAllMb = maxRssMb();

progress('scoring');
const predictionSets = Object.fromEntries(Object.entries(runs).map(([key, run]) => [key, run.outputs]));
predictionSets['whole-text'] = pages.map((p) => p.text.toString('utf8'));
predictionSets['whole-text-dump'] = pages.map((p) => p.textDump.toString('utf8'));
const scores = score(pages, predictionSets);

const ROWS = [
  { key: 'declutter-html', label: 'declutter, html' },
  { key: 'declutter-text', label: 'declutter, text (innerText)' },
  { key: 'declutter-text-dump', label: 'declutter, text-dump (lynx)' },
  { key: 'readability-linkedom-html', label: `Readability.js ${env.readability} + linkedom` },
  { key: 'readability-html', label: `Readability.js ${env.readability} + jsdom` },
  { key: 'whole-text', label: 'baseline: whole text file' },
  { key: 'whole-text-dump', label: 'baseline: whole text-dump file' },
];
const SPEED_ROWS = [
  { key: 'declutter-html', label: 'declutter, html' },
  { key: 'declutter-text', label: 'declutter, text (innerText)' },
  { key: 'declutter-text-dump', label: 'declutter, text-dump (lynx)' },
  { key: 'readability-linkedom-html', label: 'Readability+linkedom, html' },
  { key: 'readability-html', label: 'Readability+jsdom, html' },
];

const quality = Object.fromEntries(ROWS.map(({ key }) => {
  const s = scores[key];
  const run = runs[key];
  return [key, {
    f1: s.f1, precision: s.precision, recall: s.recall, accuracy: s.accuracy,
    f1_std: s.f1_std, precision_std: s.precision_std, recall_std: s.recall_std, accuracy_std: s.accuracy_std,
    pages: s.n,
    failures: run ? run.errors.length : 0,
    empty: run ? run.empty : predictionSets[key].filter((o) => !o.trim()).length,
  }];
}));
const speed = Object.fromEntries(SPEED_ROWS.map(({ key }) => [key, runs[key].speed]));
const speedup = speed['readability-html'].timesDeclutter;
const speedupLinkedom = speed['readability-linkedom-html'].timesDeclutter;
const failures = Object.fromEntries(Object.entries(runs).map(([key, run]) => [key, run.errors]));
const totalSeconds = (performance.now() - launched) / 1000;
env.loadAverageAtEnd = loadavg()[0];

if (asJson) {
  console.log(JSON.stringify({ env, pages: pages.length, quality, speed, speedup, speedupLinkedom, memory, failures, totalSeconds }, null, 2));
  process.exit(0);
}

// ---------------------------------------------------------------- text report

const fixed = (x, digits) => x.toFixed(digits);
const pm = (m, k) => `${fixed(m[k], 3)} ± ${fixed(m[`${k}_std`], 3)}`;
const row = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');

const out = [];
out.push(`declutter benchmark — ${env.date}`);
out.push(`node ${env.node}, ${env.platform}, ${env.cpu} (${env.cores} cores, load average ${fixed(env.loadAverageAtStart, 2)} at start, ${fixed(env.loadAverageAtEnd, 2)} at end)`);
out.push(`declutter ${env.declutter}; @mozilla/readability ${env.readability}, linkedom ${env.linkedom}, jsdom ${env.jsdom}`);
out.push(`data: scrapinghub article-extraction benchmark, ${pages.length} pages${quick ? '   [--quick: 1 timed pass each]' : ''}`);
out.push('');

out.push('Quality (score.mjs: F1 of mean 4-shingle precision/recall; accuracy = exact token match; ± bootstrap std)');
const qw = [32, 13, 13, 13, 13, 8, 5];
out.push(row(['', 'F1', 'precision', 'recall', 'accuracy', 'failures', 'empty'], qw));
for (const { key, label } of ROWS) {
  const m = quality[key];
  const failuresCell = key.startsWith('whole-') ? '–' : m.failures;
  out.push(row([label, pm(m, 'f1'), pm(m, 'precision'), pm(m, 'recall'), pm(m, 'accuracy'), failuresCell, m.empty], qw));
}
out.push('');

out.push('Speed (CPU = process user+system ms, all threads incl. GC, / pages: median of timed passes after 1 warm-up;');
out.push('       latency = wall ms of each page over all timed passes; declutter html: its own passes and those beside Readability\'s)');
const sw = [32, 6, 12, 14, 11];
out.push(row(['', 'passes', 'CPU ms/page', 'latency median', 'latency p95'], sw));
for (const { key, label } of SPEED_ROWS) {
  const s = speed[key];
  out.push(row([label, s.passes, fixed(s.cpuMsPerPage, 2), fixed(s.latencyMedianMs, 2), fixed(s.latencyP95Ms, 2)], sw));
}
out.push(`declutter is ${fixed(speedupLinkedom, 1)}× faster than Readability+linkedom and ${fixed(speedup, 1)}× faster than Readability+jsdom on html`);
const byPass = (key) => speed[key].timesDeclutterByPass.map((x) => fixed(x, 1)).join(', ');
out.push(`  (CPU ms/page of each Readability pass over that of declutter html passes run either side of it, median over`);
out.push(`   passes: linkedom ${byPass('readability-linkedom-html')}; jsdom ${byPass('readability-html')})`);
out.push('');

out.push('Memory (peak RSS, maxRSS; the first two lines are this process, cumulative)');
const mw = [36, 8];
out.push(row(['after loading the pages', `${fixed(memory.afterLoadMb, 0)} MB`], mw));
out.push(row(['after the declutter passes', `${fixed(memory.afterDeclutterMb, 0)} MB`], mw));
out.push(row(['Readability+linkedom (own process)', `${fixed(memory.linkedomProcessMb, 0)} MB`], mw));
out.push(row(['Readability+jsdom (own process)', `${fixed(memory.jsdomProcessMb, 0)} MB`], mw));
out.push('');

const failed = Object.entries(failures).filter(([, errors]) => errors.length);
if (failed.length) {
  out.push('Failures (counted as empty predictions):');
  for (const [key, errors] of failed) {
    for (const { id, error } of errors.slice(0, 3)) out.push(`  ${key}  ${id.slice(0, 16)}  ${error.slice(0, 100)}`);
    if (errors.length > 3) out.push(`  ${key}  … and ${errors.length - 3} more (all in --json)`);
  }
  out.push('');
}

out.push(`Took ${fixed(totalSeconds, 0)} s. Reproduce with: npm run bench   (or node scripts/bench.mjs [--quick] [--json] after npx tsc -p .)`);
console.log(out.join('\n'));
