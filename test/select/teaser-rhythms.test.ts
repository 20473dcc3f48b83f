import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../src/score/index.js';
import { withoutTeaserRhythms } from '../../src/select/index.js';
import { words } from '../../src/features/words.js';
import { stopwordsFor } from '../../src/detect/language.js';
import { makeBlock } from '../helpers.js';

// a guide's sections in a dump: a name, a line about it, again and again, between its prose
const lines = [
  'Getting started with the command line tool',
  'This guide walks you through the options the tool takes, one section for each of them, with an example of how each one is used in practice.',
  'Output format',
  'Choose how the results are printed on the screen.',
  'Input folder',
  'Choose where the files are read from on the disk.',
  'Log level',
  'Choose how much the tool says while it works.',
  'Cache size',
  'Choose how much memory the tool keeps for itself.',
  'Once the options are set, run the tool again and it will remember them for every later run, until you change them again in the same way.',
];

function scored() {
  const blocks = lines.map((text, index) => makeBlock(text, { index }));
  return scoreBlocks(blocks, stopwordsFor('en'), undefined, undefined, 'en', blocks.map((b) => words(b.text)));
}

describe("a dump's teaser-list rhythm on a guide or a product page", () => {
  it('is read as teasers by its rhythm alone', () => {
    const { verdicts } = scored();
    expect(verdicts.filter((v) => v.rule === 'teaser/teaser-list').length).toBeGreaterThan(0);
  });

  it("is the page's own sections on a guide: its lines graded as the page alone grades them", () => {
    const scores = scored();
    const guide = withoutTeaserRhythms(scores, 'documentation');
    expect(guide.verdicts.some((v) => v.rule === 'teaser/teaser-list')).toBe(false);
    expect(guide.weights.some((w, i) => w !== scores.weights[i])).toBe(true);
  });

  it('stays a box of teasers on an article', () => {
    const scores = scored();
    expect(withoutTeaserRhythms(scores, 'article')).toBe(scores);
  });
});
