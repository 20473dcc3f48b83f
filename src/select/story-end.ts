import type { Block, Features, PageType, Verdict } from '../model/index.js';
import type { Region } from './region.js';
import { AUTHOR_BOX_HEADING, WIDGET_HEADING } from '../vocab/index.js';
import { headingShaped } from './label.js';
import { BOX_MIN_ITEMS, ENDED_PAGE_TYPES, HEADLINE_MIN_WORDS, RESUMED_PARAGRAPHS, SUMMARY_MAX_SENTENCES, SUMMARY_MAX_WORDS, WIDGET_TAIL_SHARE } from '../settings.js';

/** A paragraph longer than a teaser's summary: the story's, a comment's or a biography's. */
function longParagraph(f: Features, v: Verdict): boolean {
  return v.grade === 'good' && (f.words > SUMMARY_MAX_WORDS || f.sentences > SUMMARY_MAX_SENTENCES);
}

/**
 * Whether the lines after a widget's heading, to the region's end, are the widget's items: headlines
 * (each maybe with its summary), several of them, and no paragraph longer than a summary nor
 * paragraphs in a row (the story resuming after a box inside it), nor a table or code.
 */
function teaserBox(from: number, to: number, blocks: Block[], features: Features[], verdicts: Verdict[]): boolean {
  let headlines = 0;
  let paragraphs = 0;
  for (let i = from; i <= to; i++) {
    const f = features[i]!;
    // a list item's picture words run into its headline make sentences of a summary's length (lynx): only its length counts
    const listed = blocks[i]!.kind === 'list-item' || blocks[i]!.ordered;
    const long = listed ? verdicts[i]!.grade === 'good' && f.words > SUMMARY_MAX_WORDS : longParagraph(f, verdicts[i]!);
    if (long || blocks[i]!.kind === 'table' || blocks[i]!.kind === 'code') return false;
    // a list's items are one list, not paragraphs in a row (lynx marks and numbers them; its items may read as prose, a picture's words run into the headline)
    paragraphs = verdicts[i]!.grade === 'good' && !listed ? paragraphs + 1 : 0;
    if (paragraphs >= RESUMED_PARAGRAPHS) return false;
    if (headingShaped(f) && f.words >= HEADLINE_MIN_WORDS) headlines++;
  }
  return headlines >= BOX_MIN_ITEMS;
}

/**
 * A dump's densest run goes on past the story's end where a box of teasers follows it, each a
 * headline and a summary that weighs as prose, or the author's biography: the box's own heading
 * (`Related content`, `Popular articles`, `About Jane Doe`) is where the story ends. Only past
 * most of the story's prose (a heading of that wording before it is one of the story's sections),
 * and for a box of teasers only where its items run to the region's end: a `Read more` box or an
 * advertisement's label inside a story has the same heading, and the story goes on after it.
 */
export function endAtWidgetHeading(region: Region, blocks: Block[], features: Features[], verdicts: Verdict[], pageType: PageType): Region {
  if (!ENDED_PAGE_TYPES.has(pageType)) return region;
  const prose = (i: number) => verdicts[i]!.grade === 'good';
  let total = 0;
  for (let i = region.start; i <= region.end; i++) if (prose(i)) total += features[i]!.words;
  let before = 0;
  for (let i = region.start; i <= region.end; i++) {
    if (prose(i)) before += features[i]!.words;
    if (i === region.start || !headingShaped(features[i]!) || before < total * WIDGET_TAIL_SHARE) continue;
    const text = blocks[i]!.text;
    const ends = (pageType === 'article' && AUTHOR_BOX_HEADING.test(text)) || (WIDGET_HEADING.test(text) && teaserBox(i + 1, region.end, blocks, features, verdicts));
    if (ends) return { ...region, end: i - 1, why: `${region.why}, to the heading of a widget after it` };
  }
  return region;
}
