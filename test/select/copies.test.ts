import { describe, expect, it } from 'vitest';
import { dropCopiedPassages, dropLaterCopies } from '../../src/select/copies.js';
import { wholePageDecisions } from '../../src/select/whole-page.js';
import type { Decision, Verdict } from '../../src/model/index.js';
import { makeBlock } from '../helpers.js';

const PROSE: Verdict = { grade: 'good', reason: 'prose', rule: 'shape/prose' };
const REPEAT: Verdict = { grade: 'bad', reason: 'repeated 2 times in the page', family: 'repeat', rule: 'repeat/repeated-in-page' };

describe('the later copies of lines a page kept', () => {
  // a carousel of two quotes, cloned once for its loop: the first copy of each quote is graded as prose, the clones as repeats
  const texts = ['What we offer', 'The team answered every question within the hour.', 'Our invoices finally go out on time.', 'The team answered every question within the hour.', 'Our invoices finally go out on time.'];
  const blocks = texts.map((t, i) => makeBlock(t, { index: i }));
  const verdicts = texts.map((_, i) => (i >= 3 ? REPEAT : PROSE));
  const keys = texts.map((t) => t.toLowerCase());

  it('go, the first copy staying, however the story or the page kept them', () => {
    const decisions: Decision[] = texts.map(() => ({ keep: true, reason: 'kept', heading: false }));
    dropLaterCopies(decisions, blocks, verdicts, keys);
    expect(decisions.map((d) => d.keep)).toEqual([true, true, true, false, false]);
    expect(decisions[3]!.rule).toBe('select/later-copy');
  });

  it('stay where the first copy was not kept: the copy kept is then the only one printed', () => {
    const decisions: Decision[] = texts.map((_, i) => ({ keep: i !== 1, reason: 'kept', heading: false }));
    dropLaterCopies(decisions, blocks, verdicts, keys);
    expect(decisions.map((d) => d.keep)).toEqual([true, false, true, true, false]);
  });

  it('stay where the page does not call them repeats', () => {
    const decisions: Decision[] = texts.map(() => ({ keep: true, reason: 'kept', heading: false }));
    dropLaterCopies(decisions, blocks, texts.map(() => PROSE), keys);
    expect(decisions.every((d) => d.keep)).toBe(true);
  });
});

describe('a page kept whole whose cards are printed twice', () => {
  // a short story region, then four cards, then the same four cards again (a featured row, then the feed)
  const cards = ['Harbour tunnel opens', 'Cycle lane approved', 'Library hours extended', 'Bakery wins award'];
  const texts = ['Latest from the town', ...cards, ...cards];
  const blocks = texts.map((t, i) => makeBlock(t, { index: i, container: { id: i, parent: null } }));
  const features = texts.map(() => ({ words: 20, stopwordDensity: 0.4, linkDensity: 1, endsSentence: false, sentences: 1, titleCase: true }));
  const verdicts: Verdict[] = texts.map((_, i) => (i === 0 ? PROSE : i > cards.length ? REPEAT : { grade: 'bad', reason: 'link text', family: 'links', rule: 'links/link-text' }));
  const decisions: Decision[] = texts.map((_, i) => ({ keep: i === 0, reason: i === 0 ? 'prose' : 'outside the story', heading: false }));
  const scores = { features, graded: verdicts, judged: verdicts, keys: texts.map((t) => t.toLowerCase()) };

  it('keeps each card once on a listing', () => {
    const whole = wholePageDecisions(blocks, scores, decisions, 'html', 'listing')!;
    const kept = texts.filter((_, i) => whole[i]!.keep);
    expect(kept).toEqual(['Latest from the town', ...cards]);
  });

  it('keeps both rows on a thread\'s page, whose posts repeat their lines', () => {
    const whole = wholePageDecisions(blocks, scores, decisions, 'html', 'forum')!;
    expect(whole.filter((d) => d.keep).length).toBe(texts.length);
  });
});

describe('a passage the page prints twice', () => {
  const long = (topic: string) => `${topic} is what most travellers ask about first, and the answer depends on the airline, the route and the fare you booked, so check the rules of each carrier before you pack anything at all for the trip ahead of you.`;
  const passage = ['What fits in the cabin', long('Cabin size'), 'Weight limits', long('Weight')];
  const texts = ['Carry-on bags', ...passage, ...passage];
  const blocks = texts.map((t, i) => makeBlock(t, { index: i }));
  const keys = texts.map((t) => t.toLowerCase());
  const verdicts = texts.map((_, i) => (i > passage.length ? REPEAT : PROSE));
  const words = (i: number) => texts[i]!.split(/\s+/).length;
  const allKept = (): Decision[] => texts.map(() => ({ keep: true, reason: 'kept', heading: false }));

  it('is read once: its second copy goes whole, headings and all', () => {
    const decisions = allKept();
    dropCopiedPassages(decisions, blocks, verdicts, keys, words);
    expect(decisions.map((d) => d.keep)).toEqual([true, true, true, true, true, false, false, false, false]);
    expect(decisions[5]!.rule).toBe('select/copied-passage');
  });

  it('stays where its copy holds one paragraph of prose alone (an offer\'s terms under each offer)', () => {
    const one = ['Terms', long('Each offer'), 'Terms', long('Each offer')];
    const oneBlocks = one.map((t, i) => makeBlock(t, { index: i }));
    const decisions: Decision[] = one.map(() => ({ keep: true, reason: 'kept', heading: false }));
    dropCopiedPassages(decisions, oneBlocks, one.map((_, i) => (i >= 2 ? REPEAT : PROSE)), one.map((t) => t.toLowerCase()), (i) => one[i]!.split(/\s+/).length);
    expect(decisions.every((d) => d.keep)).toBe(true);
  });

  it('stays where a line the page does not call a repeat breaks the run', () => {
    const decisions = allKept();
    const broken = verdicts.map((v, i) => (i === 6 ? PROSE : v));
    const brokenKeys = keys.map((k, i) => (i === 6 ? 'another line' : k));
    dropCopiedPassages(decisions, blocks, broken, brokenKeys, words);
    expect(decisions.every((d) => d.keep)).toBe(true);
  });
});
