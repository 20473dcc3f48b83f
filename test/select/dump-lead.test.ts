import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { growToLead } from '../../src/select/region.js';

const dump = (name: string) => readFileSync(new URL(`../../fixtures/dumps/${name}.txt`, import.meta.url), 'utf8');

describe("an article dump's story grows back to its lead", () => {
  it('keeps the lead above the caption, byline, date and share bar, and the body after them', () => {
    const text = extract(dump('lead-before-byline'), { inputFormat: 'text' }).text;
    expect(text).toContain('The last sleeper carriage left the valley station');
    expect(text).toContain('From Monday the overnight service runs again');
    expect(text).toContain('before the winter timetable begins');
    expect(text).not.toContain('By Lena Hart');
    expect(text).not.toContain('Tweet');
  });

  it('grows back over short lines only as far as prose pays for them', () => {
    // lead 30, eight short lines, the body from block 9
    const weights = [-2, 30, -2, -2, -2, -2, -2, -2, -2, -2, 40, 40];
    const grown = growToLead({ start: 10, end: 11, why: 'run' }, weights, () => false);
    expect(grown.start).toBe(1);
    expect(grown.end).toBe(11);
  });

  it('does not grow over lines that are nearly prose, with no prose above them', () => {
    const weights = [-2, 5, 5, 5, 5, -2, 40, 40];
    const grown = growToLead({ start: 6, end: 7, why: 'run' }, weights, (i) => i >= 1 && i <= 4);
    expect(grown.start).toBe(6);
  });
});
