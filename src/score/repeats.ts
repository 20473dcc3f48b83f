import type { Block, Features } from '../model/index.js';
import { COPIED_RUN_LINES, LINK_DENSITY_BAD, REPEATED_PROSE_MIN_WORDS } from '../settings.js';
import { words } from '../features/words.js';
import { mapped } from '../model/mapped.js';

/** A line's lower-cased words as the key its copies are counted under; a page sets one line with straight and curly apostrophes. */
export function lineKey(list: string[]): string {
  const key = list.join(' ');
  return key.includes('’') ? key.replaceAll('’', "'") : key;
}

export function normaliseForRepeat(text: string): string {
  return lineKey(words(text));
}

/** Counts of each normalised block text in one document: repeated blocks are widgets or menus. */
export function repeatCounts(blocks: Block[], keys = mapped(blocks, (b) => normaliseForRepeat(b.text))): Map<string, number> {
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

/**
 * A dump of a page that prints its story twice (a builder's copy for another screen, a reader
 * view under the page) holds the same paragraphs again, in the same order. A line alone printed
 * twice is a teaser's summary, in the featured box and in the list; paragraphs one after another
 * that come again one after another are the story and its copy. Where `COPIED_RUN_LINES` long
 * lines or more in a row each come again, in step, later, and hold more words than the page's
 * other long lines: the first copies (graded as prose) and the later ones (copies, never the
 * story's text twice).
 */
export function copiedRuns(blocks: Block[], features: Features[], keys: string[], repeats: ReadonlyMap<string, number>): { firsts: Set<number>; later: Set<number> } {
  const firsts = new Set<number>();
  const later = new Set<number>();
  // the dump's long lines, in order, and where each line's next copy stands among them
  const long: number[] = [];
  blocks.forEach((b, i) => {
    if (b.container === null && features[i]!.words >= REPEATED_PROSE_MIN_WORDS) long.push(i);
  });
  const nextCopy = new Array<number>(long.length).fill(-1);
  const lastAt = new Map<string, number>();
  for (let k = long.length - 1; k >= 0; k--) {
    const key = keys[long[k]!]!;
    if ((repeats.get(key) ?? 0) < 2) continue;
    nextCopy[k] = lastAt.get(key) ?? -1;
    lastAt.set(key, k);
  }
  // runs of long lines whose copies follow one another as they do
  let start = 0;
  for (let k = 0; k <= long.length; k++) {
    const inStep = k > start && k < long.length && nextCopy[k]! >= 0 && nextCopy[k]! === nextCopy[k - 1]! + 1;
    if (inStep) continue;
    if (k - start >= COPIED_RUN_LINES) {
      for (let m = start; m < k; m++) {
        firsts.add(long[m]!);
        later.add(long[nextCopy[m]!]!);
      }
    }
    start = k < long.length && nextCopy[k]! >= 0 ? k : k + 1;
  }
  for (const i of later) firsts.delete(i);
  // a ticker of teasers printed twice to scroll round holds less prose than the story beside it
  let copiedWords = 0;
  let otherWords = 0;
  for (const i of long) {
    if (firsts.has(i)) copiedWords += features[i]!.words;
    else if (!later.has(i)) otherWords += features[i]!.words;
  }
  return copiedWords > otherWords ? { firsts, later } : { firsts: new Set(), later: new Set() };
}
