/**
 * A dump's cards: a listing, a feed's page, an awards table prints each item as the same few
 * lines (a date, a headline, its summary, its tags), again and again. Without the markup's links
 * the story search sees one card's summary, or the listing's blurb, as the story, and the line
 * rules call the rest teasers. The rhythm of the lines' shapes gives the cards away: where one
 * period of shapes repeats over more words than the story kept, the cards are the content too.
 */
import type { Decision, Features, StoryRegion, Verdict } from '../model/index.js';
import { CARD_RUN } from '../settings.js';
import { mapped } from '../model/mapped.js';

/** A line's shape, as a card's rhythm repeats it. */
type Shape = 'date' | 'headline' | 'prose' | 'short';

function shapeOf(verdict: Verdict, features: Features): Shape {
  const family = verdict.family;
  if (family === 'date' || family === 'byline' || family === 'counter') return 'date';
  const words = features.words;
  if (words > CARD_RUN.proseWords) return 'prose';
  if (words >= CARD_RUN.headlineWords) return features.endsSentence ? 'prose' : 'headline';
  return 'short';
}

export interface CardRun {
  start: number;
  /** One past its last line. */
  end: number;
  cards: number;
  words: number;
  /** Its lines shaped like headlines or prose: each card's own words. */
  own: number[];
}

/**
 * A card's lines: a headline and a summary under it, not a menu's shapes over again; or a
 * feed's headline and its date line, where no byline stands by them. A headline with a byline
 * and a time is a news site's box of related stories, not a listing's card (counted as cards
 * too, scrapinghub's lynx dumps lose 0.004).
 */
function isCardCycle(cycle: Shape[], verdicts: Verdict[], start: number): boolean {
  if (!cycle.includes('headline')) return false;
  if (cycle.includes('prose')) return true;
  return cycle.includes('date') && !verdicts.slice(start, start + cycle.length).some((v) => v.family === 'byline');
}

/**
 * Where the shapes repeat with period `p` from `i` on: one line off the period (an item without
 * its tags line) is passed over when the lines either side of it keep the period.
 */
function periodicEnd(shapes: Shape[], i: number, p: number): number {
  const n = shapes.length;
  const same = (k: number) => shapes[k] === shapes[k + p];
  let j = i;
  while (j + p < n && (same(j) || (j > i + p && j + p + 1 < n && same(j + 1) && same(j - 1)))) j++;
  return j;
}

/** The run of cards with most words on the page, if one has at least `CARD_RUN.cards` cards. */
export function findCardRun(verdicts: Verdict[], features: Features[]): CardRun | null {
  const shapes = mapped(verdicts, (v, i) => shapeOf(v, features[i]!));
  let best: CardRun | null = null;
  for (let p = 2; p <= CARD_RUN.longestCard; p++) {
    let i = 0;
    while (i + p < shapes.length) {
      const j = periodicEnd(shapes, i, p);
      const end = Math.min(j + p, shapes.length);
      const cards = Math.floor((end - i) / p);
      if (cards >= CARD_RUN.cards && isCardCycle(shapes.slice(i, i + p), verdicts, i)) {
        let words = 0;
        for (let k = i; k < end; k++) words += features[k]!.words;
        if (!best || words > best.words) best = { start: i, end, cards, words, own: [] };
      }
      i = j > i ? j : i + 1;
    }
  }
  if (best) for (let k = best.start; k < best.end; k++) if (shapes[k] === 'headline' || shapes[k] === 'prose') best.own.push(k);
  return best;
}

/** A line's words but its numbers: `image 3` and `image 4` of one gallery are one caption. */
const unnumbered = (key: string) => key.replace(/\d+/g, '').replace(/\s+/g, ' ').trim();

/**
 * Cards each of their own: a gallery prints one caption under every picture (`Mug, handmade,
 * image 3`), a comment thread one control in every item (`Reply to comment`), a shop one notice
 * per country, where a listing's items are headed and summed up each its own way (a lynx dump
 * may print a card's title twice, as its heading and its picture's name: within one card, that
 * is no line shared by the cards).
 */
export function ofItsOwn(run: CardRun, keys: string[]): boolean {
  const counts = new Map<string, number>();
  for (const i of run.own) {
    const key = unnumbered(keys[i] ?? '');
    const count = (counts.get(key) ?? 0) + 1;
    if (count > run.cards * CARD_RUN.sharedHeadline) return false;
    counts.set(key, count);
  }
  return true;
}

/**
 * Keeps a dump's run of cards beside its story where the run holds more words than the story
 * kept: then the story was one card, or the listing's introduction. Every line of the run is
 * kept, as a card's date and tags are the item's as much as its headline. Returns the region
 * grown over the run, or null where the story stands as it was.
 */
export function keepCardRun(decisions: Decision[], verdicts: Verdict[], features: Features[], keys: string[], region: StoryRegion | null): StoryRegion | null {
  const run = findCardRun(verdicts, features);
  if (!run || !ofItsOwn(run, keys)) return null;
  let kept = 0;
  let prose = 0;
  decisions.forEach((d, i) => {
    if (!d.keep) return;
    kept += features[i]!.words;
    if (verdicts[i]!.grade === 'good') prose += features[i]!.words;
  });
  // cards beside a story of prose, above or below it, are its related stories; a listing's
  // story is a card of the run or the blurb over it
  const beside = region !== null && (run.start > region.start || run.end <= region.start) && prose >= CARD_RUN.storyWords;
  if (run.words <= kept || beside) return null;
  for (let i = run.start; i < run.end; i++) {
    if (!decisions[i]!.keep) decisions[i] = { keep: true, reason: `one of ${run.cards} cards of one shape, which hold more than the story`, heading: false, rule: 'select/card-run' };
  }
  const start = region ? Math.min(region.start, run.start) : run.start;
  const end = region ? Math.max(region.end, run.end - 1) : run.end - 1;
  return { start, end, why: `${region ? `${region.why}, and ` : ''}a run of ${run.cards} cards` };
}
