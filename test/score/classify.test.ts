import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/index.js';
import { stopwordsFor } from '../../src/detect/language.js';
import { headlineCaseShare, measure } from '../../src/score/features.js';
import { classify } from '../../src/score/classify.js';
import { repeatCounts } from '../../src/score/repeats.js';
import { regionWeight } from '../../src/score/weights.js';
import type { Verdict } from '../../src/model/index.js';
import { makeBlock } from '../helpers.js';

const EN = stopwordsFor('en');

const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital and the university campus.',
  'Officials said the plan would cost about twelve million dollars over three years and that most of the money would come from a regional transport grant approved last spring.',
  'Residents who spoke at the meeting were mostly in favour, although several asked why the new routes would not run late in the evening when shift workers need them most.',
];

function verdictOf(text: string, extra: Partial<Block> = {}, others: string[] = []): Verdict {
  const block = makeBlock(text, extra);
  const all = [block, ...others.map((t) => makeBlock(t))];
  return classify(block, measure(block, EN), repeatCounts(all));
}

describe('measure', () => {
  it('counts words, stopwords, links and sentence shape', () => {
    const f = measure(makeBlock('The cat sat on the mat. It was happy.', { linkChars: 7 }), EN);
    expect(f.words).toBe(9);
    expect(f.stopwordDensity).toBeGreaterThan(0.3);
    expect(f.linkDensity).toBeCloseTo(7 / 37, 5);
    expect(f.endsSentence).toBe(true);
    expect(f.sentences).toBe(2);
    expect(f.titleCase).toBe(false);
  });

  it('notices Headline Case', () => {
    expect(measure(makeBlock('Stocks Rally After Central Bank Holds Rates'), EN).titleCase).toBe(true);
  });

  it('does not take a German line of capitalised nouns for Headline Case', () => {
    // six of its seven longer words are capitalised, as German nouns are: Headline Case by the English share
    const line = makeBlock('Millionen Besucher Erwartet: Hamburger Hafengeburtstag beginnt Freitag');
    const de = stopwordsFor('de');
    expect(measure(line, de, undefined, headlineCaseShare('en')).titleCase).toBe(true);
    expect(measure(line, de, undefined, headlineCaseShare('de')).titleCase).toBe(false);
    expect(measure(makeBlock('Hamburger Hafengeburtstag Beginnt Freitag'), de, undefined, headlineCaseShare('de')).titleCase).toBe(true);
  });

  it('counts words of unspaced scripts', () => {
    expect(measure(makeBlock('北京今天天气晴朗，市民纷纷外出踏青。'), stopwordsFor('zh')).words).toBeGreaterThan(3);
  });
});

describe('classify', () => {
  it.each(['23 hours ago', '5 minutes ago', '12 comments', '3 min read', 'Yesterday'])('calls the counter line %j bad', (line) => {
    expect(verdictOf(line).grade).toBe('bad');
  });

  it.each(['Share this article', 'Read more', 'Skip to content', 'goTop', 'quote', 'placeholder', 'Subscribe now'])(
    'calls the interface line %j bad',
    (line) => {
      expect(verdictOf(line).grade).toBe('bad');
    },
  );

  it.each(['Source Cryptopolitan', 'By Jane Doe', 'Author\u00a0 FXStreet'.replace('\u00a0', ' ')])('calls the attribution %j bad', (line) => {
    expect(verdictOf(line).grade).toBe('bad');
  });

  it.each(['January 23, 2025', '2025-01-23', 'Updated: 23/01/2025 14:05'])('calls the date line %j bad', (line) => {
    expect(verdictOf(line).grade).toBe('bad');
  });

  it('calls a disclaimer bad', () => {
    expect(verdictOf('Disclaimer: For information purposes only. Past performance is not indicative of future results.').grade).toBe('bad');
  });

  it('calls long prose good', () => {
    for (const p of PROSE) expect(verdictOf(p).grade).toBe('good');
  });

  it('calls a linked line repeated elsewhere in the page bad, an unlinked one not good', () => {
    const line = 'Get the best stories every morning';
    expect(verdictOf(line, { linkChars: line.length }, [line]).grade).toBe('bad');
    expect(verdictOf(line, {}, [line]).grade).not.toBe('good');
  });

  it('calls a glued teaser bad', () => {
    expect(verdictOf(PROSE[0]!, { glued: true }).grade).toBe('bad');
  });

  it('calls a link-dense block bad', () => {
    const text = 'The forgotten history of the Miller Ridge cider mill';
    expect(verdictOf(text, { linkChars: text.length }).grade).toBe('bad');
  });

  it('calls prose inside a boilerplate container bad', () => {
    expect(verdictOf(PROSE[0]!, { hint: -3, hintReason: '<nav>' }).grade).toBe('bad');
  });

  it('calls a short plain line short', () => {
    expect(verdictOf('It rained.').grade).toBe('short');
  });

  it('weighs prose by its words and junk below zero', () => {
    const f = measure(makeBlock(PROSE[0]!), EN);
    expect(regionWeight('good', f)).toBe(f.words);
    expect(regionWeight('bad', f)).toBeLessThan(0);
    expect(regionWeight('short', f)).toBeLessThan(0);
  });
});
