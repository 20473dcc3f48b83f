import type { Block, Features, SiteLineCounts, Verdict } from '../model/index.js';
import { headlineCaseShare, measure } from './features.js';
import { words } from '../features/words.js';
import { classify } from './classify.js';
import { lineKey, repeatCounts } from './repeats.js';
import { regionWeight } from './weights.js';
import { voidLayoutNames } from '../rules/containers.js';
import { markTeaserRuns } from './teasers.js';
import { markTemplateLines } from './template.js';
import { LINK_DENSITY_BAD, LIST_ITEM_SHARE, REPEATED_PROSE_MIN_WORDS } from '../settings.js';

export interface Scores {
  features: Features[];
  verdicts: Verdict[];
  /** Each block's weight in the search for the story region. */
  weights: number[];
  /** Each block's text normalised for counting repeats. */
  keys: string[];
}

/**
 * A thread of posts or a listing of items has the rhythm of a comment feed or a teaser widget,
 * and is the page's story: where the blocks a rhythm marks hold more prose than all the rest of
 * the page, the marks are undone (HTML only: a dump's lines have no other evidence to go by).
 */
function keepRhythmsThatAreTheStory(graded: Verdict[], verdicts: Verdict[], features: Features[]): void {
  let marked = 0;
  let rest = 0;
  verdicts.forEach((v, i) => {
    if (graded[i]!.grade !== 'good') return;
    if (v.family === 'teaser' && v !== graded[i]) marked += features[i]!.words;
    else rest += features[i]!.words;
  });
  if (marked === 0 || marked < rest) return;
  verdicts.forEach((v, i) => {
    if (v.family === 'teaser' && v !== graded[i]) verdicts[i] = graded[i]!;
  });
}

/** The counts a block is classified with when its copies do not count against it. */
const ONE_COPY: ReadonlyMap<string, number> = new Map();

/**
 * A page that prints its story twice (one copy for each screen size, a builder's mirrored
 * section) would lose both copies as repeats: in HTML, the first copy of a repeated paragraph of
 * prose is graded as prose, the others stay repeats.
 */
function firstCopiesOfProse(blocks: Block[], features: Features[], keys: string[], repeats: ReadonlyMap<string, number>): Set<number> {
  const seen = new Set<string>();
  const firsts = new Set<number>();
  keys.forEach((key, i) => {
    const f = features[i]!;
    // a dump prints a teaser's summary twice, and its links are not known: HTML only; and a
    // ticker repeats its list of teasers to scroll them round
    const block = blocks[i]!;
    if (block.container === null || block.kind === 'list-item' || (repeats.get(key) ?? 0) < 2 || f.words < REPEATED_PROSE_MIN_WORDS || f.linkDensity >= LINK_DENSITY_BAD || seen.has(key)) return;
    seen.add(key);
    firsts.add(i);
  });
  return firsts;
}

/**
 * Labels every block from its own evidence, then from the batch it came in (lines that recur across
 * documents), then from the patterns it forms with its neighbours.
 */
export function scoreBlocks(blocks: Block[], stopwords: Set<string>, batch?: SiteLineCounts, site?: string, lang: string | null = null): Scores {
  const lists = blocks.map((b) => words(b.text));
  const share = headlineCaseShare(lang);
  const features = blocks.map((b, i) => measure(b, stopwords, lists[i], share));
  voidLayoutNames(blocks, features);
  const keys = lists.map(lineKey);
  const repeats = repeatCounts(blocks, keys);
  const firsts = firstCopiesOfProse(blocks, features, keys, repeats);
  const verdicts = blocks.map((b, i) => classify(b, features[i]!, firsts.has(i) ? ONE_COPY : repeats, keys[i]));
  if (batch) markTemplateLines(verdicts, features, keys, batch, site);
  const graded = verdicts.slice();
  markTeaserRuns(verdicts, features, blocks);
  if (blocks.some((b) => b.container !== null)) keepRhythmsThatAreTheStory(graded, verdicts, features);
  // the elements that hold a paragraph of prose directly (a `<p>`'s parent)
  const proseHomes = new Set<number>();
  verdicts.forEach((v, i) => {
    const home = blocks[i]!.container?.parent;
    if (v.grade === 'good' && home) proseHomes.add(home.id);
  });
  const weights = verdicts.map((v, i) => {
    const block = blocks[i]!;
    const f = features[i]!;
    // in HTML, where links are known, a line that is mostly not a link is story-like enough to
    // cost less: menus and teasers link theirs. A short line or a repeat beside the story's own
    // paragraphs, in the same element, is the story's (a sub-heading, a step of a plan) and
    // costs nothing; elsewhere a repeat may still be the story's (see select) and costs what a
    // short line does, and a short list item, a bullet, a quarter of that
    if (block.container === null || f.linkDensity >= LINK_DENSITY_BAD || (v.grade !== 'short' && v.family !== 'repeat')) return regionWeight(v.grade, f);
    const home = block.container.parent;
    if (home && proseHomes.has(home.id)) return 0;
    if (v.family === 'repeat') return regionWeight('short', f);
    return regionWeight('short', f) * (block.kind === 'list-item' ? LIST_ITEM_SHARE : 1);
  });
  return { features, verdicts, weights, keys };
}
