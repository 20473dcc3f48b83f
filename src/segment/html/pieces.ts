import type { AnyNode, Element } from 'domhandler';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { cleanInline } from '../clean.js';
import { DATA_TABLE_MAX_CELL } from '../../settings.js';
import { SKIP } from './elements.js';
import { mapped } from '../../model/mapped.js';

/**
 * Reads a piece of the parsed page (a text node, an attribute value) as text. The page may be
 * UTF-8 bytes read a byte a character (see `utf8AsLatin1`): its markup is ASCII, so each piece
 * holds whole characters and is decoded on its own, and entities are decoded after the bytes.
 */
export type PieceDecoder = (piece: string) => string;

export const asIs: PieceDecoder = (piece) => piece;

export function textPiece(piece: string, bytes: PieceDecoder): string {
  const text = bytes(piece);
  return text.includes('&') ? decodeHTML(text) : text;
}

export function attributePiece(piece: string, bytes: PieceDecoder): string {
  const text = bytes(piece);
  return text.includes('&') ? decodeHTMLAttribute(text) : text;
}

/** The text of an element; a script's is read without entities, as the parser does. `unread`: elements within whose text is not read. */
export function textOf(node: AnyNode, bytes: PieceDecoder, entities = true, unread?: (el: Element) => boolean): string {
  const out: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      out.push(entities ? textPiece(data, bytes) : bytes(data));
    } else if ('children' in n && !(n.type === 'tag' && (SKIP.has((n as Element).name) || (n !== node && unread?.(n as Element))))) {
      if ((n as Element).name === 'br') out.push('\n');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out.join('');
}


function childElements(el: Element, names: Set<string>): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const e = n as Element;
    if (names.has(e.name)) found.push(e);
    else if (e.name !== 'table') for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]!);
  }
  return found;
}

const ROW = new Set(['tr']);
const CELL = new Set(['td', 'th']);

/** Rows of a data table, or null when the table is for layout (nested, one column, long cells). */
export function dataTableRows(table: Element, bytes: PieceDecoder): string[][] | null {
  // a table holding a table is for layout; looked for first, so that nested tables cost each a few steps
  const stack: AnyNode[] = [...table.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'tag' && (n as Element).name === 'table') return null;
    if ('children' in n) for (const child of n.children) stack.push(child);
  }
  const rows: string[][] = [];
  for (const tr of childElements(table, ROW)) {
    const cells = mapped(childElements(tr, CELL), (c) => cleanInline(textOf(c, bytes)).replace(/\n/g, ' '));
    if (cells.some((c) => c.length > DATA_TABLE_MAX_CELL)) return null;
    rows.push(cells);
  }
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (rows.length < 2 || width < 2) return null;
  return rows;
}
