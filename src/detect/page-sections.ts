import type { Block, Features, InputFormat, SectionCounts, Verdict } from '../model/index.js';
import { PAGE_SECTIONS as S } from '../settings.js';

interface Section {
  linked: boolean;
  link: HeadingLink | null;
  dated: boolean;
  proseWords: number;
}

const isLinked = (b: Block) => b.linkChars * 2 >= b.text.length;

/** Where a linked heading's link leads: within the page (a permalink's `#`), to the site's own pages, or off the site. */
export type HeadingLink = 'anchor' | 'own' | 'out';

/** The longest link of a linked heading, by where it leads (`host` the page's, when known). */
export function headingLink(b: Block, host: string | null): HeadingLink | null {
  if (!isLinked(b)) return null;
  let href: string | undefined;
  let longest = -1;
  for (const m of b.inline?.marks ?? []) if (m.kind === 'link' && m.end - m.start > longest) [href, longest] = [m.href, m.end - m.start];
  if (href === undefined) return 'own';
  const h = href.trim();
  if (h.startsWith('#')) return 'anchor';
  const absolute = /^(?:[a-z][a-z\d+.-]*:)?\/\/([^/?#]+)/i.exec(h);
  if (!absolute) return 'own';
  const linked = absolute[1]!.toLowerCase().replace(/^www\./, '');
  return host === null || linked === host.replace(/^www\./, '') ? 'own' : 'out';
}

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
export function sectionCounts(blocks: Block[], verdicts: Verdict[], features: Features[], format: InputFormat, host: string | null): SectionCounts {
  const counts: SectionCounts = { datedCards: 0, pitches: 0, essays: 0, summaries: 0, ownSummaries: 0, words: 0, linkedWords: 0, biggest: 0 };
  // the blocks before the first heading are a section of their own, unlinked: a story's lead
  const lead: Section = { linked: false, link: null, dated: false, proseWords: 0 };
  let open: Section = lead;
  // a date or byline line since the last heading, which a card may print above its title
  let dateAbove = false;
  const close = (s: Section) => {
    counts.words += s.proseWords;
    if (s.linked) {
      if (s.dated) counts.datedCards++;
      if (s.proseWords > 0 && s.proseWords < S.essayWords) {
        counts.summaries++;
        if (s.link === 'own') counts.ownSummaries++;
      }
      counts.linkedWords += s.proseWords;
      return;
    }
    counts.biggest = Math.max(counts.biggest, s.proseWords);
    if (s === lead) return;
    if (s.proseWords >= S.essayWords) counts.essays++;
    else if (s.proseWords > 0 && s.proseWords < S.pitchMaxWords) counts.pitches++;
  };
  blocks.forEach((b, i) => {
    const v = verdicts[i]!;
    const dateLine = v.family === 'date' || v.family === 'byline';
    if (b.kind === 'heading' || (format === 'text' && guessedHeading(i, verdicts, features))) {
      close(open);
      open = { linked: isLinked(b), link: headingLink(b, host), dated: dateAbove, proseWords: 0 };
      dateAbove = false;
      return;
    }
    if (dateLine) dateAbove = true;
    if (dateLine) open.dated = true;
    if (v.grade === 'good' || v.grade === 'near') open.proseWords += features[i]!.words;
  });
  close(open);
  return counts;
}
