import type { Block, Container, Decision, Features, InputFormat, PageType, StoryRegion, Verdict } from '../model/index.js';
import { dumpWeight, type Scores } from '../score/index.js';
import { labelRegion } from './label.js';
import { bestRun, bestSubtree, bridgeListRuns, extendRegion, inNestedArticle, gapWeights, selfAndAncestors, storySections, trailingListEnd } from './region.js';
import { wholePageDecisions } from './whole-page.js';
import { growToStoryStart } from './story-start.js';
import { endAtWidgetHeading } from './story-end.js';
import { offersWithinStory } from './offers.js';
import { findGrid, gridDecisions, inside, listingCards, type Grid } from './grid.js';
import { growToProductName, shownInSections } from './product.js';
import { REVIEW_VERDICT, withoutReviews } from './product-reviews.js';
import { dropPostFurniture, findThread, threadDecisions } from './thread.js';
import { keepCardRun } from './card-run.js';
import { dropCopiedPassages, dropLaterCopies } from './copies.js';
import { keepBuyBox } from './buy-box.js';
import { keepIntroUnderHeadline } from './category-intro.js';
import { GRID, GROWN_PAGE_TYPES, LIST_BRIDGE, RHYTHM_PAGE_TYPES, LONG_WORDS, BRIDGED_WIDGET_COST, LINK_DENSITY_BAD, PROSE_REACH_LEVELS, RESUMED_PARAGRAPHS, WIDGET_EDGE_LINES } from '../settings.js';
import { mapped } from '../model/mapped.js';

/**
 * The types of page whose content may be a grid of cards (`select/grid.ts`): a shop's category
 * first, and the pages whose story holds little prose (a product with its variants, a service's
 * offers, a thread's index, a docs hub). An article only where its story is a line or two
 * (`GRID.articleStoryProse`, a listing's introduction), as elsewhere its grid is its related stories
 * (scrapinghub 0.981 to 0.978 with it); not a listing, whose cards the whole page keeps already
 * (WCXB collection 0.661 to 0.654 with it). Measured on WCXB dev html, collection alone to these:
 * all 0.843 to 0.844, listing 0.663 to 0.675, service 0.772 to 0.774, forum 0.746 to 0.747.
 */
const GRID_TYPES: ReadonlySet<PageType> = new Set(['collection', 'product', 'service', 'forum', 'documentation']);

export interface Selection {
  decisions: Decision[];
  region: StoryRegion | null;
  /** Each block's weight as the region search used it: in a dump, after the costs of gaps and the bridging of widgets. */
  weights: number[];
}

/**
 * Chooses the story as a region (in HTML the heaviest element, grown over sibling prose; in a
 * dump the densest run of lines), then decides every block in it by its neighbours. Where the
 * region is one item of many, the page's whole content is kept instead (`wholePageWhenEmpty`:
 * also where the region kept nothing). `describedWords`: the words of the description a product
 * page declares (its JSON-LD), which tell its item's text from a page of sections.
 */
