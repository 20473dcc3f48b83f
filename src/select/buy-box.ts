/**
 * A product page's buy box, as a dump prints it: the item's name, a line about it, its price, the
 * button that puts it in a cart, then the lines of its options and terms, in short lines that
 * the story search calls furniture. The story it finds is the item's description under them.
 */
import type { Decision, StoryRegion, Verdict } from '../model/index.js';
import { CART_LINE, PRICE_LINE } from '../detect/page-words.js';
import { BUY_BOX } from '../settings.js';

/** A line short enough to be a price or a button, not a paragraph that names one. */
const isLine = (text: string, pattern: RegExp) => text.length <= BUY_BOX.lineChars && pattern.test(text);

/**
 * Where the buy box above the story starts: a few lines above the first price that a cart's
 * button follows closely, or -1 where there is none within `BUY_BOX.maxLines` of the story.
 */
export function buyBoxStart(texts: string[], storyStart: number): number {
  const from = Math.max(0, storyStart - BUY_BOX.maxLines);
  for (let c = from; c < storyStart; c++) {
    if (!isLine(texts[c]!, CART_LINE)) continue;
    for (let p = Math.max(from, c - BUY_BOX.priceReach); p <= c; p++) {
      if (isLine(texts[p]!, PRICE_LINE)) return Math.max(from, p - BUY_BOX.nameLines);
    }
  }
  return -1;
}

/**
 * Keeps a product dump's buy box above its story, from the name to the story, but its price and
 * button lines. A box with a boilerplate line in it is none. Returns the region grown over it, or
 * null where there is no buy box.
 */
export function keepBuyBox(decisions: Decision[], verdicts: Verdict[], texts: string[], region: StoryRegion | null): StoryRegion | null {
  if (!region) return null;
  const start = buyBoxStart(texts, region.start);
  if (start < 0) return null;
  // a box broken by the page's furniture is a grid of other items, or the cart's drawer, not the item's
  for (let i = start; i < region.start; i++) if (verdicts[i]!.grade === 'bad') return null;
  for (let i = start; i < region.start; i++) {
    if (decisions[i]!.keep) continue;
    // its price and its button are the shop's controls, not the item's text
    if (isLine(texts[i]!, PRICE_LINE) || isLine(texts[i]!, CART_LINE)) continue;
    decisions[i] = { keep: true, reason: 'the buy box above the story: the item’s name, its line and options', heading: false, rule: 'select/buy-box' };
  }
  return { ...region, start, why: `${region.why}, and the buy box above it` };
}
