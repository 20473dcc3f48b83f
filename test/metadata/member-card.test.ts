import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { memberCardName } from '../../src/metadata/member-card.js';
import type { ScoredBlock } from '../../src/model/index.js';
import { fixtureText } from '../helpers.js';

const THREAD = fixtureText('dumps/forum-member-card.txt');
const block = (text: string) => ({ text }) as ScoredBlock;
const card = (lines: string[]) => memberCardName(lines.map(block));

describe('the member card by a thread’s first post', () => {
  it('gives the thread’s author: the name at its top, not the rank under it nor the status after the post', () => {
    expect(extract(THREAD).byline).toBe('woodchip42');
  });

  it('ends at the post’s stamp, the pager, a control or the avatar’s letter, and passes over the rank’s badge', () => {
    expect(card(['16 posts • Page 1 of 1', 'woodchip42', 'Posts: 88'])).toBe('woodchip42');
    expect(card(['Next', 'woodchip42', 'Registered User', 'Join Date: Mar 2016'])).toBe('woodchip42');
    expect(card(['Jane Doe', '* * * * *', 'Hero Member', 'Beiträge: 1.204'])).toBe('Jane Doe');
    expect(card(['W', 'woodchip42', '[gold-rank.png]', 'Senior Member', 'Joined'])).toBe('woodchip42');
  });

  it('is none where no line is a card’s figure (a rank named `Registered User` is none)', () => {
    expect(card(['woodchip42', 'Registered User', 'I have been building small boxes for two years now.'])).toBeNull();
    expect(card(['Posts: 88'])).toBeNull();
  });
});
