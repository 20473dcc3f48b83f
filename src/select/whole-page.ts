import type { Block, Decision, Features, InputFormat, PageType, Verdict } from '../model/index.js';
import { EDGE_LEAD_LINES, ONE_OF_MANY, REPEATED_POST_WORDS, TRIMMED_PAGE_TYPES, TYPED_ONE_OF_MANY } from '../settings.js';

/**
 * The types of page whose main content is many items of one kind, where a story region is held to
 * `TYPED_ONE_OF_MANY`: threads and listings. In a dump, whose region is the tighter, service pages
 * too (sections of one kind). Not shops: a product page or a shop's category shows the item or the
 * grid in one element, beside much else.
 */
const MANY_ITEMS: Record<InputFormat, ReadonlySet<PageType>> = {
  html: new Set(['forum', 'listing']),
  text: new Set(['forum', 'listing', 'service']),
};

/**
 * What a page offers as content when it is not one story: every block outside the elements named
 * like boilerplate, but for the lines its own evidence calls boilerplate. A listing's cards are
 * linked headlines in a rhythm, a thread's posts repeat their furniture: on such a page the links,
 * teasers and repeats are the content, so those verdicts do not count here. A dump's repeated
 * line is a menu's, or a teaser's headline printed twice: there no copy counts, but where
 * `features` are given (the content kept, not the share judged) one of a post's length does.
 */
function pageContent(blocks: Block[], verdicts: Verdict[], keys: string[], format: InputFormat, features?: Features[]): boolean[] {
  const copies = new Map<string, number>();
  if (format === 'text') for (const key of keys) copies.set(key, (copies.get(key) ?? 0) + 1);
  return blocks.map((block, i) => {
    const verdict = verdicts[i]!;
    // a line of a post's length printed twice is a post quoted in a reply, not a menu's
    const repeatedProse = features !== undefined && features[i]!.words >= REPEATED_POST_WORDS;
    if (block.hint < 0 || ((copies.get(keys[i]!) ?? 0) > 1 && !repeatedProse)) return false;
    return verdict.grade !== 'bad' || verdict.family === 'teaser' || verdict.family === 'links' || verdict.family === 'repeat';
  });
}

/**
 * A region that holds a small share of the page's content is one card of a listing, one post of a
 * thread, one section of a service page: the page is not one story, and its content is the whole
 * of it (Readability.js and trafilatura fall back the same way when the text they chose is short
 * against the page). A region amid link lists that holds most of the page's prose is the story
 * still. The share is taken with the verdicts of the story's selection (`judged`: the articles
 * nested in a story are its related items), the content kept with the blocks' own (`graded`: on a
 * page of many items a nested article is one of them, a post of the thread). A line the batch
 * found to be the site's template counts in the share as the page alone grades it (`alone`): the
 * bars were measured on single pages, whose furniture counts. Returns the decisions to use
 * instead, or null where the story stands.
 */
export function wholePageDecisions(
  blocks: Block[],
  scores: { features: Features[]; graded: Verdict[]; judged: Verdict[]; keys: string[]; alone?: Verdict[] },
  decisions: Decision[],
  format: InputFormat,
  pageType: PageType,
): Decision[] | null {
  const { features, alone } = scores;
  const fromTemplate = (v: Verdict) => v.family === 'template' || v.family === 'recurring';
  const verdicts = alone ? scores.judged.map((v, i) => (fromTemplate(v) ? alone[i]! : v)) : scores.judged;
  const counted = pageContent(blocks, verdicts, scores.keys, format);
  const count = { kept: 0, content: 0, keptProse: 0, prose: 0 };
  blocks.forEach((_, i) => {
    const words = features[i]!.words;
    const prose = verdicts[i]!.grade === 'good';
    if (decisions[i]!.keep) {
      count.kept += words;
      if (prose) count.keptProse += words;
    }
    if (counted[i]) {
      count.content += words;
      if (prose) count.prose += words;
    }
  });
  const bar = ONE_OF_MANY[format];
  const oneOfMany = count.kept < count.content * (MANY_ITEMS[format].has(pageType) ? Math.max(bar.words, TYPED_ONE_OF_MANY) : bar.words)
    || (count.kept < count.content * bar.mixed && count.keptProse < count.prose * bar.prose);
  if (count.content === 0 || !oneOfMany) return null;
  const share = Math.round((count.kept / count.content) * 100);
  const { graded } = scores;
  const content = pageContent(blocks, graded, scores.keys, format, features);
  const whole = blocks.map((_, i) => {
    const decision = decisions[i]!;
    if (!content[i]) return decision.keep ? { keep: false, reason: graded[i]!.reason, heading: false, rule: graded[i]!.rule ?? 'select/whole-page' } : decision;
    if (decision.keep) return decision;
    return { keep: true, reason: `page content: the story region held ${share}% of it, one item of many`, heading: false, rule: 'select/whole-page' };
  });
  if (format === 'text' && TRIMMED_PAGE_TYPES.has(pageType)) trimEdges(whole, graded);
  return whole;
}

/**
 * A dump has no element names to leave a page's menus and footer out of its whole content: on a
 * page of posts or sections the content runs from the first line of prose (with the line before
 * it, the thread's or section's title) to the last; the lines before and after are the furniture.
 * Not on a listing or a collection, whose content is short lines with no prose, nor on an article,
 * whose lead often comes in short lines.
 */
function trimEdges(decisions: Decision[], verdicts: Verdict[]): void {
  const prose = (i: number) => decisions[i]!.keep && verdicts[i]!.grade === 'good';
  const first = decisions.findIndex((_, i) => prose(i));
  if (first < 0) return;
  let last = first;
  decisions.forEach((_, i) => {
    if (prose(i)) last = i;
  });
  let lead = first;
  for (let k = 0; k < EDGE_LEAD_LINES; k++) {
    let j = lead - 1;
    while (j >= 0 && !decisions[j]!.keep) j--;
    if (j < 0) break;
    lead = j;
  }
  decisions.forEach((d, i) => {
    if (d.keep && (i < lead || i > last)) decisions[i] = { keep: false, reason: 'before the first or after the last prose of a page of many items', heading: false, rule: 'select/whole-page-edge' };
  });
}
