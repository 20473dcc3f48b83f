import type { Element } from 'domhandler';
import type { PageMarks } from '../../model/index.js';
import { textOf, type PieceDecoder } from './pieces.js';

export function emptyMarks(): PageMarks {
  return { itemtypes: [], articles: 0, code: 0, fields: 0, cartButtons: 0, postNamed: 0, priceNamed: 0, repeatedSiblings: 0 };
}

/** Field types that take no typing or picking from a visitor. */
const SILENT_INPUTS = new Set(['hidden', 'submit', 'button', 'image', 'reset']);
/** A control's own name or text that puts the page's item in a cart, in the languages of the vocab. */
const CART_NAME = /add[-_]?to[-_]?(?:cart|bag|basket)|addtocart|buy[-_]?now/i;
const CART_TEXT = /\b(?:add to (?:cart|bag|basket|trolley)|buy (?:it )?now)\b|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello|in (?:de )?winkelwagen/i;
/** A post of a thread by its id: forums number their posts (`post-123`, `p123`, `answer-45`, `js-post-9`). */
const POST_ID = /(?:^|[-_])(?:post|answer|reply|message|msg|p)[-_]?\d+$/i;
const PRICE_NAME = /(?:^|[\s_-])price(?:$|[\s_-])/i;
/** Siblings of these tags with one class make a grid or a list of cards. */
const CARD_TAGS = new Set(['div', 'li', 'article', 'section']);

/**
 * The walk's own counts: how many siblings of each parent share a tag and class, and what each
 * class string says (pages repeat a few class strings thousands of times: each is tested once).
 */
export interface MarkCounts {
  siblings: Map<string, number>;
  classes: Map<string, number>;
}
export const newMarkCounts = (): MarkCounts => ({ siblings: new Map(), classes: new Map() });

const CART_CLASS = 1;
const PRICE_CLASS = 2;

function classFacts(cls: string, counts: MarkCounts): number {
  let facts = counts.classes.get(cls);
  if (facts === undefined) {
    facts = (CART_NAME.test(cls) ? CART_CLASS : 0) | (PRICE_NAME.test(cls) ? PRICE_CLASS : 0);
    counts.classes.set(cls, facts);
  }
  return facts;
}

/**
 * Counts what an element says of the page's kind. `parent` is its parent's id on the walk, and
 * `inBoilerplate` tells (when asked) whether a menu or a footer holds it, whose repeated items
 * are links, not cards.
 */
export function noteElement(el: Element, marks: PageMarks, counts: MarkCounts, parent: number, inBoilerplate: () => boolean, bytes: PieceDecoder): void {
  const a = el.attribs;
  const name = el.name;
  if (a.itemtype) for (const type of a.itemtype.split(/\s+/)) if (type) marks.itemtypes.push(type.slice(type.lastIndexOf('/') + 1));
  if (name === 'article') marks.articles++;
  else if (name === 'pre' || name === 'code') marks.code++;
  else if (name === 'select' || name === 'textarea' || (name === 'input' && !SILENT_INPUTS.has((a.type ?? 'text').toLowerCase()))) marks.fields++;
  const cls = a.class;
  const facts = cls ? classFacts(cls, counts) : 0;
  if (facts & CART_CLASS || (a.id && CART_NAME.test(a.id)) || (a.name && CART_NAME.test(a.name))) marks.cartButtons++;
  else if ((name === 'button' && CART_TEXT.test(el.children.map((c) => textOf(c, bytes)).join(''))) || (name === 'input' && a.value && CART_TEXT.test(a.value))) marks.cartButtons++;
  if (a.id && POST_ID.test(a.id)) marks.postNamed++;
  if (a.itemprop === 'price' || facts & PRICE_CLASS) marks.priceNamed++;
  if (cls && CARD_TAGS.has(name) && !inBoilerplate()) {
    const key = `${parent} ${name}.${cls}`;
    const count = (counts.siblings.get(key) ?? 0) + 1;
    counts.siblings.set(key, count);
    if (count > marks.repeatedSiblings) marks.repeatedSiblings = count;
  }
}
