/**
 * Dates written out in words (`sexta-feira, 22 de outubro de 2010 às 20:13`, `22. November 2019`,
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

function dateNames(): Set<string> {
  if (names) return names;
  names = new Set();
  const add = (text: string) => {
    // one- and two-letter abbreviations (`P`, `Mo`, `Do`) are words of other languages too
    for (const token of text.toLowerCase().match(TOKEN) ?? []) if (token.length >= 3 && !/\d/.test(token)) names!.add(token);
  };
  for (const locale of LOCALES) {
    for (let month = 0; month < 12; month++) {
      const day = new Date(Date.UTC(2020, month, 15));
      for (const form of MONTH_FORMS) {
        for (const part of new Intl.DateTimeFormat(locale, { ...form, timeZone: 'UTC' }).formatToParts(day)) if (part.type === 'month') add(part.value);
      }
    }
    for (let weekday = 0; weekday < 7; weekday++) {
      const day = new Date(Date.UTC(2020, 5, 7 + weekday));
      for (const form of WEEKDAY_FORMS) add(new Intl.DateTimeFormat(locale, { ...form, timeZone: 'UTC' }).format(day));
    }
  }
  return names;
}

/** The line is a date (maybe with a time) written with month or weekday names. */
export function isWordyDateLine(text: string): boolean {
  if (text.length > MAX_TOKENS * 12) return false;
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
