import type { Element } from 'domhandler';
import { cleanInline } from '../clean.js';
import { attributePiece, textOf, type PieceDecoder } from './pieces.js';

/** What the page says about itself, gathered during the same walk. */
export interface HtmlHead {
  title: string | null;
  lang: string | null;
  canonical: string | null;
  meta: Map<string, string>;
  jsonLd: string[];
  times: string[];
  h1: string[];
  /** The text of the first element the page marks as its author's (`rel=author`, `itemprop=author`). */
  authors: string[];
}

/** Reads what an element of the head (or the `<html>` element, or a JSON-LD script) says about the page. */
export function collectHead(el: Element, head: HtmlHead, bytes: PieceDecoder): void {
  const a = el.attribs;
  switch (el.name) {
    case 'html':
      if (a.lang) head.lang = a.lang;
      break;
    case 'head':
      for (const child of el.children) if (child.type !== 'text') collectHead(child as Element, head, bytes);
      break;
    case 'title':
      if (!head.title) head.title = cleanInline(textOf(el, bytes)) || null;
      break;
    case 'meta': {
      const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
      if (key && a.content && !head.meta.has(key)) head.meta.set(key, attributePiece(a.content, bytes));
      break;
    }
    case 'link':
      if (a.rel?.toLowerCase() === 'canonical' && a.href) head.canonical = attributePiece(a.href, bytes);
      break;
    case 'script':
      if (a.type?.toLowerCase() === 'application/ld+json') head.jsonLd.push(textOf(el, bytes, false));
      break;
  }
}
