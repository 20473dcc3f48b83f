import type { Block, Features, InputFormat, SectionCounts, Verdict } from '../model/index.js';
import { PAGE_SECTIONS as S } from '../settings.js';

interface Section {
  linked: boolean;
  dated: boolean;
  proseWords: number;
}

const isLinked = (b: Block) => b.linkChars * 2 >= b.text.length;

/**
 * A dump's line that heads a section: short, no sentence, and over prose. A dump marks no
 * headings, but a service page's pitches and a guide's parts still print a title line over each.
 */
function guessedHeading(i: number, verdicts: Verdict[], features: Features[]): boolean {
  const f = features[i]!;
  const next = verdicts[i + 1]?.grade;
  return f.words > 0 && f.words <= S.dumpHeadingWords && !f.endsSentence && verdicts[i]!.grade !== 'bad' && next === 'good';
}

/**
 * The page's blocks cut at its headings, each section measured by the blocks under its heading
 * (a date printed just above a card's linked title counts as the card's). One pass over the blocks.
 */
export function sectionCounts(blocks: Block[], verdicts: Verdict[], features: Features[], format: InputFormat): SectionCounts {
  const counts: SectionCounts = { datedCards: 0, pitches: 0, essays: 0 };
  let open: Section | null = null;
  // a date or byline line since the last heading, which a card may print above its title
  let dateAbove = false;
  const close = (s: Section | null) => {
    if (!s) return;
    if (s.linked) {
      if (s.dated) counts.datedCards++;
    } else if (s.proseWords >= S.essayWords) counts.essays++;
    else if (s.proseWords > 0 && s.proseWords < S.pitchMaxWords) counts.pitches++;
  };
  blocks.forEach((b, i) => {
    const v = verdicts[i]!;
    const dateLine = v.family === 'date' || v.family === 'byline';
    if (b.kind === 'heading' || (format === 'text' && guessedHeading(i, verdicts, features))) {
      close(open);
      open = { linked: isLinked(b), dated: dateAbove, proseWords: 0 };
      dateAbove = false;
      return;
    }
    if (dateLine) dateAbove = true;
    if (!open) return;
    if (dateLine) open.dated = true;
    if (v.grade === 'good' || v.grade === 'near') open.proseWords += features[i]!.words;
  });
  close(open);
  return counts;
}
