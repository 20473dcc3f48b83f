import type { ScoredBlock } from '../model/index.js';
import { PRODUCT_DESCRIPTION } from '../settings.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const WORD = /[\p{L}\p{N}]+/gu;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A description as JSON-LD carries it, often as HTML: tags out, the common entities decoded, spaces folded. */
function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (all, dec?: string, hex?: string, name?: string) => {
      if (dec || hex) return String.fromCodePoint(Number(dec ?? `0x${hex!}`));
      return ENTITIES[name!.toLowerCase()] ?? all;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `description` of the first `Product` (or `ProductGroup`) a page's JSON-LD declares, as plain text; null for none. */
export function jsonLdProductDescription(scripts: string[]): string | null {
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script) as Json;
    } catch {
      continue;
    }
    const stack: Json[] = [data];
    while (stack.length) {
      const node = stack.shift();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const type = node['@type'];
        const types = Array.isArray(type) ? type : [type];
        const description = node['description'];
        if (types.some((t) => t === 'Product' || t === 'ProductGroup') && typeof description === 'string' && description.trim()) return plain(description);
        for (const value of Object.values(node)) if (value && typeof value === 'object') stack.push(value);
      }
    }
  }
  return null;
}

const wordsOf = (text: string) => text.toLowerCase().match(WORD) ?? [];

/**
 * A product page's description is its main text, and many a page loads it by script or shows it
 * in a tab the reading passed over, while its JSON-LD `Product` carries it whole. Where the kept
 * blocks show less than `PRODUCT_DESCRIPTION.shown` of its words, it is the content's first
 * paragraph; returns that block, or null.
 */
export function describedProduct(kept: ScoredBlock[], description: string | null): ScoredBlock | null {
  if (!description) return null;
  const words = wordsOf(description);
  if (words.length < PRODUCT_DESCRIPTION.minWords) return null;
  const shown = new Set(kept.flatMap((b) => wordsOf(b.text)));
  if (words.filter((w) => shown.has(w)).length >= words.length * PRODUCT_DESCRIPTION.shown) return null;
  return {
    index: -1, kind: 'paragraph', level: 0, ordered: false, text: description, origin: 'JSON-LD Product', linkChars: 0, hint: 0, hintReason: '', container: null, glued: false,
    features: { words: words.length, stopwordDensity: 0, linkDensity: 0, endsSentence: true, sentences: 1, titleCase: false },
    score: 0, label: 'keep', reason: 'the description the page declares for its product, which its visible text lacks', rule: 'select/product-description',
  };
}
