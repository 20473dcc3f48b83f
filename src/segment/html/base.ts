import type { Element } from 'domhandler';
import { attributePiece, type PieceDecoder } from './pieces.js';

/** The `href` of a `<base>` element, or of the first one among a `<head>`'s children, as written; null when none. */
export function baseHref(el: Element, bytes: PieceDecoder): string | null {
  if (el.name === 'base') return el.attribs.href ? attributePiece(el.attribs.href, bytes) : null;
  for (const child of el.children) {
    const href = child.type === 'tag' && (child as Element).name === 'base' ? baseHref(child as Element, bytes) : null;
    if (href) return href;
  }
  return null;
}
