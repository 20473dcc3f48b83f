import { describe, expect, it } from 'vitest';
import { extractTrace } from '../../src/index.js';

const DESCRIPTION = [
  'This stoneware mug is thrown on the wheel and glazed by hand, so no two of them carry quite the same pattern of blue.',
  'It holds a generous 350 millilitres, keeps coffee warm for longer than thin porcelain, and is safe in the dishwasher.',
];
const REVIEWS = [
  'I bought two of these for my parents last winter and they have used them every single morning since then, really lovely.',
  'The glaze is even nicer in person than in the photographs, and the handle sits comfortably in my hand when it is full.',
  'Arrived quickly and very well packed. I was worried it might break on the way but there was not a single scratch on it.',
  'My favourite mug by far, and I have a whole cupboard of them. I will certainly be ordering another one for my sister.',
];

/** A product page: the name and price, the description, then a reviews widget holding more prose than the description. */
function productPage(reviewClass: string): string {
  const reviews = REVIEWS.map((r) => `<div class="${reviewClass}"><p class="stars">5 stars</p><p>${r}</p></div>`).join('');
  return `<html><head><title>Blue mug</title><script type="application/ld+json">{"@type":"Product","name":"Blue mug"}</script></head><body>
    <main><div class="product"><h1>Blue stoneware mug</h1><p>$32.00</p><button>Add to cart</button>
    <div class="description">${DESCRIPTION.map((d) => `<p>${d}</p>`).join('')}</div>
    <section class="reviews-list"><h2>What buyers say</h2>${reviews}</section></div></main></body></html>`;
}

describe("a product page's reviews", () => {
  it('are left out, however much prose they hold, and the description kept', () => {
    const trace = extractTrace(productPage('review-card'), { url: 'https://shop.example/products/blue-mug' });
    expect(trace.page.type).toBe('product');
    for (const line of DESCRIPTION) expect(trace.result.text).toContain(line);
    for (const review of REVIEWS) expect(trace.result.text).not.toContain(review);
    expect(trace.blocks.some((b) => b.rule === 'select/product-review')).toBe(true);
  });

  it('are named by a whole word of a class: a `preview` is no review', () => {
    const html = productPage('card').replace('reviews-list', 'previews');
    const trace = extractTrace(html, { url: 'https://shop.example/products/blue-mug' });
    expect(trace.blocks.some((b) => b.rule === 'select/product-review')).toBe(false);
  });
});
