import type { InputFormat, Metadata, ScoredBlock, Verdict } from '../model/index.js';
import { words } from '../features/words.js';
import { CREDIT_LINE } from '../vocab/index.js';
import { normaliseForRepeat } from '../score/repeats.js';
import { DISTANCE_COST, HEADING_MAX_WORDS, LEAD_PARAGRAPHS, MIN_TITLE_WORDS, TITLE_CASE_BONUS, TITLE_LOOKBACK } from '../settings.js';

function contentWords(text: string, stopwords: Set<string>): string[] {
  return words(text).filter((w) => !stopwords.has(w) && w.length > 1);
}

/**
 * A dump's headline is a headline-shaped line shortly before the story that shares its words
 * with the story's lead (captions, credits and section labels do not).
 */
function dumpHeadline(blocks: ScoredBlock[], verdicts: Verdict[], stopwords: Set<string>): number | null {
  const firstKept = blocks.findIndex((b) => b.label === 'keep');
  if (firstKept < 0) return null;

  const lead = new Set<string>();
  let paragraphs = 0;
  for (let i = firstKept; i < blocks.length && paragraphs < LEAD_PARAGRAPHS; i++) {
    if (blocks[i]!.label !== 'keep' || blocks[i]!.features.words <= HEADING_MAX_WORDS) continue;
    for (const w of contentWords(blocks[i]!.text, stopwords)) lead.add(w);
    paragraphs++;
  }

  let best = -Infinity;
  let title: number | null = null;
  for (let i = firstKept; i >= Math.max(0, firstKept - TITLE_LOOKBACK); i--) {
    const b = blocks[i]!;
    const f = b.features;
    const v = verdicts[i]!;
    if (f.words < MIN_TITLE_WORDS || f.words > HEADING_MAX_WORDS || (v.grade === 'bad' && v.family !== 'repeat')) continue;
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
      title = i;
    }
  }
  return title;
}

/**
 * A page's own headline, where the story opens with it, is the title, not body: the `<title>`
 * or a level-1 heading (whose words the `<title>` often rewrites for search engines).
 */
function pageHeadline(blocks: ScoredBlock[], declared: string | null): number | null {
  const first = blocks.findIndex((b) => b.label === 'keep');
  const block = blocks[first];
  if (!block || block.kind !== 'heading') return null;
  return block.level === 1 || (declared && normaliseForRepeat(block.text) === normaliseForRepeat(declared)) ? first : null;
}

/** The headline block of the page or the dump, if it has one: the block the title step takes. */
export function findTitle(blocks: ScoredBlock[], meta: Metadata, format: InputFormat, verdicts: Verdict[], stopwords: Set<string>): number | null {
  return format === 'text' ? dumpHeadline(blocks, verdicts, stopwords) : pageHeadline(blocks, meta.title);
}

/**
 * The title step, the one step after selection that changes a label: the headline becomes the
 * title (a page's `<h1>` wins over its declared title) and leaves the body, unless it is all the
 * body there is.
 */
export function takeTitle(block: ScoredBlock, meta: Metadata, format: InputFormat, onlyBlock = false): void {
  if (format === 'text' || block.level === 1) meta.title = block.text;
  if (onlyBlock) return;
  block.label = 'drop';
  block.reason = 'the headline (rendered as the title)';
  block.rule = 'title/headline';
  delete block.asHeading;
}
