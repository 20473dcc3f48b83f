import type { Block, Features, SiteLineCounts, Verdict } from '../model/index.js';
import { headlineCaseShare, measure } from './features.js';
import { classify } from './classify.js';
import { copiedRuns, firstCopiesOfProse, lineKey, repeatCounts } from './repeats.js';
import { regionWeight } from './weights.js';
import { voidLayoutNames, voidStoryPathNames } from '../rules/containers.js';
import { voidPageForms } from '../rules/page-form.js';
import { markTeaserRuns } from './teasers.js';
import { markCardLists } from './card-lists.js';
import { markTemplateBoilerplate, markTemplateLines, templateVerdicts } from './template.js';
import { classPath } from './sketch.js';
import { LINK_DENSITY_BAD, LIST_ITEM_SHARE, TERSE_SENTENCE } from '../settings.js';
import { mapped } from '../model/mapped.js';

export interface Scores {
  features: Features[];
  verdicts: Verdict[];
  /** Each block's weight in the search for the story region. */
  weights: number[];
  /** Each block's text normalised for counting repeats. */
  keys: string[];
  /** The verdicts as the page alone gives them, before the batch's template marked its lines (only where a batch was given). */
  alone?: Verdict[];
  /** A dump's verdicts before the rhythms of teaser lists marked their lines (only in a dump where one did). */
  beforeTeasers?: Verdict[];
}

/** A short line that ends a sentence of a few words, with the stopwords of prose. */
function isTerseSentence(v: Verdict, f: Features): boolean {
  return v.grade === 'short' && f.endsSentence && f.words >= TERSE_SENTENCE.words && f.stopwordDensity >= TERSE_SENTENCE.stopwords;
}

/** A dump's block's weight in the search for the story region: its grade's, but nothing for a terse sentence. */
export function dumpWeight(v: Verdict, f: Features): number {
  // a dump's short line that is a whole sentence, worded like prose (`It is the baseline.`),
  // is a story's terse line: a menu, a button or a headline ends no sentence
  return isTerseSentence(v, f) ? 0 : regionWeight(v.grade, f);
}

/** The counts a block is classified with when its copies do not count against it. */
const ONE_COPY: ReadonlyMap<string, number> = new Map();

/** The later copy of a dump's story printed twice (`copiedRuns`). */
const COPY: Verdict = { grade: 'bad', reason: 'a later copy of paragraphs the page prints twice', family: 'repeat', rule: 'repeat/copied-story' };

/**
 * Labels every block from its own evidence, then from the batch it came in (lines that recur across
 * documents), then from the patterns it forms with its neighbours. `lists` holds each block's words (`words` of its text), cut once by the caller.
 */
export function scoreBlocks(blocks: Block[], stopwords: Set<string>, batch: SiteLineCounts | undefined, site: string | undefined, lang: string | null, lists: string[][]): Scores {
  const share = headlineCaseShare(lang);
  const features = mapped(blocks, (b, i) => measure(b, stopwords, lists[i], share));
  voidPageForms(blocks, features);
  voidLayoutNames(blocks, features);
  const paths = batch?.templatePathPages ? mapped(blocks, (b) => classPath(b.container)) : undefined;
  if (paths && batch?.storyPathPages) voidStoryPathNames(blocks, mapped(paths, (p) => batch.storyPathPages!(p, site) > 0));
  const keys = mapped(lists, lineKey);
  const repeats = repeatCounts(blocks, keys);
  const firsts = firstCopiesOfProse(blocks, features, keys, repeats);
  const copied = copiedRuns(blocks, features, keys, repeats);
  const verdicts = mapped(blocks, (b, i) => (copied.later.has(i) ? COPY : classify(b, features[i]!, firsts.has(i) || copied.firsts.has(i) ? ONE_COPY : repeats, keys[i])));
  const alone = batch ? [...verdicts] : undefined;
  const template = batch ? templateVerdicts(verdicts, features, keys, batch, site, paths) : null;
  if (template) markTemplateLines(verdicts, template);
  const flat = !blocks.some((b) => b.container !== null);
  const beforeTeasers = flat ? [...verdicts] : undefined;
  markTeaserRuns(verdicts, features, blocks);
  if (flat) markCardLists(verdicts, features, blocks);
  if (template) markTemplateBoilerplate(verdicts, template);
  // in HTML the story's element is weighed as the page alone shows it: the site's template inside
  // it (a share bar, a wishlist button) stands in that element on every page, story and all
  const weighed = template && alone ? mapped(verdicts, (v, i) => (template[i] && blocks[i]!.container && alone[i]!.grade !== 'bad' ? alone[i]! : v)) : verdicts;
  // the elements that hold a paragraph of prose directly (a `<p>`'s parent)
  const proseHomes = new Set<number>();
  weighed.forEach((v, i) => {
    const home = blocks[i]!.container?.parent;
    if (v.grade === 'good' && home) proseHomes.add(home.id);
  });
  const weights = mapped(weighed, (v, i) => {
    const block = blocks[i]!;
    const f = features[i]!;
    if (block.container === null) return dumpWeight(v, f);
    // in HTML, where links are known, a line that is mostly not a link is story-like enough to
    // cost less: menus and teasers link theirs. A short line or a repeat beside the story's own
    // paragraphs, in the same element, is the story's (a sub-heading, a step of a plan) and
    // costs nothing; elsewhere a repeat may still be the story's (see select) and costs what a
    // short line does, and a short list item, a bullet, a quarter of that
    if (f.linkDensity >= LINK_DENSITY_BAD || (v.grade !== 'short' && v.family !== 'repeat')) return regionWeight(v.grade, f);
    const home = block.container.parent;
    if (home && proseHomes.has(home.id)) return 0;
    if (v.family === 'repeat') return regionWeight('short', f);
    return regionWeight('short', f) * (block.kind === 'list-item' ? LIST_ITEM_SHARE : 1);
  });
  return { features, verdicts, weights, keys, alone, beforeTeasers };
}
