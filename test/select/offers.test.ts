import { describe, expect, it } from 'vitest';
import { offersWithinStory } from '../../src/select/offers.js';
import type { Features, Verdict } from '../../src/model/index.js';
import { makeBlock } from '../helpers.js';

describe('a service page\'s offers', () => {
  // a sign-up pitch before the story, the story's prose, a pitch and a card inside it, a pitch in a named box inside it, the footer's pitch after it
  const texts = ['Sign up for our newsletter', 'We design packaging for cosmetics brands.', 'Download our guide to learn more.', 'Branding: logos and guidelines', 'Subscribe for offers', 'Join our mailing list'];
  const hints = [0, 0, 0, 0, -3, 0];
  const blocks = texts.map((t, i) => makeBlock(t, { index: i, hint: hints[i]! }));
  const pitch: Verdict = { grade: 'bad', reason: 'a call to act', family: 'notice', rule: 'notice/pitch' };
  const teaser: Verdict = { grade: 'bad', reason: 'a teaser list', family: 'teaser', rule: 'teaser/teaser-list' };
  const verdicts: Verdict[] = [pitch, { grade: 'good', reason: 'prose', rule: 'shape/prose' }, pitch, teaser, pitch, pitch];
  const region = { start: 1, end: 4 };
  const words = (n: number): Features => ({ words: n, stopwordDensity: 0.3, linkDensity: 1, endsSentence: false, sentences: 0, titleCase: false });
  const features = texts.map((t) => words(t.split(' ').length));

  it('are nearly prose inside the story region, for their neighbours to decide', () => {
    const grades = offersWithinStory(blocks, verdicts, region, features).map((v) => v.grade);
    expect(grades.slice(2, 4)).toEqual(['near', 'near']);
  });

  it('stay boilerplate outside the region and under an element named like boilerplate', () => {
    const grades = offersWithinStory(blocks, verdicts, region, features).map((v) => v.grade);
    expect([grades[0], grades[4], grades[5]]).toEqual(['bad', 'bad', 'bad']);
  });

  it("take a card linked whole in the story for nearly prose, but not a menu's short line", () => {
    const lines = ['Cloud security: we help you understand and manage the risks of the cloud', 'Pricing'];
    const cards = lines.map((t, i) => makeBlock(t, { index: i }));
    const linked: Verdict = { grade: 'bad', reason: 'link text (100%)', family: 'links', rule: 'links/link-text' };
    const grades = offersWithinStory(cards, [linked, linked], { start: 0, end: 1 }, lines.map((t) => words(t.split(' ').length))).map((v) => v.grade);
    expect(grades).toEqual(['near', 'bad']);
  });
});
