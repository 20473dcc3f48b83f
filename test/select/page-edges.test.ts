import { describe, expect, it } from 'vitest';
import { trimEdges } from '../../src/select/page-edges.js';
import type { BlockKind, Decision, Features, Verdict } from '../../src/model/index.js';
import { makeBlock } from '../helpers.js';

// a service page kept whole: a menu line, its name, a tagline, a button, a paragraph, a feature
// card's long summary, a price table, then a sign-up line and a footer line
const rows: [string, BlockKind, number, Verdict['grade'], number][] = [
  ['Pricing', 'paragraph', 0, 'short', 1],
  ['Accounting for small firms', 'heading', 1, 'short', 4],
  ['Books done by Friday', 'paragraph', 0, 'short', 4],
  ['Book a call', 'paragraph', 0, 'bad', 3],
  ['We keep your books, file your returns and answer your questions within a day.', 'paragraph', 0, 'good', 15],
  ['card', 'paragraph', 0, 'bad', 32],
  ['Plan Price Basic 20', 'table', 0, 'short', 4],
  ['Sign up for our news', 'paragraph', 0, 'short', 5],
  ['About us', 'paragraph', 0, 'short', 2],
];
const blocks = rows.map(([text, kind, level], i) => makeBlock(text, { index: i, kind, level }));
const features = rows.map(([, , , , words]) => ({ words, stopwordDensity: 0.3, linkDensity: 0, endsSentence: false, sentences: 1, titleCase: false }) as Features);
const verdicts: Verdict[] = rows.map(([, , , grade]) => ({ grade, reason: grade, rule: `shape/${grade}` }));
const all = (): Decision[] => rows.map(() => ({ keep: true, reason: 'page content', heading: false, rule: 'select/whole-page' }));
const kept = (decisions: Decision[]) => decisions.flatMap((d, i) => (d.keep ? [rows[i]![0]] : []));

describe('the edges of a page kept whole', () => {
  it('in HTML runs from the top heading to the last prose, table or long block', () => {
    const decisions = all();
    trimEdges(decisions, verdicts, { blocks, features, story: rows.map(() => ({ keep: false, reason: '', heading: false })) });
    expect(kept(decisions)).toEqual(['Accounting for small firms', 'Books done by Friday', 'Book a call', rows[4]![0], 'card', 'Plan Price Basic 20']);
  });

  it('never trims what the story region kept', () => {
    const decisions = all();
    const story = rows.map((_, i) => ({ keep: i === 7, reason: '', heading: false }));
    trimEdges(decisions, verdicts, { blocks, features, story });
    expect(kept(decisions)).toContain('Sign up for our news');
    expect(kept(decisions)).not.toContain('About us');
  });

  it('in a dump runs from the line before the first prose to the last prose', () => {
    const decisions = all();
    trimEdges(decisions, verdicts);
    expect(kept(decisions)).toEqual(['Book a call', rows[4]![0]]);
  });
});

describe('a bar above the headline of a page kept whole', () => {
  // an event's bar (a sentence of prose and its button), then the page's headline, tagline and prose
  const bar: [string, BlockKind, number, Verdict['grade'], number][] = [
    ['Registration for our conference is open: get set to meet the team.', 'paragraph', 0, 'good', 12],
    ['Save your spot', 'paragraph', 0, 'bad', 3],
    ['Accounting for small firms', 'heading', 1, 'short', 4],
    ['We keep your books, file your returns and answer your questions within a day.', 'paragraph', 0, 'good', 15],
  ];
  const shape = (texts: typeof bar) => ({
    blocks: texts.map(([text, kind, level], i) => makeBlock(text, { index: i, kind, level })),
    features: texts.map(([, , , , words]) => ({ words, stopwordDensity: 0.3, linkDensity: 0, endsSentence: true, sentences: 1, titleCase: false }) as Features),
    story: texts.map(() => ({ keep: false, reason: '', heading: false })),
  });
  const graded = (texts: typeof bar): Verdict[] => texts.map(([, , , grade]) => ({ grade, reason: grade, rule: `shape/${grade}` }));
  const keptOf = (texts: typeof bar) => {
    const decisions = texts.map((): Decision => ({ keep: true, reason: 'page content', heading: false, rule: 'select/whole-page' }));
    trimEdges(decisions, graded(texts), shape(texts));
    return decisions.flatMap((d, i) => (d.keep ? [texts[i]![0]] : []));
  };

  it('is left out: the content starts at the headline', () => {
    expect(keptOf(bar)).toEqual(['Accounting for small firms', bar[3]![0]]);
  });

  it('but an introduction of some length before the headline stays', () => {
    const long: typeof bar = [['We have kept the books of small firms in this town for forty years, and we know what a busy owner needs from us.', 'paragraph', 0, 'good', 45], ...bar.slice(2)];
    expect(keptOf(long)).toHaveLength(3);
  });
});

describe('a catalogue at the end of a page kept whole', () => {
  // a rental shop's page of sections: its prose, then its items as teasers, then a footer's line
  const items: [string, Verdict['family'], number][] = [
    ['We rent formal wear for weddings and proms, fitted in our shop or sent to your door.', undefined, 17],
    ['Classic black tie: rental price $30.00, with a package $20.00', 'teaser', 10],
    ['Saddle brown loafer: rental price $30.00, with a package $25.00', 'teaser', 10],
    ['Shop now', 'teaser', 2],
    ['Follow us', undefined, 2],
  ];
  const shop = items.map(([text], i) => makeBlock(text, { index: i }));
  const measured = items.map(([, , words]) => ({ words, stopwordDensity: 0.3, linkDensity: 0.5, endsSentence: false, sentences: 1, titleCase: false }) as Features);
  const graded: Verdict[] = items.map(([, family], i) => (i === 0 ? { grade: 'good', reason: 'prose' } : { grade: 'bad', reason: 'a teaser', family, rule: family ? 'teaser/teaser-list' : 'shape/short' }));

  it('keeps the items a teaser of a few words names, not the short lines after them', () => {
    const decisions = items.map((): Decision => ({ keep: true, reason: 'page content', heading: false, rule: 'select/whole-page' }));
    trimEdges(decisions, graded, { blocks: shop, features: measured, story: items.map(() => ({ keep: false, reason: '', heading: false })) });
    expect(decisions.map((d) => d.keep)).toEqual([true, true, true, false, false]);
  });
});
