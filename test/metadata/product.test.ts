import { describe, expect, it } from 'vitest';
import { extractTrace } from '../../src/index.js';
import { jsonLdProductDescription } from '../../src/metadata/product.js';

const DESCRIPTION = 'A hand-thrown stoneware mug with a speckled glaze, fired twice for strength. It holds twelve ounces, keeps coffee warm for longer and is safe in the dishwasher and the microwave.';

/** A product page whose description is only in its JSON-LD (the page's tab loads it by script). */
function productPage(ld: object): string {
  return `<html><head><title>Speckled Mug</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
    <nav><a href="/">Home</a> <a href="/collections/mugs">Mugs</a></nav>
    <main><h1>Speckled Mug</h1><p>$28.00</p><p>Ships from our studio within three working days of your order being placed with us.</p>
    <div class="tab" data-load="/description"></div></main>
    <footer><p>© Clay Studio.</p></footer></body></html>`;
}

describe('a product description from JSON-LD', () => {
  it('joins the content where the visible page lacks it', () => {
    const trace = extractTrace(productPage({ '@context': 'https://schema.org', '@type': 'Product', name: 'Speckled Mug', description: `<p>${DESCRIPTION.replace('&', '&amp;')}</p>` }), {
      url: 'https://clay.example/products/speckled-mug',
    });
    expect(trace.page.type).toBe('product');
    expect(trace.result.text.startsWith(DESCRIPTION)).toBe(true);
    expect(trace.blocks.some((b) => b.rule === 'select/product-description')).toBe(true);
  });

  it('reads the description as plain text, from nested nodes too', () => {
    const ld = { '@graph': [{ '@type': 'WebPage' }, { '@type': ['Product'], description: '<b>Tall</b> &amp; light &#8212; 20&nbsp;cm' }] };
    expect(jsonLdProductDescription([JSON.stringify(ld)])).toBe('Tall & light — 20 cm');
    expect(jsonLdProductDescription(['{not json', JSON.stringify({ '@type': 'Article', description: 'a story' })])).toBeNull();
  });
});
