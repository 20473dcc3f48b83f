import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { shownInSections } from '../../src/select/product.js';
import type { Container } from '../../src/model/index.js';

/** A product page: its name and buy box, then its description, the items customers also viewed, and its features, specifications and shipping terms, each a section of their own. */
const page = (name: string) => readFileSync(new URL(`../../fixtures/product-sections/${name}.html`, import.meta.url));

const DESCRIPTION = 'A forty litre pack for long days on the trail';
const SPECS = ['Ventilated back', 'Hydration sleeve', 'Torso length', 'Recycled ripstop nylon'];

describe('a product page of sections', () => {
  it('keeps the features and specifications beside the description the story region found', () => {
    const result = extract(page('sections'));
    expect(result.pageType).toBe('product');
    expect(result.text).toContain(DESCRIPTION);
    for (const line of SPECS) expect(result.text).toContain(line);
    expect(result.text).not.toContain('Customers also viewed');
    expect(result.text).not.toContain('All rights reserved');
  });

  it('lets the story stand where the page declares its product\'s description: that text is the item\'s, the rest the shop\'s', () => {
    const result = extract(page('described'));
    expect(result.pageType).toBe('product');
    expect(result.text).toContain(DESCRIPTION);
    expect(result.text).not.toContain('Hydration sleeve');
    expect(result.text).not.toContain('Orders placed before two in the afternoon');
  });
});

describe('the evidence that a product page shows one item in sections', () => {
  const element = {} as Container;
  it('holds without a declared description or a grid of many cards', () => {
    expect(shownInSections(0, null)).toBe(true);
    expect(shownInSections(12, { element, cards: 5 })).toBe(true);
  });

  it('fails on a declared description of a paragraph\'s length, and on a shop\'s grid of many items', () => {
    expect(shownInSections(40, null)).toBe(false);
    expect(shownInSections(0, { element, cards: 30 })).toBe(false);
  });
});
