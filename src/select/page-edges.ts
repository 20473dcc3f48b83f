import type { Block, Decision, Features, Verdict } from '../model/index.js';
import { EDGE_BAR_WORDS, EDGE_LEAD_LINES, EDGE_SUBSTANCE_WORDS, EDGE_TEASER_WORDS } from '../settings.js';

/** What an HTML page's edges are judged by: its blocks, their measures, and what the story region kept. */
export interface PageShape {
  blocks: Block[];
  features: Features[];
  story: Decision[];
  /** A guide's page: its content starts where the story region does (or at the top heading above it), not a line before its first prose: such a page prints banners and version lines above its body. */
  fromStory?: boolean;
  /** Blocks that are content whatever their grade or length: a shop's cards, short lines all. */
  content?: (i: number) => boolean;
}

/**
 * A page of posts or sections, kept whole, runs from its first content to its last; the lines
 * before and after are the furniture (a menu, a sign-up box, a footer's links) that the element
 * names did not leave out, and a dump has no element names at all. In a dump the content runs
 * from the first line of prose (with the line before it, the thread's or section's title) to the
 * last. In HTML (`page` given) the page says more: its content starts at its top heading where
 * that comes before the first prose (a service page's hero: its name, a tagline, a button, before
 * any paragraph), and a data table, a code block, a block of `EDGE_SUBSTANCE_WORDS` words (a
 * card's linked summary) or a teaser of `EDGE_TEASER_WORDS` (a catalogue's item: its name and
 * price, in a run of such) is content as much as prose, at either end; and what the story region
 * kept is never trimmed (a plan of short lines after the story's prose). Not on a listing, whose
 * content is short lines with no prose, nor on an article, whose lead often comes in short lines;
 * a shop's category only where its grid of cards is found, each card's lines `content` however
 * short (trimmed at prose alone, a category whose one paragraph is the sign-up box under its
 * grid lost the grid: a page 0.76 to 0.03). Measured on WCXB dev html: collection 0.7189 to
 * 0.7227 (17 pages up, 2 down: a page of short sections under its grid 0.77 to 0.68), listing
 * 0.7177 to 0.7186, all 0.8744 to 0.8747; scrapinghub unchanged. Changes `decisions` in place.
 */
export function trimEdges(decisions: Decision[], verdicts: Verdict[], page?: PageShape): void {
  const substance = (i: number): boolean => {
    if (!decisions[i]!.keep) return false;
    if (verdicts[i]!.grade === 'good') return true;
    if (!page) return false;
    if (page.content?.(i)) return true;
    const kind = page.blocks[i]!.kind;
    const words = page.features[i]!.words;
    return kind === 'table' || kind === 'code' || words >= EDGE_SUBSTANCE_WORDS || (verdicts[i]!.family === 'teaser' && words >= EDGE_TEASER_WORDS);
  };
  const first = decisions.findIndex((_, i) => substance(i));
  if (first < 0) return;
  let last = first;
  decisions.forEach((_, i) => {
    if (substance(i)) last = i;
  });
  const guide = page?.fromStory === true;
  const lead = guide ? guideStart(page, first) : leadStart(decisions, first, page);
  decisions.forEach((d, i) => {
    if (d.keep && (i < lead || i > last) && !page?.story[i]!.keep) decisions[i] = { keep: false, reason: 'before the first or after the last content of a page of many items', heading: false, rule: 'select/whole-page-edge' };
  });
}

/**
 * Where the content of a page of sections starts: a line or so before its first content, or its
 * top heading where that comes first (the title takes it, and the hero's lines follow it), or
 * where the headline comes after less than `EDGE_BAR_WORDS` words: the bar above it (an event's
 * registration, a report to download) is the site's, not the page's.
 */
function leadStart(decisions: Decision[], first: number, page?: PageShape): number {
  let lead = first;
  for (let k = 0; k < EDGE_LEAD_LINES; k++) {
    let j = lead - 1;
    while (j >= 0 && !decisions[j]!.keep) j--;
    if (j < 0) break;
    lead = j;
  }
  if (!page) return lead;
  const top = topHeadingBefore(page.blocks, first);
  if (top >= 0 && top < lead) return top;
  const headline = page.blocks.findIndex((b, i) => i > first && b.kind === 'heading' && b.level === 1);
  if (headline < 0) return lead;
  let above = 0;
  for (let i = first; i < headline; i++) if (decisions[i]!.keep) above += page.features[i]!.words;
  return above < EDGE_BAR_WORDS ? headline : lead;
}

/** Where a guide's content starts: where the story region starts, or at the top heading above it. */
function guideStart(page: PageShape, first: number): number {
  const story = page.story.findIndex((d) => d.keep);
  const start = story >= 0 ? story : first;
  const top = topHeadingBefore(page.blocks, start);
  return top >= 0 ? top : start;
}

/** The page's first top-level heading before `end`, or -1. */
function topHeadingBefore(blocks: Block[], end: number): number {
  return blocks.findIndex((b, i) => i < end && b.kind === 'heading' && b.level === 1);
}
