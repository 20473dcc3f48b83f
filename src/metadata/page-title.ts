/**
 * The title of an HTML page, once its type is known: the `<h1>` one of its declared titles (for
 * sharing, in its `<title>`, in its JSON-LD) names, else the one that agrees with the declared
 * title, else, on a page headed by its name, the headline, and on another page the declared
 * title, its site's name taken off. Where the two still differ, what the page prints settles it.
 */
import { decodeHTML } from 'entities';
import type { Block, PageCues, PageType } from '../model/index.js';
import { SECTION_HEADING_WORDS, TITLE_AGREEMENT } from '../settings.js';
import { folded } from './described.js';
import { declaredLine, pipedAfter, headingInDeclared, ledInto, lostCharacters, printedAlone, repeatedHeading, titleWords } from './title-evidence.js';
import { withoutThreadLabel } from './thread-label.js';
import { mapped } from '../model/mapped.js';

/** The titles a page declares: for sharing (`og:title`, `twitter:title`), in its `<title>`, and as its article's JSON-LD `headline`. */
export interface DeclaredTitles {
  shared: string | null;
  document: string | null;
  headline?: string | null;
}

/** `Headline | Site`, `Site - Headline`, `Headline — Section — Site`, `Headline :: Site`, `Headline » Site`. */
const PARTS = /\s+[|–—·:-]\s+|\s+::\s+|\s+»\s+|\s*\|\s*/;

/** A heading's permalink mark, printed at its end by documentation generators (`Basic Usage¶`). */
const PERMALINK = /\s*[¶§]+$/u;

/** Pages whose `<h1>` is their name: a story's headline, a thread's subject, a shop's category (`Sofas & sectionals` over `Modern Sofas & Couches - IKEA`). */
const HEADLINED_PAGES: ReadonlySet<PageType> = new Set<PageType>(['article', 'forum', 'collection']);

/** The first part of a declared title that is not the site's name: most pages put the headline first, some the site. */
function declaredHeadline(title: string, siteNames: string[]): string {
  const parts = mapped(title.split(PARTS), (p) => p.trim()).filter(Boolean);
  return parts.find((p) => !siteNames.includes(folded(p))) ?? title.trim();
}

const wordsOf = (text: string) => new Set(titleWords(text));

/** Share of the shorter title's words the other holds too. */
function agreement(a: string, b: string): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

/**
 * The page's title. `headline`: the `<h1>` the story opens with, if it does; `headings`: the
 * page's `<h1>` elements; `siteNames`: the site's names, folded (see `siteNames`); `blocks`: the
 * page's blocks, where it may print its declared title.
 */
export function pageTitle(headline: string | null, declared: DeclaredTitles, headings: PageCues['headings'], siteNames: string[], type: PageType, blocks: readonly Block[] = []): string | null {
  const titles = { shared: asText(declared.shared), document: asText(declared.document), headline: asText(declared.headline ?? null) };
  const printed = mapped(headings, (h) => ({ ...h, text: asText(h.text)! }));
  const chosen = chosenTitle(asText(headline), titles, printed, siteNames, type, blocks)?.replace(PERMALINK, '');
  if (chosen === undefined) return null;
  const title = withoutSectionNumber(chosen, titles);
  const named = withoutSiteSuffix(title, siteNames);
  if (type === 'forum') return withoutThreadLabel(named, [titles.shared, titles.document]);
  return LISTS.has(type) ? named.replace(ITEM_COUNT, '') || named : named;
}

/** A section's place in a book or a manual, printed before its heading (`3.1 Git Branching`, `2.4.1. Syntax`). */
const SECTION_NUMBER = /^(\d+(?:\.\d+)+)\.?\s+(?=\p{L})/u;

/** A heading's section number that no declared title prints is the heading's place, not its name. */
function withoutSectionNumber(title: string, declared: DeclaredTitles): string {
  const number = SECTION_NUMBER.exec(title);
  if (!number || [declared.shared, declared.document].some((t) => t?.includes(number[1]!))) return title;
  return title.slice(number[0].length);
}

/** Pages that list items, and may print how many after their name. */
const LISTS: ReadonlySet<PageType> = new Set<PageType>(['listing', 'collection']);

/** The count a list prints after its name (`Best Books Ever (77141 books)`, `Fitness Equipment(102+)`): a number with a `+` or a word, not a year alone. */
const ITEM_COUNT = /\s*\((?:\d[\d,.]*\+|\d[\d,.]*\s+\p{L}+)\)$/u;

