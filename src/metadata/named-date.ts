/**
 * A date written with a month's name in any of the languages ICU names months in (`04-ago-2021`
 * on an English page, `12 marca 2024`, `5. lokakuuta 2023`, `12 Mart 2024`): the date parser
 * reads a dozen languages, each only in its own page, and pages of the others and pages that
 * print another language's date still state one.
 */
import { MONTH_NAMES } from '../vocab/date-names.js';
import { mapped } from '../model/mapped.js';

/** Each month name's number, January 1. */
const MONTHS = new Map<string, number>(MONTH_NAMES.flatMap((names, month) => mapped(names, (name): [string, number] => [name, month + 1])));

/** Day, month, year (`04-ago-2021`, `12 de marzo de 2024`, `5. lokakuuta 2023`): named groups. */
const DAY_FIRST = /(?<![\p{L}\p{N}])(?<day>\d{1,2})\.?(?:[\s./-]+de)?[\s./-]+(?<month>\p{L}{3,})\.?,?(?:\s+de)?[\s./-]+(?<year>(?:19|20)\d{2})(?!\d)/gu;
/** Month, day, year (`Ago 4, 2021`, `December 19. 2025`): named groups. */
const MONTH_FIRST = /(?<![\p{L}\p{N}])(?<month>\p{L}{3,})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?[.,]?\s+(?<year>(?:19|20)\d{2})(?!\d)/gu;

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when the numbers make a day of the calendar (no 31st of April). */
function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}

interface NamedDate {
  iso: string;
  text: string;
  index: number;
}

/** The first match of a shape whose month word is a month's name and whose numbers make a day. */
function firstOf(shape: RegExp, text: string): NamedDate | null {
  for (const m of text.matchAll(shape)) {
    const { day, month: name, year } = m.groups!;
    const month = MONTHS.get(name!.toLowerCase());
    const iso = month === undefined ? null : calendarDay(Number(year), month, Number(day));
    if (iso) return { iso, text: m[0], index: m.index };
  }
  return null;
}

/** The first date in the text written with a known month name, as `YYYY-MM-DD` with the words that wrote it, or null. */
export function namedMonthDate(text: string): NamedDate | null {
  const dayFirst = firstOf(DAY_FIRST, text);
  const monthFirst = firstOf(MONTH_FIRST, text);
  return !monthFirst || (dayFirst && dayFirst.index <= monthFirst.index) ? dayFirst : monthFirst;
}
