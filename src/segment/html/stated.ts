import type { AnyNode, Element } from 'domhandler';
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

/** A child node that is an element (a script and a style are elements of their own node types). */
const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** Whether an element attribute is there, as a selector's `[name]` finds it. */
const has = (el: Element, name: string) => el.attribs[name] !== undefined;

/** A child of the `<head>` that states the page's metadata (what `title, meta[content], base[href], link[href][rel], script[type="application/ld+json" i]` selects). */
function states(el: Element): boolean {
  switch (el.name) {
    case 'title':
      return true;
    case 'meta':
      return has(el, 'content');
    case 'base':
      return has(el, 'href');
    case 'link':
      return has(el, 'href') && has(el, 'rel');
    case 'script':
      return el.attribs.type?.toLowerCase() === 'application/ld+json';
    default:
      return false;
  }
}

/**
 * The elements that state the page's metadata, in document order: the head's own children (a
 * head's metadata stands at its top level); elsewhere, the walk's own (it met them one by one: see
 * `collectHead`). A loop over the children, not a selector engine: this runs once a page.
 */
export function statingElements(handed: Element[]): Element[] {
  const found: Element[] = [];
  for (const el of handed) {
    if (el.name === 'html') continue;
    if (el.name !== 'head') found.push(el);
    else for (const child of el.children) if (isElement(child) && states(child)) found.push(child);
  }
  return found;
}

/**
 * Reads the metadata elements the walk handed over (see `HtmlHead`): the head's children that
 * state metadata, and the elements found outside it as they are. `bytes` reads the page's
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
