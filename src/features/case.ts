const CAPITALISED = /^\p{Lu}/u;
/** Words of three letters or fewer (`of`, `the`, `and`) stay lower-case in Headline Case. */
const SHORT_WORD = 3;
const MIN_LONG_WORDS = 3;
const CAPITALISED_SHARE = 0.75;

/** Headline Case: nearly every (or, strictly, every) word longer than a function word starts with a capital. */
export function isTitleCase(text: string, share = CAPITALISED_SHARE): boolean {
  let long = 0;
  let capitalised = 0;
  // words between single spaces, walked without splitting the text (every block is measured)
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (end - start > SHORT_WORD) {
      long++;
      const first = text.charCodeAt(start);
      if ((first >= 65 && first <= 90) || (first > 127 && CAPITALISED.test(text.slice(start, start + 2)))) capitalised++;
    }
    start = end + 1;
  }
  return long >= MIN_LONG_WORDS && capitalised / long >= share;
}
