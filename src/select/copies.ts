import type { Block, Decision, Verdict } from '../model/index.js';
import { COPIED_PASSAGE } from '../settings.js';
import { mapped } from '../model/mapped.js';

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

/**
 * A page may print a whole passage twice, a layout's copy for the phone or a text shown again
 * below its fold: the story region takes both, each line of the second a repeat of the first. A
 * run of kept lines in a row, each a copy of a line kept above, goes where it holds paragraphs of
 * prose (`COPIED_PASSAGE`); short copies alone are an interview's questions or a card's labels,
 * and a lone long copy the terms printed under each offer. Changes `decisions` in place.
 */
export function dropCopiedPassages(decisions: Decision[], blocks: Block[], verdicts: Verdict[], keys: string[], words: (i: number) => number): void {
  const printed = new Set<string>();
  const isCopy = mapped(decisions, (d, i) => {
    if (!d.keep) return false;
    if (verdicts[i]!.family === 'repeat' && printed.has(keys[i]!)) return true;
    printed.add(keys[i]!);
    return false;
  });
  const kept = decisions.flatMap((d, i) => (d.keep && blocks[i]!.text ? [i] : []));
  for (let a = 0; a < kept.length; a++) {
    if (!isCopy[kept[a]!]) continue;
    let b = a;
    while (b + 1 < kept.length && isCopy[kept[b + 1]!]) b++;
    const run = kept.slice(a, b + 1);
    const paragraphs = run.filter((i) => words(i) >= COPIED_PASSAGE.proseWords).length;
    if (paragraphs >= COPIED_PASSAGE.proseParagraphs) {
      for (const i of run) decisions[i] = { keep: false, reason: `${verdicts[i]!.reason}, in a passage printed twice`, heading: false, rule: 'select/copied-passage' };
    }
    a = b;
  }
}
