/**
 * The classifier, as an ordered list: a block takes the verdict of the first rule that fires.
 * The order is the meaning: evidence of boilerplate comes before repeats (a notice is one
 * however often the page prints it), repeats before links and containers, and the shape of
 * prose (jusText's grades) last, where the final rule always fires.
 */
import { AUTHOR_BOX_RULES, AUTHOR_NOTE_RULES } from './credits.js';
import { CONTAINER_RULES } from './containers.js';
import { LINK_RULES } from './links.js';
import { COUNTER_RULES, META_LINE_RULES } from './meta-lines.js';
import { CREDIT_LINE_RULES, NOTICE_RULES, PITCH_RULES, SMALL_PRINT_RULES } from './notices.js';
import { REPEAT_RULES } from './repeats.js';
import type { Rule } from './rule.js';
import { SHAPE_RULES } from './shape.js';
import { GLUED_RULES } from './widgets.js';

export const BLOCK_RULES: readonly Rule[] = [
  ...GLUED_RULES,
  ...META_LINE_RULES,
  ...PITCH_RULES,
  ...NOTICE_RULES,
  ...AUTHOR_NOTE_RULES,
  ...CREDIT_LINE_RULES,
  ...COUNTER_RULES,
  ...SMALL_PRINT_RULES,
  ...AUTHOR_BOX_RULES,
  ...REPEAT_RULES,
  ...LINK_RULES,
  ...CONTAINER_RULES,
  ...SHAPE_RULES,
];
