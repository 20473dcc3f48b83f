#!/usr/bin/env node
// How many links and pictures the Markdown keeps, over a benchmark's HTML pages: the figure to
// set beside another extractor's (trafilatura --links --images keeps 1,465 links and 375 images
// on the 181 scrapinghub pages).
//
// Counts   link and image nodes of the Markdown as CommonMark parses it (what a reader gets),
//          and how many pages have any; a link around a picture counts once each.
//
// usage: node scripts/markdown-counts.mjs [--set scrapinghub|wcxb] [--no-images]   (after npm run build)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'commonmark';
import { extract } from '../dist/index.js';

const args = process.argv.slice(2);
const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'scrapinghub';
const images = !args.includes('--no-images');
const dir = new URL(`../../shared/bench/${set}/html/`, import.meta.url).pathname;

const totals = { pages: 0, links: 0, images: 0, pagesWithLinks: 0, pagesWithImages: 0, relativeLinks: 0 };
for (const file of readdirSync(dir).sort()) {
  let markdown;
  try {
    markdown = extract(readFileSync(join(dir, file)), { source: file, images }).markdown;
  } catch {
    continue;
  }
  const counts = { link: 0, image: 0 };
  const walker = new Parser().parse(markdown).walker();
  for (let step = walker.next(); step; step = walker.next()) {
    if (!step.entering || (step.node.type !== 'link' && step.node.type !== 'image')) continue;
    counts[step.node.type]++;
    if (step.node.type === 'link' && !/^[a-z][a-z\d+.-]*:/i.test(step.node.destination ?? '')) totals.relativeLinks++;
  }
  totals.pages++;
  totals.links += counts.link;
  totals.images += counts.image;
  if (counts.link) totals.pagesWithLinks++;
  if (counts.image) totals.pagesWithImages++;
}
console.log(`${set}: ${totals.pages} pages; ${totals.links} links (${totals.relativeLinks} relative) on ${totals.pagesWithLinks} pages, ${totals.images} images on ${totals.pagesWithImages} pages${images ? '' : ' (--no-images)'}`);
