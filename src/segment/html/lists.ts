import type { Element } from 'domhandler';
import type { ListItemRef, ListRef } from '../../model/index.js';
import { LIST_MAX_DEPTH } from '../../settings.js';

/** `<ol start>` as CommonMark can number it: at most nine digits. */
const START = /^\s*(\d{1,9})\s*$/;
/** A code block's language, as highlighters name it on `<pre>` or `<code>`: `language-js`, `lang-py`. */
const LANGUAGE = /(?:^|\s)lang(?:uage)?-([\w#+.-]{1,30})(?=\s|$)/;

/** The lists the walk is in and the item of each: what a block of an item records of its place. */
export class ListTracker {
  private readonly lists: { ref: ListRef; items: number }[] = [];
  private readonly items: ListItemRef[] = [];
  /** How deep each open item is nested (1 for an item of an outer list). */
  private readonly depths: number[] = [];
  private nextId = 0;

  /** The innermost item the walk is in. */
  get current(): ListItemRef | undefined {
    return this.items[this.items.length - 1];
  }

  openList(el: Element): void {
    const start = el.name === 'ol' ? START.exec(el.attribs.start ?? '') : null;
    this.lists.push({ ref: { id: this.nextId++, ordered: el.name === 'ol', start: start ? Number(start[1]) : 1 }, items: 0 });
  }

  closeList(): void {
    this.lists.pop();
  }

  /** An `<li>` opens; false when it stands in no list (then it is no item of one). */
  openItem(): boolean {
    const list = this.lists[this.lists.length - 1];
    if (!list) return false;
    const inner = this.current;
    const innerDepth = this.depths[this.depths.length - 1] ?? 0;
    // the item a list is nested in; an `<li>` inside an item of the same list is that item's
    // sibling, and so is one nested past LIST_MAX_DEPTH
    const sibling = inner !== undefined && (inner.list === list.ref || innerDepth >= LIST_MAX_DEPTH);
    const parent = sibling ? inner.parent : (inner ?? null);
    this.items.push({ list: sibling ? inner.list : list.ref, position: list.items++, parent });
    this.depths.push(sibling ? innerDepth : innerDepth + 1);
    return true;
  }

  closeItem(): void {
    this.items.pop();
    this.depths.pop();
  }
}

/** The language a `<pre>` or its `<code>` names in its class, if any. */
export function codeLanguage(pre: Element): string | undefined {
  const named = LANGUAGE.exec(pre.attribs.class ?? '');
  if (named) return named[1];
  for (const child of pre.children) {
    if (child.type === 'tag' && (child as Element).name === 'code') return LANGUAGE.exec((child as Element).attribs.class ?? '')?.[1];
  }
  return undefined;
}
