import type { Block, Container, Decision, Features, Family, Verdict } from '../model/index.js';
import { GRID } from '../settings.js';
import { mapped } from '../model/mapped.js';

/** A shop's grid of items: the element and how many cards it holds. */
export interface Grid {
  element: Container;
  cards: number;
}

interface Card {
  blocks: number;
  linked: number;
  words: number;
}

/** The evidence that calls a card's line interface furniture (`Add to cart`, `Compare`, a counter), not the item's own text. */
const FURNITURE: ReadonlySet<Family> = new Set(['ui', 'counter', 'notice']);

/**
 * A shop's category page shows its items as cards, side by side in one element: each card a few
 * lines (the item's name, linked, and a price or a short description) in a child element of its
 * own. The grid is the element with most such children, of `GRID.minCards` at least; the lines of
 * a facet list are one line each, and a menu's lie in elements named like boilerplate.
 */
export function findGrid(blocks: Block[], features: Features[]): Grid | null {
  const cards = new Map<Container, Map<Container, Card>>();
  blocks.forEach((block, i) => {
    if (block.hint < 0) return;
    const linked = block.linkChars > 0 ? 1 : 0;
    for (let child = block.container; child?.parent; child = child.parent) {
      let children = cards.get(child.parent);
      if (!children) cards.set(child.parent, (children = new Map()));
      const card = children.get(child) ?? { blocks: 0, linked: 0, words: 0 };
      card.blocks++;
      card.linked += linked;
      card.words += features[i]!.words;
      children.set(child, card);
    }
  });
  let best: Grid | null = null;
  let bestWords = 0;
  for (const [element, children] of cards) {
    let count = 0;
    let words = 0;
    for (const card of children.values()) {
      if (card.blocks < GRID.cardLines || card.linked === 0 || card.words < GRID.cardMinWords || card.words > GRID.cardMaxWords) continue;
      count++;
      words += card.words;
    }
    if (count < GRID.minCards) continue;
    if (!best || count > best.cards || (count === best.cards && words > bestWords)) [best, bestWords] = [{ element, cards: count }, words];
  }
  return best;
}

/** Whether a block lies inside an element (a grid's). */
export function inside(block: Block, element: Container): boolean {
  for (let c = block.container; c; c = c.parent) if (c === element) return true;
  return false;
}

/**
 * On a shop's category page the content is its grid: every card's lines in order, but for the
 * furniture its own evidence names; the lines the story kept before the grid (the category's
 * heading and its introduction) stay, the rest of the page goes. With `withStory`, every line the
 * story kept stays, wherever it stands (a listing's introduction, above or below its cards).
 */
export function gridDecisions(blocks: Block[], verdicts: Verdict[], decisions: Decision[], grid: Grid, withStory = false): Decision[] {
  const first = blocks.findIndex((b) => inside(b, grid.element));
  return mapped(blocks, (block, i) => {
    const decision = decisions[i]!;
    if (!inside(block, grid.element)) {
      if ((i < first || withStory) && decision.keep) return decision;
      return decision.keep ? { keep: false, reason: `outside the shop's grid of ${grid.cards} items`, heading: false, rule: 'select/shop-grid' } : decision;
    }
    const verdict = verdicts[i]!;
    if (block.hint < 0 || (verdict.family !== undefined && FURNITURE.has(verdict.family))) {
      return decision.keep ? { keep: false, reason: verdict.reason, heading: false, rule: verdict.rule ?? 'select/shop-grid' } : decision;
    }
    return decision.keep ? decision : { keep: true, reason: `an item's line in the shop's grid of ${grid.cards} items`, heading: false, rule: 'select/shop-grid' };
  });
}

/**
 * A listing whose story region is its introduction (a section's blurb, an index's lead) lists its
 * items as cards beside it, which the region search passes over: each card weighs little. Where
 * the page holds a grid of `GRID.listingCards` cards or more, the content is the story and the
 * grid, each line in its place. Fewer cards are a promotion's carousel or a row of teasers. Returns
 * null where there is no such grid.
 */
export function listingCards(blocks: Block[], verdicts: Verdict[], features: Features[], decisions: Decision[]): { decisions: Decision[]; region: { start: number; end: number; why: string } } | null {
  const grid = findGrid(blocks, features);
  if (!grid || grid.cards < GRID.listingCards) return null;
  const chosen = gridDecisions(blocks, verdicts, decisions, grid, true);
  const kept = chosen.flatMap((d, i) => (d.keep ? [i] : []));
  return kept.length ? { decisions: chosen, region: { start: kept[0]!, end: kept.at(-1)!, why: `the listing's introduction and its grid of ${grid.cards} items` } } : null;
}
