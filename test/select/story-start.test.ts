import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { gapWeights, type Region } from '../../src/select/region.js';
import { growOverRecurringGaps, growToNumberedSections } from '../../src/select/story-start.js';

const dump = (name: string) => readFileSync(new URL(`../../fixtures/dumps/${name}.txt`, import.meta.url), 'utf8');

/**
 * Lines by letter: `P` a paragraph of 40 words, `p` one of 10 (a disclosure), `s` a short line printed once; a digit
 * a short line the page prints as often as that digit appears (the furniture `Pros`, `Check price`).
 */
function grown(shape: string, start: number): number {
  const weights = [...shape].map((c) => (c === 'P' ? 40 : c === 'p' ? 10 : -2));
  const isProse = (i: number) => shape[i] === 'P' || shape[i] === 'p';
  const keys = [...shape].map((c, i) => (/\d/.test(c) ? `line ${c}` : `line at ${i}`));
  const region: Region = { start, end: shape.length - 1, why: 'test' };
  return growOverRecurringGaps(region, gapWeights(weights, isProse), isProse, (i) => Math.max(weights[i]!, 0), keys).start;
}

describe("a roundup's first sections above gaps of its own furniture", () => {
  it("keeps a dump's introduction and first item above the pros and cons its later items print too", () => {
    const { text } = extract(dump('roundup-furniture'), { inputFormat: 'text' });
    expect(text).toContain('We filled nine travel mugs');
    expect(text).toContain('The Harbor Flask kept coffee above sixty degrees');
    expect(text).toContain('update this guide if a new mug');
    expect(text).not.toContain('Privacy policy');
  });

  it('grows the run back over a gap whose lines recur among its own, section by section', () => {
    expect(grown('sP12sP12sPP12sPP', 9)).toBe(1);
  });

  it("stops at a gap of lines printed once or twice (a menu, a contents list's entries), and above a line of prose alone", () => {
    expect(grown('sPsssPP12sPP12sPP', 5)).toBe(5);
    expect(grown('sP345P345sPP', 5)).toBe(5);
    expect(grown('sp12sPP12sPP12sPP', 5)).toBe(5);
  });
});

describe("a listicle's numbered sections", () => {
  it("keeps a dump's introduction and first sections above the spec sheets that cost the run more than their prose pays", () => {
    const { text } = extract(dump('numbered-sections'), { inputFormat: 'text' });
    expect(text).toContain('A certificate will not win a client');
    expect(text).toContain('The PMP is the certificate clients ask for');
    expect(text).toContain('finish it before you raise your rates');
    expect(text).not.toContain('Privacy policy');
  });

  it('grows only to a chain of headings numbered in turn with prose between them, not to a contents list', () => {
    const texts = ['Contents', '1. One', '2. Two', '3. Three', 'intro', '1. One', 'para', '2. Two', 'para', '3. Three', 'para'];
    const prose = (i: number) => texts[i] === 'para' || texts[i] === 'intro';
    const words = (i: number) => (prose(i) ? 40 : 2);
    const weights = texts.map((_, i) => (prose(i) ? 40 : -2));
    const region: Region = { start: 8, end: 10, why: 'test' };
    expect(growToNumberedSections(region, gapWeights(weights, prose), texts, prose, words).start).toBe(4);
    // the contents list's chain alone: no prose between its entries
    const contents = texts.slice(0, 5).concat(['para', 'para']);
    const listed: Region = { start: 5, end: 6, why: 'test' };
    expect(growToNumberedSections(listed, gapWeights(contents.map((t) => (t === 'para' ? 40 : -2))), contents, (i) => contents[i] === 'para', (i) => (contents[i] === 'para' ? 40 : 2))).toBe(listed);
  });
});
