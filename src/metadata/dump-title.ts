import type { ScoredBlock, Verdict } from '../model/index.js';
import { words } from '../features/words.js';
import { CREDIT_LINE, DATE_LINE } from '../vocab/index.js';
import { isWordyDateLine } from '../vocab/dates.js';
import { normaliseForRepeat } from '../score/repeats.js';
import {
  ECHO_MAX_WORDS, HEADING_MAX_WORDS, PIPED_TAIL_MAX_WORDS, LEAD_PARAGRAPHS, MIN_TITLE_WORDS, TITLE_DATED_REACH, TITLE_LOOKBACK, TITLE_NEXT_REACH, TITLE_TOP_LINES, TITLE_WEIGHTS,
} from '../settings.js';
import { mapped } from '../model/mapped.js';

/** The evidence a dump's line gives of being its headline, each a number from 0 to 1. */
export interface HeadlineEvidence {
  /** Share of its words that the story's lead uses. */
  lead: number;
  /** Share of its words that the prose right after it uses. */
  next: number;
  /** Headline Case. */
  titleCase: number;
  /** How near before the story's opening it stands (1 just before, 0 a lookback away or after). */
  near: number;
  /** It stands after the story's opening. */
  after: number;
  /** A date or byline line follows it closely, as one follows a headline. */
  dated: number;
  /** Another short line holds it with more words: a `<title>`-like line, a breadcrumb, a share text. */
  echoed: number;
  /** The same line stands elsewhere in the dump. */
  repeated: number;
  /** The same line stands right before or after it, as a flattened page prints a heading's text twice (the heading and its link's or picture's label). */
  doubled: number;
  /** Selection kept it. */
  kept: number;
  /** Fewer words than a headline usually has. */
  short: number;
  /** The classifier judged it boilerplate (a repeat or a teaser, the families a headline may fall in). */
  bad: number;
  /** Its length as a share of the longest a headline is. */
  length: number;
  /** The first date or byline line of the dump follows it closely. */
  firstDated: number;
  /** One of the dump's first lines (a `<title>`-like line, a feed list) holds it with more words. */
  echoedAtTop: number;
  /** It is numbered, as a section of the story or an item of a list is. */
  numbered: number;
  /** All capitals, as buttons and menus are set. */
  capitals: number;
  /** Shaped like a name (two to four capitalised words, none the story's lead uses) with a date or byline line after it: the byline, not the headline above it. */
  named: number;
  /** Words run together or parted by bullets (`Quick PicksWhat’s New`, `Plans•Prices`): a menu flattened into one line. */
  joined: number;
  /** It stands flush left where the story's prose is indented, as lynx sets headings and paragraphs. */
  flush: number;
}

export interface HeadlineCandidate {
  index: number;
  evidence: HeadlineEvidence;
}

const DATED = new Set(['date', 'byline']);

/** Families whose lines are never a headline: controls, counters, dates, bylines, notices. */
const NEVER_HEADLINE = new Set(['ui', 'counter', 'date', 'byline', 'notice', 'glued', 'template']);

function contentWords(text: string, stopwords: Set<string>): string[] {
  return words(text).filter((w) => !stopwords.has(w) && w.length > 1);
}

const isProse = (b: ScoredBlock): boolean => b.features.words > HEADING_MAX_WORDS;

/** Content words of up to `LEAD_PARAGRAPHS` prose blocks from `from` on (kept ones only if `keptOnly`), within `reach` blocks. */
function leadWords(blocks: ScoredBlock[], from: number, stopwords: Set<string>, keptOnly: boolean, reach: number): Set<string> {
  const lead = new Set<string>();
  let paragraphs = 0;
  for (let i = from; i < Math.min(blocks.length, from + reach) && paragraphs < LEAD_PARAGRAPHS; i++) {
    const b = blocks[i]!;
    if ((keptOnly && b.label !== 'keep') || !isProse(b)) continue;
    for (const w of contentWords(b.text, stopwords)) lead.add(w);
    paragraphs++;
  }
  return lead;
}

/**
 * Where the story opens: its first kept prose block. A page kept whole (one item of many) keeps
 * its menus too, so the first kept block alone would put the opening at the top of the page.
 */
function storyOpening(blocks: ScoredBlock[], verdicts: Verdict[]): number {
  const prose = blocks.findIndex((b, i) => b.label === 'keep' && isProse(b) && verdicts[i]!.grade === 'good');
  return prose >= 0 ? prose : blocks.findIndex((b) => b.label === 'keep');
}

function headlineShaped(b: ScoredBlock, v: Verdict): boolean {
  const f = b.features;
  if (f.words < 1 || f.words > HEADING_MAX_WORDS || (v.family && NEVER_HEADLINE.has(v.family))) return false;
  if (f.sentences > 1 || /[.:]$/.test(b.text) || CREDIT_LINE.test(b.text)) return false;
  // a date line the classifier let pass (a start date with a clock time) is still a date
  if (DATE_LINE.test(b.text) || isWordyDateLine(b.text) || /\b\d{1,2}:\d\d\b/u.test(b.text)) return false;
  // inside the story only a line without a sentence end can be its headline
  return !(b.label === 'keep' && f.endsSentence);
}

/** Two to four capitalised words, none of them a number: a person's or an organisation's name. */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** Lower case then upper case within a word, or a bullet between words: lines run together. */
const JOINED = /\p{Ll}\p{Lu}\p{Ll}|\S[•·]\S/u;

