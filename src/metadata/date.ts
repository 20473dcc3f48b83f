/**
 * A page's date as a program can read it: ISO 8601, `YYYY-MM-DD`, or a full timestamp with its
 * offset where the page gives one. The many shapes pages write dates in (`Feb 08, 2022`,
 * `Thu, 09/25/2025 - 11:38`, `22. November 2019`) are read by chrono, in the page's language.
 */
import { createRequire } from 'node:module';
import { DATE_MAX_CHARS, READ_DATES_KEPT } from '../settings.js';
import { UPDATE_LABEL } from '../vocab/index.js';
import { DATE_NAMES } from '../vocab/date-names.js';
import { namedMonthDate } from './named-date.js';
import { mapped } from '../model/mapped.js';

interface ParsedComponents {
  get(component: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'timezoneOffset'): number | null;
  isCertain(component: 'year' | 'month' | 'day' | 'hour' | 'timezoneOffset'): boolean;
}
interface ParsedResult {
  index: number;
  text: string;
  start: ParsedComponents;
}
interface Chrono {
  parse(text: string, reference?: Date): ParsedResult[];
  clone(): Chrono;
  parsers: object[];
}
interface ChronoLocale {
  strict: Chrono;
  Chrono: new (configuration: unknown) => Chrono;
  configuration: { createConfiguration(strictMode: boolean, littleEndian: boolean): unknown };
}

/** A date found in a text: its ISO form, and the words that wrote it. */
export interface FoundDate {
  iso: string;
  text: string;
  index: number;
  /** An update label opens it (`Updated May 1, 2024`): the date of a later change, not of the publication. */
  updated: boolean;
}

/**
 * The languages chrono reads. Another language's numeric dates are read day first, as British
 * English writes them (`12.03.2024` is the 12th of March wherever dots part a date); only
 * American English puts the month first.
 */
const CHRONO_LOCALES = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'ja', 'zh', 'sv', 'uk']);
const DAY_FIRST = 'en/GB';
const require = createRequire(import.meta.url);
const loaded = new Map<string, Chrono>();

/**
 * One language's parser, loaded when a page first needs it (all of chrono's take 200 ms to load,
 * one 5 to 50). Its strict form: the casual one reads "today" and "last week", which are no date
 * of a page, and its patterns cost a process 250 ms to compile on first use, the strict ones 50.
 */
function chronoFor(lang: string | null): Chrono {
  const base = lang?.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const locale = CHRONO_LOCALES.has(base) ? base : DAY_FIRST;
  let chrono = loaded.get(locale);
  if (!chrono) {
    if (locale === DAY_FIRST) {
      const en = require('chrono-node/en') as ChronoLocale;
      chrono = new en.Chrono(en.configuration.createConfiguration(true, true));
    } else chrono = (require(`chrono-node/${locale}`) as ChronoLocale).strict;
    chrono = withoutRelativeTimes(chrono);
    loaded.set(locale, chrono);
  }
  return chrono;
}

/**
 * A parser without the patterns of spans of time (`3 hours ago`, `within 2 days`, `in a week`):
 * what they read is never a page's date, and they cost a third of every reading.
 */
