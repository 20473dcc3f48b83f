import type { Block, Container } from '../model/index.js';
import { GAP_GROWTH_CAP, LIST_BRIDGE, LIST_LINE_MAX_WORDS, LIST_LINE_MIN_WORDS, LIST_MIN_LINES } from '../settings.js';

export interface Region {
  start: number;
  end: number;
  /** What bounds it, for the explain view. */
  why: string;
  /** How far it may grow: the enclosing container's blocks (HTML), or the whole page. */
  limit?: [number, number];
  /** The element chosen as the story (HTML). */
  element?: Container;
}

/**
 * A gap of boilerplate costs more the longer it runs: a story pauses for a heading, a caption or an
 * advertisement label, but a menu, a comment form or a footer between two runs of prose means the
 * second run is another thing. Only prose closes a gap: a headline between the gaps of a feed
 * of teasers does not.
 */
export function gapWeights(weights: number[], isProse: (i: number) => boolean = (i) => weights[i]! > 0): number[] {
  let gap = 0;
  return weights.map((w, i) => {
    if (isProse(i)) gap = 0;
    if (w > 0) return w;
    gap++;
    return w * Math.min(gap, GAP_GROWTH_CAP);
  });
}

/**
 * A dump prints a story's lists (pros and cons, a spec sheet, a checklist) as runs of short lines between its
 * paragraphs, which the growing cost of a gap cuts the story at; in HTML they share the paragraphs' element. A run
 * with no boilerplate in it, of `LIST_BRIDGE.maxLines` lines at most, after prose and before `LIST_BRIDGE.resumed`
 * paragraphs in a row, costs its lines' own weights (`weights`) in `gapped`. Changes `gapped` in place.
 */
export function bridgeListRuns(gapped: number[], weights: number[], isProse: (i: number) => boolean, isBoilerplate: (i: number) => boolean, words: (i: number) => number, titled: (i: number) => boolean): void {
  const n = weights.length;
  for (let a = 0; a < n; a++) {
    if (isProse(a)) continue;
    let b = a;
    while (b + 1 < n && !isProse(b + 1)) b++;
    let resumed = 0;
    for (let j = b + 1; j < n && isProse(j); j++) resumed++;
    // a run that opens the page follows no prose; a page's header (a menu, the headline) follows a line or two of it
    let clean = a > 0 && words(a - 1) > LIST_BRIDGE.leadWords && b - a + 1 <= LIST_BRIDGE.maxLines && resumed >= LIST_BRIDGE.resumed;
    for (let k = a; k <= b && clean; k++) clean = !isBoilerplate(k);
    // a grid of cards or a menu names things in headline case; a story's list of points is written as prose is
    let headlines = 0;
    for (let k = a; k <= b; k++) if (titled(k)) headlines++;
    clean &&= headlines <= (b - a + 1) * LIST_BRIDGE.titledShare;
    if (clean) for (let k = a; k <= b; k++) gapped[k] = weights[k]!;
    a = b;
  }
}

/** The contiguous run of blocks with the largest total weight (Kadane): the story of a flat dump. */
export function bestRun(weights: number[]): Region | null {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weights[i]!;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return bestStart < 0 ? null : { start: bestStart, end: bestEnd, why: `densest run of prose, weight ${Math.round(best)}` };
}

/**
 * The element whose blocks weigh most in total: boilerplate weighs negative, so the tightest
 * container around the story wins over the page body that also holds menus and footers.
 */
export function bestSubtree(blocks: Block[], weights: number[]): Region | null {
  // element ids are dense and an element's id is below its descendants': typed arrays as long
  // as the deepest block's id hold the totals
  let ids = 0;
  for (const b of blocks) if (b.container && b.container.id >= ids) ids = b.container.id + 1;
  const sums = new Float64Array(ids);
  const first = new Int32Array(ids).fill(-1);
  const last = new Int32Array(ids);
  const parents: (Container | null)[] = new Array(ids).fill(null);
  for (const b of blocks) {
    const w = weights[b.index]!;
    for (let c = b.container; c; c = c.parent) {
      sums[c.id] = sums[c.id]! + w;
      if (first[c.id]! < 0) first[c.id] = b.index;
      last[c.id] = b.index;
      parents[c.id] = c.parent;
    }
  }
  let bestId = -1;
  let best = 0;
  for (let id = 0; id < ids; id++) {
    const sum = sums[id]!;
    // ids grow in document order, so a later id on a tie is a descendant: the tighter container
    if (first[id]! >= 0 && (sum > best || (sum === best && bestId >= 0))) {
      best = sum;
      bestId = id;
    }
  }
  if (bestId < 0) return null;
  const parent = parents[bestId];
  let element: Container | undefined;
  for (let c = blocks[first[bestId]!]!.container; c && !element; c = c.parent) if (c.id === bestId) element = c;
  return {
    start: first[bestId]!,
    end: last[bestId]!,
    why: `container with the most prose, weight ${Math.round(best)}`,
    limit: parent ? [first[parent.id]!, last[parent.id]!] : undefined,
    element,
  };
}

