/**
 * What an HTML page prints about its story where its metadata is silent: the byline and the date
 * by its headline, read once the story is found (the headline's place is known then).
 */
import type { Family, Metadata, PageCues, PageType, PlacedCue, ScoredBlock, Verdict } from '../model/index.js';
import { textCues } from './text.js';
import { BYLINE_LINE, DATE_WORD } from '../vocab/index.js';
import { AUTHOR_NAME_MAX_WORDS, NAME_PARTICLE_MAX_CHARS, PRINTED_CUE_REACH, PRINTED_DATE_TRIES } from '../settings.js';
import { findDate } from './date.js';
import { folded } from './described.js';

/**
 * Where the story's headline stands: its block, or the `<h1>` the declared title names (else the
 * first that does not name the site: a logo's), or the story's first kept block.
 */
export function headlinePlace(blocks: ScoredBlock[], title: number | null, cues: PageCues, declared: string | null, siteNames: string[]): number | null {
  if (title !== null) return title;
  const headings = cues.headings.filter((h) => h.text.length > 0 && !h.home && !siteNames.includes(folded(h.text)));
  const h1 = (declared === null ? undefined : headings.find((h) => folded(h.text) === folded(declared))) ?? headings[0];
  if (h1) return h1.at;
  const first = blocks.findIndex((b) => b.label === 'keep');
  return first < 0 ? null : first;
}

type Reach = { before: number; after: number };

/** The cues within reach of the headline, nearest first (after it before before it, at one distance). */
function nearest<T extends PlacedCue>(cues: T[], at: number, reach: Reach): T[] {
  const distance = (c: PlacedCue) => (c.at >= at ? c.at - at : (at - c.at) * 2 - 1);
  return cues.filter((c) => c.at >= at - reach.before && c.at <= at + reach.after).sort((a, b) => distance(a) - distance(b));
}

const SEPARATORS = /^[\s|,·•–—:/»«›‹-]+|[\s|,·•–—:/»«›‹-]+$/g;
const DIGITS = /\d/;
const PUNCTUATION_AROUND = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const CLOCK = /^\d{1,2}[:.]\d{2}$/;
/** A token that dates: a year, or a date written in numbers (`11/19/19`, `2024-03-15`). */
const DATING = /^(?:(?:19|20)\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{2,4})$/;

/**
 * A byline without the date printed beside it: each run of date words (`Sat Oct 12, 2024 2:13
 * pm`, `11/19/19 06:56 AM EST`) that holds a year or a numeric date is taken out. Token by token,
 * not by the date parser: a page has many author elements to try, and the parser is slow.
 */
function withoutDates(text: string): string {
  const tokens = text.split(/\s+/);
  const bare = tokens.map((t) => t.replace(PUNCTUATION_AROUND, ''));
  const dateLike = bare.map((t) => t !== '' && (DATE_WORD.test(t) || CLOCK.test(t) || DATING.test(t)));
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let end = i;
    while (end < tokens.length && dateLike[end]) end++;
    if (end === i) kept.push(tokens[i++]!);
    else {
      if (!bare.slice(i, end).some((t) => DATING.test(t))) kept.push(...tokens.slice(i, end));
      i = end;
    }
  }
  return kept.join(' ');
}

/**
 * A person's or a team's name (or a forum login) as an author element prints it: its label (`By`,
 * `Written by`) and a date beside it taken off; null when what is left is no name (empty, a label
 * alone, a sentence, a count).
 */
export function authorName(text: string): string | null {
  const labelled = BYLINE_LINE.exec(text)?.[1] ?? text;
  const name = (DIGITS.test(labelled) ? withoutDates(labelled) : labelled).replace(SEPARATORS, '').replace(/\s+/g, ' ').trim();
  const words = name.split(' ');
  // a login may hold digits (`archuser38013`); words and digits together are a count or a stamp
  if (!name || (DIGITS.test(name) && words.length > 1) || BYLINE_LINE.exec(`${name} x`)?.[1] === 'x') return null;
  if (words.length > AUTHOR_NAME_MAX_WORDS || !/\p{L}/u.test(name)) return null;
  // a name capitalises its words but for short particles (`van`, `de`, `bin`): `Insights from`, `Personal finance` are none
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && w.length > NAME_PARTICLE_MAX_CHARS).length;
  return capitalised > 0 && lower > 0 ? null : name;
}

