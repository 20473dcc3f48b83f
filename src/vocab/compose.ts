import type { Words } from './words/index.js';
import { pooled } from './words/index.js';
import { controlPatterns } from './controls.js';
import { headingPatterns } from './headings.js';
import { noticePatterns } from './notices.js';
import { stampPatterns } from './stamps.js';

/** Every pattern made of words, each taking its words from all the given languages. */
export function composePatterns(languages: readonly Words[]) {
  const words = pooled(languages);
  return { ...controlPatterns(words), ...stampPatterns(words), ...noticePatterns(words), ...headingPatterns(words) };
}

export type VocabularyPatterns = ReturnType<typeof composePatterns>;
