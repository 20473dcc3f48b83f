import type { Element } from 'domhandler';
import { load } from 'cheerio/slim';
import { cleanInline } from '../clean.js';
import type { HtmlHead } from './head.js';
import { asIs, attributePiece, textOf, type PieceDecoder } from './pieces.js';

/** What the markup of a page states about it: its head's elements, and metadata elements elsewhere. */
export interface StatedHead {
  /** The first `<title>` with text. */
  title: string | null;
  /** `<html lang>`. */
  lang: string | null;
  /** `<link rel=canonical>`. */
  canonical: string | null;
  /** `<base href>`: what the page's relative addresses are relative to. */
  base: string | null;
  /** Every `<meta>` value by its key (`property`, `name` or `itemprop`, lower-cased), in document order. */
  meta: Map<string, string[]>;
  /** The text of every JSON-LD script. */
  jsonLd: string[];
  /** `<link rel=image_src>`: the picture an older convention names for sharing the page. */
  imageLink: string | null;
}

/** The elements that state a page's metadata, as selectors find them in its `<head>`. */
const STATING = 'title, meta[content], base[href], link[href][rel], script[type="application/ld+json" i]';

/**
 * The elements that state the page's metadata, in document order: the head's own, found by
 * selectors (its children: a selector over its whole subtree costs twice as much, and a head's
 * metadata stands at its top level); elsewhere, the walk's own (it met them one by one: see
 * `collectHead`).
 */
export function statingElements(handed: Element[]): Element[] {
  return handed.flatMap((el) => (el.name === 'head' ? $(el).children(STATING).toArray() : el.name === 'html' ? [] : [el]));
}

/**
 * Selectors over the page's tree as the walk's parser made it, which is not parsed again: `$(element)`
 * searches below the element whatever document `$` was loaded with. One `$` for every page: each
 * `load` makes a class of its own, and a class a page leaves the selectors' code slow.
 */
const $ = load([]);

/**
 * Reads the metadata elements the walk handed over (see `HtmlHead`) by selectors: the head is
 * searched whole, the elements found outside it are taken as they are. `bytes` reads the page's
 * pieces as the walk read them (see `PieceDecoder`).
 */
export function readStated(head: HtmlHead, bytes: PieceDecoder = asIs): StatedHead {
  const stated: StatedHead = { title: null, lang: null, canonical: null, base: null, meta: new Map(), jsonLd: [], imageLink: null };
  const attribute = (value: string | undefined): string | null => (value === undefined ? null : attributePiece(value, bytes).trim() || null);
  for (const el of head.elements) if (el.name === 'html') stated.lang ??= attribute(el.attribs.lang);
  for (const el of statingElements(head.elements)) {
    const a = el.attribs;
    switch (el.name) {
      case 'title':
        stated.title ??= cleanInline(textOf(el, bytes)) || null;
        break;
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
        if (!key || a.content === undefined) break;
        const value = attributePiece(a.content, bytes);
        const values = stated.meta.get(key);
        if (values) values.push(value);
        else stated.meta.set(key, [value]);
        break;
      }
      case 'link': {
        const rel = a.rel?.toLowerCase() ?? '';
        if (rel === 'canonical') stated.canonical ??= attribute(a.href);
        else if (rel.includes('image_src')) stated.imageLink ??= attribute(a.href);
        break;
      }
      case 'base':
        stated.base ??= attribute(a.href);
        break;
      case 'script':
        if (a.type?.toLowerCase() === 'application/ld+json') stated.jsonLd.push(textOf(el, bytes, false));
        break;
    }
  }
  return stated;
}

/** The first value of the first of these `<meta>` keys the page gives, trimmed; null for none. */
export function metaValue(stated: StatedHead, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const value of stated.meta.get(key) ?? []) {
      const v = value.trim();
      if (v) return v;
    }
  }
  return null;
}
