import type { Element } from 'domhandler';
import type { PageCues } from '../../model/index.js';
import { cleanInline } from '../clean.js';
import { AUTHOR_CUES_MAX, AUTHOR_MAX_CHARS, PRINTED_CUE_REACH } from '../../settings.js';
import { attributePiece, textOf, type PieceDecoder } from './pieces.js';
import { holdsLink } from './anchors.js';
import { linksProfile, relMarksAuthor, type AuthorMark } from './author-marks.js';
import type { Attributes } from './attributes.js';

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

/** A site's home page: its root, as a link writes it (`/`, `https://city.example/`). */
const HOME = /^(?:(?:https?:)?\/\/[^/?#]+\/?|\/)(?:index\.\w+)?$/i;

/** An element holds a link to the site's home page: a logo's heading. */
const linksHome = (el: Element): boolean => holdsLink(el, (href) => HOME.test(href.trim()));

/** The classes that hide an element's text from the eye and leave it to screen readers (`<span class="visually-hidden">Collection: </span>`). */
const VISUALLY_HIDDEN = /(?:^|\s)(?:sr-only|visually-?hidden|screen-?reader-(?:text|only)|hidden-visually|a11y-hidden)(?:\s|$)/i;

/** A heading's label for screen readers is no part of the title it prints. */
const visuallyHidden = (el: Element): boolean => el.attribs.class !== undefined && VISUALLY_HIDDEN.test(el.attribs.class);

/** The walk is within reach after the latest `<h1>` (see `PRINTED_CUE_REACH`). */
function nearHeadline(cues: PageCues, at: number): boolean {
  const h1 = cues.headings[cues.headings.length - 1];
  return h1 !== undefined && at - h1.at <= PRINTED_CUE_REACH.author.after;
}

/**
 * Notes what an element the walk enters prints about the story: a headline, a `<time
 * datetime>`, an author's name (an element marked or named as the author's: `author`, from its
 * judgement, see `authorMark`; a link by its own attributes). `at` is the index of the next
 * block the walk emits: the block the element's text opens, or the one after it.
 */
export function notePageCues(el: Element, attrs: Attributes, author: AuthorMark, head: HtmlHead, at: number, bytes: PieceDecoder): void {
  const cues = head.cues;
  const name = el.name;
  if (name === 'time' && el.attribs.datetime) cues.times.push({ at, text: attributePiece(el.attribs.datetime, bytes) });
  else if (name === 'h1') cues.headings.push({ at, text: cleanInline(textOf(el, bytes, true, visuallyHidden)), home: linksHome(el) });
  if (author !== 'marked' && relMarksAuthor(attrs.rel)) author = 'marked';
  // a page has hundreds of links, each address read at a cost: only those by a headline are looked at as a person's page
  else if (author === null && name === 'a' && nearHeadline(cues, at) && linksProfile(el)) author = 'named';
  if (author === null || cues.authors.length >= AUTHOR_CUES_MAX) return;
  const marked = author === 'marked';
  const text = cleanInline(textOf(el, bytes)).replace(/\n/g, ' ');
  if (text && text.length <= AUTHOR_MAX_CHARS) cues.authors.push({ at, text, marked });
}
