import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { Attributes, attributesOf } from '../../src/segment/html/attributes.js';
import { segmentHtml } from '../../src/segment/html/walk.js';

const element = (html: string) => parseDocument(html).children[0] as Element;

describe("the walk's reading of an element's attributes", () => {
  it('reads the names the walk judges by, and no other', () => {
    const attrs = attributesOf(element('<div class="post" id="p-1" role="main" aria-hidden="true" data-bs-target="#x" href="/a" style="color:red"></div>').attribs);
    expect(attrs).toMatchObject({ class: 'post', id: 'p-1', role: 'main', ariaHidden: 'true', dataBsTarget: '#x', style: 'color:red', itemprop: undefined });
    expect(Object.values(attrs)).not.toContain('/a');
  });

  it('refills one object: what the element before had is gone', () => {
    const attrs = new Attributes();
    attributesOf(element('<p class="lede" hidden></p>').attribs, attrs);
    attributesOf(element('<p id="second"></p>').attribs, attrs);
    expect(attrs).toMatchObject({ id: 'second', class: undefined, hidden: undefined });
  });

  it('counts the cards of each parent apart: siblings under two parents are two runs', () => {
    const cards = (n: number) => '<div class="card"><p>An item of the grid</p></div>'.repeat(n);
    const { marks } = segmentHtml(`<html><body><section>${cards(3)}</section><section>${cards(4)}</section></body></html>`);
    expect(marks.repeatedSiblings).toBe(4);
  });
});