/** An entity a template wrote once too often (`What&#8217;s`, `TFC8&reg;`, a JSON-LD headline's `&amp;`): a title is text. */
const ENTITY = /&(?:#x?[0-9a-f]+|[a-z]+\d*);/i;

function asText(title: string | null): string | null {
  if (title === null) return null;
  // twice: `&amp;#8230;` is an entity written over an entity
  const text = ENTITY.test(title) ? decodeHTML(decodeHTML(title)) : title;
  // a soft hyphen marks where a long word may break across lines (`Assis&shy;tance`): it is no character of the title
  return text.includes('\u00ad') ? text.replaceAll('\u00ad', '') : text;
}

/** A title part parted by a spaced mark: a hyphen within a word (`Wi-Fi`) parts nothing. */
const SPACED_PART = /\s+[|–—·•-]\s+/;

/** A headline printed with its site's name after it, as a template writes it (`Vehicle Rental News | WRAL`), is the headline. */
function withoutSiteSuffix(title: string, siteNames: string[]): string {
  const parts = title.split(SPACED_PART);
  if (parts.length < 2 || !siteNames.includes(folded(parts[parts.length - 1]!))) return title;
  const cut = title.length - parts[parts.length - 1]!.length;
  return title.slice(0, cut).replace(/\s+[|–—·•-]\s+$/, '').trim() || title;
}

/** The printed `<h1>` that agrees best with the declared title, if one does. */
function agreeingHeading(printed: string[], stated: string): string | null {
  let best: string | null = null;
  let most = 0;
  for (const h of printed) {
    const a = agreement(h, stated);
    if (a >= TITLE_AGREEMENT && a > most) [best, most] = [h, a];
  }
  return best;
}

/**
 * The `<h1>` a declared title names; else the one that agrees best with the declared title (not
 * on a service page); else, on a page headed by its name, the headline; else the declared title.
 * Where the `<h1>` and the declared title differ, what the page prints settles it first (see
 * `title-evidence.ts`).
 */
function chosenTitle(headline: string | null, declared: DeclaredTitles, headings: PageCues['headings'], siteNames: string[], type: PageType, blocks: readonly Block[]): string | null {
  const titled = declared.shared ?? declared.document;
  const stated = titled ? declaredHeadline(titled, siteNames) : null;
  // a logo's <h1> names the site, or links to its home page, not the story
  const story = (t: string | null) => (t !== null && t.length > 0 && !siteNames.includes(folded(t)) ? t : null);
  const printed = mapped(headings.filter((h) => !h.home), (h) => story(h.text)).filter((t): t is string => t !== null);
  const sources = mapped([declared.shared, declared.document, declared.headline].filter((t): t is string => Boolean(t)), (t) => folded(declaredHeadline(t, siteNames)));
  // an <h1> that one of the declared titles names word for word is the headline, whatever the others say
  const named = printed.find((h) => sources.includes(folded(h)));
  if (named) return named;
  const repeated = repeatedHeading(printed, stated);
  if (repeated) return repeated;
  const agreed = stated ? agreeingHeading(printed, stated) : null;
  const heading = agreed ?? story(headline) ?? printed[0] ?? null;
  if (heading === null && stated !== null) return headingInDeclared(blocks, [declared.shared, declared.document].filter((t): t is string => Boolean(t)), stated, siteNames) ?? stated;
  if (heading === null || stated === null || folded(heading) === folded(stated)) return heading ?? stated;
  const line = declaredLine(heading, stated);
  if (line) return line;
  if (lostCharacters(heading, stated)) return stated;
  // what a heading adds after a pipe is its furniture; a heading over several lines, none of them the
  // declared title, sets a kicker, a subtitle, a date or a count beside the headline the title declares
  if (pipedAfter(heading, stated) || heading.includes('\n')) return stated;
  if (ledInto(heading, stated) || printedAlone(blocks, stated)) return stated;
  // a service page's <h1> is its pitch (`Cybersecurity Services`), however many words it shares with the page's name
  if (agreed && type !== 'service') return heading;
  if (!HEADLINED_PAGES.has(type)) return stated;
  // a shop's category is named in a word or two; a story's headline is not
  if (type === 'collection') return heading;
  const words = titleWords(heading).length;
  return words <= SECTION_HEADING_WORDS && words < titleWords(stated).length ? stated : heading;
}
