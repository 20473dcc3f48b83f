import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ExtractResult } from '../../src/index.js';
import { frontMatter } from '../../src/render/front-matter.js';

const RESULT: ExtractResult = {
  source: 'page.html',
  title: 'Pier: "rebuilt" --- at last #1 & more',
  byline: 'Jane Doe, John Roe',
  date: '2024-03-08',
  dateRaw: 'March 8, 2024',
  site: null,
  lang: 'en',
  url: 'https://example.org/pier?a=1&b=2',
  pageType: 'article',
  inputFormat: 'html',
  text: 'Body.',
  markdown: '# Pier\n\nBody.\n',
  empty: false,
  stats: { inputChars: 1, outputChars: 1, blocksKept: 1, blocksDropped: 0, ms: 1 },
};

const yamlOf = (matter: string) => parse(/^---\n([\s\S]*)---\n\n$/.exec(matter)![1]!) as Record<string, unknown>;

describe('frontMatter', () => {
  it('holds every known metadata field, the usual ones first, and parses back to the same values', () => {
    const matter = frontMatter(RESULT);
    expect(matter.startsWith('---\ntitle: ')).toBe(true);
    const fields = yamlOf(matter);
    expect(fields).toEqual({ title: RESULT.title, byline: RESULT.byline, date: '2024-03-08', url: RESULT.url, lang: 'en', dateRaw: 'March 8, 2024', pageType: 'article' });
    expect(Object.keys(fields)).toEqual(['title', 'byline', 'date', 'url', 'lang', 'dateRaw', 'pageType']);
  });

  it('takes fields the result gains (lists too) and leaves out unknown ones; a record’s address replaces the page’s', () => {
    const richer = { ...RESULT, tags: ['harbour', 'pier'], description: null, image: '' } as unknown as ExtractResult;
    const fields = yamlOf(frontMatter(richer, 'https://fetched.example/a'));
    expect(fields.tags).toEqual(['harbour', 'pier']);
    expect(fields.url).toBe('https://fetched.example/a');
    expect('description' in fields || 'image' in fields || 'site' in fields).toBe(false);
  });

  it('keeps a page’s text inside YAML strings: a line break or a document marker in a title ends nothing', () => {
    const title = 'Line one\n---\nkey: value';
    expect(yamlOf(frontMatter({ ...RESULT, title }))).toMatchObject({ title });
  });
});
