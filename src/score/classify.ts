import type { Block, Features } from '../types.js';
import {
  BOILERPLATE_SENTENCE, BYLINE_LINE, COUNTER_LINE, DATE_LINE, SOURCE_LINE, UI_LINE,
} from '../features/patterns.js';
import {
  BAD_PENALTY, BOILERPLATE_MAX_WORDS, HEADLINE_MAX_WORDS, HINT_BAD, HINT_NEVER, LINK_DENSITY_BAD, LONG_WORDS, NEAR_WEIGHT,
  PROSE_STOPWORDS, PROSE_WORDS, REPEAT_MIN_WORDS, SHORT_PENALTY, SHORT_WORDS,
} from './thresholds.js';

/** jusText's classes: prose, nearly prose, too short to tell, boilerplate. */
export type BlockClass = 'good' | 'near' | 'short' | 'bad';

export interface Verdict {
  cls: BlockClass;
  reason: string;
}

export function normaliseForRepeat(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Counts of each normalised block text in one document: repeated blocks are widgets or menus. */
export function repeatCounts(blocks: Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const key = normaliseForRepeat(b.text);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The class of one block from its own evidence, before its neighbours are looked at. */
export function classify(block: Block, f: Features, repeats: Map<string, number>): Verdict {
  const text = block.text;
  if (block.glued) return { cls: 'bad', reason: 'headline glued to a summary (teaser widget)' };
  if (f.words >= REPEAT_MIN_WORDS && (repeats.get(normaliseForRepeat(text)) ?? 0) > 1) {
    // weak alone: interviews repeat questions, recipes repeat steps; teaser widgets repeat summaries
    return { cls: block.linkChars > 0 ? 'bad' : 'short', reason: 'repeated elsewhere in the page' };
  }
  if (f.words <= SHORT_WORDS * 2) {
    if (UI_LINE.test(text)) return { cls: 'bad', reason: 'interface text' };
    if (COUNTER_LINE.test(text)) return { cls: 'bad', reason: 'counter or relative time' };
    if (DATE_LINE.test(text)) return { cls: 'bad', reason: 'date line' };
    if (BYLINE_LINE.test(text) || SOURCE_LINE.test(text)) return { cls: 'bad', reason: 'byline or source line' };
  }
  if (f.words < BOILERPLATE_MAX_WORDS && BOILERPLATE_SENTENCE.test(text)) {
    return { cls: 'bad', reason: 'disclaimer, notice or pitch' };
  }
  if (f.linkDensity > LINK_DENSITY_BAD) return { cls: 'bad', reason: `link text (${Math.round(f.linkDensity * 100)}%)` };
  // a container's name outweighs a block's shape, except for long prose under a weak hint
  if (block.hint <= HINT_BAD && (block.hint <= HINT_NEVER || f.words < LONG_WORDS)) return { cls: 'bad', reason: `inside ${block.hintReason || 'boilerplate container'}` };
  if (block.kind === 'code' || block.kind === 'table') return { cls: 'near', reason: block.kind };
  // Headline Case is for headlines and pitches; in a story it is a heading, and stays only as one
  if (f.titleCase && f.words <= HEADLINE_MAX_WORDS) return { cls: 'short', reason: 'headline-cased line' };
  if (f.words >= LONG_WORDS) return { cls: 'good', reason: `prose, ${f.words} words` };
  if (f.words >= PROSE_WORDS && f.stopwordDensity >= PROSE_STOPWORDS) {
    return { cls: 'good', reason: `prose, ${f.words} words, ${Math.round(f.stopwordDensity * 100)}% stopwords` };
  }
  if (f.words <= SHORT_WORDS) return { cls: 'short', reason: `short, ${f.words} words` };
  return { cls: 'near', reason: `${f.words} words, ${Math.round(f.stopwordDensity * 100)}% stopwords` };
}

/** The block's weight in the search for the story region. */
export function regionWeight(cls: BlockClass, f: Features): number {
  switch (cls) {
    case 'good': return f.words;
    case 'near': return f.words * NEAR_WEIGHT;
    case 'short': return -SHORT_PENALTY;
    case 'bad': return -(BAD_PENALTY + f.words);
  }
}
