import { SEGMENT_WINDOW } from '../settings.js';
/** Scripts written without spaces between words: counted with Intl.Segmenter. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
/**
 * The same words in ASCII text, where the Unicode-aware patterns cost several times as much; and
 * in ASCII text with typographic marks (curly quotes, dashes, an ellipsis, a bullet, a no-break
 * space: most English prose), none of them a letter, a digit or a mark of `WORD`.
 */
const ASCII_ONLY = /^[\x00-\x7f\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*$/;
const ASCII_WORD = /[a-z0-9][a-z0-9'’_-]*/g;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The words of a text, lower-cased; scripts without spaces are split by Intl.Segmenter. */
export function words(text: string): string[] {
  if (ASCII_ONLY.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  if (UNSPACED_SCRIPT.test(text)) {
    const out: string[] = [];
    // ICU's word breaking slows down more than linearly on long mixed-script text: segment in
    // windows (a word cut at a window's edge counts twice, which no threshold notices)
    for (let start = 0; start < text.length; start += SEGMENT_WINDOW) {
      for (const part of segmenter.segment(text.slice(start, start + SEGMENT_WINDOW))) {
        if (part.isWordLike) out.push(part.segment.toLowerCase());
      }
    }
    return out;
  }
  return text.toLowerCase().match(WORD) ?? [];
}
