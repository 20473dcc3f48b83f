/**
 * How the date vocabulary is read from the runtime's locale data (ICU): month and weekday names in
 * every form a date uses, and every relative-time template. scripts/date-names.mjs writes the
 * result into date-names.ts, so that no thread pays for it (about 55 ms at its first page); a test
 * checks the file against the ICU of the runtime it runs on.
 */
import { relativeTimeTemplate } from './dates.js';

/** Languages whose dates are written with month and weekday names. */
const NAMED_DATE_LOCALES = [
  'en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'cs', 'sk', 'sv', 'da', 'nb', 'fi', 'ro', 'hu', 'tr', 'id', 'ca', 'hr', 'sl', 'bg', 'el',
];
/** Languages whose dates are numeric (no month names to learn) but whose widgets say `3小时前`. */
const RELATIVE_ONLY_LOCALES = ['zh', 'ja', 'ko', 'ar', 'he', 'hi', 'th', 'vi'];

/** Long and short names, standalone and in a date (Slavic languages decline the month there). */
const MONTH_FORMS: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }];
const WEEKDAY_FORMS: Intl.DateTimeFormatOptions[] = [{ weekday: 'long' }, { weekday: 'short' }];
const TOKEN = /[\p{L}\p{N}]+/gu;
const RELATIVE_UNITS: Intl.RelativeTimeFormatUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];
/** Numbers that bring out every plural form (Slavic languages have three). */
const PLURAL_SAMPLES = [1, 2, 5];
const RELATIVE_STYLES: Intl.RelativeTimeFormatStyle[] = ['long', 'short'];

/** A day in each month, January's first. */
const MONTH_DAYS = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2020, month, 15)));

/** The words of month and weekday names, lower-cased and sorted. */
export function dateNamesFromIcu(): string[] {
  const names = new Set<string>();
  const add = (text: string) => {
    // one- and two-letter abbreviations (`P`, `Mo`, `Do`) are words of other languages too
    for (const token of text.toLowerCase().match(TOKEN) ?? []) if (token.length >= 3 && !/\d/.test(token)) names.add(token);
  };
  const weekdays = Array.from({ length: 7 }, (_, day) => new Date(Date.UTC(2020, 5, 7 + day)));
  for (const locale of NAMED_DATE_LOCALES) {
    for (const form of MONTH_FORMS) {
      const format = new Intl.DateTimeFormat(locale, { ...form, timeZone: 'UTC' });
      for (const day of MONTH_DAYS) for (const part of format.formatToParts(day)) if (part.type === 'month') add(part.value);
    }
    for (const form of WEEKDAY_FORMS) {
      const format = new Intl.DateTimeFormat(locale, { ...form, timeZone: 'UTC' });
      for (const day of weekdays) add(format.format(day));
    }
  }
  return [...names].sort();
}

/**
 * Each month's names, January's first, in every form a date uses, each list sorted: only names
 * every named-date language that has them gives one month (`listopad` is November in Czech and
 * Polish but October in Croatian, and is left out).
 */
export function monthNamesFromIcu(): string[][] {
  const months = new Map<string, Set<number>>();
  for (const locale of NAMED_DATE_LOCALES) {
    for (const form of MONTH_FORMS) {
      const format = new Intl.DateTimeFormat(locale, { ...form, timeZone: 'UTC' });
      MONTH_DAYS.forEach((day, month) => {
        for (const part of format.formatToParts(day)) {
          if (part.type !== 'month') continue;
          for (const token of part.value.toLowerCase().match(TOKEN) ?? []) {
            if (token.length >= 3 && !/\d/.test(token)) (months.get(token) ?? months.set(token, new Set()).get(token)!).add(month);
          }
        }
      });
    }
  }
  const byMonth: string[][] = MONTH_DAYS.map(() => []);
  for (const [name, numbers] of months) if (numbers.size === 1) byMonth[[...numbers][0]!]!.push(name);
  return byMonth.map((names) => names.sort());
}

/** Every relative-time template (`vor # stunden`, `yesterday`), sorted. */
export function relativeTimeTemplatesFromIcu(): string[] {
  const templates = new Set<string>();
  for (const locale of NAMED_DATE_LOCALES.concat(RELATIVE_ONLY_LOCALES)) {
    for (const style of RELATIVE_STYLES) {
      const always = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style });
      const auto = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style });
      for (const unit of RELATIVE_UNITS) {
        for (const n of PLURAL_SAMPLES) templates.add(relativeTimeTemplate(always.format(-n, unit)));
        // `yesterday`, `gestern`, `вчера`; `today`, `heute`
        templates.add(relativeTimeTemplate(auto.format(-1, unit)));
        templates.add(relativeTimeTemplate(auto.format(0, unit)));
      }
    }
  }
  return [...templates].sort();
}
