import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { scoreBlocks } from '../../src/score/index.js';
import { segmentText } from '../../src/segment/text.js';
import { words } from '../../src/features/words.js';
import { stopwordsFor } from '../../src/detect/language.js';

const OPENING = 'For the last decade we have treated the cloud as the place where every application runs, and we have paid for it in outages.';
const CLOSING = 'We believe that the database on the device should be the runtime of the application itself, and the cloud only the place where copies meet.';
const TERSE = ['It is incomplete.', 'It is fragile.', 'This is costly.', 'It is slow.', 'That is wrong.', 'It is opaque.', 'We are stuck.', 'It is late.'];

describe('a dump’s terse sentences', () => {
  const dump = ['Home', 'Blog', 'Pricing', OPENING, ...TERSE, CLOSING, 'Privacy policy', 'Terms of use'].join('\n');

  it('cost the region search nothing, where a menu’s lines cost', () => {
    const blocks = segmentText(dump);
    const scores = scoreBlocks(blocks, stopwordsFor('en'), undefined, undefined, 'en', blocks.map((b) => words(b.text)));
    const weightOf = (text: string) => scores.weights[blocks.findIndex((b) => b.text === text)]!;
    expect(weightOf('We are stuck.')).toBe(0);
    expect(weightOf('Pricing')).toBeLessThan(0);
  });

  it('keep the story whole across them', () => {
    const result = extract(dump, { inputFormat: 'text' });
    expect(result.text).toContain(OPENING);
    expect(result.text).toContain(CLOSING);
    expect(result.text).toContain('We are stuck.');
    expect(result.text).not.toContain('Privacy policy');
  });
});
