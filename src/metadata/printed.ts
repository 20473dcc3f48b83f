/**
 * What an HTML page prints about its story where its metadata is silent: the byline and the date
 * by its headline, read once the story is found (the headline's place is known then).
 */
import type { Metadata, PageCues, PageType, ScoredBlock, Verdict } from '../model/index.js';
import { textCues } from './text.js';
import { DATE_MAX_CHARS, DOUBTFUL_STORY_REACH, PRINTED_CUE_REACH, SERVICE_DATE_REACH, UTC_FURTHEST_BEHIND_MS } from '../settings.js';
import { authorName, footDateLine, ISO_DAY_CHARS, nearest, placesWithin, printedBylineLine, printedDateLine, type Reach } from './printed-lines.js';
import { findDate, isoDate, statedDate } from './date.js';
import { folded } from './described.js';
import { dumpBylineLine } from './dump-byline.js';
import { stopwordsFor } from '../detect/language.js';
import { questionAsker } from './question-stamp.js';
import { threadStarter } from './thread-starter.js';
import { memberCardName } from './member-card.js';
import { storyPictureName } from './story-picture.js';

/**
 * Where the story's headline stands: its block, or the `<h1>` the declared title names (else the
 * first that does not name the site: a logo's), or the story's first kept block.
 */
function headlinePlace(blocks: ScoredBlock[], title: number | null, cues: PageCues, declared: string | null, siteNames: string[]): number | null {
  if (title !== null) return title;
  const headings = cues.headings.filter((h) => h.text.length > 0 && !h.home && !siteNames.includes(folded(h.text)));
  const h1 = (declared === null ? undefined : headings.find((h) => folded(h.text) === folded(declared))) ?? headings[0];
  if (h1) return h1.at;
  const first = blocks.findIndex((b) => b.label === 'keep');
  return first < 0 ? null : first;
}

/** The byline the page prints by its headline: the nearest element marked or named as its author's that holds a name. */
function printedByline(cues: PageCues, at: number, reach: Reach = PRINTED_CUE_REACH.author): string | null {
  for (const cue of nearest(cues.authors, at, reach)) {
    const name = authorName(cue.text);
    if (name) return name;
  }
  return null;
}

/** The date the page prints by its headline: the nearest `<time datetime>` that holds a full date. */
function printedTime(cues: PageCues, at: number, lang: string | null, reach: Reach = PRINTED_CUE_REACH.date): string | null {
  for (const cue of nearest(cues.times, at, reach)) if (findDate(cue.text, lang)) return cue.text;
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
  modifiedDate: string | null;
  /** The page states its publication under Open Graph's key (see `sharedPublication`). */
  sharedPublication: boolean;
  url: string | null;
  lang: string | null;
  type: PageType;
  /** The site's names (see `siteNames`). */
  siteNames: string[];
}

/**
 * Pages whose story has an author and a date: a listing's and a shop's printed names and dates are
 * their items'. A service page is read too: a page is judged one for want of a stated date or
 * author, and a post that states neither still prints them by its headline.
 */
const AUTHORED: ReadonlySet<PageType> = new Set<PageType>(['article', 'forum', 'documentation', 'service']);

/**
 * Pages not read for printed dates whose markup's dates are still their own: a ranked list is
 * written and dated as a story is (a shop's and a collection's markup dates are their template's).
 */
const MARKUP_DATED: ReadonlySet<PageType> = new Set<PageType>(['listing']);

/**
 * The byline and date of an HTML page, where its metadata named none: the byline printed by the
 * headline (a `By …` line, then the nearest author element), which also wins over a metadata
 * author that is only the site's name, or no name; its date (see `pageDate`).
 */
export function printedMetadata(meta: Metadata, page: PrintedContext): Pick<Metadata, 'byline' | 'date'> {
  const { blocks, verdicts, cues } = page;
  const authored = AUTHORED.has(page.type);
  const at = authored ? headlinePlace(blocks, page.title, cues, meta.title, page.siteNames) : null;
  const stated = meta.byline ?? textCues(blocks, page.title).byline;
  // a marked author element the metadata took is weighed again with the others, by the headline
  const markedOnly = cues.authors.some((a) => a.marked && a.text === stated);
  const weak = stated === null || markedOnly || NO_NAME.test(stated) || namesTheSite(stated, [...page.siteNames, ...(meta.publisher ? [folded(meta.publisher)] : [])]);
  // a service page's story, if it is one, prints its byline and date just by its headline
  const near = page.type === 'service' ? { author: DOUBTFUL_STORY_REACH, date: SERVICE_DATE_REACH } : PRINTED_CUE_REACH;
  const printed = weak && at !== null ? printedByline(cues, at, near.author) ?? printedBylineLine(blocks, verdicts, at, stopwordsFor(page.lang), near.author) : null;
  return { byline: printed ?? stated, date: pageDate(meta.date, page, at, near) };
}

