import type { Block, Decision, Features, InputFormat, ListItemRef, PageType, Verdict } from '../model/index.js';
import { COPIES_ONCE_PAGE_TYPES, DUMP_THREAD_ONE_OF_MANY, HINT_BAD, LISTING_CARD_FIELD_COPIES, LONE_PARAGRAPH_STORY, ONE_OF_MANY, REPEATED_POST_WORDS, SECTIONS_ONE_OF_MANY, TRIMMED_HTML_PAGE_TYPES, TRIMMED_PAGE_TYPES, TYPED_ONE_OF_MANY, UNDATED_ONE_OF_MANY } from '../settings.js';
import { trimEdges } from './page-edges.js';
import { HAS_DIGIT } from '../vocab/dates.js';
import { HEADER_HEADING_REASON } from '../rules/containers.js';
import { dropLaterCopies } from './copies.js';
import { findGrid, inside } from './grid.js';
import { mapped } from '../model/mapped.js';

/**
 * The types of page whose main content is many items of one kind, where a story region is held to
 * `TYPED_ONE_OF_MANY`: threads and listings; service pages too, sections of one kind (in HTML held
 * to `SECTIONS_ONE_OF_MANY`: hero, features, pricing, FAQ, each its own element, of which the
 * heaviest is one), and in HTML documentation, whose sections are a guide's parts, and a product
 * page that shows its item in sections (`select/product.ts`). Not a shop's category, which shows
 * its grid in one element, beside much else, nor a shop's pages in a dump.
 */
const MANY_ITEMS: Record<InputFormat, ReadonlySet<PageType>> = {
  // a product page too: its name and buy box, its features, its specifications, each a section (SECTIONS_ONE_OF_MANY)
  html: new Set(['forum', 'listing', 'service', 'documentation', 'product']),
  text: new Set(['forum', 'listing', 'service']),
};

/** The share of the page's content under which a region is one item of many, on a page of this type. */
function manyItemsBar(format: InputFormat, pageType: PageType, sectioned: boolean): number {
  const bar = ONE_OF_MANY[format].words;
  if (!MANY_ITEMS[format].has(pageType) || (pageType === 'product' && !sectioned)) return bar;
  if (format === 'text' && pageType === 'forum') return Math.max(bar, DUMP_THREAD_ONE_OF_MANY);
  const sections = format === 'html' ? SECTIONS_ONE_OF_MANY[pageType] : undefined;
  return Math.max(bar, sections ?? TYPED_ONE_OF_MANY);
}

/** A line of links (not a heading that links to itself) all of which lead to places on the page itself: a table of contents. */
function linksWithinPage(block: Block): boolean {
  if (block.kind === 'heading' || block.linkChars * 2 < block.text.length || !block.inline) return false;
  const links = block.inline.marks.filter((m) => m.kind === 'link');
  return links.length > 0 && links.every((m) => m.href?.startsWith('#'));
}

/**
 * Pages whose nested lists of links are their own content: a guide's index of its members
 * (WCXB dev html documentation 0.9337 to 0.9332 without the exception), a service's catalogue of
 * what it offers under each heading (service pages gained two menus and lost one catalogue).
 */
const OWN_LINK_LISTS: ReadonlySet<PageType> = new Set(['documentation', 'service']);

/**
 * The links of a menu's drop-downs (Products › Lawn mowers), unnamed or named weakly enough to be
 * kept with the page: a link alone in an item of a list nested in another list's item, and the
 * link of that item above it; a listing's cards are items of one list. Measured on WCXB dev
 * html, the nested links alone: listings 0.6946 to 0.6964, all 0.8639 to 0.8640; the items above
 * them add an article typed listing (0.531 to 0.543).
 */
function menuEntries(blocks: Block[], verdicts: Verdict[], pageType: PageType): boolean[] {
  const linked = (i: number) => verdicts[i]!.family === 'links';
  const menus = new Set<ListItemRef>();
  if (!OWN_LINK_LISTS.has(pageType)) blocks.forEach((b, i) => b.item?.parent && linked(i) && menus.add(b.item.parent));
  return mapped(blocks, (b, i) => menus.size > 0 && b.item !== undefined && linked(i) && (b.item.parent !== null || menus.has(b.item)));
}

/**
 * A heading in a `<header>` weighs as the page's headline or a standfirst, but a page of sections
 * heads each section so (`<section><header><h2>Pricing</h2></header>`): kept whole, the page's
 * content holds it, where no name of its elements calls it boilerplate.
 */
