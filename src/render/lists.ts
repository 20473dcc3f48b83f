import type { BlockContent, List, ListItem, RootContent } from 'mdast';
import type { Block, ListItemRef, ListRef } from '../model/index.js';
import { LIST_MAX_DEPTH } from '../settings.js';

/** The items of `ref`'s chain, outermost first. */
function chainOf(ref: ListItemRef): ListItemRef[] {
  const chain: ListItemRef[] = [];
  for (let r: ListItemRef | null = ref; r; r = r.parent) chain.push(r);
  return chain.reverse();
}

/**
 * A list right after another of its kind reads as one (pages often put each item in a `<ul>` of
 * its own): bullets go on in it, numbers where they go on from its last.
 */
function continues(list: List, ref: ListItemRef): boolean {
  if (list.ordered !== ref.list.ordered) return false;
  return !list.ordered || ref.list.start + ref.position === (list.start ?? 1) + list.children.length;
}

/**
 * Consecutive list blocks as nested Markdown lists. An HTML block knows its item and the items
 * around it (`Block.item`): a block of the item already open goes on in it (an item's second
 * paragraph, its code), a nested list goes under its item whatever the mix of `ul` and `ol`, and
 * the next item of an open list goes on in it, numbered on after a nested list. A list starts
 * at its first item's number (`<ol start>`, or where an earlier part of the list stopped). Blocks
 * without an item (a dump's bullets, `<dd>`) nest by their level, as each is an item of its own.
 */
export class ListBuilder {
  private open: { ref: ListItemRef; list: List; item: ListItem }[] = [];
  /** A dump's bullets: one list per level, for the current run. */
  private levels: { list: ListRef; last: ListItemRef | null }[] = [];
  private nextPseudoId = -1;

  constructor(private readonly into: RootContent[]) {}

  /** Ends the open lists: the next block is no item. */
  end(): void {
    this.open = [];
    this.levels = [];
  }

  /** Puts `content` (one block's nodes) in the block's item. */
  add(block: Block, content: BlockContent[]): void {
    const chain = chainOf(block.item ?? this.levelItem(block));
    let depth = 0;
    while (depth < this.open.length && depth < chain.length && this.open[depth]!.ref === chain[depth]) depth++;
    for (; depth < chain.length; depth++) {
      const ref = chain[depth]!;
      const here = this.open[depth];
      this.open.length = depth;
      const item: ListItem = { type: 'listItem', spread: false, children: [] };
      if (here && (here.ref.list === ref.list || continues(here.list, ref))) {
        here.list.children.push(item);
        this.open.push({ ref, list: here.list, item });
        continue;
      }
      const list: List = { type: 'list', ordered: ref.list.ordered, spread: false, children: [item] };
      if (ref.list.ordered) list.start = ref.list.start + ref.position;
      (depth === 0 ? this.into : this.open[depth - 1]!.item.children).push(list);
      this.open.push({ ref, list, item });
    }
    // a block of an outer item, after a list nested in it, closes that list
    this.open.length = chain.length;
    this.open[this.open.length - 1]!.item.children.push(...content);
  }

  /** A made-up item for a block that names none: at its level, under the last item one level up. */
  private levelItem(block: Block): ListItemRef {
    const level = Math.min(block.level, this.levels.length, LIST_MAX_DEPTH - 1);
    this.levels.length = level + 1;
    const here = (this.levels[level] ??= { list: { id: this.nextPseudoId--, ordered: block.ordered, start: 1 }, last: null });
    const parent = level > 0 ? this.levels[level - 1]!.last : null;
    const ref = { list: here.list, position: here.last ? here.last.position + 1 : 0, parent };
    here.last = ref;
    return ref;
  }
}
