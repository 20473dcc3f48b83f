import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { threadStarter } from '../../src/metadata/thread-starter.js';
import type { ScoredBlock } from '../../src/model/index.js';
import { fixtureText } from '../helpers.js';

const THREAD = fixtureText('dumps/forum-starter.txt');
const block = (text: string) => ({ text }) as ScoredBlock;

describe('the starter of a forum thread', () => {
  it('is the name the forum marks as the thread’s starter by their post, in a lynx dump', () => {
    expect(extract(THREAD).byline).toBe('woodchip42');
  });

  it('is read off a mark before the name, after it, or alone beside it', () => {
    // the line head a mark alone stands by names no one when it is a post's date or a control
    expect(threadStarter(['Start date Mar 4, 2024', 'Thread starter woodchip42'].map(block))).toBe('woodchip42');
    expect(threadStarter(['Mar 4, 2024', 'Thread starter', 'burlwood said:', 'woodchip42', 'Original Poster'].map(block))).toBe('woodchip42');
    expect(threadStarter(['Top', 'Topic Author', 'woodchip42', 'Posts: 88'].map(block))).toBe('woodchip42');
    expect(threadStarter(['Themenstarter: Holzwurm', 'Beiträge: 12'].map(block))).toBe('Holzwurm');
  });

  it('is not read off a mark inside a line, nor where the page marks no one', () => {
    expect(threadStarter(['Mar 4, 2024 at 5:39 PM Thread Starter Post #1 of 7'].map(block))).toBeNull();
    const unmarked = THREAD.replace(' Discussion starter', '');
    expect(threadStarter(unmarked.split('\n').map(block))).toBeNull();
  });
});
