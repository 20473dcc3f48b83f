import type { Block, Features } from '../types.js';
import { measure } from './features.js';
import { classify, normaliseForRepeat, regionWeight, repeatCounts, type Verdict } from './classify.js';
import { markTeaserRuns } from './teasers.js';
import { markTemplateLines, type LineStats } from './template.js';

export interface Scores {
  features: Features[];
  verdicts: Verdict[];
  /** Each block's weight in the search for the story region. */
  weights: number[];
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
  // in HTML, where links are known, an unlinked repeat may be the story's own (see select): it
  // costs what a short line does
  const weights = verdicts.map((v, i) => regionWeight(v.cue === 'repeat' && blocks[i]!.linkChars === 0 && blocks[i]!.container ? 'short' : v.cls, features[i]!));
  return { features, verdicts, weights };
}
