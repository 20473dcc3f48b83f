/**
 * The lines of a page or a dump by its headline that print its byline and date, and the names
 * they print: read once the story is found, nearest the headline first.
 */
import type { Family, PlacedCue, ScoredBlock, Verdict } from '../model/index.js';
import { BYLINE_LINE, DATE_WORD, MEMBER_SINCE, PICTURE_WORDS, PUBLICATION_STAMP, SOURCE_LINE, UPDATE_LABEL } from '../vocab/index.js';
import { AUTHOR_NAME_MAX_WORDS, BEFORE_HEADLINE_TIE, BEFORE_HEADLINE_WEIGHT, BYLINE_LINE_MAX_CHARS, NAME_LINE_MAX_WORDS, NAME_PARTICLE_MAX_CHARS, PRINTED_CUE_REACH, PRINTED_DATE_BESIDE, PRINTED_DATE_TRIES, STORY_FOOT_REACH } from '../settings.js';
import { isoDate, statedDate } from './date.js';
import { ALL_CAPS, markedLogin, openingName } from './name-runs.js';
import { mapped } from '../model/mapped.js';

export type Reach = { before: number; after: number };

/** The places of a page's blocks within reach of `at`, in order. */
export function placesWithin(blocks: readonly unknown[], at: number, reach: Reach): number[] {
  const places: number[] = [];
  for (let i = Math.max(0, at - reach.before); i <= Math.min(blocks.length - 1, at + reach.after); i++) places.push(i);
  return places;
}

/** The cues within reach of the headline, nearest first; one before it counts for more distance (see `BEFORE_HEADLINE_WEIGHT`). */
export function nearest<T extends PlacedCue>(cues: T[], at: number, reach: Reach): T[] {
  const distance = (c: PlacedCue) => (c.at >= at ? c.at - at : (at - c.at) * BEFORE_HEADLINE_WEIGHT - BEFORE_HEADLINE_TIE);
  return cues.filter((c) => c.at >= at - reach.before && c.at <= at + reach.after).sort((a, b) => distance(a) - distance(b));
}

const SEPARATORS = /^[\s|,·•–—:/»«›‹-]+|[\s|,·•–—:/»«›‹-]+$/g;
const DIGITS = /\d/;
const PUNCTUATION_AROUND = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const CLOCK = /^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$/i;
/** A count printed after a stamp (a post's number, its replies). */
const COUNT = /^\d+$/;
/** A year (glued to a word, too: `Dec 17, 2025Julian K. Arni`), or a date written in numbers, anywhere in a line. */
const YEARISH = /(?<!\d)(?:19|20)\d{2}(?!\d)|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b/;
/** A line that holds a date (see `YEARISH`). */
export const HOLDS_DATE = YEARISH;
/** A token that dates: a year, or a date written in numbers (`11/19/19`, `2024-03-15`). */
const DATING = /^(?:(?:19|20)\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{2,4})$/;

/**
 * A byline without the date printed beside it: each run of date words (`Sat Oct 12, 2024 2:13
 * pm`, `11/19/19 06:56 AM EST`) that holds a year or a numeric date is taken out. Token by token,
 * not by the date parser: a page has many author elements to try, and the parser is slow.
 */
function withoutDates(text: string): string {
  const tokens = text.split(/\s+/);
  const bare = mapped(tokens, (t) => t.replace(PUNCTUATION_AROUND, ''));
  const dateLike = mapped(bare, (t) => t !== '' && (DATE_WORD.test(t) || CLOCK.test(t) || DATING.test(t)));
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
  // a stamp's trailing count (`Noah_B August 31, 2023, 3:32pm 1`) goes with its date
  if (kept.length < tokens.length) while (kept.length > 1 && COUNT.test(kept[kept.length - 1]!)) kept.pop();
  return kept.join(' ');
}

/** An address (`hello@shop.example`) is no one's name. */
const NOT_A_NAME = /@/;

/** The parts of a byline line (`Jane Doe | Staff Writer`, `Jane Doe • 4 min read`). */
export const BYLINE_PARTS = /\s*[|•·]\s*/;

