import type { Features } from '../types.js';
import type { BlockClass, Verdict } from '../score/classify.js';
import type { Region } from './region.js';
import { HEADING_MAX_WORDS, SHORT_WORDS } from '../score/thresholds.js';
import { AUTHOR_BOX_HEADING, WIDGET_HEADING } from '../vocab/index.js';

/** How many blocks after a marked-up heading its prose may begin. */
const HEADING_REACH = 3;

export interface Decision {
  keep: boolean;
  reason: string;
  heading: boolean;
}

export interface LabelInput {
  verdicts: Verdict[];
  features: Features[];
  /** Whether the block is already marked as a heading (HTML `<h2>`) or only shaped like one. */
  isHeading: boolean[];
  /** List items, and the paragraphs of a quote (an embedded post and its signature), are judged as a group: their neighbours are the blocks around the whole run. */
  inGroup: boolean[];
  /** A picture's caption (HTML `<figcaption>`). */
  isCaption?: boolean[];
  /**
   * Whether a line the page repeats is looked past, as a link list slipped between paragraphs
   * always is: in HTML a repeat left boilerplate is a linked line the story carries inside it (a
   * product a plan links at every step); in a dump it is a teaser's headline printed twice, the
   * edge of a widget.
   */
  passRepeats?: boolean;
}

/** A short line without a sentence end: a heading when prose follows it. */
export function headingShaped(f: Features): boolean {
  return f.words > 0 && f.words <= HEADING_MAX_WORDS && !f.endsSentence;
}

const isText = (c: BlockClass | null) => c === 'good' || c === 'near';

/**
 * Context pass (jusText's idea): inside the story region prose stays, boilerplate goes, and
 * short or borderline blocks take the side of their neighbours; a heading stays when the story
 * goes on after it. Inside the region a short line stays unless boilerplate is its neighbour:
 * the region is already the story's. Everything outside the region goes.
 */
export function labelRegion(input: LabelInput, region: Region | null, texts: string[]): Decision[] {
  const { verdicts, features } = input;
  const n = verdicts.length;
  const cls = (i: number): BlockClass | null => (i >= 0 && i < n ? verdicts[i]!.cls : null);
  const inRegion = (i: number) => region !== null && i >= region.start && i <= region.end;

  // nearest block on each side that is not merely short, within the region: one sweep each way
  // (a long run of short lines would cost a walk a line otherwise); a link list slipped between
  // paragraphs (related links) is not what a paragraph stands next to
  const passed = (j: number) => verdicts[j]!.cue === 'links' || (input.passRepeats === true && verdicts[j]!.cue === 'repeat');
  const counts = (j: number) => !passed(j) && verdicts[j]!.cls !== 'short';
  const previous: (BlockClass | null)[] = new Array(n).fill(null);
  const next: (BlockClass | null)[] = new Array(n).fill(null);
  if (region) {
    let seen: BlockClass | null = null;
    for (let j = region.start; j <= region.end; j++) {
      previous[j] = seen;
      if (counts(j)) seen = verdicts[j]!.cls;
    }
    seen = null;
    for (let j = region.end; j >= region.start; j--) {
      next[j] = seen;
      if (counts(j)) seen = verdicts[j]!.cls;
    }
  }
  const neighbour = (i: number, step: 1 | -1): BlockClass | null => (step < 0 ? previous[i] : next[i]) ?? null;

  // the run of list items (or quote paragraphs) a block belongs to, within the region
  const groupRun = (i: number): [number, number] => {
    let a = i;
    let b = i;
    while (inRegion(a - 1) && input.inGroup[a - 1]) a--;
    while (inRegion(b + 1) && input.inGroup[b + 1]) b++;
    return [a, b];
  };

  // a marked-up heading heads the prose after it, past a line or two between (a `Buy now` link,
  // a picture's caption)
  const proseFollows = (i: number): boolean => {
    for (let j = i + 1; j <= i + HEADING_REACH && inRegion(j); j++) {
      if (cls(j) === 'good') return true;
      if (features[j]!.words > SHORT_WORDS) return false;
    }
    return false;
  };

  // a list with a paragraph-sized item in it reads as part of the story, and so does one with a
  // sentence-sized item beside the story (ingredients before the steps)
  const judgeGroup = (i: number) => {
    const [first, last] = groupRun(i);
    let before = neighbour(first, -1);
    let after = neighbour(last, 1);
    const items = verdicts.slice(first, last + 1);
    if (items.some((x) => x.cls === 'good') || (items.some((x) => x.cls === 'near') && (before === 'good' || after === 'good'))) before = after = 'good';
    return { last, before, after };
  };
  let group: ReturnType<typeof judgeGroup> | null = null;

  const decisions: Decision[] = [];
  // the list right under a widget's heading (`Related stories`) is the widget's
  let widgetListEnd = -1;
  for (let i = 0; i < n; i++) {
    const v = verdicts[i]!;
    if (i <= widgetListEnd) {
      decisions.push({ keep: false, reason: `${v.reason}, in a list under a widget's heading`, heading: false });
      continue;
    }
    if (!inRegion(i)) {
      decisions.push({ keep: false, reason: `outside the story: ${v.reason}`, heading: false });
      continue;
    }
    const grouped = input.inGroup[i]!;
    // a group is judged once, for all its items (a list may have thousands)
    if (grouped && (group === null || i > group.last)) group = judgeGroup(i);
    const { before, after } = grouped ? group! : { before: neighbour(i, -1), after: neighbour(i, 1) };
    const shaped = !grouped && (input.isHeading[i]! || headingShaped(features[i]!));
    if (v.cls === 'bad') {
      decisions.push({ keep: false, reason: v.reason, heading: false });
    } else if (input.isCaption?.[i]) {
      // it speaks of a picture the output does not carry
      decisions.push({ keep: false, reason: `caption of a picture`, heading: false });
    } else if (shaped && (WIDGET_HEADING.test(texts[i]!) || AUTHOR_BOX_HEADING.test(texts[i]!))) {
      decisions.push({ keep: false, reason: 'heading of a widget', heading: false });
      if (inRegion(i + 1) && input.inGroup[i + 1]) widgetListEnd = groupRun(i + 1)[1];
    } else if (shaped && ((cls(i + 1) === 'good' && inRegion(i + 1) && before !== 'bad') || (input.isHeading[i]! && proseFollows(i)))) {
      decisions.push({ keep: true, reason: 'heading before prose', heading: true });
    } else if (v.cls === 'good') {
      decisions.push({ keep: true, reason: v.reason, heading: false });
    } else if (v.cls === 'near' && (before === 'good' || after === 'good')) {
      decisions.push({ keep: true, reason: `${v.reason}, next to prose`, heading: false });
    } else if (before === 'good' && after === 'good') {
      decisions.push({ keep: true, reason: `${v.reason}, between prose`, heading: false });
    } else if (before !== 'bad' && after !== 'bad' && (isText(before) || isText(after))) {
      // results, schedules, scores: a story of short lines has no prose to stand between
      decisions.push({ keep: true, reason: `${v.reason}, among the story's short lines`, heading: false });
    } else {
      decisions.push({ keep: false, reason: `${v.reason}, not next to prose`, heading: false });
    }
  }
  return decisions;
}
