import type { Block } from '../model/index.js';
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
