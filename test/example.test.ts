import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.js';
import { fixturePath, fixtureText } from './helpers.js';

const FIXTURE = 'crypto-news-dump.txt';
const TITLE = 'ByteDance plans to pump $20bn capex mostly into AI as it defends its AI lead in China';
const HEADINGS = [
  'ByteDance has a lineup of firms to benefit from the initiative',
  'The future of ByteDance’s TikTok in the US remains hanging by a thread',
];
const ABSENT = ['Source Cryptopolitan', 'A Step-By-Step System', 'Disclaimer', 'placeholder', 'Author', 'hours ago', 'goTop', 'quote', 'Australian Dollar'];

/** The story lines of the dump: between the `Source` line and the promo line, blank lines aside. */
function storyLines(): string[] {
  const lines = fixtureText(FIXTURE).split('\n');
  const start = lines.indexOf('Source Cryptopolitan');
  const end = lines.findIndex((l) => l.startsWith('A Step-By-Step System'));
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return lines.slice(start + 1, end).filter((l) => l.trim() !== '');
}

describe('the bundled example: crypto-news-dump.txt', () => {
  const result = extract(readFileSync(fixturePath(FIXTURE)), { source: FIXTURE });
  const md = result.markdown;

  it('is read as a text dump', () => {
    expect(result.inputFormat).toBe('text');
    expect(result.lang).toBe('en');
  });

  it('starts with the headline as the title', () => {
    expect(md.split('\n')[0]).toBe(`# ${TITLE}`);
    expect(result.title).toBe(TITLE);
  });

  it('has exactly the two in-story headings, in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toHaveLength(2);
    expect(headings[0]!.startsWith('## ByteDance has a lineup of firms')).toBe(true);
    expect(headings[1]!.startsWith('## The future of ByteDance’s TikTok')).toBe(true);
    expect(headings).toEqual(HEADINGS.map((h) => `## ${h}`));
  });

  it('has every story paragraph verbatim, as its own paragraph, in order', () => {
    const paragraphs = md.trimEnd().split('\n\n');
    const lines = storyLines();
    expect(lines).toHaveLength(15);
    let at = 0;
    for (const line of lines) {
      const expected = HEADINGS.includes(line) ? `## ${line}` : line;
      const found = paragraphs.indexOf(expected, at);
      expect(found, line).toBeGreaterThan(at - 1);
      at = found + 1;
    }
  });

  it.each(ABSENT)('has no %j', (junk) => {
    expect(md).not.toContain(junk);
    expect(result.text).not.toContain(junk);
  });

  it('reads the site from the Source line', () => {
    expect(result.site).toBe('Cryptopolitan');
    expect(JSON.parse(JSON.stringify(result)).site).toBe('Cryptopolitan');
  });

  it('matches the reviewed Markdown exactly', () => {
    expect(md).toBe(fixtureText('crypto-news-dump.expected.md'));
  });

  it('gives the same result for the string and the bytes', () => {
    const fromString = extract(fixtureText(FIXTURE), { source: FIXTURE });
    expect(fromString.markdown).toBe(md);
    expect(fromString.text).toBe(result.text);
  });

  it('text output is the Markdown body without the title and heading marks', () => {
    const body = md.split('\n').slice(2).join('\n').replace(/^## /gm, '').trimEnd();
    expect(result.text).toBe(body);
  });

  it('reports stats that add up', () => {
    expect(result.stats.outputChars).toBe(result.text.length);
    expect(result.stats.inputChars).toBe(fixtureText(FIXTURE).length);
    expect(result.stats.blocksKept).toBe(storyLines().length);
    expect(result.stats.blocksDropped).toBeGreaterThan(10);
  });
});
