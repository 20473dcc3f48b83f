import type { Decision, Features, Grade, Verdict } from '../model/index.js';
import type { Region } from './region.js';
import { AUTHOR_BOX_HEADING, WIDGET_HEADING } from '../vocab/index.js';
import { HEADING_MAX_WORDS, HEADING_REACH, SHORT_WORDS } from '../settings.js';

export interface LabelInput {
  verdicts: Verdict[];
  features: Features[];
  /** Whether the block is already marked as a heading (HTML `<h2>`) or only shaped like one. */
  isHeading: boolean[];
  /** List items, and the paragraphs of a quote (an embedded post and its signature), are judged as a group: their neighbours are the blocks around the whole run. */
  inGroup: boolean[];
  /** A picture's caption (HTML `<figcaption>`). */
  isCaption?: boolean[];
  /** A table or a code block: where the region holds no prose, it is the story (a ranked list, a price table). */
  isData?: boolean[];
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

const isText = (c: Grade | null) => c === 'good' || c === 'near';

/**
 * The grade of the nearest block on each side that is not merely short, within the region: one
 * sweep each way (a long run of short lines would cost a walk a line otherwise); a link list
 * slipped between paragraphs (related links) is not what a paragraph stands next to.
 */
function nearestNeighbours({ verdicts, passRepeats }: LabelInput, region: Region | null): { previous: (Grade | null)[]; next: (Grade | null)[] } {
  const n = verdicts.length;
  const passed = (j: number) => verdicts[j]!.family === 'links' || (passRepeats === true && verdicts[j]!.family === 'repeat');
  const counts = (j: number) => !passed(j) && verdicts[j]!.grade !== 'short';
  const previous: (Grade | null)[] = new Array(n).fill(null);
  const next: (Grade | null)[] = new Array(n).fill(null);
  if (region) {
    let seen: Grade | null = null;
    for (let j = region.start; j <= region.end; j++) {
      previous[j] = seen;
      if (counts(j)) seen = verdicts[j]!.grade;
    }
    seen = null;
    for (let j = region.end; j >= region.start; j--) {
      next[j] = seen;
      if (counts(j)) seen = verdicts[j]!.grade;
    }
  }
  return { previous, next };
}

/**
 * A marked-up heading heads the prose after it, past a line or two between (a `Buy now` link, a
 * picture's caption).
 */
function proseFollows(i: number, { verdicts, features }: LabelInput, inRegion: (j: number) => boolean): boolean {
  for (let j = i + 1; j <= i + HEADING_REACH && inRegion(j); j++) {
    if (verdicts[j]!.grade === 'good') return true;
    if (features[j]!.words > SHORT_WORDS) return false;
  }
  return false;
}

/**
 * Context pass (jusText's idea): inside the story region prose stays, boilerplate goes, and
 * short or borderline blocks take the side of their neighbours; a heading stays when the story
 * goes on after it. Inside the region a short line stays unless boilerplate is its neighbour:
 * the region is already the story's. Everything outside the region goes.
 */
export function labelRegion(input: LabelInput, region: Region | null, texts: string[]): Decision[] {
  const { verdicts, features } = input;
  const n = verdicts.length;
  const gradeAt = (i: number): Grade | null => (i >= 0 && i < n ? verdicts[i]!.grade : null);
  const inRegion = (i: number) => region !== null && i >= region.start && i <= region.end;

  const { previous, next } = nearestNeighbours(input, region);
  const neighbour = (i: number, step: 1 | -1): Grade | null => (step < 0 ? previous[i] : next[i]) ?? null;

  // the run of list items (or quote paragraphs) a block belongs to, within the region
  const groupRun = (i: number): [number, number] => {
    let a = i;
    let b = i;
    while (inRegion(a - 1) && input.inGroup[a - 1]) a--;
    while (inRegion(b + 1) && input.inGroup[b + 1]) b++;
    return [a, b];
  };

  // a list with a paragraph-sized item in it reads as part of the story, and so does one with a
  // sentence-sized item beside the story (ingredients before the steps)
  const judgeGroup = (i: number) => {
    const [first, last] = groupRun(i);
    let before = neighbour(first, -1);
    let after = neighbour(last, 1);
    const items = verdicts.slice(first, last + 1);
    if (items.some((x) => x.grade === 'good') || (items.some((x) => x.grade === 'near') && (before === 'good' || after === 'good'))) before = after = 'good';
    return { last, before, after };
  };
  let group: ReturnType<typeof judgeGroup> | null = null;

  let regionHasProse = false;
  if (region) for (let j = region.start; j <= region.end && !regionHasProse; j++) regionHasProse = verdicts[j]!.grade === 'good';
  const decisions: Decision[] = [];
  const decide = (keep: boolean, reason: string, rule: string | undefined, heading = false) => decisions.push(rule ? { keep, reason, heading, rule } : { keep, reason, heading });
  // the list right under a widget's heading (`Related stories`) is the widget's
  let widgetListEnd = -1;
  for (let i = 0; i < n; i++) {
    const v = verdicts[i]!;
    if (i <= widgetListEnd) {
      decide(false, `${v.reason}, in a list under a widget's heading`, 'context/widget-list');
      continue;
    }
    if (!inRegion(i)) {
      decide(false, `outside the story: ${v.reason}`, 'context/outside-story');
      continue;
    }
    const grouped = input.inGroup[i]!;
    // a group is judged once, for all its items (a list may have thousands)
    if (grouped && (group === null || i > group.last)) group = judgeGroup(i);
    const { before, after } = grouped ? group! : { before: neighbour(i, -1), after: neighbour(i, 1) };
    const shaped = !grouped && !input.isData?.[i] && (input.isHeading[i]! || headingShaped(features[i]!)); // never a table or code
    if (v.grade === 'bad') {
      decide(false, v.reason, v.rule);
    } else if (input.isCaption?.[i]) {
      // it speaks of a picture the output does not carry
      decide(false, 'caption of a picture', 'context/caption');
    } else if (shaped && (WIDGET_HEADING.test(texts[i]!) || AUTHOR_BOX_HEADING.test(texts[i]!))) {
      decide(false, 'heading of a widget', 'context/widget-heading');
      if (inRegion(i + 1) && input.inGroup[i + 1]) widgetListEnd = groupRun(i + 1)[1];
    } else if (shaped && gradeAt(i + 1) === 'good' && inRegion(i + 1) && before !== 'bad') {
      decide(true, 'heading before prose', 'context/heading-before-prose', true);
    } else if (shaped && input.isHeading[i]! && proseFollows(i, input, inRegion)) {
      decide(true, 'heading before prose', 'context/marked-heading-before-prose', true);
    } else if (v.grade === 'good') {
      decide(true, v.reason, v.rule);
    } else if (v.grade === 'near' && (before === 'good' || after === 'good')) {
      decide(true, `${v.reason}, next to prose`, 'context/next-to-prose');
    } else if (before === 'good' && after === 'good') {
      decide(true, `${v.reason}, between prose`, 'context/between-prose');
    } else if (before !== 'bad' && after !== 'bad' && (isText(before) || isText(after))) {
      // results, schedules, scores: a story of short lines has no prose to stand between
      decide(true, `${v.reason}, among the story's short lines`, 'context/among-short-lines');
    } else if (input.isData?.[i] && !regionHasProse) {
      decide(true, `${v.reason}, the story's own data`, 'context/data-story');
    } else {
      decide(false, `${v.reason}, not next to prose`, 'context/not-next-to-prose');
    }
  }
  return decisions;
}
