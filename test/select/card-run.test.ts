import { describe, expect, it } from 'vitest';
import { findCardRun, keepCardRun } from '../../src/select/card-run.js';
import type { Decision, Features, Verdict } from '../../src/model/index.js';
import { normaliseForRepeat } from '../../src/score/repeats.js';

const features = (text: string): Features => {
  const words = text.split(/\s+/).filter(Boolean).length;
  return { words, stopwordDensity: 0.3, linkDensity: 0, endsSentence: /[.!?]$/.test(text), sentences: 1, titleCase: false };
};
const DATE: Verdict = { grade: 'bad', reason: 'date line', family: 'date', rule: 'date/date-line' };
const SHORT: Verdict = { grade: 'short', reason: 'short', rule: 'shape/short' };
const PROSE: Verdict = { grade: 'good', reason: 'prose', rule: 'shape/prose' };
const verdictOf = (text: string): Verdict => (/^\w{3} \d+, \d{4}$/.test(text) ? DATE : features(text).words > 15 ? PROSE : SHORT);

const SUMMARY_OPENINGS = ['This time', 'In part two', 'Once more', 'For the first time', 'After a year', 'Here at last', 'With some help'];

/** A blog's index as a dump prints it: a blurb, then date, headline, summary and tags per post, then a footer. */
function listing(headline: (k: number) => string): string[] {
  const lines = ['Engineering', 'Read about the tools we build and the people who build them, every week of the year, in long form.'];
  for (let k = 1; k <= 7; k++) {
    lines.push(`Feb ${k}, 2026`, headline(k), `${SUMMARY_OPENINGS[k - 1]} we look under the hood at the tooling that makes the weekly release of the app possible for everyone.`, 'Developer Tools');
  }
  lines.push('Load More', 'Privacy');
  return lines;
}

function run(lines: string[]) {
  const verdicts = lines.map(verdictOf);
  const f = lines.map(features);
  // the story search kept the blurb alone
  const decisions: Decision[] = lines.map((_, i) => ({ keep: i === 1, reason: i === 1 ? 'prose' : 'outside the story', heading: false }));
  const region = keepCardRun(decisions, verdicts, f, lines.map(normaliseForRepeat), { start: 1, end: 1, why: 'densest run of prose' });
  return { decisions, region, verdicts, f };
}

const HEADLINES = ['Our architecture for smarter advertising', 'How we release the app to millions', 'Congratulations to the fund recipients', 'Why we use separate stacks for experiments', 'Background agents and their feedback loops', 'Context engineering for coding agents', 'Random shuffle that feels more human'];

describe('a dump’s run of cards', () => {
  it('is found by the rhythm of its lines: seven cards of four lines', () => {
    const lines = listing((k) => HEADLINES[k - 1]!);
    const found = findCardRun(lines.map(verdictOf), lines.map(features));
    expect(found).not.toBeNull();
    expect(found!.cards).toBe(7);
    expect(found!.start).toBe(2);
  });

  it('is kept beside a story that held less, every line of every card, and not the footer', () => {
    const { decisions, region } = run(listing((k) => HEADLINES[k - 1]!));
    expect(decisions.slice(2, 30).every((d) => d.keep)).toBe(true);
    expect(decisions[30]!.keep).toBe(false);
    expect(decisions[0]!.keep).toBe(false);
    expect(decisions[5]!.rule).toBe('select/card-run');
    expect(region).toMatchObject({ start: 1, end: 29 });
  });

  it('is not one where every card prints the same headline line (a gallery’s caption, a thread’s reply control)', () => {
    const { decisions, region } = run(listing((k) => `Ceramic mug handmade image ${k}`));
    expect(region).toBeNull();
    expect(decisions.filter((d) => d.keep)).toHaveLength(1);
  });

  it('leaves a story that holds more words than the cards', () => {
    const lines = listing((k) => HEADLINES[k - 1]!);
    const { verdicts, f } = run(lines);
    const decisions: Decision[] = lines.map(() => ({ keep: true, reason: 'story', heading: false }));
    decisions[3] = { keep: false, reason: 'dropped', heading: false };
    expect(keepCardRun(decisions, verdicts, f, lines.map(normaliseForRepeat), { start: 0, end: 31, why: 'story' })).toBeNull();
    expect(decisions[3]!.keep).toBe(false);
  });

  it('is a story’s related stories where it follows a story of prose', () => {
    const story = Array.from({ length: 5 }, (_, k) => `Paragraph ${k} of the story tells at length what the council decided on the night and why the vote went the way it did in the end.`);
    const lines = [...story, ...listing((k) => HEADLINES[k - 1]!).slice(2)];
    const verdicts = lines.map(verdictOf);
    const f = lines.map(features);
    const decisions: Decision[] = lines.map((_, i) => ({ keep: i < 5, reason: 'story', heading: false }));
    expect(findCardRun(verdicts, f)).not.toBeNull();
    expect(keepCardRun(decisions, verdicts, f, lines.map(normaliseForRepeat), { start: 0, end: 4, why: 'densest run of prose' })).toBeNull();
    expect(decisions.filter((d) => d.keep)).toHaveLength(5);
  });

  it('is no run where the lines have one shape only (a menu)', () => {
    const menu = ['Projects', 'Products', 'Events', 'Newsletters', 'Jobs', 'Contact', 'Subscribe', 'About', 'Shop', 'Help', 'Press', 'Careers'];
    expect(findCardRun(menu.map(verdictOf), menu.map(features))).toBeNull();
  });

  it('is a feed’s headlines each with its date line, no summary under them', () => {
    const lines = ['News', ...HEADLINES.flatMap((h, k) => [h, `Feb ${k + 1}, 2026`]), 'Privacy'];
    const found = findCardRun(lines.map(verdictOf), lines.map(features));
    expect(found).toMatchObject({ start: 1, cards: 7 });
  });

  it('is no run of headline and date where a byline stands by each (a news site’s box of related stories)', () => {
    const BYLINE: Verdict = { grade: 'bad', reason: 'byline', family: 'byline', rule: 'meta/byline' };
    const lines = ['News', ...HEADLINES.flatMap((h, k) => [h, 'By Staff', `Feb ${k + 1}, 2026`]), 'Privacy'];
    const verdicts = lines.map((l) => (l === 'By Staff' ? BYLINE : verdictOf(l)));
    expect(findCardRun(verdicts, lines.map(features))).toBeNull();
  });
});
