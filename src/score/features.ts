import type { Block, Features } from '../model/index.js';
import { words } from '../features/words.js';
import { isTitleCase } from '../features/case.js';
import { endsSentence, sentenceCount } from '../features/sentences.js';
import { CAPITALISED_SHARE, HEADLINE_MAX_WORDS } from '../settings.js';

/**
 * Languages that capitalise every noun: a sentence of theirs can look like Headline Case, so
 * there only a line whose every longer word is capitalised is one.
 */
const NOUN_CAPITALISING = new Set(['de', 'lb']);

/** The share of capitalised longer words that makes Headline Case in the page's language. */
export function headlineCaseShare(lang: string | null): number {
  return lang !== null && NOUN_CAPITALISING.has(lang) ? 1 : CAPITALISED_SHARE;
}

/** Measures one block (whose words may be given, when the caller has them): size, stopword density, link density, sentence shape. */
export function measure(block: Block, stopwords: Set<string>, list = words(block.text), capitalisedShare = CAPITALISED_SHARE): Features {
  let stop = 0;
  for (const w of list) if (stopwords.has(w)) stop++;
  const chars = block.text.length || 1;
  return {
    words: list.length,
    stopwordDensity: list.length ? stop / list.length : 0,
    linkDensity: block.linkChars / chars,
    endsSentence: endsSentence(block.text),
    sentences: sentenceCount(block.text),
    // only a headline's length of words is ever read as Headline Case
    titleCase: list.length <= HEADLINE_MAX_WORDS && isTitleCase(block.text, capitalisedShare),
  };
}