/** Words all of a picture's alternative text or a label's (`author image`, `avatar author avatar`), as lynx prints an author's picture. */
export const pictureText = (words: string[]) => words.every((w) => PICTURE_WORDS.has(w.toLowerCase()) || isLabelOnly(w));

/** One part's name, or null (see `authorName`). */
function nameOf(text: string): string | null {
  const labelled = BYLINE_LINE.exec(text)?.[1] ?? text;
  let name = (DIGITS.test(labelled) ? withoutDates(labelled) : labelled).replace(SEPARATORS, '').replace(/\s+/g, ' ').trim();
  // a field's value is a name only where it is a byline (`Modified: by Jessica Robinson`, not `Publisher: Facepunch`)
  if (name.includes(':')) name = BYLINE_LINE.exec(name.slice(name.indexOf(':') + 1).trim())?.[1]?.trim() ?? '';
  const words = name.split(' ');
  // a login may hold digits (`archuser38013`); words and digits together are a count or a stamp
  if (!name || (DIGITS.test(name) && words.length > 1) || NOT_A_NAME.test(name) || isLabelOnly(name) || pictureText(words)) return null;
  if (words.length > AUTHOR_NAME_MAX_WORDS || !/\p{L}/u.test(name)) return null;
  // a name capitalises its words but for short particles (`van`, `de`, `bin`): `Insights from`, `Personal finance` are none
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && w.length > NAME_PARTICLE_MAX_CHARS).length;
  return capitalised > 0 && lower > 0 ? null : name;
}

/**
 * A person's or a team's name (or a forum login) as an author element or a byline line prints
 * it: its label (`By`, `Written by`) and a date beside it taken off, the first of its parts that
 * is a name; null when none is (empty, a label alone, a sentence, a count).
 */
export function authorName(text: string): string | null {
  if (!BYLINE_PARTS.test(text)) return nameOf(text);
  for (const part of text.split(BYLINE_PARTS)) {
    const name = nameOf(part);
    if (name) return name;
  }
  return null;
}

/** `YYYY-MM-DD`: the day of an ISO date or timestamp. */
export const ISO_DAY_CHARS = 10;

/** Families of the lines that print a story's date: date lines and stamps, bylines with a date. */
const DATED: ReadonlySet<Family | undefined> = new Set<Family>(['date', 'byline']);

/**
 * The date the page prints by its headline: the nearest line graded a date or a byline that holds
 * a full date, or a line beside the headline that does (a date glued to a name is graded neither).
 */
export function printedDateLine(blocks: ScoredBlock[], verdicts: Verdict[], at: number, lang: string | null, reach: Reach = PRINTED_CUE_REACH.date, tries = PRINTED_DATE_TRIES): string | null {
  const lines: PlacedCue[] = [];
  // a line beside it is a date line when short and holding a year (the parser's tries are few)
  const beside = (i: number) => Math.abs(i - at) <= PRINTED_DATE_BESIDE && blocks[i]!.kind !== 'heading' && blocks[i]!.text.length <= BYLINE_LINE_MAX_CHARS && YEARISH.test(blocks[i]!.text);
  for (const i of placesWithin(blocks, at, reach)) {
    // the headline is no date line, whatever year its words name (`The December Watches 2025, Day Eighteen`)
    if (i === at && blocks[i]!.kind === 'heading') continue;
    if ((DATED.has(verdicts[i]?.family) && DIGITS.test(blocks[i]!.text)) || beside(i)) lines.push({ at: i, text: blocks[i]!.text });
  }
  // each try runs the date parser, the slowest step of the metadata: the nearest few lines only
  let update: { text: string; day: string } | null = null;
  for (const line of nearest(lines, at, reach).slice(0, tries)) {
    if (joinDate(blocks, line.at)) continue;
    const found = statedDate(line.text, lang);
    if (!found) continue;
    const day = found.iso.slice(0, ISO_DAY_CHARS);
    // an update's date (`edited Jul 21, 2020`) gives way to a publication's beside it (`asked Aug 5, 2016`), which never comes after it (the next post's stamp does)
    if (!found.updated && (update === null || day <= update.day)) return line.text;
    if (found.updated) update ??= { text: line.text, day };
  }
  return update?.text ?? null;
}

