import type { Block, Features, Grade, Verdict } from '../model/index.js';
import { words } from '../features/words.js';
import { HAS_DIGIT, isRelativeTimeLine, isStampLine, isWordyDateLine } from '../features/dates.js';
import {
  AUTHOR_BIO, BOILERPLATE_SENTENCE, BYLINE_LINE, CAPTION, CLICK_HERE, COOKIE_NOTICE, NEWSLETTER_PITCH, SHARE_LINE, CONTACT_OR_CREDIT, EMAIL, PHONE, LEGAL_NOTICE, DISCLOSURE, NAME_AND_DATE, PICTURE_CREDIT, PITCH, POSITION_LINE, PUBLICATION_STAMP, COMMENT_AUTHOR_LINE, COUNTER_LINE, DATE_LINE, DATE_WORD, META_SEPARATOR, READING_TIME_LINE, SOURCE_LINE, UI_LINE,
} from '../features/patterns.js';
import { BAD_PENALTY, BIO_MAX_WORDS, BOILERPLATE_MAX_WORDS, CLICK_LINE_MAX_WORDS, CONTACT_DETAILS, DATE_STAMP_SHARE, HEADLINE_MAX_WORDS, HINT_BAD, HINT_NEVER, LINK_DENSITY_BAD, LINK_DENSITY_SENTENCE, LONG_WORDS, META_LINE_MAX_WORDS, NEAR_WEIGHT, PITCH_MAX_WORDS, PITCH_MAX_WORDS_OPENING, PROSE_STOPWORDS, PROSE_WORDS, REPEAT_MIN_WORDS, SHORT_PENALTY, SHORT_WORDS, SMALL_PRINT_MAX_WORDS, STAMP_MAX_WORDS, TEMPLATE_COPIES } from '../settings.js';

const CLAUSE_MARK = /[,;:，、；：]/;
/** Every contact detail has an `@` or a digit: most paragraphs are passed over without the long pattern. */
const MAY_HOLD_CONTACT = /[@\d]/;

/** A line's lower-cased words as the key its copies are counted under; a page sets one line with straight and curly apostrophes. */
export function lineKey(list: string[]): string {
  const key = list.join(' ');
  return key.includes('’') ? key.replaceAll('’', "'") : key;
}

export function normaliseForRepeat(text: string): string {
  return lineKey(words(text));
}

/** Counts of each normalised block text in one document: repeated blocks are widgets or menus. */
export function repeatCounts(blocks: Block[], keys = blocks.map((b) => normaliseForRepeat(b.text))): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function emails(text: string): number {
  return text.includes('@') ? text.match(EMAIL)?.length ?? 0 : 0;
}

/** A short line that is all metadata: an interface word, a counter, a date, a byline. */
function metaPart(text: string): Verdict | null {
  if (UI_LINE.test(text) || SHARE_LINE.test(text)) return { grade: 'bad', reason: 'interface text', family: 'ui' };
  // most short lines (menu items, headings) have no digit, which these patterns all need
  const digits = HAS_DIGIT.test(text);
  if (COUNTER_LINE.test(text) || (digits && READING_TIME_LINE.test(text)) || isRelativeTimeLine(text)) return { grade: 'bad', reason: 'counter or relative time', family: 'counter' };
  if ((digits && DATE_LINE.test(text)) || isWordyDateLine(text)) return { grade: 'bad', reason: 'date line', family: 'date' };
  if (digits && NAME_AND_DATE.test(text)) return { grade: 'bad', reason: 'byline with date', family: 'byline' };
  if (BYLINE_LINE.test(text) || SOURCE_LINE.test(text)) return { grade: 'bad', reason: 'byline or source line', family: 'byline' };
  if (COMMENT_AUTHOR_LINE.test(text)) return { grade: 'bad', reason: 'comment author line', family: 'byline' };
  return null;
}

/** The line itself, or every part of it between `•` or `|` separators, is metadata. */
function metaLine(text: string): Verdict | null {
  const whole = metaPart(text);
  if (whole) return whole;
  const parts = text.split(META_SEPARATOR);
  if (parts.length < 2) return null;
  const verdicts = parts.map(metaPart);
  return verdicts.every(Boolean) ? { ...verdicts[0]!, reason: `${verdicts[0]!.reason} and more` } : null;
}

