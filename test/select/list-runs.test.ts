import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { bridgeListRuns, gapWeights } from '../../src/select/region.js';
import { LIST_BRIDGE } from '../../src/settings.js';

const dump = (name: string) => readFileSync(new URL(`../../fixtures/dumps/${name}.txt`, import.meta.url), 'utf8');

/** `P` a paragraph of 30 words, `p` prose of 12 (a menu's blurb), `s` a short line, `T` one in headline case, `x` boilerplate. */
function bridged(shape: string): number[] {
  const weights = [...shape].map((c) => (c === 'P' ? 30 : c === 'p' ? 12 : c === 'x' ? -10 : -2));
  const isProse = (i: number) => shape[i] === 'P' || shape[i] === 'p';
  const gapped = gapWeights(weights, isProse);
  bridgeListRuns(gapped, weights, isProse, (i) => shape[i] === 'x', (i) => Math.max(weights[i]!, 0), (i) => shape[i] === 'T');
  return gapped;
}

describe("a dump's list between a story's paragraphs", () => {
  it("keeps the review's first section above its lists of pros and cons", () => {
    const { text } = extract(dump('story-lists'), { inputFormat: 'text' });
    expect(text).toContain('We boiled water in eleven kettles');
    expect(text).toContain('Base slides on a wet counter');
    expect(text).toContain('update this guide with anything that beats');
    expect(text).not.toContain('Privacy policy');
  });

  it('costs a run of short lines its own weights where the story goes on after it', () => {
    expect(bridged('PssssPP')).toEqual([30, -2, -2, -2, -2, 30, 30]);
  });

  it('leaves the growing cost to a run with boilerplate in it, one before a single paragraph, and one too long for a list', () => {
    expect(bridged('PssxsPP')).toEqual([30, -2, -4, -30, -8, 30, 30]);
    expect(bridged('PssssP')).toEqual([30, -2, -4, -6, -8, 30]);
    const long = `P${'s'.repeat(LIST_BRIDGE.maxLines + 1)}PP`;
    expect(bridged(long).slice(1, 5)).toEqual([-2, -4, -6, -8]);
  });

  it("leaves it to a page's header after a line of prose, and to a run of headline-cased names (a grid of cards)", () => {
    expect(bridged('pssssPP')).toEqual([12, -2, -4, -6, -8, 30, 30]);
    expect(bridged('PTTTsPP')).toEqual([30, -2, -4, -6, -8, 30, 30]);
    expect(bridged('PTsssPP')).toEqual([30, -2, -2, -2, -2, 30, 30]);
  });
});
