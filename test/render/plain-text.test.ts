// The text and paragraph handlers that skip the library's escaping must print what the library
// itself prints, for any text in any construct around it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { plainHeading, plainLink, plainParagraph, plainText } from '../../src/render/plain-text.js';

const RUNS = Number(process.env.FC_RUNS ?? 400);
const LIBRARY = { extensions: [gfmTableToMarkdown()] };
const FAST = { extensions: [gfmTableToMarkdown(), { handlers: { text: plainText, paragraph: plainParagraph, heading: plainHeading, link: plainLink } }] };

/** Text rich in what Markdown reads as markup: every ASCII punctuation mark, digits, spaces, tabs and line ends. */
const text = fc
  .array(fc.constantFrom(...'ab 1.)!#*_`[]()<>&|~:=+-\\\t\n\r\'"é'.split(''), 'word', '  ', '10.', '# ', '- '), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''));

/** A link's label: text, or text around emphasis. */
const phrasingText = (): fc.Arbitrary<PhrasingContent[]> =>
  fc.array(fc.oneof(text.map((value): PhrasingContent => ({ type: 'text', value })), text.map((value): PhrasingContent => ({ type: 'emphasis', children: [{ type: 'text', value }] }))), { minLength: 1, maxLength: 3 });

/** Addresses with the characters a destination may escape or enclose, and plain ones. */
const url = fc.oneof(
  fc.constantFrom('https://example.com/a_b-c.html?x=1;y=2#top', 'https://x.y/', 'http://a.b/~me/*star*', 'https://a.b/p?q=1&r=2', 'https://a.b/p?q=1&#38;'),
  fc.array(fc.constantFrom(...'ab1:/?#&()<>|\\ _*!~[]`\'"%=+'.split('')), { minLength: 1, maxLength: 10 }).map((parts) => `https://a.b/${parts.join('')}`),
);

const phrasing: fc.Arbitrary<PhrasingContent[]> = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: text.map((value): PhrasingContent => ({ type: 'text', value })) },
    { weight: 1, arbitrary: text.map((value): PhrasingContent => ({ type: 'emphasis', children: [{ type: 'text', value }] })) },
    { weight: 1, arbitrary: text.map((value): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value }] })) },
    { weight: 1, arbitrary: text.map((value): PhrasingContent => ({ type: 'link', url: 'https://example.com/a_(b)', children: [{ type: 'text', value }] })) },
    { weight: 1, arbitrary: text.map((value): PhrasingContent => ({ type: 'link', url: value.includes(':') ? 'mailto:a@b.c' : 'https://x.y/', children: [{ type: 'text', value: 'https://x.y/' }] })) },
    { weight: 2, arbitrary: fc.tuple(phrasingText(), url).map(([children, href]): PhrasingContent => ({ type: 'link', url: href, children })) },
    { weight: 1, arbitrary: url.map((href): PhrasingContent => ({ type: 'link', url: href, children: [{ type: 'text', value: href }] })) },
    { weight: 1, arbitrary: fc.constant<PhrasingContent>({ type: 'break' }) },
    { weight: 1, arbitrary: text.map((value): PhrasingContent => ({ type: 'inlineCode', value })) },
    { weight: 1, arbitrary: text.map((alt): PhrasingContent => ({ type: 'image', url: 'https://x.y/p.png', alt })) },
  ),
  { minLength: 1, maxLength: 5 },
);

/** The phrasing in each construct a story's text stands in. */
const flow = fc.tuple(phrasing, fc.constantFrom('paragraph', 'heading', 'item', 'ordered', 'quote', 'cell'), fc.integer({ min: 1, max: 6 })).map(([children, where, depth]): RootContent => {
  switch (where) {
    case 'heading':
      return { type: 'heading', depth: depth as 1 | 2 | 3 | 4 | 5 | 6, children };
    case 'item':
    case 'ordered':
      return { type: 'list', ordered: where === 'ordered', spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] }] };
    case 'quote':
      return { type: 'blockquote', children: [{ type: 'paragraph', children }] };
    case 'cell':
      return { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children }, { type: 'tableCell', children: [] }] }] };
    default:
      return { type: 'paragraph', children };
  }
});

describe('the plain-text fast path', () => {
  it('prints what the library prints, in every construct', () => {
    fc.assert(fc.property(fc.array(flow, { minLength: 1, maxLength: 4 }), (children) => {
      const tree: Root = { type: 'root', children };
      expect(toMarkdown(tree, FAST)).toBe(toMarkdown(tree, LIBRARY));
    }), { numRuns: RUNS });
  });

  it('prints a paragraph of texts, links and emphasis as the library does, where it joins them itself', () => {
    const plainUrl = fc.constantFrom('https://x.y/', 'https://example.com/a-b_c.html?x=1;y=2#top', 'http://a.b/~me/');
    // words and the punctuation beside them, where emphasis markers open and close or fail to
    const edged = fc.array(fc.constantFrom('word', 'é', '1', ' ', '.', '"', '(', ')', '!', '-', '—', '*', '_'), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
    const either = fc.oneof(text, edged);
    const piece = fc.oneof(
      either.map((value): PhrasingContent => ({ type: 'text', value })),
      fc.tuple(either, plainUrl).map(([value, url]): PhrasingContent => ({ type: 'link', url, children: [{ type: 'text', value }] })),
      fc.tuple(either, fc.constantFrom('emphasis', 'strong')).map(([value, type]): PhrasingContent => ({ type: type as 'emphasis', children: [{ type: 'text', value }] })),
    );
    fc.assert(fc.property(fc.array(piece, { minLength: 2, maxLength: 6 }), fc.constantFrom('paragraph', 'quote', 'item'), (children, where) => {
      const paragraph: RootContent = { type: 'paragraph', children };
      const tree: Root = {
        type: 'root',
        children: where === 'quote' ? [{ type: 'blockquote', children: [paragraph] }] : where === 'item' ? [{ type: 'list', spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph] }] }] : [paragraph],
      };
      expect(toMarkdown(tree, FAST)).toBe(toMarkdown(tree, LIBRARY));
    }), { numRuns: RUNS });
    const joined: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'See ' }, { type: 'link', url: 'https://x.y/', children: [{ type: 'text', value: 'the report' }] }, { type: 'text', value: ' for ' }, { type: 'strong', children: [{ type: 'text', value: 'more' }] }, { type: 'text', value: '.' }] }] };
    expect(toMarkdown(joined, FAST)).toBe('See [the report](https://x.y/) for **more**.\n');
  });

  it('gives back text with nothing to escape as it is, and escapes the rest as the library does', () => {
    const paragraph = (value: string): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });
    expect(toMarkdown(paragraph('Plain prose, with (parentheses) and 3 numbers.'), FAST)).toBe('Plain prose, with (parentheses) and 3 numbers.\n');
    for (const value of ['1. not a list', '# not a heading', 'a *b* c', '[x](javascript:y)', '<script>', 'end!', 'trailing #']) {
      expect(toMarkdown(paragraph(value), FAST)).toBe(toMarkdown(paragraph(value), LIBRARY));
    }
  });
});
