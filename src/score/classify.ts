import type { Block, Features } from '../types.js';
import { words } from '../features/words.js';
import { HAS_DIGIT, isRelativeTimeLine, isStampLine, isWordyDateLine } from '../vocab/dates.js';
import {
  AUTHOR_BIO, BOILERPLATE_SENTENCE, BYLINE_LINE, CAPTION, CLICK_HERE, COOKIE_NOTICE, NEWSLETTER_PITCH, SHARE_LINE, CONTACT_OR_CREDIT, EMAIL, PHONE, LEGAL_NOTICE, DISCLOSURE, NAME_AND_DATE, PICTURE_CREDIT, PITCH, POSITION_LINE, PUBLICATION_STAMP, COMMENT_AUTHOR_LINE, COUNTER_LINE, DATE_LINE, DATE_WORD, META_SEPARATOR, READING_TIME_LINE, SOURCE_LINE, UI_LINE,
} from '../vocab/index.js';
import {
  BAD_PENALTY, BOILERPLATE_MAX_WORDS, HEADLINE_MAX_WORDS, HINT_BAD, HINT_NEVER, LINK_DENSITY_BAD, LINK_DENSITY_SENTENCE, LONG_WORDS, NEAR_WEIGHT,
  PROSE_STOPWORDS, PROSE_WORDS, REPEAT_MIN_WORDS, SHORT_PENALTY, SHORT_WORDS, TEMPLATE_COPIES,
} from './thresholds.js';

const CLAUSE_MARK = /[,;:，、；：]/;
/** Small print (legal notices, contact boxes) runs longer than other boilerplate, never as long as a story. */
const SMALL_PRINT_MAX_WORDS = 150;
const CONTACT_DETAILS = 3;
/** Every contact detail has an `@` or a digit: most paragraphs are passed over without the long pattern. */
const MAY_HOLD_CONTACT = /[@\d]/;
/** An author's note runs to a few sentences; a paragraph of a story about a reporter runs longer. */
const BIO_MAX_WORDS = 80;
/** A pitch is a line or two; a paragraph that mentions a newsletter is a paragraph. */
const PITCH_MAX_WORDS = 40;
const PITCH_MAX_WORDS_OPENING = 80;
/** A line this short that says `click here` is a button's text, not a sentence about one. */
const CLICK_LINE_MAX_WORDS = 12;
const STAMP_MAX_WORDS = 20;

/** jusText's classes: prose, nearly prose, too short to tell, boilerplate. */
export type BlockClass = 'good' | 'near' | 'short' | 'bad';

/** The kind of boilerplate evidence behind a verdict, for the passes that look at patterns. */
export type Cue = 'glued' | 'repeat' | 'template' | 'ui' | 'counter' | 'date' | 'byline' | 'notice' | 'links' | 'container' | 'teaser';

