import type { InputFormat, Metadata, ScoredBlock, Verdict } from '../model/index.js';
import { dumpHeadline, dumpTitleText } from './dump-title.js';
import { normaliseForRepeat } from '../score/repeats.js';

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
 * The title step, the one step after selection that changes a label: the headline leaves the
 * body, unless it is all the body there is; a dump's becomes its title (a page's title is chosen
 * with its declared one, see `page-title.ts`).
 */
export function takeTitle(block: ScoredBlock, meta: Metadata, format: InputFormat, onlyBlock = false): void {
  if (format === 'text') meta.title = dumpTitleText(block.text);
  if (onlyBlock) return;
  block.label = 'drop';
  block.reason = 'the headline (rendered as the title)';
  block.rule = 'title/headline';
  block.asHeading = undefined;
}