export function selectStory(blocks: Block[], scores: Scores, format: InputFormat, pageType: PageType = 'article', wholePageWhenEmpty = true, describedWords = 0): Selection {
  const { scores: judged, reviews } = format === 'html' && pageType === 'product' ? withoutReviews(blocks, scores) : { scores: format === 'text' ? withoutTeaserRhythms(scores, pageType) : scores, reviews: null };
  const selection = chooseStory(blocks, judged, format, pageType, wholePageWhenEmpty, describedWords);
  if (reviews) selection.decisions = mapped(selection.decisions, (d, i) => (reviews[i] ? { keep: false, reason: REVIEW_VERDICT.reason, heading: false, rule: REVIEW_VERDICT.rule } : d));
  // a product page prints a tab's panel twice (for the desktop and the phone): each line is kept once
  if (format === 'html' && pageType === 'product') dropLaterCopies(selection.decisions, blocks, scores.verdicts, scores.keys);
  // a passage the page prints twice (a layout's copy) is read once, whatever the page
  if (format === 'html') dropCopiedPassages(selection.decisions, blocks, scores.verdicts, scores.keys, (i) => scores.features[i]!.words);
  // a dump's thread has no elements to find its posts by, but its posts' furniture recurs the same
  if (format === 'text' && pageType === 'forum') dropPostFurniture(selection.decisions, judged, 0);
  // a dump's product page prints its buy box in short lines above the description the search found
  if (format === 'text' && pageType === 'product') selection.region = keepBuyBox(selection.decisions, judged.verdicts, mapped(blocks, (b) => b.text), selection.region) ?? selection.region;
  // a dump's listing prints its cards as lines of one rhythm, which the story search cuts to one
  if (format === 'text') selection.region = keepCardRun(selection.decisions, judged.verdicts, judged.features, judged.keys, selection.region) ?? selection.region;
  return selection;
}

