import type { Element } from 'domhandler';
import type { PageCues } from '../../model/index.js';
import { cleanInline } from '../clean.js';
import { AUTHOR_CUES_MAX, AUTHOR_MAX_CHARS } from '../../settings.js';
import { attributePiece, textOf, type PieceDecoder } from './pieces.js';

/**
 * What the walk hands over of what a page says about itself: the elements that state its
 * metadata, read later by selectors (`stated.ts`), and what the page prints about its story,
 * with where it stands among the blocks.
 */
export interface HtmlHead {
  /**
   * `<html>`, `<head>` (read whole: the walk does not enter it), and the `<meta>`, `<link>`,
   * `<title>` and script elements the walk met outside the head (microdata, JSON-LD in the body),
   * in document order.
   */
  elements: Element[];
  cues: PageCues;
}

export function emptyHead(): HtmlHead {
  return { elements: [], cues: { headings: [], times: [], authors: [] } };
}

/** Scripts are many in a page's body, and only JSON-LD ones state its metadata. */
const JSON_LD = /ld\+json/i;

/** Keeps the `<head>` and `<html>` elements, and a metadata element met elsewhere, for the selectors that read them. */
export function collectHead(el: Element, head: HtmlHead): void {
  if (el.name !== 'script' || JSON_LD.test(el.attribs.type ?? '')) head.elements.push(el);
}

/**
 * Class or id names of an element that holds the author's name: `author`, `byline`, `writer`,
 * `posted-by`, a forum's `username` and `poster`, in any casing or compound
 * (`article__author-name`, `authorName`, `c-byline`), but not `authorized` or a `poster` picture.
 */
const AUTHOR_NAMED = /author(?!i[sz]|it)|byline|writer|posted-?by|user-?name|poster(?!s?(?:$|[\s_-]))/i;
/**
 * …but not those around the name: a picture, a biography, links to follow, a comment's or a
 * reply's author, a label, a tooltip's card.
 */
const AUTHOR_AROUND = /avatar|image|img|photo|picture|bio(?:$|[\s_-]|graph)|descri|social|follow|comment|reply|label|tooltip|popover|title/i;

/**
 * A link to a page about a person: an author's (`/author/jane-doe`, `/autores/`, `/auteur/`), a
 * contributor's, a member's or a user's profile, the way sites link the names they print.
 */
const PROFILE_LINK = /\/(?:authors?|autor(?:es|en)?|auteurs?|contributors?|writers?|people|staff|members?|users?|u|profiles?)\/[^/?#]/i;
/** …but not a visitor's own account pages, which sit at the same addresses (`/users/sign_in`, `/user/login`). */
const ACCOUNT_LINK = /\/(?:sign|log|register|join|account|new|password|edit|settings|auth|session)|login|signin|signup/i;
const linksProfile = (el: Element) => el.name === 'a' && el.attribs.href !== undefined && PROFILE_LINK.test(el.attribs.href) && !ACCOUNT_LINK.test(el.attribs.href);

/** Cheap tests first: most elements have no class, and most classes no author in them. */
function authorNamed(el: Element): boolean {
  const a = el.attribs;
  const names = a.class === undefined ? a.id : a.id === undefined ? a.class : `${a.class} ${a.id}`;
  if (names === undefined || !(names.includes('uthor') || names.includes('yline') || names.includes('riter') || names.includes('oste') || names.includes('ser'))) return false;
  return AUTHOR_NAMED.test(names) && !AUTHOR_AROUND.test(names);
}

const AUTHOR_REL = /(?:^|\s)author(?:$|\s)/i;
const marksAuthor = (el: Element) => el.attribs.itemprop === 'author' || (el.attribs.rel !== undefined && AUTHOR_REL.test(el.attribs.rel));

/**
 * Notes what an element the walk enters prints about the story: a headline, a `<time
 * datetime>`, an author's name (an element marked as the author's, `rel=author` or
 * `itemprop=author`, or named so by its class). `at` is the index of the next block the walk
 * emits: the block the element's text opens, or the one after it.
 */
export function notePageCues(el: Element, head: HtmlHead, at: number, bytes: PieceDecoder): void {
  const cues = head.cues;
  const name = el.name;
  if (name === 'time' && el.attribs.datetime) cues.times.push({ at, text: attributePiece(el.attribs.datetime, bytes) });
  else if (name === 'h1') cues.headings.push({ at, text: cleanInline(textOf(el, bytes)) });
  if (cues.authors.length >= AUTHOR_CUES_MAX) return;
  const marked = marksAuthor(el);
  if (!marked && !authorNamed(el) && !linksProfile(el)) return;
  const text = cleanInline(textOf(el, bytes)).replace(/\n/g, ' ');
  if (text && text.length <= AUTHOR_MAX_CHARS) cues.authors.push({ at, text, marked });
}
