/**
 * Dates and times written out in words (`sexta-feira, 22 de outubro de 2010 às 20:13`, `22. November 2019`,
 * `22 ноября 2019`): month and weekday names come from the runtime's own locale data (ICU), in
 * every form a date uses, rather than from a hand-kept list.
 */

const LOCALES = [
  'en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'cs', 'sk', 'sv', 'da', 'nb', 'fi', 'ro', 'hu', 'tr', 'id', 'ca', 'hr', 'sl', 'bg', 'el',
];
/** Long and short names, standalone and in a date (Slavic languages decline the month there). */
const MONTH_FORMS: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }];
const WEEKDAY_FORMS: Intl.DateTimeFormatOptions[] = [{ weekday: 'long' }, { weekday: 'short' }];
const TOKEN = /[\p{L}\p{N}]+/gu;
/** A date line is short, and most of it is numbers and date names (the rest: `de`, `às`, `at`). */
const MAX_TOKENS = 14;
const DATE_SHARE = 2 / 3;

let names: Set<string> | null = null;
let relativeTimes: Set<string> | null = null;

const RELATIVE_UNITS: Intl.RelativeTimeFormatUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];
/** Numbers that bring out every plural form (Slavic languages have three). */
const PLURAL_SAMPLES = [1, 2, 5];
const RELATIVE_STYLES: Intl.RelativeTimeFormatStyle[] = ['long', 'short'];
const NUMBER = /\d+/g;
/** A relative time, whatever its number: `vor 3 Stunden` and `vor 12 Stunden` are one template. */
const template = (text: string) => text.toLowerCase().replace(NUMBER, '#').replace(/[\s.·•|]+$/u, '').replace(/\s+/g, ' ').trim();

function relativeTimeTemplates(): Set<string> {
  if (relativeTimes) return relativeTimes;
  relativeTimes = new Set();
  for (const locale of LOCALES.concat(RELATIVE_ONLY_LOCALES)) {
    for (const style of RELATIVE_STYLES) {
      const always = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style });
      const auto = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style });
      for (const unit of RELATIVE_UNITS) {
        for (const n of PLURAL_SAMPLES) relativeTimes.add(template(always.format(-n, unit)));
        // `yesterday`, `gestern`, `вчера`; `today`, `heute`
        relativeTimes.add(template(auto.format(-1, unit)));
        relativeTimes.add(template(auto.format(0, unit)));
      }
    }
  }
  return relativeTimes;
}

/** Languages whose dates are numeric (no month names to learn) but whose widgets say `3小时前`. */
const RELATIVE_ONLY_LOCALES = ['zh', 'ja', 'ko', 'ar', 'he', 'hi', 'th', 'vi'];

/** The line is a relative time in any of many languages: `23 hours ago`, `vor 3 Stunden`, `3小时前`. */
export function isRelativeTimeLine(text: string): boolean {
  if (text.length > MAX_TOKENS * 6) return false;
  return relativeTimeTemplates().has(template(text));
}

function dateNames(): Set<string> {
  if (names) return names;
  names = new Set();
  const add = (text: string) => {
    // one- and two-letter abbreviations (`P`, `Mo`, `Do`) are words of other languages too
    for (const token of text.toLowerCase().match(TOKEN) ?? []) if (token.length >= 3 && !/\d/.test(token)) names!.add(token);
  };
  const months = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2020, month, 15)));
  const weekdays = Array.from({ length: 7 }, (_, day) => new Date(Date.UTC(2020, 5, 7 + day)));
  for (const locale of LOCALES) {
    for (const form of MONTH_FORMS) {
      const format = new Intl.DateTimeFormat(locale, { ...form, timeZone: 'UTC' });
      for (const day of months) for (const part of format.formatToParts(day)) if (part.type === 'month') add(part.value);
    }
    for (const form of WEEKDAY_FORMS) {
      const format = new Intl.DateTimeFormat(locale, { ...form, timeZone: 'UTC' });
      for (const day of weekdays) add(format.format(day));
    }
  }
  return names;
}

/** Chinese, Japanese and Korean dates count years, months and days: `2024年3月14日 09:41`. */
const CJK_DATE = /^\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일](?:\s?[（(]?[\p{Script=Han}\p{Script=Hangul}]{1,3}[)）]?)?(?:\s{0,3}\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/u;

/** The line is a date (maybe with a time) written with month or weekday names, or with CJK date marks. */
export function isWordyDateLine(text: string): boolean {
  if (text.length > MAX_TOKENS * 12) return false;
  if (CJK_DATE.test(text)) return true;
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  if (tokens.length < 2 || tokens.length > MAX_TOKENS) return false;
  const known = dateNames();
  let numbers = 0;
  let named = 0;
  for (const token of tokens) {
    if (/^\d{1,4}$/.test(token)) numbers++;
    else if (known.has(token)) named++;
  }
  return numbers > 0 && named > 0 && numbers + named >= tokens.length * DATE_SHARE;
}
