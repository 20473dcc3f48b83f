import type { Block, Features, InputFormat, Metadata, PageEvidence, PageMarks, Verdict } from '../model/index.js';
import { ADVERT_LABEL_MAX_WORDS, LONG_WORDS, META_LINE_MAX_WORDS, PAGE_TYPE } from '../settings.js';
import { CART_LINE, DOC_LINE, DOCS_GENERATOR, FORUM_LINE, OFFER_LINE, PRICE_LINE } from './page-words.js';
import { POST_COUNTER_LINE } from '../vocab/index.js';
import { sectionCounts } from './page-sections.js';
import { findCardRun, ofItsOwn } from '../select/card-run.js';
import { jsonLdObjects, nestedObjects } from '../metadata/json-ld.js';

/** A post's number closing the line that dates it, or opening it marked: `Mahaloth January 11, 2025, 12:04am 1`, `#2 CDB, May 27, 2025`. */
const POST_NUMBER = /\s#?(\d{1,4})$|^#(\d{1,4})\s/;

/** The `@type`s of a page's JSON-LD, nested ones too (a `WebPage`'s `mainEntity`). */
export function jsonLdTypes(scripts: string[]): string[] {
  return jsonLdObjects(scripts, nestedObjects).flatMap((node) => {
    const type = node['@type'];
    return (Array.isArray(type) ? type : [type]).flatMap((t) => (typeof t === 'string' ? [t.slice(t.lastIndexOf('/') + 1)] : []));
  });
}

function parsed(url: string | null | undefined): URL | null {
  // asked first, not caught: a thrown error costs more than the parse
  return url && URL.canParse(url) ? new URL(url) : null;
}

/** The path and query of an address, lower-cased; null for none or one that does not parse. */
export function pathOf(url: string | null | undefined): string | null {
  const address = parsed(url);
  if (!address) return null;
  try {
    return decodeURIComponent(`${address.pathname}${address.search}`).toLowerCase();
  } catch {
    return null;
  }
}

/** The host of an address, lower-cased; null for none or one that does not parse. */
export function hostOf(url: string | null | undefined): string | null {
  return parsed(url)?.hostname.toLowerCase() || null;
}

export interface DeclaredPage {
  types: string[];
  ogType: string | null;
  /** The `<meta name="generator">`: the software that wrote the page. */
  generator?: string | null;
  url: string | null;
  marks: PageMarks | null;
  /** The JSON-LD `Product` description, as plain text (HTML only). */
  description?: string | null;
}

