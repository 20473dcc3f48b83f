import { describe, expect, it } from 'vitest';
import { extractTrace } from '../../src/index.js';
import { findGrid } from '../../src/select/grid.js';
import { makeBlock } from '../helpers.js';

const ITEMS = [
  ['Merino crew sweater in charcoal', '$89.00'],
  ['Linen shirt with a camp collar', '$64.00'],
  ['Organic cotton chinos, slim fit', '$79.00'],
  ['Waxed canvas field jacket', '$210.00'],
  ['Lambswool beanie with a ribbed cuff', '$35.00'],
  ['Selvedge denim jeans, straight leg', '$120.00'],
  ['Oxford cloth button-down shirt', '$72.00'],
  ['Quilted vest with snap pockets', '$98.00'],
];
const FACETS = ['Size', 'Small (12)', 'Medium (18)', 'Large (9)', 'Colour', 'Navy (7)', 'Olive (4)', 'Sort by: Featured'];

/** The one paragraph of prose such a page has: a word on the shop, which the story region finds. */
const ABOUT = 'We have made our clothes in the same small workshop by the harbour since the spring of 1978, and every piece is cut, sewn and checked there by hand before it is folded and sent out to you.';

/** A shop's category: facets beside it, a heading, a grid of cards (a linked name, a price, a button), a word on the shop below. */
function collectionPage(): string {
  const cards = ITEMS.map(([name, price], i) => `<li class="card"><h3><a href="/products/item-${i}">${name}</a></h3><span class="price">${price}</span><button>Add to cart</button></li>`).join('\n');
  const facets = FACETS.map((f) => `<li>${f}</li>`).join('');
  return `<html><head><title>Menswear</title></head><body>
    <nav><a href="/">Home</a> <a href="/collections/men">Men</a> <a href="/collections/women">Women</a></nav>
    <div class="page"><div><ul>${facets}</ul></div>
    <div class="results"><h1>Menswear</h1><ul class="grid">${cards}</ul></div>
    <div><p>${ABOUT}</p></div></div>
    <footer><p>© Harbour Outfitters. All rights reserved.</p></footer></body></html>`;
}

