import { franc } from 'franc-min';
// the one table needed, not the package's index, which loads every table of the standard
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { createRequire } from 'node:module';
import { DETECTION_MIN_CHARS, DETECTION_SAMPLE_CHARS } from '../settings.js';

const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
const cache = new Map<string, Set<string>>();

/** franc names the variety (Mandarin, Standard Arabic); ISO 639-1 codes only the macrolanguage. These are the ones franc-min can answer. */
const MACROLANGUAGE: Record<string, string> = {
  cmn: 'zh', arb: 'ar', pes: 'fa', zlm: 'ms', swh: 'sw', uzn: 'uz', azj: 'az', plt: 'mg', npi: 'ne', pbu: 'ps', ckb: 'ku', fuv: 'ff', qug: 'qu', zyb: 'za', koi: 'kv',
};

/** ISO 639-1 code of the text's language, or null when it cannot be told. */
export function detectLanguage(sample: string): string | null {
  const code3 = franc(sample.slice(0, DETECTION_SAMPLE_CHARS), { minLength: DETECTION_MIN_CHARS });
  if (code3 === 'und') return null;
  return iso6393To1[code3] ?? MACROLANGUAGE[code3] ?? null;
}

/** The stopword set for a language; English when the language has no list (most pages quote some). */
export function stopwordsFor(lang: string | null): Set<string> {
  const key = lang && lists[lang] ? lang : 'en';
  let set = cache.get(key);
  if (!set) {
    set = new Set(lists[key]!.map((w) => w.toLowerCase()));
    cache.set(key, set);
  }
  return set;
}