function withoutRelativeTimes(chrono: Chrono): Chrono {
  const lean = chrono.clone();
  lean.parsers = lean.parsers.filter((p) => !p.constructor.name.includes('TimeUnit'));
  return lean;
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
/**
 * A year glued to what follows it, as a dump flattens a page's separate elements: `February 22,
 * 2026February 22, 2026`, `November 11, 20228:23 PM`. Parted again, the date reads.
 */
const GLUED_YEAR = /(\b(?:19|20)\d{2})(?=\p{Script=Latin}|\d{1,2}[:.]\d{2}\b)/gu;
const ISO_DAY = /^(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/;
/** A year, or a day, month and two-digit year written as numbers: a relative time (`3 hours ago`) has neither. */
const HAS_YEAR = /\b\d{4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b/;
/** Relative dates are no date of the page: chrono reads them against the reading's own clock. */
const REFERENCE = new Date(0);

const pad = (n: number) => String(n).padStart(2, '0');

function offsetOf(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.trunc(m / 60))}:${pad(m % 60)}`;
}

/** An ISO date or timestamp as the page wrote it, normalised: a time only with its offset. */
function fromIso(text: string): string | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, day, hour, minute, second, zone] = m;
  if (!hour || !zone) return day!;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2').replace(/^[+-]00:00$/, 'Z');
  return `${day}T${hour}:${minute}:${second ?? '00'}${offset}`;
}

/** A date chrono read, in ISO 8601: a time only with its offset. */
function isoOf(s: ParsedComponents): string {
  const day = `${s.get('year')}-${pad(s.get('month')!)}-${pad(s.get('day')!)}`;
  const zoned = s.isCertain('hour') && s.isCertain('timezoneOffset');
  return zoned ? `${day}T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}:${pad(s.get('second') ?? 0)}${offsetOf(s.get('timezoneOffset')!)}` : day;
}

/**
 * Dates already read, by how, in which language and from what text: a page's stated and printed
 * dates are each read by several steps (the choice between two, an earlier printed one, the
 * result's own), and the parser is slow. Pure readings, so they hold across pages; cleared when full.
 */
const readDates = new Map<string, FoundDate | null>();

function remembered(key: string, read: () => FoundDate | null): FoundDate | null {
  const known = readDates.get(key);
  if (known !== undefined) return known;
  const found = read();
  if (readDates.size >= READ_DATES_KEPT) readDates.clear();
  readDates.set(key, found);
  return found;
}

/**
 * The first full date (day, month and year) in a text, in the page's language; where the text
 * holds several, the first that no update label opens (`Published March 3, 2024 · Updated May 1,
 * 2024`, `Updated May 1, 2024 Originally published March 3, 2024`): the story's publication.
 */
export function findDate(whole: string, lang: string | null): FoundDate | null {
  const text = whole.slice(0, DATE_MAX_CHARS);
  return remembered(`found ${lang ?? ''}\u0000${text}`, () => firstDate(text, lang));
}

/** What `findDate` finds in a text already cut to its opening (`DATE_MAX_CHARS`). */
function firstDate(text: string, lang: string | null): FoundDate | null {
  const trimmed = text.trim();
  const iso = fromIso(trimmed);
  if (iso) return { iso, text: trimmed, index: text.indexOf(trimmed), updated: false };
  if (!HAS_YEAR.test(text)) return null;
  let results: ParsedResult[];
  try {
    results = chronoFor(lang).parse(text, REFERENCE);
  } catch {
    return null;
  }
  const full = results.filter((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day') && HAS_YEAR.test(r.text));
  const updated = mapped(full, (r, i) => UPDATE_LABEL.test(text.slice(i === 0 ? 0 : full[i - 1]!.index + full[i - 1]!.text.length, r.index)));
  const at = Math.max(0, updated.indexOf(false));
  const chosen = full[at];
  if (chosen) return { iso: isoOf(chosen.start), text: chosen.text, index: chosen.index, updated: updated[at]! };
  // a month named in a language the parser does not read, or not the page's (`04-ago-2021` on an English page)
  const named = namedMonthDate(text);
  if (named) return { ...named, updated: false };
  // a machine's day, glued to what neither reads (`2025-12-17UTC07:30:00+00:00`), is still that day
  const day = ISO_DAY.exec(trimmed);
  return day ? { iso: day[0], text: day[0], index: text.indexOf(trimmed), updated: false } : null;
}

/**
 * A word glued to the capital after it, as a flattened page joins its elements (`Shauna
 * MitchellAugust 25, 2024`, `Mental HealthDECEMBER 22, 2022`): parted, the month name reads.
 */
const GLUED_WORDS = /(\p{Ll})(?=\p{Lu})/gu;
/**
 * A date's year followed by a month or weekday name: chrono reads `June 29, 2020 November 12,
 * 2021` as one date of the second, so the year is closed with a comma.
 */
const YEAR_BEFORE_NAME = /(\d(?:st|nd|rd|th)?\.?,?\s+(?:19|20)\d{2})\s+(?=(\p{L}+))/gu;
const DATE_NAME_SET = new Set(DATE_NAMES);

/** The date a text states (see `findDate`), its words parted where a flattened page glued them (its `text` and `index` are of the parted text). */
export function statedDate(text: string, lang: string | null): FoundDate | null {
  // the opening only, as `findDate` reads it: the partings run over every character
  const opening = text.slice(0, DATE_MAX_CHARS);
  return remembered(`stated ${lang ?? ''}\u0000${opening}`, () => {
    const parted = opening.replace(GLUED_WORDS, '$1 ').replace(GLUED_YEAR, '$1 ');
    return findDate(parted.replace(YEAR_BEFORE_NAME, (all, date: string, word: string) => (DATE_NAME_SET.has(word.toLowerCase()) ? `${date}, ` : all)), lang);
  });
}

/** A stated date in ISO 8601, or null where the text holds no full date. */
export function isoDate(text: string, lang: string | null): string | null {
  return statedDate(text, lang)?.iso ?? null;
}
