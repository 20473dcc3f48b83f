import type { Block, Features } from '../model/index.js';
import { LINK_DENSITY_BAD, REPEATED_PROSE_MIN_WORDS } from '../settings.js';
import { words } from '../features/words.js';

/** A line's lower-cased words as the key its copies are counted under; a page sets one line with straight and curly apostrophes. */
export function lineKey(list: string[]): string {
  const key = list.join(' ');
  return key.includes('’') ? key.replaceAll('’', "'") : key;
}

export function normaliseForRepeat(text: string): string {
  return lineKey(words(text));
}

/** Counts of each normalised block text in one document: repeated blocks are widgets or menus. */
export function repeatCounts(blocks: Block[], keys = blocks.map((b) => normaliseForRepeat(b.text))): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * A page that prints its story twice (one copy for each screen size, a builder's mirrored
 * section) would lose both copies as repeats: in HTML, the first copy of a repeated paragraph of
 * prose is graded as prose, the others stay repeats.
 */
export function firstCopiesOfProse(blocks: Block[], features: Features[], keys: string[], repeats: ReadonlyMap<string, number>): Set<number> {
  const seen = new Set<string>();
  const firsts = new Set<number>();
  keys.forEach((key, i) => {
    const f = features[i]!;
    // a dump prints a teaser's summary twice, and its links are not known: HTML only; and a
    // ticker repeats its list of teasers to scroll them round
    const block = blocks[i]!;
    if (block.container === null || block.kind === 'list-item' || (repeats.get(key) ?? 0) < 2 || f.words < REPEATED_PROSE_MIN_WORDS || f.linkDensity >= LINK_DENSITY_BAD || seen.has(key)) return;
    seen.add(key);
    firsts.add(i);
  });
  return firsts;
}
