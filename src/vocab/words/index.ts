import type { Concept, Vocabulary, Words } from './types.js';
import { CONCEPTS } from './types.js';
import { en } from './en.js';
import { de } from './de.js';
import { fr } from './fr.js';
import { es } from './es.js';
import { it } from './it.js';
import { pt } from './pt.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { ru } from './ru.js';
import { zh } from './zh.js';
import { ja } from './ja.js';

export type { Concept, Vocabulary, Words } from './types.js';
export { CONCEPTS } from './types.js';

/**
 * Every language the patterns know, by ISO 639-1 code. A language is added by writing its file
 * (the concepts it has words for) and naming it here; each pattern takes its
 * words from all of them, in this order.
 */
export const LANGUAGES: Readonly<Record<string, Words>> = { en, de, fr, es, it, pt, nl, pl, ru, zh, ja };

/** The languages' words pooled by concept, in the order the languages are given. */
export function pooled(languages: readonly Words[]): Vocabulary {
  const all = {} as Record<Concept, Vocabulary[Concept]>;
  for (const concept of CONCEPTS) all[concept] = languages.flatMap((words) => words[concept] ?? []);
  return all;
}