function chooseStory(blocks: Block[], scores: Scores, format: InputFormat, pageType: PageType, wholePageWhenEmpty: boolean, describedWords: number): Selection {
  const { features, weights } = scores;
  let { verdicts } = scores;
  const gapped = gapWeights(weights, (i) => verdicts[i]!.grade === 'good');
  if (format === 'text') bridgeWidgets(gapped, verdicts);
  if (format === 'text' && LIST_BRIDGE.pageTypes.has(pageType)) bridgeListRuns(gapped, weights, (i) => verdicts[i]!.grade === 'good', (i) => verdicts[i]!.grade === 'bad', (i) => features[i]!.words, (i) => features[i]!.titleCase);
  let region = format === 'html' ? bestSubtree(blocks, weights) : bestRun(gapped);
  const inGroup = mapped(blocks, (b) => b.kind === 'list-item' || b.kind === 'quote');
  if (region && format === 'html') {
    region = extendRegion(region, gapped);
    if (pageType === 'product') region = growToProductName(blocks, region, (i) => features[i]!.words, (i) => (verdicts[i]!.grade === 'good' ? features[i]!.words : 0));
    const nested = inNestedArticle(blocks, region);
    // the rule never empties the story: where every paragraph of prose sits in a nested article,
    // the articles are the story (the posts of a thread), not items beside it
    const prose = (i: number) => i >= region!.start && i <= region!.end && verdicts[i]!.grade === 'good';
    const storyOutsideNested = nested.some((inside, i) => !inside && prose(i));
    // a listing's cards are articles of their own inside the page's (a section's index): its items, not related ones
    if (storyOutsideNested && nested.includes(true) && pageType !== 'listing') {
      const sections = storySections(blocks, nested, (i) => prose(i) && !nested[i], (i) => verdicts[i]!.grade === 'good' && features[i]!.words >= LONG_WORDS);
      verdicts = mapped(verdicts, (v, i) => (nested[i] && !sections.has(i) ? { grade: 'bad', reason: 'inside an article within the story (a related item or a comment)', family: 'container', rule: 'select/nested-article' } : v));
    }
  } else if (region) {
    // a dump's densest run stops at a long gap (a share block, a box of links) that the story of a
    // page of sections or posts goes on past; grown over its blocks' own weights, the gaps' cost no
    // longer growing with their length
    if (GROWN_PAGE_TYPES.has(pageType)) region = extendRegion(region, weights);
    // a roundup's or a listicle's first sections stand above gaps of furniture its later ones print too
    ({ region, verdicts } = growToStoryStart(region, gapped, blocks, verdicts, scores.beforeTeasers, features, scores.keys, pageType));
    region = endAtWidgetHeading(region, blocks, features, verdicts, pageType);
    const end = trailingListEnd(region, (i) => verdicts[i]!.grade === 'bad', (i) => features[i]!.words, blocks.length);
    for (let i = region.end + 1; i <= end; i++) inGroup[i] = true;
    if (end > region.end) region = { ...region, end, why: `${region.why}, and the list that closes it` };
  }
  // only HTML tells a linked repeat (a teaser, a caption link) from a plain one
  if (region && format === 'html') verdicts = repeatsWithinStory(features, verdicts, scores.keys, region);
  if (region && format === 'html' && pageType === 'service') verdicts = offersWithinStory(blocks, verdicts, region, features);
  const decisions = labelRegion(
    {
      verdicts,
      features,
      isHeading: mapped(blocks, (b) => b.kind === 'heading'),
      inGroup,
      isCaption: mapped(blocks, (b) => b.kind === 'figure'),
      isData: mapped(blocks, (b) => b.kind === 'table' || b.kind === 'code'),
      passRepeats: format === 'html',
    },
    region,
    mapped(blocks, (b) => b.text),
  );
  if (region?.element) keepProseNearStory(blocks, verdicts, decisions, region.element);
  const thread = format === 'html' && pageType === 'forum' ? findThread(blocks, scores.verdicts, features) : null;
  if (thread) {
    const chosen = threadDecisions(blocks, scores, thread, decisions);
    return { decisions: chosen, region: { start: thread.start, end: thread.end, why: `the thread's ${thread.posts} posts` }, weights };
  }
  // a product page's grid is looked for first: a grid of many items is the page's content, no section of an item's
  const productGrid = format === 'html' && pageType === 'product' ? storyGrid(blocks, decisions, verdicts, features, pageType) : undefined;
  const sectioned = productGrid === undefined || shownInSections(describedWords, productGrid);
  const whole = wholePageWhenEmpty || decisions.some((d) => d.keep) ? wholePageDecisions(blocks, { features, graded: scores.verdicts, judged: verdicts, keys: scores.keys, alone: scores.alone }, decisions, format, pageType, sectioned) : null;
  if (whole) {
    const kept = whole.flatMap((d, i) => (d.keep ? [i] : []));
    region = kept.length ? { start: kept[0]!, end: kept.at(-1)!, why: 'the whole page: the story region held a small share of its content' } : region;
    return { decisions: whole, region: region && { start: region.start, end: region.end, why: region.why }, weights: format === 'html' ? weights : gapped };
  }
  const prose = storyProse(decisions, verdicts, features);
  const grid = productGrid !== undefined ? productGrid : format === 'html' ? storyGrid(blocks, decisions, verdicts, features, pageType) : null;
  if (grid) {
    const chosen = gridDecisions(blocks, scores.verdicts, decisions, grid);
    // the category's introduction under its headline comes with its grid as with its guide
    if (pageType === 'collection') keepIntroUnderHeadline(blocks, verdicts, chosen);
    const kept = chosen.flatMap((d, i) => (d.keep ? [i] : []));
    if (kept.length) return { decisions: chosen, region: { start: kept[0]!, end: kept.at(-1)!, why: `the shop's grid of ${grid.cards} items` }, weights };
  }
  if (format === 'html' && pageType === 'collection') keepIntroUnderHeadline(blocks, verdicts, decisions);
  const listed = format === 'html' && pageType === 'listing' && prose > 0 ? listingCards(blocks, scores.verdicts, features, decisions) : null;
  if (listed) return { ...listed, weights };
  return { decisions, region: region && { start: region.start, end: region.end, why: region.why }, weights: format === 'html' ? weights : gapped };
}

/**
 * A page whose story holds little prose (a line of introduction) shows its content as a grid of
 * items: that grid, or null. So does a shop's category whose story region is its grid itself (each
 * card's rating or blurb read as prose, its linked name as a link): there the region kept the
 * cards' lines but their names, which the grid's cards give back.
 */
