import { describe, expect, it } from 'vitest';
import { extract, extractTrace } from '../../src/pipeline.js';
import { renderExplain } from '../../src/render/explain.js';

const PROSE = 'The committee met on Tuesday to discuss the plans for the new library, which the town has wanted for years and which the council will now fund in full.';
const page = (head: string, body: string) => `<!DOCTYPE html><html><head><title>Page</title>${head}</head><body>${body}</body></html>`;
/** Distinct paragraphs: a page that prints one twice has a repeat, not prose. */
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>${PROSE.replace('Tuesday', `day ${i + 1}`)}</p>`).join('');
const ld = (data: object) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('the page type', () => {
  it('is an article without other evidence, from HTML and from a dump', () => {
    expect(extract(page('', `<h1>Library plans</h1>${paragraphs(6)}`)).pageType).toBe('article');
    expect(extract(`Library plans\n\n${Array.from({ length: 6 }, (_, i) => PROSE.replace('Tuesday', `day ${i + 1}`)).join('\n\n')}\n`).pageType).toBe('article');
  });

  it('takes a product from its JSON-LD, and explains it', () => {
    const html = page(ld({ '@context': 'https://schema.org', '@type': 'Product', name: 'Desk lamp', offers: { '@type': 'Offer', price: '19.99' } }), `<h1>Desk lamp</h1><p>${PROSE}</p>`);
    const trace = extractTrace(html);
    expect(trace.result.pageType).toBe('product');
    expect(renderExplain(trace, false)).toContain('page type: product (JSON-LD Product');
  });

  it('takes a product from a price and a cart button, and a shop’s collection from many prices', () => {
    const item = page('', `<h1>Desk lamp</h1><p>${PROSE}</p><p>$19.99</p><button>Add to cart</button>`);
    expect(extract(item).pageType).toBe('product');
    const grid = Array.from({ length: 10 }, (_, i) => `<div class="tile"><a href="/p/${i}">Lamp ${i}</a><p>$${i + 10}.99</p></div>`).join('');
    expect(extract(page('', `<h1>Lamps</h1>${grid}`)).pageType).toBe('collection');
  });

  it('takes a forum thread from its numbered posts', () => {
    const posts = Array.from({ length: 4 }, (_, i) => `<div id="post-${i + 100}" class="message"><p>${PROSE}</p></div>`).join('');
    expect(extract(page('', `<h1>Best budget headphones?</h1>${posts}`)).pageType).toBe('forum');
  });

  it('takes documentation from its code', () => {
    const code = Array.from({ length: 12 }, (_, i) => `<p>${PROSE} Call <code>open(${i})</code> first.</p>`).join('');
    expect(extract(page('', `<h1>Files</h1>${code}`)).pageType).toBe('documentation');
  });

  it('takes a dump with code examples for documentation, and keeps its prose and code together', () => {
    const example = (i: number) => `const value${i} = compute(${i}, {\n  strict: true,\n});`;
    const dump = ['Compute API', ...Array.from({ length: 4 }, (_, i) => `${PROSE.replace('Tuesday', `day ${i + 1}`)}\n${example(i)}`)].join('\n');
    const trace = extractTrace(dump);
    expect(trace.result.pageType).toBe('documentation');
    expect(trace.blocks.filter((b) => b.kind === 'code').every((b) => b.label === 'keep')).toBe(true);
    expect(trace.result.markdown).toContain('```\nconst value2 = compute(2, {\n  strict: true,\n});\n```');
  });

  it('reads the address from the canonical link, or from the caller', () => {
    const thread = page('<link rel="canonical" href="https://example.org/t/best-headphones/123">', `<h1>Best headphones</h1>${paragraphs(2)}`);
    expect(extract(thread).pageType).toBe('forum');
    const docs = page('', `<h1>Install</h1>${paragraphs(2)}`);
    expect(extract(docs).pageType).toBe('article');
    expect(extract(docs, { url: 'https://example.org/docs/install' }).pageType).toBe('documentation');
  });

  it('takes a list of linked headlines for a listing', () => {
    const cards = Array.from({ length: 10 }, (_, i) => `<h2><a href="/news/${i}">Council story number ${i} of the week</a></h2><p>A short summary.</p>`).join('');
    expect(extract(page('', `<h1>Latest news</h1>${cards}`)).pageType).toBe('listing');
  });

  it('takes a business’s undated page of pitches for a service', () => {
    const pitch = ['Get started', 'Request a demo'].map((l, i) => `<h2>Fast reports ${i}</h2><p>Your team sees every number at once.</p><p>${l}</p>`).join('');
    expect(extract(page('', `<h1>Analytics for teams</h1>${pitch}`)).pageType).toBe('service');
  });
});
