import type { HtmlHead } from '../segment/html/walk.js';
import type { Metadata } from '../model/index.js';
import { jsonLdObjects, type Json, type JsonObject } from './json-ld.js';


const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|WebPage/;
/** `Headline | Site`, `Headline - Site`, `Headline — Site`. */
const TITLE_SEPARATOR = /\s+[|–—·-]\s+|\s+::\s+|\s+»\s+/;

function firstString(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(firstString).filter((x): x is string => Boolean(x));
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return firstString(value.name);
  return null;
}

/** The most article-like object among the page's JSON-LD scripts. */
function jsonLdArticle(scripts: string[]): JsonObject | null {
  let fallback: JsonObject | null = null;
  for (const node of jsonLdObjects(scripts, (n) => (n['@graph'] ? [n['@graph']] : []))) {
    const type = firstString(node['@type']) ?? '';
    if (ARTICLE_TYPE.test(type) && node.headline) return node;
    if (type && node.headline && !fallback) fallback = node;
  }
  return fallback;
}

const folded = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function notUrl(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

/** `<title>` carries the site name too; the headline is its longest part. */
function headlineFromTitle(title: string): string {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim());
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

export function htmlMetadata(head: HtmlHead): Metadata {
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const v = head.meta.get(k)?.trim();
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLdArticle(head.jsonLd);
  const h1 = head.h1.find((h) => h.length > 0) ?? null;
  const declared = meta('og:title', 'twitter:title') ?? firstString(ld?.headline) ?? (head.title ? headlineFromTitle(head.title) : null);
  const pageTitle = `${head.title ?? ''} ${declared ?? ''}`.toLowerCase();
  const title = h1 && pageTitle.includes(h1.toLowerCase()) ? h1 : declared ?? h1;
  const site = meta('og:site_name', 'application-name') ?? firstString(ld?.publisher);
  // a <meta name=author> often names the site: the article's own author, where it gives one, comes first then
  const named = notUrl(meta('author', 'article:author', 'parsely-author', 'dc.creator', 'byl'));
  const namesSite = named !== null && site !== null && folded(named) === folded(site);
  return {
    title: title?.replace(/\s+/g, ' ').trim() || null,
    byline: (namesSite ? null : named) ?? firstString(ld?.author) ?? head.authors[0] ?? named,
    date: meta('article:published_time', 'datepublished', 'pubdate', 'publishdate', 'dc.date', 'date', 'parsely-pub-date')
      ?? firstString(ld?.datePublished) ?? head.times[0] ?? null,
    dateRaw: null,
    site,
    lang: head.lang ? head.lang.split(/[-_]/)[0]!.toLowerCase() : null,
    url: head.canonical ?? meta('og:url'),
  };
}
