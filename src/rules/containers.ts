/** The enclosing elements' names and roles, weighed on the hint scale segmentation reads off them. */
import { HINT_BAD, HINT_NEVER, LONG_WORDS } from '../settings.js';
import type { Rule } from './rule.js';

export const CONTAINER_RULES: Rule[] = [
  {
    // a container's name outweighs a block's shape, except for long prose under a weak hint
    id: 'boilerplate-container', family: 'container', grade: 'bad',
    test: (e) => e.block.hint <= HINT_BAD && (e.block.hint <= HINT_NEVER || e.f.words < LONG_WORDS),
    reason: (e) => `inside ${e.block.hintReason || 'boilerplate container'}`,
    examples: { fires: [{ text: 'Our partners and sponsors', hint: -3, hintReason: '<nav>' }], passes: [{ text: 'Our partners and sponsors', hint: -1 }] },
  },
];
