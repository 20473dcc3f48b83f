import { describe, expect, it } from 'vitest';
import { buyBoxStart, keepBuyBox } from '../../src/select/buy-box.js';
import type { Decision, Verdict } from '../../src/model/index.js';

const SHORT: Verdict = { grade: 'short', reason: 'short', rule: 'shape/short' };
const PROSE: Verdict = { grade: 'good', reason: 'prose', rule: 'shape/prose' };
const MENU: Verdict = { grade: 'bad', reason: 'interface line', family: 'ui', rule: 'ui/interface-line' };

/** A product dump: a menu, the buy box (name, line, price, button, options), then the description the story search found. */
const LINES = [
  'Home', 'Fire Pits',
  'Summit 24 Fire Pit', 'Our most advanced. Lights three times faster.', '€549.99', 'Add to Cart', 'Lifetime Warranty', 'Description',
  'Summit delivers our cleanest burn yet, powered by a new airflow design that keeps the smoke away from your guests all evening.',
];
const STORY = 8;

function select(verdicts: Verdict[]) {
  const decisions: Decision[] = LINES.map((_, i) => ({ keep: i === STORY, reason: i === STORY ? 'prose' : 'outside the story', heading: false }));
  const region = keepBuyBox(decisions, verdicts, LINES, { start: STORY, end: STORY, why: 'densest run of prose' });
  return { decisions, region };
}

describe('a product dump’s buy box', () => {
  it('starts a few lines above the price that a cart’s button follows', () => {
    expect(buyBoxStart(LINES, STORY)).toBe(1);
  });

  it('is kept above the story, its name, line and options, but not its price and button', () => {
    const { decisions, region } = select(LINES.map((_, i) => (i === STORY ? PROSE : SHORT)));
    expect(region?.start).toBe(1);
    const kept = decisions.flatMap((d, i) => (d.keep ? [LINES[i]] : []));
    expect(kept).toContain('Summit 24 Fire Pit');
    expect(kept).toContain('Our most advanced. Lights three times faster.');
    expect(kept).toContain('Lifetime Warranty');
    expect(kept).not.toContain('€549.99');
    expect(kept).not.toContain('Add to Cart');
    expect(kept).not.toContain('Home');
  });

  it('is none where a boilerplate line breaks it (a grid of other items, the cart’s drawer)', () => {
    const { decisions, region } = select(LINES.map((_, i) => (i === STORY ? PROSE : i === 6 ? MENU : SHORT)));
    expect(region).toBeNull();
    expect(decisions.filter((d) => d.keep)).toHaveLength(1);
  });

  it('is none without a price by the button', () => {
    const lines = LINES.map((l) => (l === '€549.99' ? 'In stock' : l));
    expect(buyBoxStart(lines, STORY)).toBe(-1);
  });
});
