import type { AnyNode, Element } from 'domhandler';
import { STRONG_NEGATIVE_HINT, WEAK_NEGATIVE_HINT } from '../../vocab/index.js';
import { ANCHOR_HEADING_DEPTH } from '../../settings.js';
import { textPiece, type PieceDecoder } from './pieces.js';

const HEADING = /^h[1-6]$/;

/** Whether an element holds a link whose address, as written, passes `test`. */
export function holdsLink(el: Element, test: (href: string) => boolean): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const e = node as Element;
    if (e.name === 'a' && e.attribs.href !== undefined && test(e.attribs.href)) return true;
    stack.push(...e.children);
  }
  return false;
}

/** The first heading among an element's descendants, within `ANCHOR_HEADING_DEPTH` levels, or null. */
function firstHeading(el: Element, depth = 1): Element | null {
  for (const child of el.children) {
    if (child.type !== 'tag') continue;
    const c = child as Element;
    if (HEADING.test(c.name)) return c;
    const deeper = depth < ANCHOR_HEADING_DEPTH ? firstHeading(c, depth + 1) : null;
    if (deeper) return deeper;
  }
  return null;
}

/**
 * Whether an element's id is its section's anchor, not a name of what it is: a document's
 * section whose heading links to it (`<section id="respond-to-review-comments"><h2>Respond to
 * review comments<a href="#respond-to-review-comments">¶</a>`) is named after its heading's
 * words, whatever they are. Only an id that reads like boilerplate is looked into. Measured on
 * WCXB dev html: one page moves (a kernel guide, 0.925 to 0.941), documentation 0.9347 to 0.9349.
 */
export function sectionAnchor(el: Element): boolean {
  const id = el.attribs.id;
  if (id === undefined || !(STRONG_NEGATIVE_HINT.test(id) || WEAK_NEGATIVE_HINT.test(id))) return false;
  const heading = firstHeading(el);
  return heading !== null && holdsLink(heading, (href) => href === `#${id}`);
}

/** The marks documentation tools print as a heading's link to itself (Sphinx's and MkDocs' `¶`, `#`, `§`, a link or anchor sign). */
/** Longer than a mark and its entity (`&para;`, the UTF-8 bytes of `🔗`) with spaces around. */
const SELF_LINK_MAX_CHARS = 16;
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
