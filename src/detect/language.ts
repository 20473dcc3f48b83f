import { franc } from 'franc-min';
// the one table needed, not the package's index, which loads every table of the standard
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { createRequire } from 'node:module';
import type { Block } from '../model/index.js';
import { DECLARED_FIT, DETECTED_FIT_RATIO, DETECTION_MIN_CHARS, DETECTION_SAMPLE_CHARS, ENGLISH_FIT, LANGUAGE_SAMPLE_CHARS, LANGUAGE_SAMPLE_MIN_CHARS, LANGUAGE_SAMPLE_MIN_WORDS } from '../settings.js';
import { mapped } from '../model/mapped.js';

const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
const cache = new Map<string, Set<string>>();

/** franc names the variety (Mandarin, Standard Arabic); ISO 639-1 codes only the macrolanguage. These are the ones franc-min can answer. */
const MACROLANGUAGE: Record<string, string> = {
  cmn: 'zh', arb: 'ar', pes: 'fa', zlm: 'ms', swh: 'sw', uzn: 'uz', azj: 'az', plt: 'mg', npi: 'ne', pbu: 'ps', ckb: 'ku', fuv: 'ff', qug: 'qu', zyb: 'za', koi: 'kv',
};

/** ISO 639-1 code of the text's language, or null when it cannot be told. */
function detectLanguage(sample: string): string | null {
  const code3 = franc(sample.slice(0, DETECTION_SAMPLE_CHARS), { minLength: DETECTION_MIN_CHARS });
  if (code3 === 'und') return null;
  return iso6393To1[code3] ?? MACROLANGUAGE[code3] ?? null;
}

/** The stopword set for a language; English when the language has no list (most pages quote some). */
export function stopwordsFor(lang: string | null): Set<string> {
  const key = lang && lists[lang] ? lang : 'en';
  let set = cache.get(key);
  if (!set) {
    set = new Set(mapped(lists[key]!, (w) => w.toLowerCase()));
    cache.set(key, set);
  }
  return set;
}

// ---------------------------------------------------------------- the page's language

/** Whether the text has at least this many space-separated words, without splitting it. */
function hasWords(text: string, count: number): boolean {
  let at = -1;
  for (let spaces = 0; spaces < count - 1; spaces++) if ((at = text.indexOf(' ', at + 1)) < 0) return false;
  return true;
}

/** The longest blocks make the best sample for telling the language: their text, and their words as the page's blocks were already cut into. */
function languageSample(blocks: Block[], lists: string[][]): { sample: string; list: string[] } {
  const long: number[] = [];
  blocks.forEach((b, i) => {
    if (b.text.length > LANGUAGE_SAMPLE_MIN_CHARS || hasWords(b.text, LANGUAGE_SAMPLE_MIN_WORDS)) long.push(i);
  });
  long.sort((a, b) => blocks[b]!.text.length - blocks[a]!.text.length);
  let sample = '';
  const list: string[] = [];
  for (const i of long) {
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
    sample += `${blocks[i]!.text}\n`;
    for (const word of lists[i]!) list.push(word);
  }
  return { sample, list };
}

function stopwordShare(list: string[], lang: string): number {
  if (list.length === 0) return 0;
  const stopwords = stopwordsFor(lang);
  let count = 0;
  for (const w of list) if (stopwords.has(w)) count++;
  return count / list.length;
}

/**
 * The language of a sample: most pages are English, and an English sample says so in its
 * function words, which costs a pass over its words; the trigram detector costs about a
 * millisecond and a half a call and answers the rest.
 */
function detect(list: string[], sample: string): string | null {
  return stopwordShare(list, 'en') >= ENGLISH_FIT ? 'en' : detectLanguage(sample);
}

/**
 * The language to read the page in: the declared one, unless its stopwords hardly occur and
 * detection names a language whose stopwords do (an English article on a site declared `de`);
 * detection alone for dumps and undeclared pages.
 */
export function pageLanguage(declared: string | null, blocks: Block[], lists: string[][]): string | null {
  const { sample, list } = languageSample(blocks, lists);
  if (!declared) return detect(list, sample);
  const fit = stopwordShare(list, declared);
  if (fit >= DECLARED_FIT) return declared;
  const detected = detect(list, sample);
  return detected && detected !== declared && stopwordShare(list, detected) > fit * DETECTED_FIT_RATIO ? detected : declared;
}