function sectionHeading(block: Block): boolean {
  return block.kind === 'heading' && block.hintReason === HEADER_HEADING_REASON;
}

/**
 * What a page offers as content when it is not one story: every block outside the elements named
 * like boilerplate, but for the lines its own evidence calls boilerplate. A listing's cards are
 * linked headlines in a rhythm, a thread's posts repeat their furniture: on such a page the links,
 * teasers and repeats are the content, so those verdicts do not count here. A dump's repeated
 * line is a menu's, or a teaser's headline printed twice: there no copy counts, but where
 * `features` are given (the content kept, not the share judged) one of a post's length does, and
 * so does a block under an element only weakly named like boilerplate (a page builder's `widget`,
 * a `banner` hero, a `promo` box: the hint above `HINT_BAD`, which the classifier leaves to the
 * block's shape too).
 */
function pageContent(blocks: Block[], verdicts: Verdict[], keys: string[], format: InputFormat, pageType: PageType, features?: Features[]): boolean[] {
  const copies = new Map<string, number>();
  if (format === 'text') for (const key of keys) copies.set(key, (copies.get(key) ?? 0) + 1);
  // a service page prints its menu for the desktop and again for the phone: its first copy is content
  // enough (not on listings and guides, whose repeats are cards and members: WCXB dev html lost 0.005 there)
  const onceOnly = format === 'html' && pageType === 'service';
  // the content kept, not the share judged (see above)
  const content = features !== undefined;
  const printed = new Set<string>();
  const menu = content ? menuEntries(blocks, verdicts, pageType) : null;
  return mapped(blocks, (block, i) => {
    const verdict = verdicts[i]!;
    // a line of a post's length printed twice is a post quoted in a reply, not a menu's
    const repeatedProse = content && features[i]!.words >= REPEATED_POST_WORDS;
    // a listing's card prints its fields under every card (a job's hours, a place, a tag): printed
    // this often, a line is the cards', where a menu prints its entries once or twice
    const cardField = content && format === 'text' && pageType === 'listing' && (copies.get(keys[i]!) ?? 0) >= LISTING_CARD_FIELD_COPIES;
    const boilerplate = content ? block.hint < HINT_BAD + 1 && !sectionHeading(block) : block.hint < 0;
    if (boilerplate || ((copies.get(keys[i]!) ?? 0) > 1 && !repeatedProse && !cardField)) return false;
    // a guide's contents box: on a listing the links are the content, in a guide they point back into it
    if (pageType === 'documentation' && linksWithinPage(block)) return false;
    if (menu?.[i]) return false;
    if (onceOnly && verdict.family === 'repeat') {
      if (printed.has(keys[i]!)) return false;
      printed.add(keys[i]!);
    }
    // a section's heading in a <header> is graded by that <header> alone, which it no longer counts
    // against (WCXB dev html service 0.8432 to 0.8435, collections and listings +0.0001)
    const headed = content && sectionHeading(block) && verdict.family === 'container';
    return headed || verdict.grade !== 'bad' || verdict.family === 'teaser' || verdict.family === 'links' || verdict.family === 'repeat';
  });
}

/** A shop's pages, whose one short paragraph is the item's description (or the category's), the grid around it the shop's. */
const SHOP_PAGES: ReadonlySet<PageType> = new Set(['product', 'collection']);

/**
 * A dump's story of one short paragraph amid much more content: a listing's blurb, the one line
 * of prose on a page of items or records. An article's story, however short, runs to two
 * paragraphs or more words (a news brief), so it stands.
 */
function loneParagraph(count: { kept: number; content: number; keptProse: number; keptParagraphs: number }): boolean {
  return count.keptParagraphs <= 1 && count.keptProse < LONE_PARAGRAPH_STORY.words && count.kept < count.content * LONE_PARAGRAPH_STORY.share;
}

/**
 * A shop's category opens at its headline (`<h1>`): what stands above it is the shop's menus,
 * offers and breadcrumbs. Where the page has no one kept `<h1>`, nothing is dropped.
 */
function startAtHeadline(whole: Decision[], blocks: Block[]): void {
  const isHead = (b: Block, i: number) => b.kind === 'heading' && b.level === 1 && whole[i]!.keep;
  const at = blocks.findIndex(isHead);
  if (at < 0 || blocks.some((b, i) => i > at && isHead(b, i))) return;
  for (let i = 0; i < at; i++) {
    if (whole[i]!.keep) whole[i] = { keep: false, reason: 'above the headline of a page kept whole', heading: false, rule: 'select/whole-page' };
  }
}