/**
 * An HTML page's date: the one its markup states (the common keys', or where they are silent or
 * disagree with what the headline prints, the rarer keys' and its JSON-LD node's), then on a
 * story the one it prints by its headline (a date line, a `<time>`), its address's, and last its
 * latest update's. A date printed by the byline that is earlier than the stated one wins, and
 * one printed by the headline that is later where Open Graph states no publication (`laterPrinted`).
 */
function pageDate(date: string | null, page: PrintedContext, at: number | null, near: { author: Reach; date: Reach }): string | null {
  const { blocks, verdicts, cues, laterDate, lang } = page;
  const authored = AUTHORED.has(page.type);
  const byHeadline = (at: number) => printedDateLine(blocks, verdicts, at, lang, near.date) ?? printedTime(cues, at, lang, near.date);
  const printedDate = (at: number) => byHeadline(at) ?? storyFootDate(page, at);
  const ownMarkup = authored || MARKUP_DATED.has(page.type);
  const later = ownMarkup ? laterDate : null;
  const stated = at !== null && date !== null && later !== null ? agreed(date, later, page, at, near.author) : date ?? later;
  const timed = at !== null && headerTime(date, cues, at, near.date);
  const given = (timed ? printedDate(at) : null) ?? stated;
  // a thread's earlier dates are its members' join dates and other threads', its later ones its replies'
  const story = authored && page.type !== 'forum' ? at : null;
  // where the header's time gave way to the date by the headline, that date is read already, and none is later than itself
  if (given !== null && story !== null) return earlierPrinted(given, page, story, near.author) ?? (page.sharedPublication || timed ? null : laterPrinted(given, byHeadline(story), lang)) ?? given;
  if (given !== null) return given;
  const printedOrFiled = !authored ? null : (at === null ? null : printedDate(at)) ?? addressDate(page.url);
  return printedOrFiled ?? (ownMarkup ? page.modifiedDate : null);
}

const dayOf = (date: string | null, lang: string | null) => (date === null ? null : isoDate(date, lang)?.slice(0, ISO_DAY_CHARS) ?? null);

/** Of two stated publication dates that disagree, the one the byline prints; the common keys' where it prints neither. */
function agreed(common: string, rarer: string, page: Pick<PrintedContext, 'blocks' | 'verdicts' | 'lang'>, at: number, reach: Reach): string {
  const rarerDay = dayOf(rarer, page.lang);
  if (rarerDay === null || rarerDay === dayOf(common, page.lang)) return common;
  return dayOf(printedDateLine(page.blocks, page.verdicts, at, page.lang, reach), page.lang) === rarerDay ? rarer : common;
}

/**
 * The page's date is its first `<time>` (no markup states one) and that stands far above the
 * headline: a header's (today's date, the last visit) or a sidebar's; the date printed by the
 * headline is the story's, where there is one.
 */
function headerTime(date: string | null, cues: PageCues, at: number, reach: Reach): boolean {
  const first = cues.times[0];
  return date !== null && first !== undefined && date === first.text && first.at < at - reach.before;
}

/**
 * The date printed by the byline where it is earlier than the one the markup states: the
 * markup's is then a later save of the story (a move to a new system, a re-publication, a
 * review), and the page still prints when the story first came out. Not a date an update label
 * opens, nor a thread's (its earlier dates are its members' join dates and other threads'). A
 * day before the stated one is often the same moment in the writer's time zone, the markup's in
 * UTC (`December 9, 2021` and `2021-12-10T02:17:00+00:00`): the page's address decides where it
 * files the story on a day; else it wins only where no time zone puts the stated moment on it
 * (`December 18, 2025` and `2025-12-19T22:02:58Z`), and never where the markup gives no time.
 */
function earlierPrinted(given: string, page: Pick<PrintedContext, 'blocks' | 'verdicts' | 'lang' | 'url'>, at: number, reach: Reach): string | null {
  const stated = isoDate(given, page.lang);
  // read on every story that states its date, and the parser is slow: only where a line by the byline holds a year not after the stated one
  if (stated === null || !yearBy(page.blocks, at, reach, ISO_YEAR.exec(stated)![0])) return null;
  const line = printedDateLine(page.blocks, page.verdicts, at, page.lang, reach, 1);
  const printed = line === null ? null : statedDate(line, page.lang);
  if (printed === null || printed.updated) return null;
  const day = printed.iso.slice(0, ISO_DAY_CHARS);
  const statedDay = stated.slice(0, ISO_DAY_CHARS);
  if (dayAfter(day) === statedDay) {
    const filed = addressDate(page.url);
    return (filed === null ? !shiftable(stated) : filed === day) ? line : null;
  }
  return day < statedDay ? line : null;
}

