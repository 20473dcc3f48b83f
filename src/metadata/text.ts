import type { ScoredBlock } from '../types.js';
import type { Verdict } from '../score/classify.js';
import { BYLINE_LINE, CREDIT_LINE, DATE_LINE, SOURCE_LINE } from '../vocab/index.js';
import { words } from '../features/words.js';
import { isWordyDateLine } from '../vocab/dates.js';
import { HEADING_MAX_WORDS, TITLE_LOOKBACK } from '../score/thresholds.js';

export interface TextCues {
  /** Index of the headline block, or null when no line before the story reads as its headline. */
  title: number | null;
  byline: string | null;
  site: string | null;
  date: string | null;
}

const MIN_TITLE_WORDS = 3;
/** Paragraphs of the story whose words a headline is expected to share. */
const LEAD_PARAGRAPHS = 3;
/** Per block of distance from the story, a candidate loses this much; Headline Case gains. */
const DISTANCE_COST = 0.02;
const TITLE_CASE_BONUS = 0.2;

function contentWords(text: string, stopwords: Set<string>): string[] {
  return words(text).filter((w) => !stopwords.has(w) && w.length > 1);
}

/**
 * A dump's headline is a headline-shaped line shortly before the story that shares its words
 * with the story's lead (captions, credits and section labels do not); byline, source and date
 * are cue lines around it.
 */
export function textCues(blocks: ScoredBlock[], verdicts: Verdict[], stopwords: Set<string>): TextCues {
  const cues: TextCues = { title: null, byline: null, site: null, date: null };
  const firstKept = blocks.findIndex((b) => b.label === 'keep');
  if (firstKept < 0) return cues;

  const lead = new Set<string>();
  let paragraphs = 0;
  for (let i = firstKept; i < blocks.length && paragraphs < LEAD_PARAGRAPHS; i++) {
    if (blocks[i]!.label !== 'keep' || blocks[i]!.features.words <= HEADING_MAX_WORDS) continue;
    for (const w of contentWords(blocks[i]!.text, stopwords)) lead.add(w);
    paragraphs++;
  }

  let best = -Infinity;
  for (let i = firstKept; i >= Math.max(0, firstKept - TITLE_LOOKBACK); i--) {
    const b = blocks[i]!;
    const f = b.features;
    const v = verdicts[i]!;
    if (f.words < MIN_TITLE_WORDS || f.words > HEADING_MAX_WORDS || (v.cls === 'bad' && v.cue !== 'repeat')) continue;
    if (f.sentences > 1 || /[.:]$/.test(b.text) || CREDIT_LINE.test(b.text)) continue;
    // inside the story only a line without a sentence end can be its headline
    if (b.label === 'keep' && f.endsSentence) continue;
    const own = contentWords(b.text, stopwords);
    if (own.length === 0) continue;
    // sharing words with the lead is the best evidence; Headline Case and closeness help
    const overlap = own.filter((w) => lead.has(w)).length / own.length;
    const score = overlap + (f.titleCase ? TITLE_CASE_BONUS : 0) - (firstKept - i) * DISTANCE_COST;
    if (score > best) {
      best = score;
      cues.title = i;
    }
  }

  const near = Math.max(0, (cues.title ?? firstKept) - 3);
  for (let i = near; i < Math.min(blocks.length, firstKept + 6); i++) {
    const t = blocks[i]!.text;
    cues.byline ??= BYLINE_LINE.exec(t)?.[1]?.trim() ?? null;
    cues.site ??= SOURCE_LINE.exec(t)?.[1]?.trim() ?? null;
    if (!cues.date && (DATE_LINE.test(t) || isWordyDateLine(t))) cues.date = t;
  }
  return cues;
}
