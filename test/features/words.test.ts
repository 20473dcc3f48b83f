import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { words } from '../../src/features/words.js';
import { extract } from '../../src/index.js';

describe('words', () => {
  it('splits spaced scripts on word characters, lower-cased', () => {
    expect(words('The Harbour’s re-opening, in 2024!')).toEqual(['the', 'harbour’s', 're-opening', 'in', '2024']);
  });

  it('cuts English prose with typographic marks as the Unicode pattern does', () => {
    const unicodeWords = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu) ?? [];
    const piece = fc.constantFrom('Word', 'it', '’s', '‘', '“', '”', '–', '—', '…', '•', '«', '»', '\u00a0', ' ', "'", '-', '_', '3', '2024', '.', ',', 'é');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      expect(words(text)).toEqual(unicodeWords(text));
    }), { numRuns: 2000 });
  });

  it('counts Chinese and Japanese words with Intl.Segmenter', () => {
    expect(words('我们今天去北京').length).toBeGreaterThan(1);
    expect(words('東京都は雨でした').length).toBeGreaterThan(1);
  });

  // ICU's word breaking alone took minutes on this (it is not linear on long mixed-script text);
  // in windows it takes milliseconds. The test timeout is the guard.
  it('stays fast on a long line of mixed scripts', { timeout: 10_000 }, () => {
    const line = 'aБ中 '.repeat(50_000);
    expect(words(line).length).toBeGreaterThanOrEqual(100_000);
    expect(() => extract(line)).not.toThrow();
  });
});
