/** Blocks that are mostly link text: menus, tag lists, related links. */
import { LINK_DENSITY_BAD, LINK_DENSITY_SENTENCE, PROSE_WORDS } from '../settings.js';
import type { BlockEvidence, Rule } from './rule.js';

/** A sentence that links its subject is still a sentence; a list of links has no sentence end. */
const linkLimit = (e: BlockEvidence) => (e.f.endsSentence && e.f.words >= PROSE_WORDS ? LINK_DENSITY_SENTENCE : LINK_DENSITY_BAD);

export const LINK_RULES: Rule[] = [
  {
    id: 'link-text', family: 'links', grade: 'bad',
    test: (e) => e.f.linkDensity > linkLimit(e),
    reason: (e) => `link text (${Math.round(e.f.linkDensity * 100)}%)`,
    examples: { fires: [{ text: 'World Politics Business Sport', linkChars: 29 }], passes: [{ text: 'World Politics Business Sport', linkChars: 5 }] },
  },
];
