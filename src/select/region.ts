import type { Block } from '../types.js';

export interface Region {
  start: number;
  end: number;
  /** What bounds it, for the explain view. */
  why: string;
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
  const sums = new Map<number, number>();
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  for (const b of blocks) {
    const w = weights[b.index]!;
    for (const id of b.ancestors) {
      sums.set(id, (sums.get(id) ?? 0) + w);
      if (!first.has(id)) first.set(id, b.index);
      last.set(id, b.index);
    }
  }
  let bestId = -1;
  let best = 0;
  for (const [id, sum] of sums) {
    // later ids are deeper: on a tie the tighter container wins
    if (sum > best || (sum === best && bestId >= 0 && id > bestId)) {
      best = sum;
      bestId = id;
    }
  }
  if (bestId < 0) return null;
  return { start: first.get(bestId)!, end: last.get(bestId)!, why: `container with the most prose, weight ${Math.round(best)}` };
}
