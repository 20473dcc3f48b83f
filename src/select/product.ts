import type { Block, Container } from '../model/index.js';
import { selfAndAncestors, type Region } from './region.js';
import type { Grid } from './grid.js';
import { GRID, PRODUCT_NAME_GROWTH, PRODUCT_SECTIONS } from '../settings.js';

/**
 * Whether a product page shows one item in sections (its name and buy box, its features, its
 * specifications, each its own element), so that a story region holding a small share of it is
 * one section and the page is kept whole (`select/whole-page.ts`). Not where the page declares a
 * description of its own of `PRODUCT_SECTIONS.describedWords` words or more (its JSON-LD
 * `Product`): that text is the item's, and the region that shows it (or the declared text added
 * where the page hides it) is the content, the rest the shop's (shipping, the seller, the items
 * beside it). Nor where the story's grid (`select/grid.ts`) holds `GRID.listingCards` cards or
 * more: the page shows many items, a shop's category or a listing, not one.
 */
export function shownInSections(describedWords: number, grid: Grid | null): boolean {
  return describedWords < PRODUCT_SECTIONS.describedWords && (grid === null || grid.cards < GRID.listingCards);
}

/**
 * A product page names its item in its one top heading and gives the item's description,
 * specifications and features around it, in the element that holds the buy box too; the prose
 * the region search finds is often one part of it only (a feature list, a tab), or a shipping or
 * privacy text beside it. Where the name's heading lies outside the story, the story runs from
 * the heading to it, as the smallest element holding both (the label pass's bounds), unless the
 * run holds more than `PRODUCT_NAME_GROWTH.times` the story's words (the page's body, its menus
 * and recommendations) or the story holds `PRODUCT_NAME_GROWTH.storyProse` words of prose or
 * more (the description itself: what the buy box would add is its furniture). Returns the region
 * unchanged where the heading is inside, missing, or shares no element with the story.
 */
export function growToProductName(blocks: Block[], region: Region, words: (i: number) => number, prose: (i: number) => number): Region {
  if (!region.element) return region;
  const name = blocks.find((b) => b.kind === 'heading' && b.level === 1 && b.hint >= 0);
  if (!name || (name.index >= region.start && name.index <= region.end)) return region;
  const around = selfAndAncestors(name.container);
  let both: Container | null = region.element;
  while (both && !around.has(both)) both = both.parent;
  if (!both) return region;
  // from the name to the story, not the whole element: after the story come the items recommended beside it
  const start = Math.min(region.start, name.index);
  const end = Math.max(region.end, name.index);
  let before = 0;
  let after = 0;
  let storyProse = 0;
  for (let i = start; i <= end; i++) {
    if (i >= region.start && i <= region.end) {
      before += words(i);
      storyProse += prose(i);
    }
    after += words(i);
  }
  if (after > before * PRODUCT_NAME_GROWTH.times || storyProse >= PRODUCT_NAME_GROWTH.storyProse) return region;
  return { ...region, start, end, element: both, why: `${region.why}, grown to the product's name` };
}

