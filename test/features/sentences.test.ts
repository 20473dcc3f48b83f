import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endsSentence, sentenceCount } from '../../src/features/sentences.js';
import { SENTENCE_SPLIT } from '../../src/vocab/index.js';

/** A sentence's end as a pattern would say it: a mark, then only closers to the text's end. */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;

/** Pieces of text around sentence ends: marks, closers, spaces, words. */
const piece = fc.constantFrom('Word', 'it', '.', '!', '?', '…', '。', '！', '？', '"', "'", '”', '’', '»', ')', ']', '(', ' ', '\n', '\u00a0', ',', ':', '3.5', 'é');

describe('sentence shape', () => {
  it('tells a text that ends a sentence, closing quotes and brackets and all', () => {
    expect(endsSentence('It rained.')).toBe(true);
    expect(endsSentence('“It rained!”')).toBe(true);
    expect(endsSentence('(see above.)]')).toBe(true);
    expect(endsSentence('It rained')).toBe(false);
    expect(endsSentence('It rained. Then')).toBe(false);
    expect(endsSentence('')).toBe(false);
    expect(endsSentence('”)')).toBe(false);
  });

  it('reads the end as the pattern does', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
      const text = parts.join('');
      expect(endsSentence(text)).toBe(SENTENCE_END.test(text));
    }), { numRuns: 3000 });
  });

  it('counts sentences as the matches of SENTENCE_SPLIT', () => {
    expect(sentenceCount('One. Two! Three? Four')).toBe(3);
    expect(sentenceCount('No end')).toBe(0);
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      expect(sentenceCount(text)).toBe(text.match(SENTENCE_SPLIT)?.length ?? 0);
    }), { numRuns: 3000 });
  });
});
