import type { Features } from '../types.js';
import type { Verdict } from './classify.js';
import { HEADING_MAX_WORDS } from './thresholds.js';

/** A teaser list has at least this many headline(+summary) units in a row. */
const MIN_UNITS = 3;
/** Teaser summaries are a sentence or two; story paragraphs run longer. */
const SUMMARY_MAX_WORDS = 50;
const SUMMARY_MAX_SENTENCES = 2;
/** Dates, bylines and counters between the parts of a teaser. */
const META_MAX_WORDS = 8;

/**
 * Finds widgets of teasers: headline, maybe a byline or time, maybe a one-sentence summary,
 * again and again. Each part alone reads like a heading or a short paragraph; the repetition
 * of the pattern gives the widget away. Marks its parts as boilerplate in place.
 */
export function markTeaserRuns(verdicts: Verdict[], features: Features[]): void {
  markRuns(verdicts, features, teaserUnit(verdicts, features), 'teaser list');
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
    if (units >= MIN_UNITS) {
      for (let k = i; k < j; k++) {
        if (verdicts[k]!.cls !== 'bad') verdicts[k] = { cls: 'bad', reason: `${what} (${units} items)` };
      }
      i = j;
    } else {
      i++;
    }
  }
}

function teaserUnit(verdicts: Verdict[], features: Features[]): Unit {
  const n = verdicts.length;
  const isHeadline = (i: number) => {
    const f = features[i]!;
    return i < n && f.words >= 2 && f.words <= HEADING_MAX_WORDS && !f.endsSentence && (verdicts[i]!.cls !== 'bad' || verdicts[i]!.reason.startsWith('headline glued'));
  };
  const isMeta = (i: number) => i < n && verdicts[i]!.cls === 'bad' && features[i]!.words <= META_MAX_WORDS && !isHeadline(i);
  const isSummary = (i: number) => {
    if (i >= n) return false;
    const f = features[i]!;
    const c = verdicts[i]!.cls;
    return (c === 'good' || c === 'near' || verdicts[i]!.reason.startsWith('headline glued') || verdicts[i]!.reason.startsWith('repeated'))
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
