#!/usr/bin/env node
// Speed on WCXB dev (1,358 pages of seven types from 1,181 sites), where pages are larger and
// more varied than scrapinghub's, beside another build of declutter in the same run.
//
// Speed    All pages are read and gunzipped up front (not timed). Each build gets one warm-up pass,
//          then the builds take turns, pass by pass (A B A B …), so a shared machine's drift slows
//          both alike. Per pass: process.cpuUsage() user+system ms / page; reported: the median
//          over passes, and the ratio of this build's to the other's (median of the per-round ratios).
// Builds   this checkout's dist/ and, with --against DIR, the dist/ of another checkout (a
//          `git worktree` of the commit to compare with, built with `npx tsc`).
//
// Pages    WCXB dev by default; --set scrapinghub times the 181 scrapinghub pages instead (the set
//          whose CPU ms/page `npm run bench` reports beside Readability.js).
//
// usage: node scripts/bench-wcxb.mjs [--against OTHER_CHECKOUT] [--passes N] [--set wcxb|scrapinghub]   (after npm run build)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const passes = Number(option('--passes') ?? 3);
const against = option('--against');
const set = option('--set') ?? 'wcxb';
if (set !== 'wcxb' && set !== 'scrapinghub') throw new Error(`--set: wcxb or scrapinghub, not ${set}`);
const HTML_DIR = new URL(`../../shared/bench/${set}/html/`, import.meta.url).pathname;
const THIS = new URL('..', import.meta.url).pathname;

const pages = readdirSync(HTML_DIR).sort().map((file) => gunzipSync(readFileSync(join(HTML_DIR, file))));
const megabytes = pages.reduce((sum, p) => sum + p.length, 0) / 1e6;

const builds = [{ name: 'this checkout', dir: THIS }];
if (against) builds.push({ name: resolve(against), dir: resolve(against) });
for (const build of builds) build.extract = (await import(join(build.dir, 'dist/index.js'))).extract;

/** One pass over every page; CPU ms per page. */
function pass(extract) {
  const before = process.cpuUsage();
  for (const page of pages) {
    try {
      extract(page);
    } catch {
      // an input the extractor refuses costs what it cost
    }
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / pages.length;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

for (const build of builds) pass(build.extract);
const times = builds.map(() => []);
for (let round = 0; round < passes; round++) builds.forEach((build, i) => times[i].push(pass(build.extract)));

console.log(`${set === 'wcxb' ? 'WCXB dev' : 'scrapinghub'} html: ${pages.length} pages, ${megabytes.toFixed(1)} MB, ${passes} timed passes per build after one warm-up`);
builds.forEach((build, i) => console.log(`  ${build.name.padEnd(40)} ${median(times[i]).toFixed(2)} CPU ms/page`));
if (builds.length > 1) {
  const ratio = median(times[0].map((t, round) => t / times[1][round]));
  console.log(`  this checkout / other: ${ratio.toFixed(2)}× (median of per-round ratios)`);
}