export interface Verdict {
  cls: BlockClass;
  reason: string;
  cue?: Cue;
}

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
  if (UI_LINE.test(text) || SHARE_LINE.test(text)) return { cls: 'bad', reason: 'interface text', cue: 'ui' };
  // most short lines (menu items, headings) have no digit, which these patterns all need
  const digits = HAS_DIGIT.test(text);
  if (COUNTER_LINE.test(text) || (digits && READING_TIME_LINE.test(text)) || isRelativeTimeLine(text)) return { cls: 'bad', reason: 'counter or relative time', cue: 'counter' };
  if ((digits && DATE_LINE.test(text)) || isWordyDateLine(text)) return { cls: 'bad', reason: 'date line', cue: 'date' };
  if (digits && NAME_AND_DATE.test(text)) return { cls: 'bad', reason: 'byline with date', cue: 'byline' };
  if (BYLINE_LINE.test(text) || SOURCE_LINE.test(text)) return { cls: 'bad', reason: 'byline or source line', cue: 'byline' };
  if (COMMENT_AUTHOR_LINE.test(text)) return { cls: 'bad', reason: 'comment author line', cue: 'byline' };
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
  if (block.glued) return { cls: 'bad', reason: 'headline glued to a summary (teaser widget)', cue: 'glued' };
  if (f.words <= SHORT_WORDS * 2) {
    const meta = metaLine(text);
    if (meta) return meta;
  }

  if (f.words <= STAMP_MAX_WORDS && isStampLine(text)) return { cls: 'bad', reason: 'dateline or byline stamp', cue: 'date' };
  // a call to act opens its paragraph, which may go on to sell a membership for a while
  if (f.words <= PITCH_MAX_WORDS_OPENING && PITCH.test(text) || f.words <= PITCH_MAX_WORDS && NEWSLETTER_PITCH.test(text) || f.words <= CLICK_LINE_MAX_WORDS && CLICK_HERE.test(text)) {
    return { cls: 'bad', reason: 'call to act (subscribe, follow, share)', cue: 'notice' };
  }
  if (f.words < BOILERPLATE_MAX_WORDS) {
    if (BOILERPLATE_SENTENCE.test(text) || DISCLOSURE.test(text)) return { cls: 'bad', reason: 'disclaimer or notice', cue: 'notice' };
    if (COOKIE_NOTICE.test(text)) return { cls: 'bad', reason: 'cookie notice', cue: 'notice' };
    if (emails(text) > 0 || CONTACT_OR_CREDIT.test(text)) return { cls: 'bad', reason: 'author note or contact', cue: 'byline' };
    if (PICTURE_CREDIT.test(text)) return { cls: 'bad', reason: 'picture credit or caption', cue: 'notice' };
    if (POSITION_LINE.test(text)) return { cls: 'bad', reason: 'counter', cue: 'counter' };
    if (PUBLICATION_STAMP.test(text) && mostlyDateWords(text)) return { cls: 'bad', reason: 'publication stamp', cue: 'date' };
  }
  if (f.words < SMALL_PRINT_MAX_WORDS) {
    if (LEGAL_NOTICE.test(text)) return { cls: 'bad', reason: 'legal notice', cue: 'notice' };
    if (CAPTION.test(text)) return { cls: 'bad', reason: 'picture caption', cue: 'notice' };
    if (f.words < BIO_MAX_WORDS && AUTHOR_BIO.test(text)) return { cls: 'bad', reason: 'author note', cue: 'byline' };
    if (MAY_HOLD_CONTACT.test(text) && emails(text) + (text.match(PHONE)?.length ?? 0) >= CONTACT_DETAILS) return { cls: 'bad', reason: 'contact details', cue: 'byline' };
  }
  // after the patterns: a notice or a stamp is one however often the page repeats it
  const copies = f.words >= REPEAT_MIN_WORDS ? repeats.get(key ?? normaliseForRepeat(text)) ?? 0 : 0;
  if (copies > 1) {
    // weak alone: interviews repeat a question, recipes a step; templates repeat a line many times
    const template = f.linkDensity >= LINK_DENSITY_BAD || copies >= TEMPLATE_COPIES;
    return { cls: template ? 'bad' : 'short', reason: `repeated ${copies} times in the page`, cue: 'repeat' };
  }
  // a sentence that links its subject is still a sentence; a list of links has no sentence end
  const linkLimit = f.endsSentence && f.words >= PROSE_WORDS ? LINK_DENSITY_SENTENCE : LINK_DENSITY_BAD;
  if (f.linkDensity > linkLimit) return { cls: 'bad', reason: `link text (${Math.round(f.linkDensity * 100)}%)`, cue: 'links' };
  // a container's name outweighs a block's shape, except for long prose under a weak hint
  if (block.hint <= HINT_BAD && (block.hint <= HINT_NEVER || f.words < LONG_WORDS)) {
    return { cls: 'bad', reason: `inside ${block.hintReason || 'boilerplate container'}`, cue: 'container' };
  }
  if (block.kind === 'code' || block.kind === 'table') return { cls: 'near', reason: block.kind };
  // Headline Case is for headlines and pitches; in a story it is a heading, and stays only as one
  if (f.titleCase && f.words <= HEADLINE_MAX_WORDS) return { cls: 'short', reason: 'headline-cased line' };
  // a long run of words with no sentence and no clause is a tag cloud or a keyword list
  if (f.words >= LONG_WORDS && f.sentences === 0 && !CLAUSE_MARK.test(text)) {
    return { cls: 'near', reason: `${f.words} words, no sentence` };
  }
  if (f.words >= LONG_WORDS) return { cls: 'good', reason: `prose, ${f.words} words` };
  if (f.words >= PROSE_WORDS && f.stopwordDensity >= PROSE_STOPWORDS) {
    return { cls: 'good', reason: `prose, ${f.words} words, ${Math.round(f.stopwordDensity * 100)}% stopwords` };
  }
  if (f.words <= SHORT_WORDS) return { cls: 'short', reason: `short, ${f.words} words` };
  return { cls: 'near', reason: `${f.words} words, ${Math.round(f.stopwordDensity * 100)}% stopwords` };
}

/** A stamp is made of dates and times; a sentence that starts `Published in 1998, the book…` is not. */
function mostlyDateWords(text: string): boolean {
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return tokens.filter((t) => DATE_WORD.test(t)).length >= tokens.length * DATE_STAMP_SHARE;
}

const DATE_STAMP_SHARE = 0.75;

/** The block's weight in the search for the story region. */
export function regionWeight(cls: BlockClass, f: Features): number {
  switch (cls) {
    case 'good': return f.words;
    case 'near': return f.words * NEAR_WEIGHT;
    case 'short': return -SHORT_PENALTY;
    case 'bad': return -(BAD_PENALTY + f.words);
  }
}