function storyGrid(blocks: Block[], decisions: Decision[], verdicts: Verdict[], features: Features[], pageType: PageType): Grid | null {
  const gridBar = GRID_TYPES.has(pageType) ? GRID.storyProse : pageType === 'article' ? GRID.articleStoryProse : 0;
  if (storyProse(decisions, verdicts, features) < gridBar) return findGrid(blocks, features);
  if (pageType !== 'collection') return null;
  const grid = findGrid(blocks, features);
  return grid && grid.cards >= GRID.regionCards && keptWithin(grid, blocks, decisions, features) ? grid : null;
}

/** Whether most of the words the story kept lie in the grid's element. */
function keptWithin(grid: Grid, blocks: Block[], decisions: Decision[], features: Features[]): boolean {
  let within = 0;
  let kept = 0;
  decisions.forEach((d, i) => {
    if (!d.keep) return;
    kept += features[i]!.words;
    if (inside(blocks[i]!, grid.element)) within += features[i]!.words;
  });
  return within * 2 > kept;
}

/** Words of prose the story kept. */
function storyProse(decisions: Decision[], verdicts: Verdict[], features: Features[]): number {
  let words = 0;
  decisions.forEach((d, i) => {
    if (d.keep && verdicts[i]!.grade === 'good') words += features[i]!.words;
  });
  return words;
}

/** Where a caption before the story stands: outside the region, or inside it (grown over), read as a picture's. */
const SITE_LEADS: ReadonlySet<string> = new Set(['context/outside-story', 'context/caption']);

/**
 * The lead of a story often stands apart from its body, above a byline, a date line, a share bar
 * or a picture that cost the region more than it could grow over; so do a service page's opening
 * sections and a guide's intro. Paragraphs of prose before the story, within a few levels of its
 * element, in no element named like boilerplate and no other article, are the story's too, with
 * the heading above each; so is a caption there in an element that holds its own page's text on
 * most of the site's pages (a video's caption set above the lead: a lone page's captions there
 * are as often a gallery's or a product's other pictures).
 */
function keepProseNearStory(blocks: Block[], verdicts: Verdict[], decisions: Decision[], element: Container): void {
  let near: Container = element;
  for (let k = 0; k < PROSE_REACH_LEVELS && near.parent; k++) near = near.parent;
  const holdsStory = selfAndAncestors(element);
  // within the reach, and in no other article than the story's (a related item, a comment)
  const within = (b: Block) => {
    for (let c = b.container; c; c = c.parent) {
      if (c === near) return true;
      if (c.article && !holdsStory.has(c)) return false;
    }
    return false;
  };
  // before the story only: after it come the comments and the related items
  const first = decisions.findIndex((d) => d.keep);
  for (let i = 0; i < (first < 0 ? blocks.length : first); i++) {
    const b = blocks[i]!;
    const lead = b.kind === 'paragraph' ? decisions[i]!.rule === 'context/outside-story' : b.kind === 'figure' && b.container?.storyElement === true && SITE_LEADS.has(decisions[i]!.rule ?? '');
    if (!lead || verdicts[i]!.grade !== 'good' || b.hint < 0 || !within(b)) continue;
    decisions[i] = { keep: true, reason: `${verdicts[i]!.reason}, near the story`, heading: false, rule: 'context/prose-near-story' };
    const above = blocks[i - 1];
    if (above?.kind === 'heading' && verdicts[i - 1]!.grade !== 'bad' && !decisions[i - 1]!.keep && within(above)) {
      decisions[i - 1] = { keep: true, reason: 'heading of prose near the story', heading: true, rule: 'context/prose-near-story' };
    }
  }
}

/**
 * A line the page repeats is a template's (a share bar under every item) unless every copy lies
 * in the story: an interview asks each guest the same questions, a meal plan repeats its steps.
 * Those copies are short lines, for their neighbours to decide; linked repeats stay boilerplate.
 */
