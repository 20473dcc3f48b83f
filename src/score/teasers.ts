/**
 * Widgets known by their rhythm rather than by any one line: lists of teasers (headline, byline,
 * summary, again and again) and comment sections or feeds (name, time, text, again and again).
 */
import type { Features } from '../types.js';
import type { Verdict } from './classify.js';
import { HEADING_MAX_WORDS } from './thresholds.js';

/** A teaser list has at least this many headline(+summary) units in a row. */
const MIN_UNITS = 3;
/** Without any byline, time or label in it, the rhythm must go on longer. */
const MIN_UNMARKED_UNITS = 4;
/** Teaser summaries are a sentence or two; story paragraphs run longer. */
const SUMMARY_MAX_WORDS = 50;
const SUMMARY_MAX_SENTENCES = 2;
/** Dates, bylines and counters between the parts of a teaser. */
const META_MAX_WORDS = 8;
const LABEL_MAX_WORDS = 3;
/** A one-word line is a button or a label, not a headline. */
const HEADLINE_MIN_WORDS = 2;
/** A comment or feed item: up to this many head lines (name, time, rating), then some text. */
const FEED_HEAD_LINES = 4;
const FEED_BODY_LINES = 6;
const FEED_NAME_WORDS = 4;

/**
 * Finds widgets of teasers: headline, maybe a byline or time, maybe a one-sentence summary,
 * again and again. Each part alone reads like a heading or a short paragraph; the repetition
 * of the pattern gives the widget away. Marks its parts as boilerplate in place.
 */
export function markTeaserRuns(verdicts: Verdict[], features: Features[]): void {
  markRuns(verdicts, features, teaserUnit(verdicts, features), 'teaser list');
  markRuns(verdicts, features, feedUnit(verdicts, features), 'comment or feed list');
}

type Unit = (i: number) => number;

function markRuns(verdicts: Verdict[], features: Features[], unit: Unit, what: string): void {
  const n = features.length;
  let i = 0;
  while (i < n) {
    let units = 0;
    let j = i;
    for (let next = unit(j); next > j; next = unit(j)) {
      units++;
      j = next;
    }
    // a listicle's heading-and-paragraph rhythm looks the same; bylines, times or glue tell them apart
    const marked = verdicts.slice(i, j).some((v) => v.cls === 'bad');
    if (units >= (marked ? MIN_UNITS : MIN_UNMARKED_UNITS)) {
      for (let k = i; k < j; k++) {
        if (verdicts[k]!.cls !== 'bad') verdicts[k] = { cls: 'bad', reason: `${what} (${units} items)`, cue: 'teaser' };
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
function feedUnit(verdicts: Verdict[], features: Features[]): Unit {
  const n = features.length;
  const isMeta = (i: number) => verdicts[i]!.cue === 'byline' || (verdicts[i]!.cls === 'bad' && features[i]!.words <= META_MAX_WORDS);
  const isHeadLine = (i: number) => i < n && (isMeta(i) || features[i]!.words <= FEED_NAME_WORDS);
  const isText = (i: number) => i < n && !isHeadLine(i) && verdicts[i]!.cls !== 'bad';
  return (i) => {
    let j = i;
    let stamped = false;
    while (j - i < FEED_HEAD_LINES && isHeadLine(j)) {
      const cue = verdicts[j]!.cue;
      if (cue === 'date' || cue === 'counter' || cue === 'byline') stamped = true;
      j++;
    }
    if (!stamped) return -1;
    const body = j;
    while (j - body < FEED_BODY_LINES && isText(j)) j++;
    return j > body ? j : -1;
  };
}

function teaserUnit(verdicts: Verdict[], features: Features[]): Unit {
  const n = verdicts.length;
  const isHeadline = (i: number) => {
    const f = features[i]!;
    return i < n && f.words >= HEADLINE_MIN_WORDS && f.words <= HEADING_MAX_WORDS && !f.endsSentence && (verdicts[i]!.cls !== 'bad' || verdicts[i]!.cue === 'glued' || verdicts[i]!.cue === 'links');
  };
  // dates, bylines, sources and section labels between a headline and its summary
  const isMeta = (i: number) => i < n && !isHeadline(i)
    && (verdicts[i]!.cls === 'bad' ? features[i]!.words <= META_MAX_WORDS : features[i]!.words <= LABEL_MAX_WORDS && !features[i]!.endsSentence);
  const isSummary = (i: number) => {
    if (i >= n) return false;
    const f = features[i]!;
    const c = verdicts[i]!.cls;
    return (c === 'good' || c === 'near' || verdicts[i]!.cue === 'glued' || verdicts[i]!.cue === 'repeat')
      && f.words <= SUMMARY_MAX_WORDS && f.sentences <= SUMMARY_MAX_SENTENCES;
  };

  // one unit: headline, metas, optional summary, metas; returns the index after it, or -1
  const unit = (i: number): number => {
    if (!isHeadline(i)) return -1;
    let j = i + 1;
    let meta = 0;
    while (isMeta(j)) (j++, meta++);
    const summary = isSummary(j) && !isHeadlineBeforeSummary(j);
    if (summary) j++;
    while (isMeta(j)) (j++, meta++);
    return summary || meta > 0 ? j : -1;
  };
  // a line that opens the next unit is not this unit's summary
  const isHeadlineBeforeSummary = (j: number) => isHeadline(j) && !features[j]!.endsSentence && isSummary(j + 1) && features[j]!.words < features[j + 1]!.words / 2;

  return unit;
}
