/**
 * What a page states about itself beyond its headline, author and date: its summary, its lead
 * picture, its topics and its publisher, from its `<meta>` elements and its article's JSON-LD.
 */
import type { Metadata } from '../model/index.js';
import { metaValue, type StatedHead } from '../segment/html/stated.js';
import { cleanInline } from '../segment/clean.js';
import { TAGS_MAX } from '../settings.js';
import { jsonLdText, type Json, type JsonObject } from './json-ld.js';

export type Described = Pick<Metadata, 'description' | 'image' | 'tags' | 'publisher'>;

/** A name folded for comparison: lower case, letters and digits only (`City Post` is `citypost`, as is `CITY-POST`). */
export const folded = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A page's keywords are listed in one attribute, parted by commas (or semicolons). */
const KEYWORD_SEPARATOR = /\s*[,;]\s*/;

/** Text as the page stated it, on one line; null for none. */
function oneLine(value: string | null | undefined): string | null {
  return value ? cleanInline(value).replace(/\n/g, ' ') || null : null;
}

/** A picture as JSON-LD gives it: an address, an `ImageObject` (its `url`), or a list of either (the first). */
function jsonLdImage(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.length ? jsonLdImage(value[0]) : null;
  if (value && typeof value === 'object') return jsonLdImage(value.url ?? value.contentUrl);
  return null;
}

/**
 * An address made absolute against the page's `<base>` or its own address; null where it cannot
 * be (a relative address on a page whose address is unknown) or is not a web address.
 */
export function absoluteUrl(address: string | null, base: string | null): string | null {
  if (!address) return null;
  // asked first, not caught: a relative address with no base is common, and a thrown error costs more than the parse
  if (base ? !URL.canParse(base) || !URL.canParse(address, base) : !URL.canParse(address)) return null;
  const resolved = base ? new URL(address, base) : new URL(address);
  return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : null;
}

/** The page's topics: `article:tag` elements, the keywords `<meta>`, JSON-LD `keywords`; trimmed, each once (whatever its case), in that order. */
function pageTags(stated: StatedHead, ld: JsonObject | null): string[] {
  const listed = [...(stated.meta.get('article:tag') ?? []), ...(stated.meta.get('keywords') ?? []), ...(stated.meta.get('news_keywords') ?? [])];
  const keywords = ld?.keywords;
  if (typeof keywords === 'string') listed.push(keywords);
  else if (Array.isArray(keywords)) for (const k of keywords) if (typeof k === 'string') listed.push(k);
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of listed.flatMap((value) => value.split(KEYWORD_SEPARATOR))) {
    const text = oneLine(tag);
    const key = text?.toLowerCase();
    if (!text || !key || seen.has(key)) continue;
    seen.add(key);
    tags.push(text);
    if (tags.length === TAGS_MAX) break;
  }
  return tags;
}

/** The organisation the article's JSON-LD (or a `<meta>`) names as its publisher, where it is not the site already named. */
function pagePublisher(stated: StatedHead, ld: JsonObject | null, site: string | null): string | null {
  const named = oneLine(jsonLdText(ld?.publisher) ?? metaValue(stated, 'publisher', 'dc.publisher', 'citation_publisher'));
  if (!named || /^https?:\/\//i.test(named)) return null;
  return site !== null && folded(named) === folded(site) ? null : named;
}

/** The summary, lead picture, topics and publisher a page states; `site` and `url` as already read. */
export function describedMetadata(stated: StatedHead, ld: JsonObject | null, site: string | null, url: string | null): Described {
  const image = metaValue(stated, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? jsonLdImage(ld?.image) ?? stated.imageLink;
  return {
    description: oneLine(metaValue(stated, 'description', 'og:description', 'twitter:description') ?? jsonLdText(ld?.description)),
    image: absoluteUrl(image, absoluteUrl(stated.base, url) ?? url),
    tags: pageTags(stated, ld),
    publisher: pagePublisher(stated, ld, site),
  };
}
