import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { storyPictureName } from '../../src/metadata/story-picture.js';
import type { ScoredBlock } from '../../src/model/index.js';
import { fixtureText } from '../helpers.js';

const STORY = fixtureText('dumps/author-picture.txt');
const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'will']);
const PROSE = 'The people who farm along its banks have known about the reversal for centuries, and they plant late because of it.';

/** Lines around a story of one kept block: `before` over it, `after` under it. */
function page(before: string[], after: string[]): ScoredBlock[] {
  const block = (text: string, label: 'keep' | 'drop') => ({ text, label }) as ScoredBlock;
  return [...before.map((t) => block(t, 'drop')), block(PROSE, 'keep'), ...after.map((t) => block(t, 'drop'))];
}

describe('the author’s picture by the story', () => {
  it('names the author where no line by the headline does: the author box’s picture under a long story', () => {
    expect(extract(STORY).byline).toBe('Mara Quinn');
  });

  it('is read past an article, and not where it shows a thing', () => {
    expect(storyPictureName(page(['A headshot of Cara Dumaplin'], []), STOPWORDS, null)).toBe('Cara Dumaplin');
    expect(storyPictureName(page([], ["Will Judd avatar"]), STOPWORDS, null)).toBe('Will Judd');
    expect(storyPictureName(page(['Picture of a Sea Slug'], []), STOPWORDS, null)).toBeNull();
    expect(storyPictureName(page(['A picture of Ridiculously Good Air Fryer Chicken Breast'], []), STOPWORDS, null)).toBeNull();
    // a picture of what the headline names is the story's
    expect(storyPictureName(page(['A picture of Marry Me Chicken'], []), STOPWORDS, 'Marry Me Chicken')).toBeNull();
  });

  it('is the one nearest the story, and none beyond its reach', () => {
    expect(storyPictureName(page(['Picture of Jane Roe', 'Menu'], ['Picture of Mara Quinn']), STOPWORDS, null)).toBe('Mara Quinn');
    expect(storyPictureName(page(['Picture of Jane Roe', ...Array<string>(40).fill('Menu')], []), STOPWORDS, null)).toBeNull();
  });
});
