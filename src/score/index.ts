import type { Block, Features } from '../types.js';
import { measure } from './features.js';
import { classify, normaliseForRepeat, regionWeight, repeatCounts, type Verdict } from './classify.js';
import { markTeaserRuns } from './teasers.js';
import { markTemplateLines, type LineStats } from './template.js';

/** What a short unlinked list item costs, as a share of what a short line does. */
const LIST_ITEM_SHARE = 0.25;

export interface Scores {
  features: Features[];
  verdicts: Verdict[];
  /** Each block's weight in the search for the story region. */
  weights: number[];
  /** Each block's text normalised for counting repeats. */
  keys: string[];
}

/**
 * Labels every block from its own evidence, then from the batch it came in (lines that recur across
 * documents), then from the patterns it forms with its neighbours.
 */
export function scoreBlocks(blocks: Block[], stopwords: Set<string>, batch?: LineStats, site?: string): Scores {
  const features = blocks.map((b) => measure(b, stopwords));
  const keys = blocks.map((b) => normaliseForRepeat(b.text));
  const repeats = repeatCounts(blocks, keys);
  const verdicts = blocks.map((b, i) => classify(b, features[i]!, repeats, keys[i]));
  if (batch) markTemplateLines(verdicts, features, keys, batch, site);
  markTeaserRuns(verdicts, features, blocks);
  const weights = verdicts.map((v, i) => {
    const block = blocks[i]!;
    // in HTML, where links are known, an unlinked line is story-like enough to cost less: a repeat
    // may be the story's own (see select) and costs what a short line does; a short list item,
    // unlinked (menus link theirs), is a bullet of the story's and costs a quarter of that
    const unlinked = block.container !== null && block.linkChars === 0;
    if (unlinked && v.cue === 'repeat') return regionWeight('short', features[i]!);
    if (unlinked && v.cls === 'short' && block.kind === 'list-item') return regionWeight('short', features[i]!) * LIST_ITEM_SHARE;
    return regionWeight(v.cls, features[i]!);
  });
  return { features, verdicts, weights, keys };
}