/** The class of one block from its own evidence, before its neighbours are looked at. */
export function classify(block: Block, f: Features, repeats: Map<string, number>, key?: string): Verdict {
  const text = block.text;
  if (block.glued) return { grade: 'bad', reason: 'headline glued to a summary (teaser widget)', family: 'glued' };
  if (f.words <= META_LINE_MAX_WORDS) {
    const meta = metaLine(text);
    if (meta) return meta;
  }

  if (f.words <= STAMP_MAX_WORDS && isStampLine(text)) return { grade: 'bad', reason: 'dateline or byline stamp', family: 'date' };
  // a call to act opens its paragraph, which may go on to sell a membership for a while
  if (f.words <= PITCH_MAX_WORDS_OPENING && PITCH.test(text) || f.words <= PITCH_MAX_WORDS && NEWSLETTER_PITCH.test(text) || f.words <= CLICK_LINE_MAX_WORDS && CLICK_HERE.test(text)) {
    return { grade: 'bad', reason: 'call to act (subscribe, follow, share)', family: 'notice' };
  }
  if (f.words < BOILERPLATE_MAX_WORDS) {
    if (BOILERPLATE_SENTENCE.test(text) || DISCLOSURE.test(text)) return { grade: 'bad', reason: 'disclaimer or notice', family: 'notice' };
    if (COOKIE_NOTICE.test(text)) return { grade: 'bad', reason: 'cookie notice', family: 'notice' };
    if (emails(text) > 0 || CONTACT_OR_CREDIT.test(text)) return { grade: 'bad', reason: 'author note or contact', family: 'byline' };
    if (PICTURE_CREDIT.test(text)) return { grade: 'bad', reason: 'picture credit or caption', family: 'notice' };
    if (POSITION_LINE.test(text)) return { grade: 'bad', reason: 'counter', family: 'counter' };
    if (PUBLICATION_STAMP.test(text) && mostlyDateWords(text)) return { grade: 'bad', reason: 'publication stamp', family: 'date' };
  }
  if (f.words < SMALL_PRINT_MAX_WORDS) {
    if (LEGAL_NOTICE.test(text)) return { grade: 'bad', reason: 'legal notice', family: 'notice' };
    if (CAPTION.test(text)) return { grade: 'bad', reason: 'picture caption', family: 'notice' };
    if (f.words < BIO_MAX_WORDS && AUTHOR_BIO.test(text)) return { grade: 'bad', reason: 'author note', family: 'byline' };
    if (MAY_HOLD_CONTACT.test(text) && emails(text) + (text.match(PHONE)?.length ?? 0) >= CONTACT_DETAILS) return { grade: 'bad', reason: 'contact details', family: 'byline' };
  }
  // after the patterns: a notice or a stamp is one however often the page repeats it
  const copies = f.words >= REPEAT_MIN_WORDS ? repeats.get(key ?? normaliseForRepeat(text)) ?? 0 : 0;
  if (copies > 1) {
    // weak alone: interviews repeat a question, recipes a step; templates repeat a line many times
    const template = f.linkDensity >= LINK_DENSITY_BAD || copies >= TEMPLATE_COPIES;
    return { grade: template ? 'bad' : 'short', reason: `repeated ${copies} times in the page`, family: 'repeat' };
  }
  // a sentence that links its subject is still a sentence; a list of links has no sentence end
  const linkLimit = f.endsSentence && f.words >= PROSE_WORDS ? LINK_DENSITY_SENTENCE : LINK_DENSITY_BAD;
  if (f.linkDensity > linkLimit) return { grade: 'bad', reason: `link text (${Math.round(f.linkDensity * 100)}%)`, family: 'links' };
  // a container's name outweighs a block's shape, except for long prose under a weak hint
  if (block.hint <= HINT_BAD && (block.hint <= HINT_NEVER || f.words < LONG_WORDS)) {
    return { grade: 'bad', reason: `inside ${block.hintReason || 'boilerplate container'}`, family: 'container' };
  }
  if (block.kind === 'code' || block.kind === 'table') return { grade: 'near', reason: block.kind };
  // Headline Case is for headlines and pitches; in a story it is a heading, and stays only as one
  if (f.titleCase && f.words <= HEADLINE_MAX_WORDS) return { grade: 'short', reason: 'headline-cased line' };
  // a long run of words with no sentence and no clause is a tag cloud or a keyword list
  if (f.words >= LONG_WORDS && f.sentences === 0 && !CLAUSE_MARK.test(text)) {
    return { grade: 'near', reason: `${f.words} words, no sentence` };
  }
  if (f.words >= LONG_WORDS) return { grade: 'good', reason: `prose, ${f.words} words` };
  if (f.words >= PROSE_WORDS && f.stopwordDensity >= PROSE_STOPWORDS) {
    return { grade: 'good', reason: `prose, ${f.words} words, ${Math.round(f.stopwordDensity * 100)}% stopwords` };
  }
  if (f.words <= SHORT_WORDS) return { grade: 'short', reason: `short, ${f.words} words` };
  return { grade: 'near', reason: `${f.words} words, ${Math.round(f.stopwordDensity * 100)}% stopwords` };
}

/** A stamp is made of dates and times; a sentence that starts `Published in 1998, the book…` is not. */
function mostlyDateWords(text: string): boolean {
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return tokens.filter((t) => DATE_WORD.test(t)).length >= tokens.length * DATE_STAMP_SHARE;
}

/** The block's weight in the search for the story region. */
export function regionWeight(grade: Grade, f: Features): number {
  switch (grade) {
    case 'good': return f.words;
    case 'near': return f.words * NEAR_WEIGHT;
    case 'short': return -SHORT_PENALTY;
    case 'bad': return -(BAD_PENALTY + f.words);
  }
}
