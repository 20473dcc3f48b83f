/**
 * Widgets known by their rhythm rather than by any one line: lists of teasers (headline, byline,
 * summary, again and again) and comment sections or feeds (name, time, text, again and again).
 */
import type { Block, Features, Verdict } from '../model/index.js';
import { NUMBERED_SECTIONS_SHARE, SECTION_PROSE_REACH, FEED_BODY_LINES, FEED_HEAD_LINES, FEED_LONG_BODY_LINES, FEED_NAME_WORDS, HEADING_MAX_WORDS, HEADLINE_MIN_WORDS, LABEL_MAX_WORDS, LINKED_SUMMARY_MAX_SENTENCES, LINKED_SUMMARY_MAX_WORDS, META_MAX_WORDS, MIN_UNITS, MIN_UNMARKED_UNITS, SUMMARY_MAX_SENTENCES, SUMMARY_MAX_WORDS } from '../settings.js';
import { mapped } from '../model/mapped.js';

/**
 * Finds widgets of teasers: headline, maybe a byline or time, maybe a one-sentence summary,
 * again and again. Each part alone reads like a heading or a short paragraph; the repetition
 * of the pattern gives the widget away. Marks its parts as boilerplate in place, unless they are
 * the page's story.
 */
export function markTeaserRuns(verdicts: Verdict[], features: Features[], blocks: Block[] = []): void {
  const graded = verdicts.slice();
  const flat = !blocks.some((b) => b.container !== null);
  // a widget's headlines may be numbered too (`Most read`: 1., 2., 3.), but carry no paragraphs
  const numbered = (run: Run) => {
    const headlines = mapped(run.starts, (i) => blocks[i]?.text ?? '');
    return numberedInTurn(headlines) && paragraphs(features, run) * 2 >= headlines.filter((h) => SECTION_NUMBER.test(h)).length;
  };
  // a list of headlines is a widget's: a section's heading is no list item
  const listed = (run: Run) => run.starts.some((i) => blocks[i]?.kind === 'list-item');
  const sections = (run: Run) => numbered(run) || (flat && !run.marked && !listed(run) && betweenProse(verdicts, features, run));
  markRuns(verdicts, features, teaserUnit(verdicts, features, blocks), 'teaser list', 'teaser/teaser-list', sections);
  markRuns(verdicts, features, feedUnit(verdicts, features, blocks), 'comment or feed list', 'teaser/feed', undefined, true);
  if (!flat) keepRhythmsThatAreTheStory(graded, verdicts, features);
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

/** Where the unit that starts at a block ends (-1: none starts there), and what kind of head it has. */
type Unit = (i: number) => { next: number; kind: string };

const NO_UNIT = { next: -1, kind: '' };

/** A section's number opening a headline: `3.`, `3)`, `#3`, `No. 3`. */
const SECTION_NUMBER = /^\s*(?:#|no\.?\s*)?(\d{1,3})[.):]?\s/iu;

/**
 * Headlines numbered one after another (`1. CES`, `2. MWC`, `3. GTC`): a listicle's sections,
 * each with its facts and its paragraph, which have a teaser widget's rhythm and are the story.
 * A section's facts may take a unit of their own, so the numbered headlines need only be a share
 * of the units (`NUMBERED_SECTIONS_SHARE`).
 */
export function numberedInTurn(headlines: string[]): boolean {
  const numbers = headlines.flatMap((text) => {
    const n = SECTION_NUMBER.exec(text)?.[1];
    return n === undefined ? [] : [Number(n)];
  });
  if (numbers.length < 2 || numbers.length < headlines.length * NUMBERED_SECTIONS_SHARE) return false;
  return numbers.every((n, k) => k === 0 || n === numbers[k - 1]! + 1 || n === numbers[k - 1]! - 1);
}

/** A run of units: where each starts, where the run ends, and whether a byline, a time or a glued line marks it. */
interface Run {
  starts: number[];
  end: number;
  marked: boolean;
}

/**
 * Long prose within `SECTION_PROSE_REACH` lines before the run and after it: a dump's article
 * whose sections are a heading and a short paragraph each stands between its own paragraphs,
 * where a widget of teasers follows the story or stands beside the footer.
 */
function betweenProse(verdicts: Verdict[], features: Features[], run: Run): boolean {
  const prose = (i: number) => i >= 0 && i < verdicts.length && verdicts[i]!.grade === 'good' && features[i]!.words > HEADING_MAX_WORDS;
  const start = run.starts[0]!;
  let before = false;
  let after = false;
  for (let k = 1; k <= SECTION_PROSE_REACH; k++) {
    before ||= prose(start - k);
    after ||= prose(run.end - 1 + k);
  }
  return before && after;
}

/** Blocks of a run that are paragraphs: sentences of more words than a heading has. */
function paragraphs(features: Features[], run: Run): number {
  let count = 0;
  for (let i = run.starts[0]!; i < run.end; i++) if (features[i]!.words > HEADING_MAX_WORDS && features[i]!.endsSentence) count++;
  return count;
}

/** How many units of a run share its commonest kind of head. */
function mostOfOneKind(units: { kind: string }[]): number {
  const kinds = new Map<string, number>();
  for (const u of units) kinds.set(u.kind, (kinds.get(u.kind) ?? 0) + 1);
  return Math.max(0, ...kinds.values());
}

/** The fewest units a run is marked with, marked or not: trimming its odd ends only takes units away. */
const FEWEST_UNITS = Math.min(MIN_UNITS, MIN_UNMARKED_UNITS);

/**
 * Marks the runs of units as a widget's. `alikeOnly`: only units of one kind count towards a
 * run (a feed's posts all open with a name, or all with a time; a story's byline, then its
 * dateline and a quoted release's headline, each open one unit of a kind of its own).
 */
function markRuns(verdicts: Verdict[], features: Features[], unit: Unit, what: string, rule: string, isStory: (run: Run) => boolean = () => false, alikeOnly = false): void {
  const n = features.length;
  let i = 0;
  while (i < n) {
    // most blocks open no unit, and a run of fewer units than the fewest counted marks nothing
    const first = unit(i);
    if (first.next <= i) {
      i++;
      continue;
    }
    const units: { start: number; kind: string }[] = [{ start: i, kind: first.kind }];
    let j = first.next;
    for (let u = unit(j); u.next > j; u = unit(j)) {
      units.push({ start: j, kind: u.kind });
      j = u.next;
    }
    if (units.length < FEWEST_UNITS) {
      i++;
      continue;
    }
    // the items of one widget are alike: the article's own header and lead (a dated byline
    // before a thread of `Name on date said:` heads, or after a list of undated teasers) is
    // the one of its kind at an end of the run, not one of its items
    let start = i;
    const odd = (u: { kind: string }) => units.filter((v) => v.kind === u.kind).length === 1;
    while (units.length >= 2 && odd(units[0]!)) start = (units.shift(), units[0]!.start);
    while (units.length >= 2 && odd(units.at(-1)!)) j = units.pop()!.start;
    // a listicle's heading-and-paragraph rhythm looks the same; bylines, times or glue tell them apart
    let marked = false;
    for (let k = start; k < j && !marked; k++) marked = verdicts[k]!.grade === 'bad';
    const counted = alikeOnly && units.length >= MIN_UNITS ? mostOfOneKind(units) : units.length;
    if (counted >= (marked ? MIN_UNITS : MIN_UNMARKED_UNITS) && !isStory({ starts: mapped(units, (u) => u.start), end: j, marked })) {
      for (let k = start; k < j; k++) {
        if (verdicts[k]!.grade !== 'bad') verdicts[k] = { grade: 'bad', reason: `${what} (${units.length} items)`, family: 'teaser', rule };
      }
      i = j;
    } else {
      i++;
    }
  }
}

/**
 * Comments and feeds: each item opens with a few short lines (a name, a time, a rating), one of
 * them a timestamp or an author line, then a few lines of text. A story with an advertisement
 * label between its paragraphs has no such heads.
 */
function feedUnit(verdicts: Verdict[], features: Features[], blocks: Block[]): Unit {
  const n = features.length;
  const isMeta = (i: number) => verdicts[i]!.family === 'byline' || (verdicts[i]!.grade === 'bad' && features[i]!.words <= META_MAX_WORDS);
  // a code block is an example of the page's (a `Signed-off-by:` line a guide shows), never a post's head
  const isHeadLine = (i: number) => i < n && blocks[i]?.kind !== 'code' && (isMeta(i) || features[i]!.words <= FEED_NAME_WORDS);
  const isText = (i: number) => i < n && !isHeadLine(i) && verdicts[i]!.grade !== 'bad';
  // an item's head: a few short lines, one of them a time or a name; its kind says which
  const head = (i: number): { end: number; kind: string } => {
    let j = i;
    let timed = false;
    let named = false;
    while (j - i < FEED_HEAD_LINES && isHeadLine(j)) {
      const family = verdicts[j]!.family;
      if (family === 'date' || family === 'counter') timed = true;
      if (family === 'byline') named = true;
      j++;
    }
    return { end: j, kind: timed || named ? `${timed ? 'time' : ''}${named ? 'name' : ''}` : '' };
  };
  const unit = (i: number): { next: number; kind: string } => {
    const { end: body, kind } = head(i);
    if (!kind) return NO_UNIT;
    let j = body;
    while (j - body < FEED_BODY_LINES && isText(j)) j++;
    if (j === body) return NO_UNIT;
    if (j - body < FEED_BODY_LINES) return { next: j, kind };
    let end = j;
    while (end - body < FEED_LONG_BODY_LINES && isText(end)) end++;
    // a long reply is one when the next item's head, of the same kind, follows it
    const next = head(end);
    return end > j && next.kind === kind && isText(next.end) ? { next: end, kind } : { next: j, kind };
  };
  return unit;
}

function teaserUnit(verdicts: Verdict[], features: Features[], blocks: Block[]): Unit {
  const n = verdicts.length;
  // a code block is an example of the page's, never a teaser's headline or summary
  const isCode = (i: number) => blocks[i]?.kind === 'code';
  const isHeadline = (i: number) => {
    const f = features[i]!;
    return i < n && !isCode(i) && f.words >= HEADLINE_MIN_WORDS && f.words <= HEADING_MAX_WORDS && !f.endsSentence && (verdicts[i]!.grade !== 'bad' || verdicts[i]!.family === 'glued' || verdicts[i]!.family === 'links');
  };
  // dates, bylines, sources and section labels between a headline and its summary
  const isMeta = (i: number) => i < n && !isHeadline(i)
    && (verdicts[i]!.grade === 'bad' ? features[i]!.words <= META_MAX_WORDS : features[i]!.words <= LABEL_MAX_WORDS && !features[i]!.endsSentence);
  const isSummary = (i: number, linked = false) => {
    if (i >= n || isCode(i)) return false;
    const f = features[i]!;
    const c = verdicts[i]!.grade;
    return (c === 'good' || c === 'near' || verdicts[i]!.family === 'glued' || verdicts[i]!.family === 'repeat')
      && f.words <= (linked ? LINKED_SUMMARY_MAX_WORDS : SUMMARY_MAX_WORDS) && f.sentences <= (linked ? LINKED_SUMMARY_MAX_SENTENCES : SUMMARY_MAX_SENTENCES);
  };

  // one unit: headline, metas, optional summary, metas; its kind is which metas it has
  const unit = (i: number): { next: number; kind: string } => {
    if (!isHeadline(i)) return NO_UNIT;
    let j = i + 1;
    const metas = new Set<string>();
    while (isMeta(j)) metas.add(verdicts[j++]!.family ?? 'label');
    const summary = isSummary(j, verdicts[i]!.family === 'links') && !isHeadlineBeforeSummary(j) && !isStoryAfter(j + 1) && !isStoryAround(i, j) && !areListItems(i, j);
    if (summary) j++;
    while (isMeta(j)) metas.add(verdicts[j++]!.family ?? 'label');
    if (blocks[i]?.container && !leadsSomewhere(i, j)) return NO_UNIT;
    return summary || metas.size > 0 ? { next: j, kind: (metas.has('byline') ? 'n' : '') + (metas.has('date') || metas.has('counter') ? 't' : '') } : NO_UNIT;
  };
  // a summary is followed by the next teaser; a paragraph followed by more story is a lead
  const isStoryAfter = (j: number) => j < n && verdicts[j]!.grade === 'good' && features[j]!.words > HEADING_MAX_WORDS && features[j]!.endsSentence;
  // a link slipped between two paragraphs of one element (HTML) is wrapped on its own; the
  // paragraph after it sits beside the story paragraph before it, and is one of them
  const parentOf = (k: number) => blocks[k]?.container?.parent ?? null;
  const isStoryAround = (i: number, j: number) => {
    const parent = parentOf(j);
    return parent !== null && i > 0 && j === i + 1 && verdicts[i - 1]!.grade === 'good' && parentOf(i - 1) === parent && parentOf(i) !== parent;
  };
  // two items of one list (HTML) are two items, not a headline and its summary: a teaser's
  // parts share their item
  const areListItems = (i: number, j: number) =>
    blocks[i]?.kind === 'list-item' && blocks[j]?.kind === 'list-item' && parentOf(i) !== null && parentOf(i) === parentOf(j) && blocks[i]!.container !== blocks[j]!.container;
  // a teaser leads to the story it teases: in HTML one of its parts is a link (an unlinked
  // heading with a line under it is a section of this page: a plan's `Meal 1`, a recipe's step)
  const leadsSomewhere = (i: number, j: number) => {
    for (let k = i; k < j; k++) if (blocks[k]!.linkChars > 0) return true;
    return false;
  };
  // a line that opens the next unit is not this unit's summary
  const isHeadlineBeforeSummary = (j: number) => isHeadline(j) && !features[j]!.endsSentence && isSummary(j + 1) && features[j]!.words < features[j + 1]!.words / 2;

  return unit;
}
