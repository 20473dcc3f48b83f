import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/pipeline.js';
import { heldBytes, SegmentCache } from '../../src/cli/segment-cache.js';

const doc = (text: string) => segmentDocument(`<html><body><p>${text}</p></body></html>`);

describe('the segments kept between a batch’s two passes', () => {
  it('gives a document back once, then not again', () => {
    const cache = new SegmentCache(1000);
    const a = doc('A paragraph of the first page.');
    cache.put('a.html', a);
    expect(cache.take('a.html')).toBe(a);
    expect(cache.take('a.html')).toBeUndefined();
  });

  it('holds no more than its bound: the oldest go first, and a document larger than the bound is not kept', () => {
    const cache = new SegmentCache(heldBytes(doc('x'.repeat(25))) * 2 + 1);
    cache.put('1', doc('x'.repeat(25)));
    cache.put('2', doc('y'.repeat(25)));
    cache.put('3', doc('z'.repeat(25)));
    expect(cache.take('1')).toBeUndefined();
    expect(cache.take('2')).toBeDefined();
    expect(cache.take('3')).toBeDefined();
    cache.put('big', doc('w'.repeat(1000)));
    expect(cache.size).toBe(0);
  });
});
