import type { Metadata, PageCues } from '../model/index.js';
import { metaValue, type StatedHead } from '../segment/html/stated.js';
import { jsonLdArticle, jsonLdDated, jsonLdPeople, jsonLdText } from './json-ld.js';
import { describedMetadata, folded } from './described.js';
import type { DeclaredTitles } from './page-title.js';
import { mapped } from '../model/mapped.js';

/** `Headline | Site`, `Headline - Site`, `Headline — Site`. */
const TITLE_SEPARATOR = /\s+[|–—·-]\s+|\s+::\s+|\s+»\s+/;

function notUrl(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

/** `<title>` carries the site name too; the headline is its longest part. */
function headlineFromTitle(title: string): string {
  const parts = mapped(title.split(TITLE_SEPARATOR), (p) => p.trim());
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** Publication dates under the names other publishing systems give them (Open Graph's own, Microsoft's, site search engines', citation managers'). */
const MORE_DATE_KEYS = ['og:published_time', 'og:publish_date', 'og:article:published_time', 'published', 'published-date', 'published_date', 'published_at', 'publish_date', 'publish_time', 'publication_date',
  'date-pub', 'w-published-date', 'cxenseparse:publishtime', 'sailthru.date', 'ms.date', 'citation_publication_date', 'citation_date', 'dc.date.issued', 'dcterms.date', 'dcterms.created'];

/** Open Graph's publication key, under its own name and the `og:` prefix some systems give it. */
const SHARED_PUBLICATION_KEYS = ['article:published_time', 'og:article:published_time', 'og:published_time'];

/**
 * When the article was last changed, under the names publishing systems give it: a page that
 * states no other date is dated by it. Not `og:updated_time`, which many a system sets to when
 * it last built the page.
 */
const MODIFIED_DATE_KEYS = ['article:modified_time', 'og:article:modified_time', 'datemodified', 'dcterms.modified'];

/** Twitter's card labels its extra fields: `twitter:label1` `Written by`, `twitter:data1` the author's name. */
const AUTHOR_LABEL = /author|written|autor|auteur|verfasst/i;

function labelledAuthor(stated: StatedHead): string | null {
  for (const n of ['1', '2']) if (AUTHOR_LABEL.test(metaValue(stated, `twitter:label${n}`) ?? '')) return metaValue(stated, `twitter:data${n}`);
  return null;
}

/**
 * A publication date the markup states that the page's type is not judged by (see
 * `SegmentedDocument`): under a rarer name, or on the page's own JSON-LD node.
 */
export function laterStatedDate(stated: StatedHead): string | null {
  return metaValue(stated, ...MORE_DATE_KEYS) ?? jsonLdText(jsonLdDated(stated.jsonLd)?.datePublished);
}

/** The date the markup's `<meta>` says the article was last changed (not its JSON-LD: walking it again costs every page). */
export function modifiedStatedDate(stated: StatedHead): string | null {
  return metaValue(stated, ...MODIFIED_DATE_KEYS);
}

/**
 * Whether the page states its publication under Open Graph's key (`article:published_time`):
 * the publication it is shared under, which publishing systems keep when the story is revised. A page that states its publication only
 * elsewhere (its JSON-LD, its microdata, a rarer key) states the date its system first saved
 * the story, and an evergreen guide rewritten since prints the date it now goes by.
 */
export function sharedPublication(stated: StatedHead): boolean {
  return metaValue(stated, ...SHARED_PUBLICATION_KEYS) !== null;
}

/** The titles the page declares, among which its title is chosen once its story is found (`page-title.ts`). */
export function declaredTitles(stated: StatedHead): DeclaredTitles {
  return { shared: metaValue(stated, 'og:title', 'twitter:title'), document: stated.title, headline: jsonLdText(jsonLdArticle(stated.jsonLd)?.headline) };
}

/** What the page's markup states about it: its head, its JSON-LD, its headline and the elements it marks. */
export function htmlMetadata(stated: StatedHead, cues: PageCues): Metadata {
  const meta = (...keys: string[]) => metaValue(stated, ...keys);
  const ld = jsonLdArticle(stated.jsonLd);
  const h1 = cues.headings.find((h) => h.text.length > 0)?.text ?? null;
  const declared = meta('og:title', 'twitter:title') ?? jsonLdText(ld?.headline) ?? (stated.title ? headlineFromTitle(stated.title) : null);
  const pageTitle = `${stated.title ?? ''} ${declared ?? ''}`.toLowerCase();
  const title = h1 && pageTitle.includes(h1.toLowerCase()) ? h1 : declared ?? h1;
  const site = meta('og:site_name', 'application-name') ?? jsonLdText(ld?.publisher);
  // a <meta name=author> often names the site: the article's own author, where it gives one, comes first then
  const named = notUrl(meta('author', 'article:author', 'parsely-author', 'dc.creator', 'byl', 'sailthru.author', 'cxenseparse:author', 'citation_author') ?? labelledAuthor(stated));
  const namesSite = named !== null && site !== null && folded(named) === folded(site);
  const url = stated.canonical ?? meta('og:url');
  const lang = stated.lang ? stated.lang.split(/[-_]/)[0]!.toLowerCase() : null;
  return {
    title: title?.replace(/\s+/g, ' ').trim() || null,
    byline: (namesSite ? null : named) ?? jsonLdPeople(ld?.author, lang) ?? cues.authors.find((a) => a.marked)?.text ?? named,
    date: meta('article:published_time', 'datepublished', 'pubdate', 'publishdate', 'dc.date', 'date', 'parsely-pub-date')
      ?? jsonLdText(ld?.datePublished) ?? cues.times[0]?.text ?? null,
    dateRaw: null,
    site,
    lang,
    url,
    ...describedMetadata(stated, ld, site, url),
  };
}
