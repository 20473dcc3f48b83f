import { describe, expect, it } from 'vitest';
import { stopwordsFor } from '../../src/detect/language.js';
import { measure } from '../../src/score/features.js';
import { classify } from '../../src/score/classify.js';
import { repeatCounts } from '../../src/score/repeats.js';
import { regionWeight } from '../../src/score/weights.js';
import { bestRun, bestSubtree } from '../../src/select/region.js';
import { labelRegion } from '../../src/select/label.js';
import { segmentText } from '../../src/segment/text.js';
import { segmentHtml } from '../../src/segment/html/walk.js';
import { extractTrace } from '../../src/index.js';
import { makeBlock } from '../helpers.js';

const EN = stopwordsFor('en');

const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital and the university campus.',
  'Officials said the plan would cost about twelve million dollars over three years and that most of the money would come from a regional transport grant approved last spring.',
  'Residents who spoke at the meeting were mostly in favour, although several asked why the new routes would not run late in the evening when shift workers need them most.',
];

/** Runs classification, region search and labelling over a list of lines, as extract does for a dump. */
function labelLines(lines: string[]) {
  const blocks = segmentText(lines.join('\n\n'));
  const features = blocks.map((b) => measure(b, EN));
  const repeats = repeatCounts(blocks);
  const verdicts = blocks.map((b, i) => classify(b, features[i]!, repeats));
  const weights = verdicts.map((v, i) => regionWeight(v.grade, features[i]!));
  const region = bestRun(weights);
  const decisions = labelRegion(
    { verdicts, features, isHeading: blocks.map((b) => b.kind === 'heading'), inGroup: blocks.map((b) => b.kind === 'list-item') },
    region,
    blocks.map((b) => b.text),
  );
  return { blocks, verdicts, region, decisions };
}

describe('region selection', () => {
  it('bestRun picks the heaviest contiguous run', () => {
    expect(bestRun([-5, -5, 30, -2, 25, -20, 4])).toMatchObject({ start: 2, end: 4 });
  });

  it('bestRun finds nothing in an all-negative list', () => {
    expect(bestRun([-1, -2, -3])).toBeNull();
    expect(bestRun([])).toBeNull();
  });

  it('leaves a menu run outside the region of a dump', () => {
    const menu = ['Home', 'News', 'Markets', 'Crypto', 'Sign in', 'Subscribe'];
    const { blocks, region, decisions } = labelLines([...menu, ...PROSE, 'Privacy policy', 'Terms of use']);
    expect(region).not.toBeNull();
    expect(region!.start).toBe(menu.length);
    for (let i = 0; i < menu.length; i++) {
      expect(decisions[i]!.keep).toBe(false);
      expect(decisions[i]!.reason).toMatch(/^outside the story/);
    }
    expect(blocks.filter((_, i) => decisions[i]!.keep).map((b) => b.text)).toEqual(PROSE);
  });

  it('bestSubtree picks the container that holds the story, not the page body', () => {
    const html = `<body><nav><ul>${['Home', 'News', 'Sport', 'Weather'].map((x) => `<li><a href="/">${x}</a></li>`).join('')}</ul></nav>
      <article id="story">${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>
      <footer><p><a href="/privacy">Privacy policy</a></p><p>© 2024 Example News. All rights reserved.</p></footer></body>`;
    const { blocks } = segmentHtml(html);
    const features = blocks.map((b) => measure(b, EN));
    const repeats = repeatCounts(blocks);
    const weights = blocks.map((b, i) => regionWeight(classify(b, features[i]!, repeats).grade, features[i]!));
    const region = bestSubtree(blocks, weights)!;
    const inside = blocks.slice(region.start, region.end + 1).map((b) => b.text);
    expect(inside).toEqual(PROSE);
  });
});

describe('labelRegion', () => {
  it('keeps a short line between two prose paragraphs', () => {
    const { blocks, decisions } = labelLines([PROSE[0]!, 'It rained.', PROSE[1]!]);
    expect(blocks[1]!.text).toBe('It rained.');
    expect(decisions.map((d) => d.keep)).toEqual([true, true, true]);
    expect(decisions[1]!.reason).toMatch(/between prose/);
  });

  it('drops boilerplate inside the region', () => {
    const { decisions } = labelLines([PROSE[0]!, '23 hours ago', PROSE[1]!, PROSE[2]!]);
    expect(decisions.map((d) => d.keep)).toEqual([true, false, true, true]);
  });

  it('keeps a heading-shaped line before prose as a heading', () => {
    const { decisions } = labelLines([PROSE[0]!, 'What the council decided', PROSE[1]!]);
    expect(decisions[1]).toMatchObject({ keep: true, heading: true });
  });

  it('drops a widget heading even before prose', () => {
    const { decisions } = labelLines([PROSE[0]!, PROSE[1]!, 'Related articles', PROSE[2]!]);
    expect(decisions[2]!.keep).toBe(false);
  });

  it('drops everything when there is no region', () => {
    const decisions = labelRegion(
      { verdicts: [{ grade: 'good', reason: 'x' }], features: [measure(makeBlock(PROSE[0]!), EN)], isHeading: [false], inGroup: [false] },
      null,
      [PROSE[0]!],
    );
    expect(decisions[0]!.keep).toBe(false);
  });

  it('keeps the short line through the whole pipeline too', () => {
    const { blocks } = extractTrace(['Home', 'News', ...PROSE.slice(0, 2), 'It rained.', PROSE[2]!].join('\n\n'));
    expect(blocks.find((b) => b.text === 'It rained.')!.label).toBe('keep');
    expect(blocks.find((b) => b.text === 'Home')!.label).toBe('drop');
  });
});
