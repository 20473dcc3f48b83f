import type { Block, Decision, Verdict } from '../model/index.js';

/**
 * A page kept whole prints some of its content twice: a carousel's slides cloned for its loop, a
 * tab's panel again as an accordion for the phone, a listing's cards once in the featured row and
 * again in the feed. A line the page repeats that was kept already goes the second time, whether
 * the story region kept it (every copy in the story) or the whole page did. Changes `decisions`
 * in place.
 */
export function dropLaterCopies(decisions: Decision[], blocks: Block[], verdicts: Verdict[], keys: string[]): void {
  const printed = new Set<string>();
  decisions.forEach((d, i) => {
    if (!d.keep || !blocks[i]!.text) return;
    if (verdicts[i]!.family !== 'repeat' || !printed.has(keys[i]!)) {
      printed.add(keys[i]!);
      return;
    }
    decisions[i] = { keep: false, reason: `${verdicts[i]!.reason}, a copy of a line kept above`, heading: false, rule: 'select/later-copy' };
  });
}
