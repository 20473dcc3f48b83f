import { SENTENCE_CLOSERS, SENTENCE_MARKS, SENTENCE_SPLIT } from '../vocab/index.js';

const ENDS = new Set(SENTENCE_MARKS);
const CLOSERS = new Set(SENTENCE_CLOSERS);

/**
 * Whether the text ends a sentence, as `SENTENCE_END` tests it, read from its end: the pattern
 * ends in `$`, so run over a paragraph it tried every punctuation mark in it. The two classes share
 * no character, so the mark can only stand just before the closers that end the text.
 */
export function endsSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSERS.has(text[end - 1]!)) end--;
  return end > 0 && ENDS.has(text[end - 1]!);
}

/** How many times `SENTENCE_SPLIT` matches the text, counted without an array of the matches (every block is measured). */
export function sentenceCount(text: string): number {
  // every match is at least a character long, and a failed test sets lastIndex back to 0
  SENTENCE_SPLIT.lastIndex = 0;
  let count = 0;
  while (SENTENCE_SPLIT.test(text)) count++;
  return count;
}
