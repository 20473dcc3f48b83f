/** Scripts written without spaces between words: counted with Intl.Segmenter. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The words of a text, lower-cased; scripts without spaces are split by Intl.Segmenter. */
export function words(text: string): string[] {
  if (UNSPACED_SCRIPT.test(text)) {
    const out: string[] = [];
    for (const part of segmenter.segment(text)) if (part.isWordLike) out.push(part.segment.toLowerCase());
    return out;
  }
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

export function hasUnspacedScript(text: string): boolean {
  return UNSPACED_SCRIPT.test(text);
}