/**
 * A dump that prints no date anywhere, on a date line or in a byline (`By …, Published: March 8`),
 * is seldom a news story: a small region there is one part of a page of parts, held to
 * `UNDATED_ONE_OF_MANY`. (A byline without a date does not count: a shop's and a guide's print them too.)
 */
function undatedSmallStory(count: { kept: number; content: number }, graded: Verdict[], blocks: Block[]): boolean {
  if (count.kept >= count.content * UNDATED_ONE_OF_MANY) return false;
  return !graded.some((v, i) => v.family === 'date' || (v.family === 'byline' && HAS_DIGIT.test(blocks[i]!.text)));
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
 * bars were measured on single pages, whose furniture counts. A product page is held to its
 * sections' bar only where `sectioned` (`select/product.ts`: no description of its own declared,
 * no shop's grid), else to the bar of any page. Returns the decisions to use instead, or null
 * where the story stands.
 */
export function wholePageDecisions(
  blocks: Block[],
  scores: { features: Features[]; graded: Verdict[]; judged: Verdict[]; keys: string[]; alone?: Verdict[] },
  decisions: Decision[],
  format: InputFormat,
  pageType: PageType,
  sectioned = true,
): Decision[] | null {
  const { features, alone } = scores;
  const fromTemplate = (v: Verdict) => v.family === 'template' || v.family === 'recurring';
  const verdicts = alone ? mapped(scores.judged, (v, i) => (fromTemplate(v) ? alone[i]! : v)) : scores.judged;
  const counted = pageContent(blocks, verdicts, scores.keys, format, pageType);
  const count = { kept: 0, content: 0, keptProse: 0, prose: 0, keptParagraphs: 0 };
  blocks.forEach((_, i) => {
    const words = features[i]!.words;
    const prose = verdicts[i]!.grade === 'good';
    if (decisions[i]!.keep) {
      count.kept += words;
      if (prose) {
        count.keptProse += words;
        count.keptParagraphs++;
      }
    }
    if (counted[i]) {
      count.content += words;
      if (prose) count.prose += words;
    }
  });
  const bar = ONE_OF_MANY[format];
  // a product page's prose outside its item's element is the shop's (delivery, guarantees, the
  // seller's story), not more items: there a region is one of many by its share of words alone
  const mixedCounts = !(format === 'html' && pageType === 'product');
  const oneOfMany = count.kept < count.content * manyItemsBar(format, pageType, sectioned)
    || (mixedCounts && count.kept < count.content * bar.mixed && count.keptProse < count.prose * bar.prose)
    || (format === 'text' && !SHOP_PAGES.has(pageType) && loneParagraph(count))
    || (format === 'text' && undatedSmallStory(count, scores.graded, blocks));
  if (count.content === 0 || !oneOfMany) return null;
  const share = Math.round((count.kept / count.content) * 100);
  const { graded } = scores;
  const content = pageContent(blocks, graded, scores.keys, format, pageType, features);
  const whole = mapped(blocks, (_, i) => {
    const decision = decisions[i]!;
    if (!content[i]) return decision.keep ? { keep: false, reason: graded[i]!.reason, heading: false, rule: graded[i]!.rule ?? 'select/whole-page' } : decision;
    if (decision.keep) return decision;
    return { keep: true, reason: `page content: the story region held ${share}% of it, one item of many`, heading: false, rule: 'select/whole-page' };
  });
  if (format === 'html' && pageType === 'collection') {
    startAtHeadline(whole, blocks);
    // a shop's category runs from its first content to its last, its grid's cards content however short
    const grid = findGrid(blocks, features);
    if (grid) trimEdges(whole, graded, { blocks, features, story: decisions, content: (i) => inside(blocks[i]!, grid.element) });
  }
  if (format === 'html' && COPIES_ONCE_PAGE_TYPES.has(pageType)) dropLaterCopies(whole, blocks, graded, scores.keys);
  if (format === 'text' && TRIMMED_PAGE_TYPES.has(pageType)) trimEdges(whole, graded);
  // a product's region under the bar of any page is no part of it (a sign-up box, a cookie line):
  // its edges say nothing of where the item's sections start, and its spec lines are short lines
  const fromSections = pageType !== 'product' || count.kept >= count.content * bar.words;
  if (format === 'html' && TRIMMED_HTML_PAGE_TYPES.has(pageType) && fromSections) trimEdges(whole, graded, { blocks, features, story: decisions, fromStory: pageType === 'documentation' });
  return whole;
}
