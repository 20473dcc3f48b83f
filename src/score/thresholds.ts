/**
 * Every threshold of the classifier in one place (jusText keeps its defaults legible the same
 * way). Sizes are in words; densities are shares of words or characters.
 */
export const SHORT_WORDS = 7;
/** A block this long is prose whatever its stopwords (some languages have no list). */
export const LONG_WORDS = 40;
/** With at least this many words and this stopword density, a block reads as prose. */
export const PROSE_WORDS = 12;
export const PROSE_STOPWORDS = 0.25;
/** Share of a block's characters inside links above which it is navigation. */
export const LINK_DENSITY_BAD = 0.5;
/** A whole sentence (a paragraph that ends like one) may link more of its words before it counts as links. */
export const LINK_DENSITY_SENTENCE = 0.7;
/** Boilerplate sentences are short; a long paragraph that mentions cookies is still a paragraph. */
export const BOILERPLATE_MAX_WORDS = 50;
/** A repeated block needs this many words to count as a repeat rather than a common phrase. */
export const REPEAT_MIN_WORDS = 4;
/** A line this many times in one page is the page's template (share bars under every item). */
export const TEMPLATE_COPIES = 3;
/** In-story headings (text dumps) are short lines without a sentence end. */
export const HEADING_MAX_WORDS = 20;
/** Headline Case lines longer than this are prose that happens to be capitalised. */
export const HEADLINE_MAX_WORDS = 30;
/** How far before the story the headline of a text dump may stand, in blocks. */
export const TITLE_LOOKBACK = 25;
/** Scores for the region search: prose counts by its size, controls cost a little, junk a lot. */
export const NEAR_WEIGHT = 0.5;
export const SHORT_PENALTY = 2;
export const BAD_PENALTY = 3;
/** An enclosing element with hint at or below this marks its blocks as boilerplate. */
export const HINT_BAD = -2;
/** At or below this (a comment list, a footer, a menu) even long prose is boilerplate. */
export const HINT_NEVER = -3;
