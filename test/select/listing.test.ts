import { describe, expect, it } from 'vitest';
import { extract, extractTrace } from '../../src/index.js';
import { fixtureText } from '../helpers.js';

const REVIEWS = ['The best monitor arms', 'The best ergonomic keyboard', 'The best streaming stick'];
const PLANS = ['Novice 1', 'Intermediate 2', 'Advanced 2', 'Multiple Marathons'];

/** A page of reviews kept whole: a drop-down menu of links in unnamed lists, then the reviews, each dated. */
function menuPage(): string {
  const menu = ['Lawn mowers', 'Trimmers', 'Chainsaws']
    .map((group, g) => `<li><a href="/c/${g}">${group}</a><ul>${['Cordless', 'Petrol', 'Accessories for it', 'Spare parts'].map((sub, s) => `<li><a href="/c/${g}/${s}">${sub} ${group.toLowerCase()}</a></li>`).join('')}</ul></li>`)
    .join('');
  const items = ['Robot mower with a boundary wire', 'Robot mower with satellite positioning', 'Robot mower for large slopes', 'Robot mower for small lawns', 'Robot mower with a camera', 'Robot mower with a rain sensor', 'Robot mower with a mulching blade', 'Robot mower for rough ground', 'Robot mower with an app', 'Robot mower with a garage', 'Robot mower for two lawns', 'Robot mower with a quiet motor']
    .map((name, i) => `<div class="item"><h3><a href="/p/${i}">${name}</a></h3><p>Cuts up to ${i + 1} thousand square metres a charge, quietly enough to run at night.</p><p>Tested March ${i + 1}, 2026</p></div>`)
    .map((item, i) => (i % 4 === 0 ? `</div></section><section><h2>Group ${i / 4 + 1}</h2><div class="items">${item}` : item))
    .join('')
    .slice('</div></section>'.length);
  return `<html><head><title>Robotic mowers</title></head><body>
    <main><h1>Robotic mowers</h1><div class="browse"><ul>${menu}</ul></div>${items}</div></section></main><footer><p>© Mowers Company. All rights reserved.</p></footer></body></html>`;
}

describe('a listing', () => {
  it('keeps the cards that are articles of their own inside the page\'s article, not as related items', () => {
    const html = fixtureText('listings/section-index.html');
    const trace = extractTrace(html);
    expect(trace.page.type).toBe('listing');
    let at = -1;
    for (const title of REVIEWS) {
      expect(trace.result.text.indexOf(title)).toBeGreaterThan(at);
      at = trace.result.text.indexOf(title);
    }
    expect(trace.result.text).toContain('our team has spent hundreds of hours');
    expect(trace.blocks.some((b) => b.rule === 'select/nested-article')).toBe(false);
    expect(trace.result.text).not.toContain('All rights reserved');
  });

  it('keeps its introduction and the grid of its items, each in its place', () => {
    const trace = extractTrace(fixtureText('listings/plans-index.html'));
    expect(trace.page.type).toBe('listing');
    const text = trace.result.text;
    expect(text.indexOf('Choosing a plan for a marathon')).toBe(0);
    let at = 0;
    for (const plan of PLANS) {
      expect(text.indexOf(plan)).toBeGreaterThan(at);
      at = text.indexOf(plan);
    }
    expect(text).toContain('Three runs a week for the busy runner.');
    expect(text).not.toContain('All rights reserved');
    expect(trace.region?.why).toMatch(/grid of 10 items/);
  });

  it('keeps the introduction alone where the grid beside it is a carousel of a few tiles', () => {
    // four plans of the ten
    const html = fixtureText('listings/plans-index.html').split('\n').filter((line) => !/href="\/plans\/[4-9]"/.test(line)).join('\n');
    const text = extract(html).text;
    expect(text).toContain('Choosing a plan for a marathon');
    expect(text).not.toContain('Personal Best');
  });

  it('drops a menu\'s drop-down lists of links from a page kept whole, but keeps its items', () => {
    const trace = extractTrace(menuPage());
    expect(trace.page.type).toBe('listing');
    expect(trace.region?.why).toMatch(/whole page/);
    const text = trace.result.text;
    expect(text).toContain('Robot mower with satellite positioning');
    expect(text).toContain('quietly enough to run at night');
    expect(text).not.toContain('Spare parts');
    expect(text).not.toContain('Cordless trimmers');
    expect(text).not.toContain('Chainsaws');
  });
});
