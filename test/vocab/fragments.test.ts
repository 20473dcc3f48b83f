import { describe, expect, it } from 'vitest';
import { anyOf, compile, either, opening, wholeLine } from '../../src/vocab/fragments.js';

describe('anyOf', () => {
  it('joins phrases into one group, in order, each once', () => {
    expect(anyOf(['share', 'tweet', 'share'])).toBe('(?:share|tweet)');
  });

  it('refuses an empty list and an empty phrase, which would match nothing or everything', () => {
    expect(() => anyOf([])).toThrow(/empty list/);
    expect(() => anyOf(['share', ''])).toThrow(/empty phrase/);
  });

  it('matches a plain phrase as written, whatever characters it holds', () => {
    const notice = new RegExp(`^${anyOf(['(c)', 'related:', 'a.m.', 'c++ / c#', 'why?', '$5 [off]'])}$`, 'u');
    for (const text of ['(c)', 'related:', 'a.m.', 'c++ / c#', 'why?', '$5 [off]']) expect(notice.test(text), text).toBe(true);
    for (const text of ['c', 'axmx', 'ccc / c#', 'wh', '5 o']) expect(notice.test(text), text).toBe(false);
  });

  it('leaves the characters that mean nothing to a pattern as they are (a `u` pattern rejects needless escapes)', () => {
    expect(anyOf(["s'abonner", 'toll-free', 'à lire aussi', '分享'])).toBe("(?:s'abonner|toll-free|à lire aussi|分享)");
    expect(() => compile('u', anyOf(['toll-free', "don't"]))).not.toThrow();
  });

  it('uses a fragment as a pattern, and refuses one with flags the composed pattern would drop', () => {
    expect(anyOf([/share on \w+/, 'tweet'])).toBe(String.raw`(?:share on \w+|tweet)`);
    expect(anyOf([/[\p{L}]+ stories/u])).toBe(String.raw`(?:[\p{L}]+ stories)`);
    expect(() => anyOf([/share/i])).toThrow(/flags/);
  });
});

describe('the other builders', () => {
  it('anchor a body to the whole line, alternate pieces and compile them once', () => {
    const control = compile('i', wholeLine(anyOf(['menu', 'home']), '[.:]*'));
    expect(control.test('Menu:')).toBe(true);
    expect(control.test('Menu of the day')).toBe(false);
    expect(compile('', either('a', 'b')).source).toBe('a|b');
  });
});

describe('opening', () => {
  it('takes a phrase that opens the text as a whole word', () => {
    const heading = compile('iu', opening(anyOf(['related', 'lire aussi'])));
    expect(heading.test('Related stories')).toBe(true);
    expect(heading.test('Lire aussi : le reste')).toBe(true);
    expect(heading.test('Relatedness')).toBe(false);
    expect(heading.test('Unrelated')).toBe(false);
  });
});