/** The byline the page prints by its headline: the nearest element marked or named as its author's that holds a name. */
export function printedByline(cues: PageCues, at: number): string | null {
  for (const cue of nearest(cues.authors, at, PRINTED_CUE_REACH.author)) {
    const name = authorName(cue.text);
    if (name) return name;
  }
  return null;
}

/** The date the page prints by its headline: the nearest `<time datetime>` that holds a full date. */
export function printedTime(cues: PageCues, at: number, lang: string | null): string | null {
  for (const cue of nearest(cues.times, at, PRINTED_CUE_REACH.date)) if (findDate(cue.text, lang)) return cue.text;
  return null;
}

/** Families of the lines that print a story's date: date lines and stamps, bylines with a date. */
const DATED: ReadonlySet<Family | undefined> = new Set<Family>(['date', 'byline']);

/** The date the page prints by its headline: the nearest line graded a date or a byline that holds a full date. */
export function printedDateLine(blocks: ScoredBlock[], verdicts: Verdict[], at: number, lang: string | null): string | null {
  const lines: PlacedCue[] = [];
  const reach = PRINTED_CUE_REACH.date;
  for (let i = Math.max(0, at - reach.before); i <= Math.min(blocks.length - 1, at + reach.after); i++) {
    if (DATED.has(verdicts[i]?.family) && DIGITS.test(blocks[i]!.text)) lines.push({ at: i, text: blocks[i]!.text });
  }
  // each try runs the date parser, the slowest step of the metadata: the nearest few lines only
  for (const line of nearest(lines, at, reach).slice(0, PRINTED_DATE_TRIES)) if (findDate(line.text, lang)) return line.text;
  return null;
}

/** A date in the page's address: `/2024/03/15/`, `/2024-03-15-`, the way blogs and newspapers file their stories. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)/;

export function addressDate(url: string | null): string | null {
  const [, year, month, day] = (url ? URL_DATE.exec(url) : null) ?? [];
  return day ? `${year}-${month}-${day}` : null;
}

/** The metadata's author is the site itself (one of its names), as a page's template often fills it in. */
function namesTheSite(byline: string, names: string[]): boolean {
  return names.includes(folded(byline));
}

/** An author the metadata gives that is no one's name: an address, a login, a number, a template's unfilled key (`page.head.author`). */
const NO_NAME = /^[^\s]*[@._\d][^\s]*$/;

/** What the story's page holds once the story is found: its blocks and their grades, the headline's block, what it prints and states. */
export interface PrintedContext {
  blocks: ScoredBlock[];
  verdicts: Verdict[];
  title: number | null;
  cues: PageCues;
  laterDate: string | null;
  url: string | null;
  lang: string | null;
  type: PageType;
  /** The site's names (see `siteNames`). */
  siteNames: string[];
}

/** Pages whose story has an author and a date: a listing's, a shop's, a service page's printed names and dates are its items'. */
const AUTHORED: ReadonlySet<PageType> = new Set<PageType>(['article', 'forum', 'documentation']);

/**
 * The byline and date of an HTML page, where its metadata named none: the byline printed by the
 * headline (a `By …` line, then the nearest author element), which also wins over a metadata
 * author that is only the site's name, or no name; the date the page states under a rarer
 * name, then the one it prints by the headline (a date line, a `<time>`), its address's, and
 * last its latest update's.
 */
export function printedMetadata(meta: Metadata, page: PrintedContext): Pick<Metadata, 'byline' | 'date'> {
  const { blocks, verdicts, cues, laterDate, url, lang } = page;
  const authored = AUTHORED.has(page.type);
  const at = authored ? headlinePlace(blocks, page.title, cues, meta.title, page.siteNames) : null;
  const stated = meta.byline ?? textCues(blocks, page.title).byline;
  // a marked author element the metadata took is weighed again with the others, by the headline
  const markedOnly = cues.authors.some((a) => a.marked && a.text === stated);
  const weak = stated === null || markedOnly || NO_NAME.test(stated) || namesTheSite(stated, [...page.siteNames, ...(meta.publisher ? [folded(meta.publisher)] : [])]);
  const printed = weak && at !== null ? printedByline(cues, at) : null;
  const date = meta.date ?? (!authored ? null : laterDate
    ?? (at === null ? null : printedDateLine(blocks, verdicts, at, lang) ?? printedTime(cues, at, lang)) ?? addressDate(url));
  return { byline: printed ?? stated, date };
}