/** The line, or the label on the line before it, says a forum member joined then (`Joined: Jul 24, 2017`). */
export function joinDate(blocks: ScoredBlock[], i: number): boolean {
  const before = blocks[i - 1]?.text ?? '';
  return MEMBER_SINCE.test(blocks[i]!.text) || before.replace(MEMBER_SINCE, '').replace(/[\s:：]+/g, '') === '' && MEMBER_SINCE.test(before);
}

/**
 * The date a post prints at its foot (`Posted on April 13, 2023`): the nearest line graded a date
 * after the story's last kept block (and past the headline) that holds a full date. Not a
 * thread's: the line after its first post is the next post's stamp.
 */
export function footDateLine(blocks: ScoredBlock[], verdicts: Verdict[], at: number, lang: string | null): string | null {
  let last = blocks.length - 1;
  while (last > at && blocks[last]!.label !== 'keep') last--;
  if (last <= at) return null;
  for (let i = last + 1; i <= Math.min(blocks.length - 1, last + STORY_FOOT_REACH); i++) {
    // a heading opens what follows the story (`Recent News`): its dates are its items'
    if (blocks[i]!.kind === 'heading') return null;
    if (verdicts[i]?.family === 'date' && DIGITS.test(blocks[i]!.text) && isoDate(blocks[i]!.text, lang)) return blocks[i]!.text;
  }
  return null;
}


/** A line that labels the date or the figure on the line after it (`Published on`, `Last Updated:`, `Joined`). */
function labelOfNext(text: string): boolean {
  return /[:：]\s*$/.test(text) || PUBLICATION_STAMP.test(`${text} 1`) || MEMBER_SINCE.test(text);
}

/**
 * What no name is, whatever line it came from: a label left of a stamp (`Joined`, `Last
 * Modified`), a tag or a button's mark (`#work`, `+ Follow`, `[rt_reading_time]`), a word
 * that ends a sentence (`users.`, `Injured?`; not an initial, `Jr.` or `Ph.D.`).
 */
function notAName(name: string): boolean {
  if (labelOfNext(name) || (UPDATE_LABEL.test(name) && !name.includes(' by '))) return true;
  return !/^[\p{L}\p{N}]/u.test(name) || (/[.?!…]$/u.test(name) && !/(?:^|\s)\p{Lu}[\p{L}.]{0,5}\.$/u.test(name));
}

