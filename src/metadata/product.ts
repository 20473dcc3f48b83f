import type { ScoredBlock } from '../model/index.js';
import { decodeHTML } from 'entities';
import { words } from '../features/words.js';
import { PRODUCT_DESCRIPTION } from '../settings.js';
import { jsonLdObjects, nestedObjects } from './json-ld.js';


/** A description as JSON-LD carries it, often as HTML: tags out, entities decoded, spaces folded. */
function plain(text: string): string {
  return decodeHTML(text.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The `description` of the first `Product` (or `ProductGroup`) a page's JSON-LD declares, as plain text; null for none. */
export function jsonLdProductDescription(scripts: string[]): string | null {
  for (const node of jsonLdObjects(scripts, nestedObjects)) {
    const type = node['@type'];
    const description = node['description'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => t === 'Product' || t === 'ProductGroup') && typeof description === 'string' && description.trim()) return plain(description);
  }
  return null;
}


/**
 * A product page's description is its main text, and many a page loads it by script or shows it
 * in a tab the reading passed over, while its JSON-LD `Product` carries it whole. Where the kept
 * blocks show less than `PRODUCT_DESCRIPTION.shown` of its words, it is the content's first
 * paragraph; returns that block, or null.
 */
export function describedProduct(kept: ScoredBlock[], description: string | null): ScoredBlock | null {
  if (!description) return null;
  const own = words(description);
  if (own.length < PRODUCT_DESCRIPTION.minWords) return null;
  const shown = new Set(kept.flatMap((b) => words(b.text)));
  if (own.filter((w) => shown.has(w)).length >= own.length * PRODUCT_DESCRIPTION.shown) return null;
  return {
    index: -1, kind: 'paragraph', level: 0, ordered: false, text: description, origin: 'JSON-LD Product', linkChars: 0, hint: 0, hintReason: '', container: null, glued: false,
    features: { words: own.length, stopwordDensity: 0, linkDensity: 0, endsSentence: true, sentences: 1, titleCase: false },
    score: 0, label: 'keep', reason: 'the description the page declares for its product, which its visible text lacks', rule: 'select/product-description',
  };
}
