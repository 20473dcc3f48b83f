import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const dump = (name: string) => readFileSync(new URL(`../../fixtures/dumps/${name}.txt`, import.meta.url), 'utf8');
const story = (name: string) => extract(dump(name), { inputFormat: 'text' }).text;

describe("a dump's story ends at the heading of a box after it", () => {
  it('leaves out a box of related teasers whose summaries weigh as prose, and the pitch after it', () => {
    const text = story('related-box');
    expect(text).toContain('next year, together with the farmers');
    expect(text).not.toContain('Why the lake levels keep rising');
    expect(text).not.toContain('handwritten notes kept in a church tower');
    expect(text).not.toContain('independent newsroom');
  });

  it("leaves out a lynx list under the heading whose items read as prose (a picture's words run into each headline)", () => {
    const text = story('related-box-lynx');
    expect(text).toContain('next year, together with the farmers');
    expect(text).not.toContain('Why the lake levels keep rising');
    expect(text).not.toContain('handwritten notes kept in a church tower');
  });

  it("leaves out the author's box after an article", () => {
    const text = story('author-box');
    expect(text).toContain('next year, together with the farmers');
    expect(text).not.toContain('has covered science and the environment');
  });

  it('keeps the story that resumes after a box inside it, paragraph after paragraph', () => {
    const text = story('read-more-box');
    expect(text).toContain('A plan to build a sluice');
    expect(text).toContain('next year, together with the farmers');
  });
});
