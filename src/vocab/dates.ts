/**
 * Dates and times written out in words (`sexta-feira, 22 de outubro de 2010 às 20:13`, `22. November 2019`,
 * `22 ноября 2019`): month and weekday names come from ICU's locale data, in every form a date
 * uses, rather than from a hand-kept list (see icu-dates.ts).
 */

import { DATE_NAMES, RELATIVE_TIME_TEMPLATES } from './date-names.js';
import { STAMP_LINE_WORDS } from './index.js';
import {
  DATE_LINE_MAX_CHARS, DATE_LINE_MAX_TOKENS, DATE_NAME_SHARE, RELATIVE_TIME_MAX_CHARS, STAMP_MAX_CHARS, STAMP_MAX_WORDS, STAMP_MIN_WORDS, STAMP_OTHER_SHARE,
} from '../settings.js';

const TOKEN = /[\p{L}\p{N}]+/gu;

const NUMBER = /\d+/g;
/** A digit: the patterns that need one are not tried on the many lines without. */
export const HAS_DIGIT = /\d/;
/** A relative time, whatever its number: `vor 3 Stunden` and `vor 12 Stunden` are one template. */
export const relativeTimeTemplate = (text: string) =>
  text.toLowerCase().replace(NUMBER, '#').replace(/[\s.·•|]+$/u, '').replace(/\s+/g, ' ').trim();

const FIRST_WORD_END = /\s/;
const TRAILING_MARKS = /[.·•|]+$/u;
/**
 * A line's first word as its template has it (`relativeTimeTemplate` of a word without spaces):
 * most lines are told from relative times by it alone.
 */
function firstWord(text: string): string {
  const line = text.trimStart();
  const end = line.search(FIRST_WORD_END);
  return (end < 0 ? line : line.slice(0, end)).toLowerCase().replace(NUMBER, '#').replace(TRAILING_MARKS, '');
}

const dateNames = new Set(DATE_NAMES);
const relativeTimes = new Set(RELATIVE_TIME_TEMPLATES);
const relativeTimeFirstWords = new Set(RELATIVE_TIME_TEMPLATES.map(firstWord));

/** The line is a relative time in any of many languages: `23 hours ago`, `vor 3 Stunden`, `3小时前`. */
export function isRelativeTimeLine(text: string): boolean {
  if (text.length > RELATIVE_TIME_MAX_CHARS) return false;
  return relativeTimeFirstWords.has(firstWord(text)) && relativeTimes.has(relativeTimeTemplate(text));
}

/** Chinese, Japanese and Korean dates count years, months and days: `2024年3月14日 09:41`. */
const CJK_DATE = /^\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일](?:\s?[（(]?[\p{Script=Han}\p{Script=Hangul}]{1,3}[)）]?)?(?:\s{0,3}\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/u;

/** The line is a date (maybe with a time) written with month or weekday names, or with CJK date marks. */
export function isWordyDateLine(text: string): boolean {
  // every date this accepts has a number in it
  if (text.length > DATE_LINE_MAX_CHARS || !HAS_DIGIT.test(text)) return false;
  if (CJK_DATE.test(text)) return true;
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  if (tokens.length < 2 || tokens.length > DATE_LINE_MAX_TOKENS) return false;
  let numbers = 0;
  let named = 0;
  for (const token of tokens) {
    if (/^\d{1,4}$/.test(token)) numbers++;
    else if (dateNames.has(token)) named++;
  }
  return numbers > 0 && named > 0 && numbers + named >= tokens.length * DATE_NAME_SHARE;
}

const NUMERIC_DATE = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)/;
const TIME_OF_DAY = /(?<![\d.])\d{1,2}(?::\d{2}(?![\d.])|(?:\.\d{2})?\s?[ap]\.?m\b)/i;
/** An embedded post's signature, `— Name (@handle) November 18, 2019`, is part of the post. */
const HANDLE = /\(@\w+\)/;
const YEAR = /^(?:19|20)\d{2}$/;
const DAY_OR_YEAR = /^\d{1,4}(?:st|nd|rd|th)?$/i;

/**
 * A dateline or byline stamp: a date with a time, a label (`Published`, `By`) or only names
 * around it: `By HNN Staff | November 18, 2019 at 2:26 PM HST`, `November 20, 2019 Emiliano
 * Bellini`. Lowercase words, the stuff of sentences, are few in it.
 */
export function isStampLine(text: string): boolean {
  if (text.length > STAMP_MAX_CHARS || !HAS_DIGIT.test(text)) return false;
  const tokens = text.match(TOKEN) ?? [];
  if (tokens.length < STAMP_MIN_WORDS || tokens.length > STAMP_MAX_WORDS || HANDLE.test(text)) return false;
  let named = false;
  let numbered = false;
  let year = false;
  let labelled = false;
  let other = 0;
  let names = 0;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (HAS_DIGIT.test(token)) {
      numbered ||= DAY_OR_YEAR.test(token);
      if (YEAR.test(token)) year = true;
    } else if (dateNames.has(lower)) named = true;
    else if (STAMP_LINE_WORDS.has(lower)) labelled ||= lower.length > 2 && lower !== 'and';
    else if (token[0] !== lower[0]) names++;
    else other++;
  }
  const dated = (named && numbered) || NUMERIC_DATE.test(text);
  if (!dated) return false;
  // a label (`Published`, `By`) vouches for a stamp with a category or tags in it; a bare time does not
  if (labelled) return other <= tokens.length * STAMP_OTHER_SHARE;
  return other <= 1 && (TIME_OF_DAY.test(text) || (year && names >= 2 && other === 0));
}
