import type { Element } from 'domhandler';
import { SELF_LINK_MAX_CHARS } from '../../settings.js';
import { textPiece, type PieceDecoder } from './pieces.js';

/** The marks documentation tools print as a heading's link to itself (Sphinx's and MkDocs' `¶`, `#`, `§`, a link or anchor sign). */
const SELF_LINK_MARK = /^\s*(?:¶|#|§|🔗|⚓)\s*$/u;

/**
 * A heading's or a definition's link to its own place (`<a class="headerlink" href="#basic-usage">¶</a>`):
 * a mark, not words, that the page shows on hover. Read, it glues a `¶` to the heading (`Basic Usage¶`).
 */
export function isSelfLink(el: Element, bytes: PieceDecoder): boolean {
  if (!el.attribs.href?.includes('#') || el.children.length !== 1 || el.children[0]!.type !== 'text') return false;
  const data = (el.children[0] as unknown as { data: string }).data;
  return data.length <= SELF_LINK_MAX_CHARS && SELF_LINK_MARK.test(textPiece(data, bytes));
}