/** Counts the lines of a page that tell its kind, beside what its markup declares. */
export function pageEvidence(declared: DeclaredPage, format: InputFormat, blocks: Block[], scores: { verdicts: Verdict[]; features: Features[]; keys?: string[] }, stated: Pick<Metadata, 'date' | 'byline'>, givenUrl?: string): PageEvidence {
  const givenPath = pathOf(givenUrl);
  const evidence: PageEvidence = {
    format, types: [...new Set(declared.types)], ogType: declared.ogType?.toLowerCase() ?? null, docsGenerator: DOCS_GENERATOR.exec(declared.generator ?? '')?.[0] ?? null,
    path: givenPath ?? pathOf(declared.url), pathGiven: givenPath !== null, marks: declared.marks,
    blocks: blocks.length, prose: 0, longProse: 0, priceLines: 0, cartLines: 0, forumLines: 0, counterLines: 0, numberedPosts: 0, codeBlocks: 0, teasers: 0, linkShare: 0,
    offerLines: 0, headings: 0, linkedHeadings: 0, dateLines: 0, proseWords: 0, dated: stated.date !== null, signed: stated.byline !== null,
    host: givenPath !== null ? hostOf(givenUrl) : hostOf(declared.url), docLines: 0, storyRun: 0, storyParagraphs: 0, datedAboveStory: 0, teaserWordsBeside: 0,
    sections: { datedCards: 0, pitches: 0, essays: 0, summaries: 0, ownSummaries: 0, words: 0, linkedWords: 0, biggest: 0 },
  };
  evidence.sections = sectionCounts(blocks, scores.verdicts, scores.features, format, evidence.host);
  let chars = 0;
  let linked = 0;
  // the prose words since the last boilerplate line: a story runs on under its subheadings
  let run = 0;
  let paragraphs = 0;
  // the number the last numbered date line ended in
  let lastPost = 0;
  // where the run now counted starts, and the longest run's first and last blocks
  let runStart = 0;
  let story = { start: 0, end: -1 };
  // a dump's one word of interface between paragraphs (`Advertisement`, lynx printing the label of
  // every slot a browser leaves empty) pauses the story; it does not end its run of prose
  const isAdvertLabel = (i: number) => format === 'text' && scores.verdicts[i]!.family === 'ui' && scores.features[i]!.words <= ADVERT_LABEL_MAX_WORDS;
  const proseBeside = (i: number, step: 1 | -1) => {
    let j = i + step;
    while (j >= 0 && j < blocks.length && isAdvertLabel(j)) j += step;
    return j >= 0 && j < blocks.length && scores.verdicts[j]!.grade === 'good';
  };
  blocks.forEach((b, i) => {
    const v = scores.verdicts[i]!;
    if (v.grade === 'good' || v.grade === 'near') {
      if (run === 0) runStart = i;
      run += scores.features[i]!.words;
      if (v.grade === 'good') paragraphs++;
      if (run > evidence.storyRun) {
        [evidence.storyRun, evidence.storyParagraphs] = [run, paragraphs];
        story = { start: runStart, end: i };
      }
    } else if (v.grade === 'bad' && b.kind !== 'heading' && !(isAdvertLabel(i) && proseBeside(i, -1) && proseBeside(i, 1))) [run, paragraphs] = [0, 0];
    chars += b.text.length;
    linked += b.linkChars;
    if (b.kind === 'code') evidence.codeBlocks++;
    if (b.kind === 'heading') evidence.headings++;
    if (b.kind === 'heading' && b.linkChars * 2 >= b.text.length) evidence.linkedHeadings++;
    if (v.family === 'date' || v.family === 'byline') {
      evidence.dateLines++;
      const numbered = POST_NUMBER.exec(b.text);
      const number = Number(numbered?.[1] ?? numbered?.[2] ?? 0);
      if (number > 1 && number === lastPost + 1) evidence.numberedPosts++;
      if (number > 0) lastPost = number;
    }
    if (v.family === 'teaser') evidence.teasers++;
    if (v.grade === 'good') {
      evidence.prose++;
      evidence.proseWords += scores.features[i]!.words;
      if (scores.features[i]!.words >= LONG_WORDS) evidence.longProse++;
    }
    if (b.text.length > META_LINE_MAX_WORDS * 10) return;
    if (PRICE_LINE.test(b.text)) evidence.priceLines++;
    if (CART_LINE.test(b.text)) evidence.cartLines++;
    if (FORUM_LINE.test(b.text)) evidence.forumLines++;
    if (POST_COUNTER_LINE.test(b.text)) evidence.counterLines++;
    if (OFFER_LINE.test(b.text)) evidence.offerLines++;
    if (DOC_LINE.test(b.text)) evidence.docLines++;
  });
  evidence.linkShare = chars ? linked / chars : 0;
  if (format === 'text') {
    evidence.cardRun = dumpCardRun(scores);
    aroundStory(evidence, story, scores);
  }
  return evidence;
}

/**
 * What stands about a dump's longest run of prose: the date and byline lines above it (a story's
 * dateline), and the words of the teaser lines outside it long enough to be a card's headline or
 * summary (a menu's teaser lines are a word or two).
 */
function aroundStory(evidence: PageEvidence, story: { start: number; end: number }, scores: { verdicts: Verdict[]; features: Features[] }): void {
  scores.verdicts.forEach((v, i) => {
    if (i < story.start && (v.family === 'date' || v.family === 'byline')) evidence.datedAboveStory++;
    const words = scores.features[i]!.words;
    if (v.family === 'teaser' && words >= PAGE_TYPE.dumpTeaserCardWords && (i < story.start || i > story.end)) evidence.teaserWordsBeside += words;
  });
}

/** A dump's run of cards, if one holds items each of their own: how many, and what share of the page's words they hold. */
function dumpCardRun(scores: { verdicts: Verdict[]; features: Features[]; keys?: string[] }): { cards: number; share: number } {
  const run = findCardRun(scores.verdicts, scores.features);
  if (!run || (scores.keys && !ofItsOwn(run, scores.keys))) return { cards: 0, share: 0 };
  const words = scores.features.reduce((n, f) => n + f.words, 0);
  return { cards: run.cards, share: words ? run.words / words : 0 };
}
