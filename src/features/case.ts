const CAPITALISED = /^\p{Lu}/u;
/** Words of three letters or fewer (`of`, `the`, `and`) stay lower-case in Headline Case. */
const SHORT_WORD = 3;
const MIN_LONG_WORDS = 3;
const CAPITALISED_SHARE = 0.75;

/** Headline Case: nearly every (or, strictly, every) word longer than a function word starts with a capital. */
export function isTitleCase(text: string, share = CAPITALISED_SHARE): boolean {
  let long = 0;
  let capitalised = 0;
  for (const raw of text.split(' ')) {
    if (raw.length > SHORT_WORD) {
      long++;
      if (CAPITALISED.test(raw)) capitalised++;
    }
  }
  return long >= MIN_LONG_WORDS && capitalised / long >= share;
}
