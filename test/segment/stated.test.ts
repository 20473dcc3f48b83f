import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { segmentHtml } from '../../src/segment/html/walk.js';
import { readStated, statingElements } from '../../src/segment/html/stated.js';
import { latin1BytesToText } from '../../src/read/decode.js';

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;

describe('readStated', () => {
  it('selects over the tree the walk parsed: the elements it reads are that tree’s own', () => {
    const { head } = segmentHtml(page('<title>T</title><meta name="author" content="Ana Ruiz">'));
    const headElement = head.elements.find((el) => el.name === 'head')!;
    const found = statingElements(head.elements);
    expect(found.map((el) => el.name)).toEqual(['title', 'meta']);
    for (const el of found) expect(el.parent).toBe(headElement);
  });

  it('reads the head’s own elements, and the metadata elements of the body the walk met', () => {
    const ld = '{"@type":"NewsArticle","headline":"Bus network grows"}';
    const { head } = segmentHtml(page(
      '<meta property="og:title" content="First"><noscript><meta property="og:image" content="/a.jpg"></noscript>',
      `<article><meta itemprop="datePublished" content="2024-05-01"><p>Text.</p><script type="application/ld+json">${ld}</script><script>var x = 1;</script></article>`,
    ));
    const stated = readStated(head);
    expect(stated.meta.get('og:title')).toEqual(['First']);
    expect(stated.meta.get('og:image')).toBeUndefined();
    expect(stated.meta.get('datepublished')).toEqual(['2024-05-01']);
    expect(stated.jsonLd).toEqual([ld]);
    expect(stated.lang).toBe('en-GB');
  });

  it('keeps every value of a key in document order, and decodes entities as the walk does', () => {
    const { head } = segmentHtml(page('<meta property="article:tag" content="Buses &amp; trams"><meta property="article:tag" content="Suburbs">'));
    expect(readStated(head).meta.get('article:tag')).toEqual(['Buses & trams', 'Suburbs']);
  });

  it('reads a page of UTF-8 bytes taken a byte a character, as the walk reads it', () => {
    const utf8 = Buffer.from(page('<title>Zürich wächst</title>'), 'utf8').toString('latin1');
    const { head } = segmentHtml(utf8, latin1BytesToText);
    expect(readStated(head, latin1BytesToText).title).toBe('Zürich wächst');
  });

  it('takes the canonical address, <base href> and an image link', () => {
    const { head } = segmentHtml(page('<base href="https://cdn.example/"><link rel="canonical" href="https://x.example/a"><link rel="image_src" href="/i.png">'));
    expect(readStated(head)).toMatchObject({ canonical: 'https://x.example/a', base: 'https://cdn.example/', imageLink: '/i.png' });
  });

  it('states nothing for a page without a head', () => {
    const stated = readStated(segmentHtml('<p>Only a paragraph.</p>').head);
    expect(stated).toMatchObject({ title: null, lang: null, canonical: null, jsonLd: [] });
    expect(stated.meta.size).toBe(0);
  });
});

describe('the walk hands over', () => {
  it('JSON-LD scripts of the body, and not its other scripts', () => {
    const { head } = segmentHtml(page('', '<script>track()</script><script type="application/ld+json">{}</script>'));
    expect(head.elements.map((el: Element) => el.name)).toEqual(['html', 'head', 'script']);
  });
});
