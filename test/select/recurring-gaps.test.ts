import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { gapWeights, growOverRecurringGaps, type Region } from '../../src/select/region.js';

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
