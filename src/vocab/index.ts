/**
 * The text evidence shared by the HTML and text paths, compiled once at load. Patterns made of
 * words are composed from the language files (words/); the rest are shapes any language shares.
 */
import { composePatterns } from './compose.js';
import { bylineWithin, stampLineWords } from './stamps.js';
import { LANGUAGES, pooled } from './words/index.js';

const languages = Object.values(LANGUAGES);

export const {
  UI_LINE, SHARE_LINE, COUNTER_LINE, POST_COUNTER_LINE, READING_TIME_LINE, POSITION_LINE, CLICK_HERE,
  DATE_LINE, PUBLICATION_STAMP, UPDATE_LABEL, MEMBER_SINCE, MEMBER_POSTS, QUESTION_STAMP, THREAD_STARTER, DATE_WORD, BYLINE_LINE, SOURCE_LINE, COMMENT_AUTHOR_LINE, AUTHOR_BIO, CONTACT_OR_CREDIT, AUTHOR_PICTURE,
  COOKIE_NOTICE, NEWSLETTER_PITCH, PITCH, BOILERPLATE_SENTENCE, DISCLOSURE, LEGAL_NOTICE, PHONE, PICTURE_CREDIT, CREDIT_LINE, CAPTION,
  WIDGET_HEADING, AUTHOR_BOX_HEADING,
} = composePatterns(languages);
export const STAMP_LINE_WORDS = stampLineWords(pooled(languages));
export const BYLINE_WITHIN = bylineWithin(pooled(languages));
/** The words of a picture's alternative text (`author image`, `avatar`), lower case: no name is only these. */
const { pictureWords, authorPictureNouns, pictureTags } = pooled(languages);
export const PICTURE_WORDS: ReadonlySet<string> = new Set([...pictureWords, ...authorPictureNouns, ...pictureTags].filter((w): w is string => typeof w === 'string' && !w.includes(' ') && w !== 'credit'));

export { META_SEPARATOR, EMAIL, NAME_AND_DATE, LYNX_ARTIFACT, LYNX_FRAME, LYNX_FORM_BOX, IMAGE_NAMES_LINE, SENTENCE_SPLIT, SENTENCE_MARKS, SENTENCE_CLOSERS } from './shapes.js';
export { STRONG_NEGATIVE_HINT, WEAK_NEGATIVE_HINT, POSITIVE_HINT } from './classnames.js';
