/**
 * What tells a page's printed `<h1>` from its declared title (`og:title`, or its `<title>` less
 * the site's name) where the two disagree: which of them the page prints as the story's
 * headline. Pure tests on the two texts and the page's blocks (see `page-title.ts`).
 */
import type { Block } from '../model/index.js';
import { LINK_DENSITY_BAD } from '../settings.js';
import { folded } from './described.js';
import { literal } from '../vocab/fragments.js';
import { mapped } from '../model/mapped.js';

/** A title's words, lower case, in order. */
export const titleWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The line of a heading printed over several (a date, a kicker or a bookmark button set on a
 * line of its own beside the headline) that is the declared title; null if none is.
 */
export function declaredLine(heading: string, declared: string): string | null {
  if (!heading.includes('\n')) return null;
  const wanted = folded(declared);
  return mapped(heading.split('\n'), (line) => line.trim()).find((line) => folded(line) === wanted) ?? null;
}

/** A pipe set between spaces: where a printed headline parts from its tag or its site's name (`Best Movers in NYC 2025 | Top 19 Companies`). */
const PIPE = /\s+\|\s+/;

/**
 * Whether a heading is the declared title and what follows a pipe: a tag, a section or a
 * subtitle the page sets apart from its headline (`How meditation rewires brains | Opinion`
 * over `How meditation rewires brains`).
 */
export function pipedAfter(heading: string, declared: string): boolean {
  const at = heading.search(PIPE);
  return at > 0 && folded(heading.slice(0, at)) === folded(declared);
}

/**
 * Whether a heading is the declared title after a lead-in: a label (`Thread:`, `Blog:`), a
 * date, a brand or a kicker the declared title leaves off (`UPLIFT V3 24" Deep Standing Desk`
 * over `24" Deep Standing Desk`).
 */
export function ledInto(heading: string, declared: string): boolean {
  const h = titleWords(heading);
  const d = titleWords(declared);
  if (d.length === 0 || h.length <= d.length) return false;
  const offset = h.length - d.length;
  return d.every((word, i) => h[offset + i] === word);
}


/**
 * Whether the page prints the declared title as a block of its own that is not a link (a
 * heading or a paragraph; a block mostly of links is a menu's, a teaser's or a breadcrumb's): then it is the story's headline, and an `<h1>` that says otherwise
 * is the site's, the section's or a banner's (a book's name over its chapter, `M&A Updates`
 * over the article).
 */
export function printedAlone(blocks: readonly Block[], declared: string): boolean {
  const wanted = folded(declared);
  if (wanted.length === 0) return false;
  for (const b of blocks) {
    // letters and digits are most of a title: a block far longer or shorter cannot fold to it
    if (b.text.length < wanted.length || b.text.length > 2 * declared.length) continue;
    if (b.linkChars < b.text.length * LINK_DENSITY_BAD && folded(b.text) === wanted) return true;
  }
  return false;
}

/**
 * Whether a heading is a run of the declared title's words, the declared title saying more
 * around it (`Payments` in `Stripe Payments`): then the declared title names what the heading
 * names, and more fully.
 */
export function widenedBy(heading: string, declared: string): boolean {
  const h = titleWords(heading);
  const d = titleWords(declared);
  return h.length > 0 && d.length > h.length && holdsRun(d, h);
}

/**
 * The first printed `<h1>`, where the page prints it again (a layout's headline set once for wide
 * screens and once for narrow): the page's own name, over a declared title that words it
 * otherwise. Not where the heading adds a tag to the declared title after a pipe, nor where the
 * declared title holds it with more words.
 */
export function repeatedHeading(printed: readonly string[], declared: string | null): string | null {
  const first = printed[0];
  if (first === undefined || !printed.slice(1).some((other) => folded(other) === folded(first))) return null;
  return declared !== null && (pipedAfter(first, declared) || widenedBy(first, declared)) ? null : first;
}

/**
 * Whether a heading is the declared title as a charset conversion wrote it, with `?` for each
 * character it could not write (`Event Planning? Beginner? Guide` for `Event Planning: Beginner's
 * Guide`): a `?` within the heading, not its last, stands for one or two characters of the
 * declared title, and the rest is the same.
 */
export function lostCharacters(heading: string, declared: string): boolean {
  const asked = heading.endsWith('?');
  const body = asked ? heading.slice(0, -1) : heading;
  if (!body.includes('?') || heading.length > 2 * declared.length) return false;
  const pattern = mapped(body.split('?'), literal).join('[^?]{1,2}');
  return new RegExp(`^${pattern}${asked ? '\\?' : ''}$`, 'iu').test(declared);
}

/** Whether `words` holds `run` as consecutive words. */
function holdsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, j) => words[i + j] === w)) return true;
  return false;
}

/**
 * On a page whose `<h1>` names no story (none, or the site's logo), the first heading it prints
 * that a declared title holds word for word, in a run of two words or more: the story's headline
 * as printed, free of what the title adds (`View topic`, `Browse subject:`, a section, a site's
 * name in a form its names miss). Null if none is, or if a heading before it prints the declared
 * headline whole (with more words or none): then that is the headline, as declared.
 */
export function headingInDeclared(blocks: readonly Block[], titles: string[], stated: string, siteNames: string[]): string | null {
  const declared = mapped(titles, titleWords);
  const headline = titleWords(stated);
  for (const b of blocks) {
    if (b.kind !== 'heading' || b.linkChars >= b.text.length * LINK_DENSITY_BAD) continue;
    const words = titleWords(b.text);
    if (holdsRun(words, headline)) return null;
    if (words.length < 2 || siteNames.includes(folded(b.text))) continue;
    if (declared.some((title) => holdsRun(title, words))) return b.text;
  }
  return null;
}
