// Folder-per-page tests: every fixtures/pages/<name>/ holds one input (input.html.gz, or input.txt for
// an innerText or lynx dump) and expected.md, a reviewed extraction: a JSON preamble with the metadata,
// then the Markdown. How the pages were chosen and checked: fixtures/pages/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { ExtractResult } from '../src/index.js';
import { ROOT } from './helpers.js';

const PAGES = join(ROOT, 'fixtures', 'pages');
const INPUTS = { 'input.html.gz': 'html', 'input.txt': 'text' } as const;
const METADATA = ['title', 'byline', 'date', 'site', 'lang', 'url'] as const;
const FLAVOURS = { html: 'input.html.gz', text: 'input.txt', 'text-dump': 'input.txt' } as const;
const OPEN = '```json\n';
const CLOSE = '\n```\n\n';

interface Expected {
  metadata: Record<string, unknown>;
  wcxb: { id: string; flavour: keyof typeof FLAVOURS; pageType: string };
  markdown: string;
}

/** expected.md: a ```json fenced preamble on the first lines, a blank line, then the Markdown to the end. */
function readExpected(path: string): Expected {
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith(OPEN)) throw new Error(`${path}: does not open with a \`\`\`json preamble`);
  const end = text.indexOf(CLOSE, OPEN.length - 1);
  if (end < 0) throw new Error(`${path}: the preamble is not closed by \`\`\` and a blank line`);
  const { wcxb, ...metadata } = JSON.parse(text.slice(OPEN.length, end)) as Record<string, unknown>;
  return { metadata, wcxb: wcxb as Expected['wcxb'], markdown: text.slice(end + CLOSE.length) };
}

const pages = readdirSync(PAGES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => {
    const dir = join(PAGES, e.name);
    const files = readdirSync(dir).sort();
    const input = files.find((f): f is keyof typeof INPUTS => f in INPUTS);
    return { name: e.name, dir, files, input };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

describe('fixtures/pages', () => {
  it('holds 24 to 36 pages, each one input and expected.md', () => {
    expect(pages.length).toBeGreaterThanOrEqual(24);
    expect(pages.length).toBeLessThanOrEqual(36);
    for (const page of pages) expect([page.name, page.files]).toEqual([page.name, [page.input, 'expected.md'].sort()]);
  });
});

describe.each(pages.map((page) => [page.name, page] as const))('fixtures/pages/%s', (name, { dir, input }) => {
  const expected = readExpected(join(dir, 'expected.md'));
  let result: ExtractResult | undefined;
  const extracted = (): ExtractResult => (result ??= extract(readFileSync(join(dir, input!)), { source: `${name}/${input}` }));

  it('has a preamble with the metadata fields and the page it came from', () => {
    expect(Object.keys(expected.metadata)).toEqual([...METADATA]);
    expect(FLAVOURS[expected.wcxb.flavour]).toBe(input);
    expect(expected.wcxb.id).toMatch(/^\d{4}$/);
  });

  it('is read in the format of its input, and a story is found', () => {
    expect(extracted().inputFormat).toBe(INPUTS[input!]);
    expect(extracted().empty).toBe(false);
  });

  it('has the reviewed metadata', () => {
    const got = Object.fromEntries(METADATA.map((k) => [k, extracted()[k]]));
    expect(got).toEqual(expected.metadata);
  });

  it('renders the reviewed Markdown', () => {
    expect(extracted().markdown).toBe(expected.markdown);
  });
});