/** An element and every element above it: the elements a block inside it lies in too. */
export function selfAndAncestors(element: Container | null): Set<Container> {
  const up = new Set<Container>();
  for (let c = element; c; c = c.parent) up.add(c);
  return up;
}

/**
 * Blocks of an `<article>` nested inside the story's element: HTML gives a nested article the
 * meaning of a related item or a comment, another text than the story around it.
 */
export function inNestedArticle(blocks: Block[], region: Region): boolean[] {
  const holdsStory = selfAndAncestors(region.element ?? null);
  return blocks.map((b) => {
    let inner: Container | null = null;
    for (let c = b.container; c; c = c.parent) {
      if (!c.article) continue;
      if (inner) return !holdsStory.has(inner);
      inner = c;
    }
    return false;
  });
}

/**
 * Grows a region over neighbouring blocks of its enclosing container while that adds weight: a story split across sibling
 * containers (a lead box, then the body) comes back whole, while a run of boilerplate between
 * the story and more prose (comments, teasers) costs more than the prose beyond it brings.
 */
export function extendRegion(region: Region, weights: number[]): Region {
  const [low, high] = region.limit ?? [0, weights.length - 1];
  const reach = (from: number, step: 1 | -1): number => {
    let sum = 0;
    let best = 0;
    let bestAt = from - step;
    for (let i = from; i >= low && i <= high; i += step) {
      sum += weights[i]!;
      if (sum > best) {
        best = sum;
        bestAt = i;
      }
    }
    return bestAt;
  };
  const start = reach(region.start - 1, -1);
  const end = reach(region.end + 1, 1);
  if (start === region.start && end === region.end) return region;
  return { ...region, start, end, why: `${region.why}, grown over neighbouring prose` };
}

/**
 * A dump flattens a story's closing list (tour dates, a numbered selection of products) into short
 * lines that weigh negative, so the densest run stops before it. Lines right after the story that
 * each say a few words, with no boilerplate among them, are that list; returns how far it goes.
 */
export function trailingListEnd(region: Region, isBoilerplate: (i: number) => boolean, words: (i: number) => number, n: number): number {
  let end = region.end;
  while (end + 1 < n && !isBoilerplate(end + 1) && words(end + 1) >= LIST_LINE_MIN_WORDS && words(end + 1) <= LIST_LINE_MAX_WORDS) end++;
  return end - region.end >= LIST_MIN_LINES ? end : region.end;
}

/**
 * A nested article before the story's last paragraph that holds long prose is a section of the
 * story (a product in a review of several), not a related item: those are teasers, and comments
 * come after the story. Returns the blocks of such articles.
 */
export function storySections(blocks: Block[], nested: boolean[], storyProse: (i: number) => boolean, longProse: (i: number) => boolean): Set<number> {
  let lastStory = -1;
  nested.forEach((_, i) => {
    if (storyProse(i)) lastStory = i;
  });
  const innermost = (b: Block) => {
    for (let c = b.container; c; c = c.parent) if (c.article) return c;
    return null;
  };
  const byArticle = new Map<Container, number[]>();
  nested.forEach((inside, i) => {
    const article = inside ? innermost(blocks[i]!) : null;
    if (!article) return;
    const at = byArticle.get(article);
    if (at) at.push(i);
    else byArticle.set(article, [i]);
  });
  const sections = new Set<number>();
  for (const at of byArticle.values()) {
    if (at.at(-1)! < lastStory && at.some(longProse)) for (const i of at) sections.add(i);
  }
  return sections;
}
