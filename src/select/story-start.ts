/**
 * Where a dump's story starts: the densest run of lines begins at the first section that pays for the gap above it,
 * and a roundup's or a listicle's first sections, each above a gap of furniture (pros and cons, a price box, a spec
 * sheet), are cut. The run grows back to them where the page's structure says they are the story's.
 */
import type { Block, Features, PageType, Verdict } from '../model/index.js';
import type { Region } from './region.js';
import { HEADING_MAX_WORDS, NUMBERED_SECTIONS, RECURRING_GAP } from '../settings.js';
import { mapped } from '../model/mapped.js';

/**
 * A dump's run grown back over gaps of its own furniture (`growOverRecurringGaps`) and to a listicle's numbered
 * sections (`growToNumberedSections`), and the verdicts the region is labelled with: within the numbered sections, the
 * lines a teaser list's rhythm marked graded as the page alone grades them (`alone`), for a section's line about its
 * item has that rhythm. `gapped`: the weights the run search used.
 */
export function growToStoryStart(region: Region, gapped: number[], blocks: Block[], verdicts: Verdict[], alone: Verdict[] | undefined, features: Features[], keys: string[], pageType: PageType): { region: Region; verdicts: Verdict[] } {
  const words = (i: number) => features[i]!.words;
  let grown = region;
  if (RECURRING_GAP.pageTypes.has(pageType)) grown = growOverRecurringGaps(grown, gapped, (i) => verdicts[i]!.grade === 'good', words, keys);
  if (!NUMBERED_SECTIONS.pageTypes.has(pageType)) return { region: grown, verdicts };
  const graded = alone ?? verdicts;
  const sections = growToNumberedSections(grown, gapped, mapped(blocks, (b) => b.text), (i) => graded[i]!.grade === 'good', words);
  if (sections === grown) return { region: grown, verdicts };
  const judged = mapped(verdicts, (v, i) => (i >= sections.start && i <= grown.end && v.rule === 'teaser/teaser-list' ? graded[i]! : v));
  return { region: sections, verdicts: judged };
}

/**
 * A roundup prints each item's furniture (pros and cons, a price box, a spec sheet) between its sections' prose, the
 * same lines each time, and the densest run of a dump starts at the first section that pays for the gap before it:
 * the sections above are cut. A gap right before the run, of lines the page prints again and again with a copy among
 * the run's own short lines (`RECURRING_GAP`), is the story's furniture; the run grows back over it to as far as the
 * prose above it pays (`gapped`, the gaps' growing costs there as the run search weighed them), and on over the next
 * such gap up, where that prose holds a section's words. `keys`: each block's text as its copies are counted.
 */
export function growOverRecurringGaps(region: Region, gapped: number[], isProse: (i: number) => boolean, words: (i: number) => number, keys: string[]): Region {
  const copies = new Map<string, number>();
  for (const key of keys) if (key) copies.set(key, (copies.get(key) ?? 0) + 1);
  // the furniture: lines printed again and again, one copy among the run's short lines
  const furniture = new Set<string>();
  for (let i = region.start; i <= region.end; i++) {
    const key = keys[i]!;
    if (key && !isProse(i) && copies.get(key)! >= RECURRING_GAP.pageCopies) furniture.add(key);
  }
  let start = region.start;
  // a section may be a blurb between two gaps of furniture, but the prose grown over holds more than a line (a
  // disclosure above a share bar)
  let reached = start;
  let prose = 0;
  for (;;) {
    // the gap: the lines between the run's start and the prose above it
    let above = reached - 1;
    while (above >= 0 && !isProse(above)) above--;
    if (above < 0) break;
    let shared = 0;
    for (let k = above + 1; k < reached; k++) if (furniture.has(keys[k]!)) shared++;
    if (shared < RECURRING_GAP.minShared || shared < (reached - above - 1) * RECURRING_GAP.share) break;
    const reach = reachBack(gapped, above);
    if (reach < 0) break;
    for (let k = reach; k <= above; k++) if (isProse(k)) prose += words(k);
    reached = reach;
    if (prose >= RECURRING_GAP.sectionWords) start = reached;
  }
  return start === region.start ? region : { ...region, start, why: `${region.why}, grown back over gaps of its own furniture` };
}

/** The earliest block from which the blocks up to `from` weigh most, if that is more than nothing; -1 where none does. */
function reachBack(weights: number[], from: number): number {
  let sum = 0;
  let best = 0;
  let bestAt = -1;
  for (let i = from; i >= 0; i--) {
    sum += weights[i]!;
    if (sum > best) {
      best = sum;
      bestAt = i;
    }
  }
  return bestAt;
}

/** A listicle's section heading: its number, a full stop or a bracket, its name (`3. Harbor Flask`). */
const NUMBERED_HEAD = /^\s*(\d{1,3})[.)]\s+\S/u;

/**
 * A listicle numbers its sections (`1. Harbor Flask`, `2. Ridge Cup`), each a heading, its furniture and its prose,
 * and a dump's densest run may start at its fifth section or after its last, the gaps of furniture costing the others
 * more than their prose pays. The longest chain of short lines numbered from 1 in turn, with a section's prose
 * (`RECURRING_GAP.sectionWords`) between each heading and the next (a contents list's entries have none; a box of
 * `Most read` headlines neither), of `NUMBERED_SECTIONS.minSections` sections or more, is the story's: where the run
 * starts after its first heading and no further than `reachSections` sections' lengths past its last, it grows back
 * to the first heading, and over the introduction above it where that pays (`gapped`) and holds a section's words.
 * `isProse` as the page alone grades its lines: a section's line about its item has a teaser's rhythm.
 */
export function growToNumberedSections(region: Region, gapped: number[], texts: string[], isProse: (i: number) => boolean, words: (i: number) => number): Region {
  const proseBetween = (a: number, b: number) => {
    let sum = 0;
    for (let k = a + 1; k < b; k++) if (isProse(k)) sum += words(k);
    return sum;
  };
  const chains: number[][] = [];
  const numberAt = new Map<number, number>();
  texts.forEach((text, i) => {
    const number = NUMBERED_HEAD.exec(text)?.[1];
    if (number === undefined || words(i) > HEADING_MAX_WORDS) return;
    const n = Number(number);
    numberAt.set(i, n);
    // the latest chain that waits for this number, with a section's prose since its last heading
    for (let c = chains.length - 1; c >= 0; c--) {
      const last = chains[c]!.at(-1)!;
      if (numberAt.get(last) === n - 1 && proseBetween(last, i) >= RECURRING_GAP.sectionWords) {
        chains[c]!.push(i);
        return;
      }
    }
    if (n === 1) chains.push([i]);
  });
  let longest: number[] = [];
  for (const chain of chains) if (chain.length > longest.length) longest = chain;
  if (longest.length < NUMBERED_SECTIONS.minSections) return region;
  const first = longest[0]!;
  const last = longest.at(-1)!;
  const sectionLength = (last - first) / (longest.length - 1);
  if (region.start <= first || region.start > last + sectionLength * NUMBERED_SECTIONS.reachSections) return region;
  const intro = reachBack(gapped, first - 1);
  const start = intro >= 0 && proseBetween(intro - 1, first) >= RECURRING_GAP.sectionWords ? intro : first;
  return { ...region, start, why: `${region.why}, grown back to its ${longest.length} numbered sections` };
}
