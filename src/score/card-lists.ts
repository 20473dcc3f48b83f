/**
 * Lists of cards in a lynx dump. lynx sets every line of a list item under the item's text, so a
 * list of teaser cards (a picture's caption, a section label, a headline, item after item) shows
 * as bullets, each with lines of its own under it, the last a headline. A story's list has items
 * of a line each, or items that end in a sentence (a question and its answer) or run long (posts).
 */
import type { Block, Features, Verdict } from '../model/index.js';
import { CARD_LIST, HEADING_MAX_WORDS } from '../settings.js';
import { mapped } from '../model/mapped.js';

const FULL_STOP = /[.。]["'”’»)\]]*$/u;

/** The runs of a dump's list items: each item's first block and the block after the run. */
function itemRuns(blocks: Block[]): { items: number[]; end: number }[] {
  const runs: { items: number[]; end: number }[] = [];
  let run: { items: number[]; end: number } | null = null;
  blocks.forEach((b, i) => {
    if (b.itemLine === undefined) {
      run = null;
      return;
    }
    if (b.itemLine === 0) {
      if (!run) runs.push((run = { items: [], end: i }));
      run.items.push(i);
    }
    if (run) run.end = i + 1;
  });
  return runs;
}

/** Marks the lines of card lists as a widget's (dumps only: HTML has its own list structure). */
export function markCardLists(verdicts: Verdict[], features: Features[], blocks: Block[]): void {
  for (const run of itemRuns(blocks)) {
    if (run.items.length < CARD_LIST.minItems) continue;
    const ends = mapped(run.items, (_, k) => run.items[k + 1] ?? run.end);
    const isCard = (start: number, k: number): boolean => {
      const last = features[ends[k]! - 1]!;
      // a headline may ask (`…, but for how long?`); an answer, a step, a post's text ends on a full stop
      return ends[k]! - start >= CARD_LIST.minLines && verdicts[ends[k]! - 1]!.grade !== 'bad' && last.words >= CARD_LIST.headlineMinWords && last.words <= HEADING_MAX_WORDS && !FULL_STOP.test(blocks[ends[k]! - 1]!.text);
    };
    const cards = run.items.filter(isCard).length;
    if (cards < run.items.length * CARD_LIST.cardShare) continue;
    let longest = 0;
    for (let i = run.items[0]!; i < run.end; i++) longest = Math.max(longest, features[i]!.words);
    if (longest > CARD_LIST.maxWords) continue;
    for (let i = run.items[0]!; i < run.end; i++) {
      if (verdicts[i]!.grade !== 'bad') verdicts[i] = { grade: 'bad', reason: `card list (${run.items.length} items)`, family: 'teaser', rule: 'teaser/card-list' };
    }
  }
}
