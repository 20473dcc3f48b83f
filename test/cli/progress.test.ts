import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

/** A progress line drawn on a fake terminal with a clock the test moves. */
function fake() {
  const written: string[] = [];
  let now = 0;
  return { sink: { write: (text: string) => void written.push(text), now: () => now }, advance: (ms: number) => (now += ms), last: () => written.at(-1) ?? '' };
}

describe('the progress line', () => {
  it('is silent for a short run and when stderr is not a terminal', () => {
    const t = fake();
    const progress = new Progress(true, 10, t.sink);
    t.advance(500);
    progress.update(5);
    expect(t.last()).toBe('');
    const off = fake();
    const hidden = new Progress(false, 10, off.sink);
    off.advance(5000);
    hidden.update(5);
    expect(off.last()).toBe('');
  });

  it('names its phase, and the time left comes from the phase’s own rate', () => {
    const t = fake();
    const progress = new Progress(true, 100, t.sink);
    progress.phase('learning the site template', 100);
    t.advance(2000);
    progress.update(50);
    expect(t.last()).toContain('learning the site template: 50/100 documents');
    expect(t.last()).toContain('2 s left');
    // a slow template pass says nothing of how fast extraction goes
    progress.phase('extracting', 100);
    t.advance(1000);
    progress.update(10);
    expect(t.last()).toContain('extracting: 10/100 documents, 10.0/s, 9 s left');
  });

  it('gives no time left while the number of documents is unknown', () => {
    const t = fake();
    const progress = new Progress(true, 3, t.sink);
    progress.unknownTotal();
    t.advance(2000);
    progress.update(40);
    expect(t.last()).toContain('extracting: 40 documents, 20.0/s');
    expect(t.last()).not.toContain('left');
  });
});