function repeatsWithinStory(features: Features[], verdicts: Verdict[], keys: string[], region: { start: number; end: number }): Verdict[] {
  const copies = new Map<string, number[]>();
  verdicts.forEach((v, i) => {
    if (v.family !== 'repeat') return;
    const at = copies.get(keys[i]!);
    if (at) at.push(i);
    else copies.set(keys[i]!, [i]);
  });
  const within = (at: number[]) => at.every((i) => i >= region.start && i <= region.end && features[i]!.linkDensity < LINK_DENSITY_BAD);
  let changed: Verdict[] | null = null;
  for (const at of copies.values()) {
    if (!within(at)) continue;
    changed ??= verdicts.slice();
    for (const i of at) changed[i] = { grade: 'short', reason: `repeated ${at.length} times, every copy in the story`, rule: 'select/repeat-in-story' };
  }
  return changed ?? verdicts;
}

/**
 * A dump flattens a box of teasers inside the story (`Most read`, six headlines) into lines that
 * cost the story its second half. Where prose comes before the box and the story plainly goes on
 * after it, paragraph after paragraph, the box costs as little as one short pause.
 */
function bridgeWidgets(gapped: number[], verdicts: Verdict[]): void {
  const n = verdicts.length;
  const isWidget = (i: number) => i < n && (verdicts[i]!.family === 'teaser' || verdicts[i]!.family === 'glued');
  const isProse = (i: number) => i >= 0 && i < n && verdicts[i]!.grade === 'good';
  for (let a = 0; a < n; a++) {
    if (!isWidget(a)) continue;
    // the box: its teasers, the times and labels between them, and a heading or a line either side
    let b = a;
    while (b + 1 < n && (isWidget(b + 1) || (!isProse(b + 1) && isWidget(b + 2)))) b++;
    let start = a;
    for (let k = 0; k < WIDGET_EDGE_LINES && start > 0 && !isProse(start - 1); k++) start--;
    let end = b;
    for (let k = 0; k < WIDGET_EDGE_LINES && end + 1 < n && !isProse(end + 1); k++) end++;
    let paragraphs = 0;
    for (let j = end + 1; j < n && paragraphs < RESUMED_PARAGRAPHS && (verdicts[j]!.grade === 'good' || verdicts[j]!.grade === 'short'); j++) {
      if (isProse(j)) paragraphs++;
    }
    if (isProse(start - 1) && paragraphs >= RESUMED_PARAGRAPHS) for (let k = start; k <= end; k++) gapped[k] = Math.max(gapped[k]!, -BRIDGED_WIDGET_COST);
    a = b;
  }
}

/**
 * A dump's guide or product page prints its sections as a box of teasers does (a name, a line
 * or two about it, again and again): on those pages the rhythm is the page's, and its lines are
 * judged as the page alone grades them. Not on a service page, for an article taken for one
 * keeps its related teasers then (scrapinghub lynx 0.937 to 0.934, where WCXB service pages gain
 * 0.704 to 0.730). On a thread, the feed rule's comment lists are its posts (WCXB dev forums: innerText
 * 0.695 to 0.719, lynx 0.657 to 0.680; scrapinghub unchanged).
 */
export function withoutTeaserRhythms(scores: Scores, pageType: PageType): Scores {
  const before = scores.beforeTeasers;
  const rhythm = RHYTHM_PAGE_TYPES.has(pageType);
  // a thread's posts are what the feed rule takes for a comment list under a story: on a forum they are the page
  const thread = pageType === 'forum';
  if (!before || !(rhythm || thread)) return scores;
  const restored = (v: Verdict) => (rhythm && v.rule === 'teaser/teaser-list') || (thread && v.rule === 'teaser/feed');
  const verdicts = mapped(scores.verdicts, (v, i) => (restored(v) ? before[i]! : v));
  return { ...scores, verdicts, weights: mapped(verdicts, (v, i) => (v === scores.verdicts[i] ? scores.weights[i]! : dumpWeight(v, scores.features[i]!))) };
}
