/** A line the page prints more than once: a widget's, a menu's, or a template's. */
import { normaliseForRepeat } from '../score/repeats.js';
import { LINK_DENSITY_BAD, REPEAT_MIN_WORDS, TEMPLATE_COPIES } from '../settings.js';
import type { BlockEvidence, Rule } from './rule.js';

function copies(e: BlockEvidence): number {
  return e.f.words >= REPEAT_MIN_WORDS ? e.repeats.get(e.key ?? normaliseForRepeat(e.text)) ?? 0 : 0;
}

export const REPEAT_RULES: Rule[] = [
  {
    // after the patterns: a notice or a stamp is one however often the page repeats it; weak
    // alone (interviews repeat a question, recipes a step), unless linked or repeated many times
    id: 'repeated-in-page', family: 'repeat',
    grade: (e) => (e.f.linkDensity >= LINK_DENSITY_BAD || copies(e) >= TEMPLATE_COPIES ? 'bad' : 'short'),
    test: (e) => copies(e) > 1,
    reason: (e) => `repeated ${copies(e)} times in the page`,
    examples: { fires: [{ text: 'The weekly digest of local news and events', copies: 2 }], passes: [{ text: 'The weekly digest of local news and events', copies: 1 }] },
  },
];
