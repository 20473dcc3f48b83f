import { CAPITALISED_SHARE, SHORT_WORD_LETTERS, TITLE_CASE_MIN_WORDS } from '../settings.js';
const CAPITALISED = /^\p{Lu}/u;

/** Headline Case: nearly every (or, strictly, every) word longer than a function word starts with a capital. */
export function isTitleCase(text: string, share = CAPITALISED_SHARE): boolean {
  let long = 0;
  let capitalised = 0;
  // words between single spaces, walked without splitting the text (every block is measured)
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (end - start > SHORT_WORD_LETTERS) {
      long++;
      const first = text.charCodeAt(start);
      if ((first >= 0x41 && first <= 0x5a) || (first > 0x7f && CAPITALISED.test(text.slice(start, start + 2)))) capitalised++;
    }
    start = end + 1;
  }
  return long >= TITLE_CASE_MIN_WORDS && capitalised / long >= share;
}
