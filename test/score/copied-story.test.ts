import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const dump = (name: string) => readFileSync(new URL(`../../fixtures/dumps/${name}.txt`, import.meta.url), 'utf8');
const story = (name: string) => extract(dump(name), { inputFormat: 'text' }).text;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('a dump of a page that prints its story twice', () => {
  it('keeps the story once: the first copy graded as prose, the later copy dropped', () => {
    const text = story('story-twice');
    expect(count(text, 'When you set the price of a pottery class')).toBe(1);
    expect(count(text, 'decide whether you want to be the cheapest')).toBe(1);
    expect(text).not.toContain('Start your free trial');
  });

  it('drops a ticker of teasers printed twice, which holds less prose than the story', () => {
    const text = story('ticker-twice');
    expect(text).toContain('The wall at the mouth of the harbour was built in 1890');
    expect(text).toContain('ask the town to vote on the cost');
    expect(text).not.toContain('Ferry strike ends');
  });
});
