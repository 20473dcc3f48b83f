/** Teaser widgets a dump flattened into lines (their rhythms across lines are found in `score/teasers.ts`). */
import type { Rule } from './rule.js';

export const GLUED_RULES: Rule[] = [
  {
    id: 'glued-teaser', family: 'glued', grade: 'bad', reason: 'headline glued to a summary (teaser widget)',
    test: (e) => e.block.glued,
    examples: { fires: [{ text: 'Markets Rally AgainStocks rose for a third day on Friday.', glued: true }], passes: ['Markets Rally AgainStocks rose for a third day on Friday.'] },
  },
];