/** A one-word line is a word of the page's language, not a name or a login, where the story's prose writes it in lower case (`Marketing`, `Travel`, `movies`). */
function inProse(word: string, blocks: readonly ScoredBlock[]): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{L}+$/u.test(lower)) return false;
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${lower}(?![\\p{L}\\p{N}])`, 'u');
  return blocks.some((b) => b.text.length > BYLINE_LINE_MAX_CHARS && written.test(b.text));
}

/**
 * Whether a line that is only a name, beside a date, is one: a login or a word the story's prose
 * does not write (see `inProse`), or words a name is made of (`openingName`: not `Key
 * Takeaways`' stopwords, not `UX ANALYTICS`' capitals, not `Co-Founder & Marketing Director`).
 */
export function bareName(name: string, blocks: readonly ScoredBlock[], stopwords: Set<string>): boolean {
  // a login with its display name after it (`raoul (raoul)`) is one word
  const login = name.split(' (')[0]!;
  if (!login.includes(' ')) return !inProse(login, blocks) && !DATE_WORD.test(login);
  // a team's name opens with an article (`The Upwork Team`); a name in capitals is a name (`LEONARDO GARCIA`)
  const [first, ...rest] = name.split(' ');
  return ALL_CAPS.test(name) || openingName(name, stopwords) !== null || (stopwords.has(first!.toLowerCase()) && openingName(rest.join(' '), stopwords) !== null);
}


/** A time of day within a line (`11:15pm`, `16:26`): a post's stamp gives one, a story's date line seldom does. */
const TIME_WITHIN = /(?<![\d:])\d{1,2}:\d{2}(?![\d:])/;

/**
 * The name the stamp under line `i` prints within it, if one does: its date and time taken off,
 * a login's or a person's name (`DaleJack September 5, 2024, 11:15pm 1` under the thread's
 * category, `ChatGPT Bugs`). A date line without a time is a story's, and its words an icon's
 * label (`calendar August 23, 2023` under the author's name).
 */
function stampName(blocks: readonly ScoredBlock[], verdicts: Verdict[], i: number, stopwords: Set<string>): string | null {
  const text = blocks[i + 1]?.text;
  if (text === undefined || verdicts[i + 1]?.family !== 'date' || text.length > BYLINE_LINE_MAX_CHARS || !TIME_WITHIN.test(text)) return null;
  const name = authorName(text);
  return name !== null && !notAName(name) && name.split(' ').length <= NAME_LINE_MAX_WORDS && bareName(name, blocks, stopwords) ? name : null;
}

/** Families of lines that are no name, whatever their shape: the interface's words, counts, notices. */
const NOT_NAMES: ReadonlySet<Family | undefined> = new Set<Family>(['ui', 'counter', 'notice', 'date', 'byline']);

/** A line that is only a byline's label (`By`, `Written by:`): the name is the next line. */
const isLabelOnly = (text: string) => BYLINE_LINE.exec(`${text} x`)?.[1] === 'x';

/**
 * The byline a page or a dump prints by its headline in its lines: the nearest line graded a
 * byline, a stamp or a dated line that holds a name once its date is off (`Dakota Hebert July
 * 3, 2025`), the line after a lone `By`, or a line that is only a name beside a date line.
 */
export function printedBylineLine(blocks: ScoredBlock[], verdicts: Verdict[], at: number, stopwords: Set<string>, reach: Reach = PRINTED_CUE_REACH.author): string | null {
  const lines: PlacedCue[] = mapped(placesWithin(blocks, at, reach), (i) => ({ at: i, text: blocks[i]!.text }));
  // beside a date line, or one line off it across a count (`Brian Jenney`, `6 min read`, `Dec 1, 2025`)
  const dateAt = (i: number) => verdicts[i]?.family === 'date';
  const dated = (i: number) => dateAt(i) || (verdicts[i]?.family === 'counter' && (dateAt(i - 1) || dateAt(i + 1)));
  for (const line of nearest(lines, at, reach)) {
    const i = line.at;
    const family = verdicts[i]?.family;
    // a source line (`Source Reuters`) names the publisher, not the author
    if (line.text.length > BYLINE_LINE_MAX_CHARS || (i === at && family !== 'byline') || SOURCE_LINE.test(line.text)) continue;
    // a line that is only a name stands beside the date, or after a lone label, is short, and is no word of the interface
    const labelled = isLabelOnly(blocks[i - 1]?.text ?? '');
    const bare = !NOT_NAMES.has(family) && blocks[i]!.kind !== 'heading' && (labelled || dated(i - 1) || dated(i + 1));
    const name = family === 'byline' || family === 'date' || bare ? authorName(line.text) : null;
    if (name === null || notAName(name)) continue;
    // one word after a date is the story's first heading or a greeting (`Contents`, `Hi`): a name of one word stands over its date, or is a login
    const login = name.split(' (')[0]!;
    if (bare && !labelled && !dated(i + 1) && !login.includes(' ') && !markedLogin(login)) continue;
    // a post's stamp that names its poster (`DaleJack September 5, 2024, 11:15pm 1`) names the author, not the category line beside it (`ChatGPT Bugs`)
    const stamped = bare && !labelled ? stampName(blocks, verdicts, i, stopwords) : null;
    if (stamped !== null) return stamped;
    if (!bare || (name.split(' ').length <= NAME_LINE_MAX_WORDS && !labelOfNext(line.text) && bareName(name, blocks, stopwords))) return name;
  }
  return null;
}
