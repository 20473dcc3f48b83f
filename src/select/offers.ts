import type { Block, Features, Verdict } from '../model/index.js';
import { CALL_TO_ACT_RULE } from '../rules/notices.js';
import { LINK_RULES } from '../rules/links.js';
import { ruleName } from '../rules/rule.js';
import { LINKED_CARD_WORDS } from '../settings.js';
import { mapped } from '../model/mapped.js';

const CALL_TO_ACT = ruleName(CALL_TO_ACT_RULE);
const LINK_TEXT = ruleName(LINK_RULES[0]!);

/**
 * On a service page a call to act (`Download our guide to learn more`, `Get started today with…`),
 * a row of cards (its services, each a linked name and a line) and a card linked whole (its name
 * and its summary in one link, `LINKED_CARD_WORDS` or more) are what the page offers: inside
 * the story region they are content, nearly prose, for their neighbours to decide, as a feature's
 * heading is. Outside it, and under an element named like boilerplate, they stay what they were:
 * the sign-up box and the footer's links. Returns the verdicts to label the story by.
 */
export function offersWithinStory(blocks: Block[], verdicts: Verdict[], region: { start: number; end: number }, features: Features[]): Verdict[] {
  return mapped(verdicts, (v, i) => {
    const card = v.rule === LINK_TEXT && features[i]!.words >= LINKED_CARD_WORDS;
    const offer = v.rule === CALL_TO_ACT || v.family === 'teaser' || card;
    return offer && i >= region.start && i <= region.end && blocks[i]!.hint >= 0 ? { ...v, grade: 'near', reason: `${v.reason}, an offer of the page's` } : v;
  });
}
