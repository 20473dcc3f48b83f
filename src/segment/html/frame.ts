import type { BlockKind, Container } from '../../model/index.js';
import { ORIGIN_PATH_ELEMENTS } from '../../settings.js';
import type { CardParent } from './marks.js';

/** An open element on the walk: what its blocks inherit from it. */
export interface Frame {
  container: Container;
  name: string;
  hint: number;
  why: string;
  ordered: boolean;
  caption: boolean;
  /** What closes with it: an inline mark, a list, a list item. */
  closes: 'mark' | 'list' | 'item' | null;
  /** Its children's card counts (see `noteElement`). */
  cards: CardParent['cards'];
}

/** What a block is by the elements it stands in: the innermost heading, list item, quote or figure. */
export function blockKindOf(open: Frame[]): [BlockKind, number] {
  for (let i = open.length - 1; i >= 0; i--) {
    const name = open[i]!.name;
    if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') return ['heading', Number(name[1])];
    if (name === 'li' || name === 'dd' || name === 'dt') return ['list-item', 0];
    if (name === 'blockquote') return ['quote', 0];
    if (name === 'figcaption' || name === 'figure' || open[i]!.caption) return ['figure', 0];
  }
  return ['paragraph', 0];
}

/** The names of the innermost open elements, outermost first (`div>div>p`): where a block came from, for the explain view. */
export function originPath(open: Frame[]): string {
  let path = open[Math.max(0, open.length - ORIGIN_PATH_ELEMENTS)]!.name;
  for (let i = Math.max(0, open.length - ORIGIN_PATH_ELEMENTS) + 1; i < open.length; i++) path += `>${open[i]!.name}`;
  return path;
}
