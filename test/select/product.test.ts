import { describe, expect, it } from 'vitest';
import { extractTrace } from '../../src/index.js';

const FEATURES = [
  'The upper is woven from recycled polyester yarn that dries quickly after a river crossing and keeps its shape for years.',
  'A rock plate under the forefoot spreads the load of sharp stones, so long descents on loose ground stay comfortable.',
  'The outsole uses a sticky rubber compound with deep lugs that grip on wet roots, mud and smooth granite alike.',
];

/** A product page: the buy box (the name, a price, a short pitch, a size picker) beside the features, and a returns text below. */
function productPage(): string {
  const features = FEATURES.map((f) => `<li>${f}</li>`).join('');
  return `<html><head><title>Trail Runner 2 | Ridge Outfitters</title></head><body>
    <nav><a href="/">Home</a> <a href="/collections/shoes">Shoes</a></nav>
    <main><div class="product">
      <div class="buy"><h1>Trail Runner 2</h1><p>$120.00</p><p>Light and grippy, for long days on rough ground.</p><p>Size</p><p>Colour: Moss</p></div>
      <div class="details"><h2>Features</h2><ul>${features}</ul></div>
    </div></main>
    <footer><p>Free returns within 30 days. © Ridge Outfitters.</p></footer></body></html>`;
}

describe('a product page', () => {
  it('keeps the buy box text that names the item beside its features', () => {
    const trace = extractTrace(productPage(), { url: 'https://shop.example/products/trail-runner-2' });
    expect(trace.page.type).toBe('product');
    const text = trace.result.text;
    for (const feature of FEATURES) expect(text).toContain(feature);
    expect(text).toContain('Light and grippy, for long days on rough ground.');
    expect(trace.region?.why).toContain("grown to the product's name");
    expect(text).not.toContain('Free returns');
  });
});