/**
 * The date printed by the headline where it is later than the stated one and the page states
 * its publication only outside Open Graph (its JSON-LD, its microdata): the page prints the day
 * it now goes by, a revision of an evergreen guide (`Last updated: Dec 4, 2025`), and the
 * stated one is when its system first saved the story. Where Open Graph states the publication,
 * that stands: the page is shared under it, and a later printed date is a revision's.
 */
function laterPrinted(given: string, printed: string | null, lang: string | null): string | null {
  const stated = dayOf(given, lang);
  const day = dayOf(printed, lang);
  return stated !== null && day !== null && day > stated ? printed : null;
}

/** A moment as `isoOf` and `fromIso` write one: a time with its offset (`Z`, `+05:30`). */
const ZONED = /T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Whether a stated moment falls on the day before its own in some time zone: it is less than
 * twelve hours into its UTC day. A date with no time, or a time with no offset, may be any moment.
 */
function shiftable(stated: string): boolean {
  return !ZONED.test(stated) || Date.parse(stated) - Date.parse(`${stated.slice(0, ISO_DAY_CHARS)}T00:00:00Z`) < UTC_FURTHEST_BEHIND_MS;
}

/** The day after an ISO day. */
function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, ISO_DAY_CHARS);
}

/** The year of an ISO date. */
const ISO_YEAR = /^\d{4}/;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

/** A line within reach of the headline holds `year` or one before it (a cheap test before the parser). */
function yearBy(blocks: ScoredBlock[], at: number, reach: Reach, year: string): boolean {
  return placesWithin(blocks, at, reach).some((i) => [...blocks[i]!.text.slice(0, DATE_MAX_CHARS).matchAll(YEAR)].some((m) => m[0] <= year));
}

/** The date a story prints at its foot (see `footDateLine`): not a thread's (the next post's), nor a service page's (its news'). */
function storyFootDate(page: Pick<PrintedContext, 'blocks' | 'verdicts' | 'lang' | 'type'>, at: number): string | null {
  return page.type === 'forum' || page.type === 'service' ? null : footDateLine(page.blocks, page.verdicts, at, page.lang);
}

/** The story of a dump as selection left it: its lines and their grades, its headline's line, its type, its language. */
export interface DumpStory {
  blocks: ScoredBlock[];
  verdicts: Verdict[];
  title: number | null;
  type: PageType;
  lang: string | null;
}

/**
 * Dumps whose printed names and dates are their items' (a shop's reviewers, a listing's authors);
 * a collection's are read only just under its headline (`DOUBTFUL_STORY_REACH`). A dump's other types are all read: its type is judged without the metadata that shows a story
 * (a date, an author), so many an article's dump passes for a service page.
 */
const ITEM_PAGES: ReadonlySet<PageType> = new Set<PageType>(['product', 'listing']);

/** Dumps whose author box may stand far under the headline, past a long story or a thread's first post: a byline line there is the story's. */
const STORY_PAGES: ReadonlySet<PageType> = new Set<PageType>(['article', 'forum']);

/** A dump's byline and date, where its byline, source and date lines gave none: the lines by its headline that print them (see `printedBylineLine`). */
export function printedInDump(meta: Pick<Metadata, 'byline' | 'date'>, story: DumpStory): Pick<Metadata, 'byline' | 'date'> {
  const at = story.title ?? story.blocks.findIndex((b) => b.label === 'keep');
  if (ITEM_PAGES.has(story.type) || at < 0) return meta;
  // a collection's items print theirs further down; the lines just under its headline are a story's, one judged a collection
  const collection = story.type === 'collection';
  // a date line that holds no full date (`7 min read`, `June 4`) gives way to one that does
  const reach = collection ? DOUBTFUL_STORY_REACH : undefined;
  const dated = meta.date !== null && isoDate(meta.date, story.lang) !== null;
  const date = dated ? meta.date : printedDateLine(story.blocks, story.verdicts, at, story.lang, reach) ?? meta.date;
  const { blocks, verdicts } = story;
  const stopwords = stopwordsFor(story.lang);
  const headline = story.title === null ? null : blocks[story.title]!.text;
  return {
    byline: threadStarter(blocks) ?? meta.byline ?? (story.type === 'forum' ? memberCardName(blocks) : null) ?? questionAsker(blocks, at)
      ?? printedBylineLine(blocks, verdicts, at, stopwords, reach) ?? dumpBylineLine(blocks, verdicts, at, stopwords, reach, STORY_PAGES.has(story.type)) ?? storyPictureName(blocks, stopwords, headline),
    date: date ?? (collection ? null : storyFootDate(story, at)),
  };
}
