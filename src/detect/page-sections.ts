import type { Block, Features, SectionCounts, Verdict } from '../model/index.js';
import { PAGE_SECTIONS as S } from '../settings.js';

interface Section {
  linked: boolean;
  dated: boolean;
  proseWords: number;
}

const isLinked = (b: Block) => b.linkChars * 2 >= b.text.length;

/**
 * The page's blocks cut at its headings, each section measured by the blocks under its heading
 * (a date printed just above a card's linked title counts as the card's). One pass over the blocks.
 */
export function sectionCounts(blocks: Block[], verdicts: Verdict[], features: Features[]): SectionCounts {
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
    if (b.kind === 'heading') {
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