/** The indentation most of the story's kept prose lines have (0 in a dump that indents nothing). */
function proseIndent(blocks: ScoredBlock[]): number {
  const counts = new Map<number, number>();
  for (const b of blocks) if (b.label === 'keep' && isProse(b)) counts.set(b.indent ?? 0, (counts.get(b.indent ?? 0) ?? 0) + 1);
  let mode = 0;
  for (const [indent, n] of counts) if (n > (counts.get(mode) ?? 0)) mode = indent;
  return mode;
}

const share = (own: string[], of: Set<string>): number => (own.length ? own.filter((w) => of.has(w)).length / own.length : 0);

/** Every headline-shaped line of a dump with the evidence for it; empty where nothing is kept. */
export function headlineCandidates(blocks: ScoredBlock[], verdicts: Verdict[], stopwords: Set<string>): HeadlineCandidate[] {
  const opening = storyOpening(blocks, verdicts);
  if (opening < 0) return [];
  const lead = leadWords(blocks, opening, stopwords, true, blocks.length);
  const keys = mapped(blocks, (b) => normaliseForRepeat(b.text));
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const holders = mapped(keys, (k, i) => (blocks[i]!.features.words <= ECHO_MAX_WORDS ? ` ${k} ` : '')).filter((k) => k.trim());
  const firstDate = verdicts.findIndex((v) => DATED.has(v.family ?? ''));
  const top = mapped(keys.slice(0, TITLE_TOP_LINES), (k) => ` ${k} `);
  const indent = proseIndent(blocks);
  const candidates: HeadlineCandidate[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!headlineShaped(b, verdicts[i]!)) continue;
    const own = contentWords(b.text, stopwords);
    if (own.length === 0) continue;
    const key = keys[i]!;
    const distance = opening - i;
    const dated = blocks.slice(i + 1, i + 1 + TITLE_DATED_REACH).some((_, k) => DATED.has(verdicts[i + 1 + k]!.family ?? ''));
    const holds = (h: string): boolean => h.length > key.length + 2 && h.includes(` ${key} `);
    const v = verdicts[i]!;
    candidates.push({
      index: i,
      evidence: {
        lead: share(own, lead),
        next: share(own, leadWords(blocks, i + 1, stopwords, false, TITLE_NEXT_REACH)),
        titleCase: b.features.titleCase ? 1 : 0,
        near: distance >= 0 ? Math.max(0, 1 - distance / TITLE_LOOKBACK) : 0,
        after: distance < 0 ? 1 : 0,
        dated: dated ? 1 : 0,
        echoed: holders.some(holds) ? 1 : 0,
        repeated: (counts.get(key) ?? 0) > 1 ? 1 : 0,
        doubled: keys[i - 1] === key || keys[i + 1] === key ? 1 : 0,
        kept: b.label === 'keep' ? 1 : 0,
        short: b.features.words < MIN_TITLE_WORDS ? 1 : 0,
        bad: v.grade === 'bad' ? 1 : 0,
        length: b.features.words / HEADING_MAX_WORDS,
        firstDated: dated && firstDate > i ? 1 : 0,
        echoedAtTop: top.some(holds) ? 1 : 0,
        numbered: /^\s*\d+(\.\d+)*[.)]\s/u.test(b.text) ? 1 : 0,
        capitals: b.text === b.text.toUpperCase() && b.text !== b.text.toLowerCase() ? 1 : 0,
        named: dated && NAME.test(b.text.trim()) && share(own, lead) === 0 ? 1 : 0,
        joined: JOINED.test(b.text) ? 1 : 0,
        flush: indent > 0 && (b.indent ?? 0) === 0 ? 1 : 0,
      },
    });
  }
  return candidates;
}

/** The weighed evidence for a candidate, by `TITLE_WEIGHTS`. */
export function headlineScore(evidence: HeadlineEvidence, weights: Record<keyof HeadlineEvidence, number> = TITLE_WEIGHTS): number {
  let score = 0;
  for (const key of Object.keys(weights) as (keyof HeadlineEvidence)[]) score += weights[key] * evidence[key];
  return score;
}

/**
 * A dump's headline: of its headline-shaped lines, the one the evidence weighs most for, where
 * that is enough (`TITLE_WEIGHTS.floor` is the bar).
 */
export function dumpHeadline(blocks: ScoredBlock[], verdicts: Verdict[], stopwords: Set<string>): number | null {
  let best = -Infinity;
  let title: number | null = null;
  for (const { index, evidence } of headlineCandidates(blocks, verdicts, stopwords)) {
    const score = headlineScore(evidence);
    if (score > best) {
      best = score;
      title = index;
    }
  }
  return title;
}

/** A pipe set between spaces, as a `<title>` parts a headline from its site's name or section. */
const TITLE_PIPE = /\s+\|\s+/;

/**
 * A dump's headline as its title: a line printed as a `<title>` is (`Catering Tips | Cookshack`,
 * `How meditation rewires brains | Opinion`) is the headline before its one pipe, where what
 * follows is a name's or a tag's few words; a line of several pipes is a menu's or a syntax's,
 * and a long tail is the headline's own second half.
 */
export function dumpTitleText(line: string): string {
  const parts = line.split(TITLE_PIPE);
  if (parts.length !== 2) return line;
  const [head, tail] = mapped(parts, (p) => p.trim()) as [string, string];
  const [headWords, tailWords] = mapped([head, tail], (p) => p.split(/\s+/).filter(Boolean).length) as [number, number];
  return headWords >= 2 && headWords > tailWords && tailWords <= PIPED_TAIL_MAX_WORDS ? head : line;
}