describe('a shop grid', () => {
  it('keeps every item of a category page in order, without its facets and buttons', () => {
    const trace = extractTrace(collectionPage(), { url: 'https://shop.example/collections/menswear' });
    expect(trace.page.type).toBe('collection');
    const text = trace.result.text;
    let at = -1;
    for (const [name, price] of ITEMS) {
      expect(text.indexOf(name)).toBeGreaterThan(at);
      at = text.indexOf(name);
      expect(text).toContain(price);
    }
    for (const facet of FACETS.slice(1)) expect(text).not.toContain(facet);
    expect(text).not.toContain('Add to cart');
    expect(text).not.toContain('workshop by the harbour');
    expect(text).not.toContain('All rights reserved');
    expect(trace.blocks.some((b) => b.rule === 'select/shop-grid')).toBe(true);
  });

  it('finds no grid in one-line items (a facet list, a language picker)', () => {
    const list = { id: 1, parent: null };
    const blocks = FACETS.map((f, i) => makeBlock(f, { container: { id: i + 2, parent: list }, linkChars: f.length }));
    const features = blocks.map((b) => ({ words: b.text.split(' ').length, stopwordDensity: 0, linkDensity: 1, endsSentence: false, sentences: 1, titleCase: true }));
    expect(findGrid(blocks, features)).toBeNull();
  });

  it('keeps the cards under a line of introduction on a page typed article, not a story\'s related items', () => {
    const products = ITEMS.map(([name], i) => `<div class="tile"><div><a href="/posts/${i}">${name}</a></div><div>Clothing • Handmade • Wool</div></div>`).join('');
    const page = (intro: string) => `<html><head><meta property="og:type" content="article"><title>Launches</title></head><body>
      <main><h1>Launched today</h1><p>${intro}</p><div class="tiles">${products}</div></main></body></html>`;
    const listing = extractTrace(page('Every morning we pick the new things our readers made and show them here for a day.'));
    expect(listing.page.type).toBe('article');
    for (const [name] of ITEMS) expect(listing.result.text).toContain(name);
    const story = extractTrace(page(`${ABOUT} ${ABOUT}`));
    expect(story.result.text).toContain('small workshop by the harbour');
    expect(story.result.text).not.toContain(ITEMS[0]![0]);
  });

  it('gives back the linked names where the story region is the grid itself, its cards\' review lines read as prose', () => {
    const reviews = ['reviewers', 'buyers', 'customers', 'members', 'walkers', 'shoppers', 'owners', 'testers'];
    const cards = ITEMS.map(([name, price], i) => `<li class="card"><div><a href="/products/item-${i}">${name}</a></div><div>${price}</div><div>${120 + i * 7} ${reviews[i]} gave it an average rating of 4.${i} out of 5 stars over the years</div></li>`).join('\n');
    const page = `<html><head><title>Boots</title></head><body>
      <nav><a href="/">Home</a> <a href="/c/boots">Boots</a> <a href="/c/tents">Tents</a></nav>
      <main><h1>Boots</h1><ul class="results">${cards}</ul></main>
      <footer><p>© Trail Outfitters. All rights reserved.</p></footer></body></html>`;
    const trace = extractTrace(page, { url: 'https://shop.example/c/boots' });
    expect(trace.page.type).toBe('collection');
    for (const [name, price] of ITEMS) {
      expect(trace.result.text).toContain(name);
      expect(trace.result.text).toContain(price);
    }
    expect(trace.result.text).not.toContain('All rights reserved');
  });

  it('keeps a category\'s introduction under its headline with the guide the story region finds below its grid', () => {
    const intro = 'Our jumpers are knitted from the wool of sheep that graze the hills behind the harbour, spun and dyed in the village before they reach the workshop.';
    const guide = Array.from({ length: 4 }, (_, i) => `<p>Choosing a jumper starts with the yarn: a lambswool knit is soft and light, while a heavier merino holds its shape through the winter, and part ${i + 1} of this guide explains how to pick a size that fits over a shirt without bunching at the cuffs.</p>`).join('');
    const cards = ITEMS.map(([name, price], i) => `<li class="card"><h3><a href="/products/item-${i}">${name}</a></h3><span class="price">${price}</span></li>`).join('\n');
    const page = (box: string) => `<html><head><title>Jumpers</title></head><body>
      <nav><a href="/">Home</a> <a href="/collections/men">Men</a></nav>
      <main><div class="top"><h1>Jumpers</h1><div class="${box}"><div><div><div><p>${intro}</p></div></div></div></div></div>
      <div><div><div><ul class="grid">${cards}</ul></div></div></div>
      <div><div><div><section class="guide"><h2>How to choose a jumper</h2>${guide}</section></div></div></div></main>
      <footer><p>© Harbour Outfitters. All rights reserved.</p></footer></body></html>`;
    // in a plain box, and in one weakly named like boilerplate (a banner)
    for (const box of ['intro', 'category-banner']) {
      const trace = extractTrace(page(box), { url: 'https://shop.example/collections/jumpers' });
      expect(trace.page.type).toBe('collection');
      expect(trace.result.text).toContain('Choosing a jumper starts with the yarn');
      expect(trace.result.text).toContain('graze the hills behind the harbour');
      expect(trace.blocks.some((b) => b.rule === 'select/category-intro')).toBe(true);
    }
    // not in one named like a sign-up box
    expect(extractTrace(page('newsletter'), { url: 'https://shop.example/collections/jumpers' }).result.text).not.toContain('graze the hills');
  });

  it('keeps a category\'s introduction under its headline with its grid, where the grid is the content', () => {
    const intro = 'Our jumpers are knitted from the wool of sheep that graze the hills behind the harbour, spun and dyed in the village before they reach the workshop.';
    const story = 'We began in a shed by the quay in 1978 with one loom and a bag of fleece, and today twelve knitters work in the old net loft, each piece cut, sewn and checked there by hand before it is folded and sent out to you.';
    const cards = ITEMS.map(([name, price], i) => `<li class="card"><h3><a href="/products/item-${i}">${name}</a></h3><span class="price">${price}</span><p>Knitted by hand.</p></li>`).join('\n');
    const page = `<html><head><title>Jumpers</title></head><body>
      <nav><a href="/">Home</a> <a href="/collections/men">Men</a></nav>
      <main><div class="top"><h1>Jumpers</h1><div class="intro"><div><div><div><p>${intro}</p></div></div></div></div></div>
      <div><div><div><p>${story}</p><ul class="grid">${cards}</ul></div></div></div></main>
      <footer><p>© Harbour Outfitters. All rights reserved.</p></footer></body></html>`;
    const trace = extractTrace(page, { url: 'https://shop.example/collections/jumpers' });
    expect(trace.page.type).toBe('collection');
    expect(trace.blocks.some((b) => b.rule === 'select/shop-grid')).toBe(true);
    for (const [name] of ITEMS) expect(trace.result.text).toContain(name);
    expect(trace.result.text).toContain('graze the hills behind the harbour');
    expect(trace.result.text.indexOf('graze the hills')).toBeLessThan(trace.result.text.indexOf('a shed by the quay'));
  });

  it('ends a category\'s introduction where the page\'s furniture resumes under it', () => {
    const intro = 'Our jumpers are knitted from the wool of sheep that graze the hills behind the harbour, spun and dyed in the village before they reach the workshop.';
    const promo = 'Members of the knitting club save a tenth on every order, hear about new colours first and are invited to the open day at the loft each spring.';
    const guide = Array.from({ length: 4 }, (_, i) => `<p>Choosing a jumper starts with the yarn: a lambswool knit is soft and light, while a heavier merino holds its shape through the winter, and part ${i + 1} of this guide explains how to pick a size that fits over a shirt without bunching at the cuffs.</p>`).join('');
    const cards = ITEMS.map(([name, price], i) => `<li class="card"><h3><a href="/products/item-${i}">${name}</a></h3><span class="price">${price}</span></li>`).join('\n');
    const page = `<html><head><title>Jumpers</title></head><body>
      <nav><a href="/">Home</a> <a href="/collections/men">Men</a></nav>
      <main><div class="top"><h1>Jumpers</h1><div class="intro"><div><div><div><p>${intro}</p></div></div></div></div></div>
      <div><div><div><div><p><a href="/club">Join the knitting club today</a></p><p>${promo}</p></div></div></div></div>
      <div><div><div><ul class="grid">${cards}</ul></div></div></div>
      <div><div><div><section class="guide"><h2>How to choose a jumper</h2>${guide}</section></div></div></div></main>
      <footer><p>© Harbour Outfitters. All rights reserved.</p></footer></body></html>`;
    const text = extractTrace(page, { url: 'https://shop.example/collections/jumpers' }).result.text;
    expect(text).toContain('graze the hills behind the harbour');
    expect(text).toContain('Choosing a jumper starts with the yarn');
    expect(text).not.toContain('knitting club save a tenth');
  });
});
