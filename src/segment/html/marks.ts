import type { Element } from 'domhandler';
import type { PageMarks } from '../../model/index.js';
import { textOf, type PieceDecoder } from './pieces.js';
import type { Attributes } from './attributes.js';
import { mapped } from '../../model/mapped.js';

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
const CARD_TAGS = ['div', 'li', 'article', 'section'];

/** Card children of one tag (by its place in CARD_TAGS) and class string, and how many have come. */
interface CardKind {
  tag: number;
  cls: string;
  count: number;
}

/**
 * What an open element keeps of its children: how many of them of each card tag have each class
 * string. Kept on the parent rather than in one map keyed by parent, tag and class (a key string
 * a child cost more than the count); of its first kind alone until a second comes (most parents'
 * card children are of one kind), then by tag and class.
 */
export interface CardParent {
  cards: CardKind | Map<string, number>[] | null;
}

function addCard(byTag: Map<string, number>[], tag: number, cls: string): number {
  const byClass = (byTag[tag] ??= new Map());
  const count = (byClass.get(cls) ?? 0) + 1;
  byClass.set(cls, count);
  return count;
}

/** Counts an element of a card tag among its parent's children; how many of them share its tag and class now. */
function countCard(parent: CardParent, tag: number, cls: string): number {
  const cards = parent.cards;
  if (cards === null) {
    parent.cards = { tag, cls, count: 1 };
    return 1;
  }
  if (Array.isArray(cards)) return addCard(cards, tag, cls);
  if (cards.tag === tag && cards.cls === cls) return ++cards.count;
  const byTag: Map<string, number>[] = [];
  byTag[cards.tag] = new Map([[cards.cls, cards.count]]);
  parent.cards = byTag;
  return addCard(byTag, tag, cls);
}

/**
 * The walk's own counts: what each class string says (pages repeat a few class strings thousands
 * of times: each is tested once).
 */
export interface MarkCounts {
  classes: Map<string, number>;
}
export const newMarkCounts = (): MarkCounts => ({ classes: new Map() });

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
 * Counts what an element says of the page's kind. `parent` is the open element it stands in on
 * the walk, and `inBoilerplate` tells (when asked) whether a menu or a footer holds it, whose
 * repeated items are links, not cards.
 */
export function noteElement(el: Element, attrs: Attributes, marks: PageMarks, counts: MarkCounts, parent: CardParent, inBoilerplate: () => boolean, bytes: PieceDecoder): void {
  const name = el.name;
  if (attrs.itemtype) for (const type of attrs.itemtype.split(/\s+/)) if (type) marks.itemtypes.push(type.slice(type.lastIndexOf('/') + 1));
  if (name === 'article') marks.articles++;
  else if (name === 'pre' || name === 'code') marks.code++;
  else if (name === 'select' || name === 'textarea' || (name === 'input' && !SILENT_INPUTS.has((el.attribs.type ?? 'text').toLowerCase()))) marks.fields++;
  const cls = attrs.class;
  const id = attrs.id;
  const facts = cls ? classFacts(cls, counts) : 0;
  if (facts & CART_CLASS || (id && CART_NAME.test(id)) || (attrs.name && CART_NAME.test(attrs.name))) marks.cartButtons++;
  else if ((name === 'button' && CART_TEXT.test(mapped(el.children, (c) => textOf(c, bytes)).join(''))) || (name === 'input' && el.attribs.value && CART_TEXT.test(el.attribs.value))) marks.cartButtons++;
  if (id && POST_ID.test(id)) marks.postNamed++;
  if (attrs.itemprop === 'price' || facts & PRICE_CLASS) marks.priceNamed++;
  const tag = CARD_TAGS.indexOf(name);
  if (cls && tag >= 0 && !inBoilerplate()) {
    const count = countCard(parent, tag, cls);
    if (count > marks.repeatedSiblings) marks.repeatedSiblings = count;
  }
}
