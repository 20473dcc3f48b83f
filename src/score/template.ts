import type { Features, SiteLineCounts, Verdict } from '../model/index.js';
import { FEW_WORDS, FEW_WORDS_MIN_SHARE, SYNDICATED_SHARE, TEMPLATE_SITE_WIDE_SHARE, TEMPLATE_MAX_LINES, TEMPLATE_MIN_DOCUMENTS, TEMPLATE_MIN_SHARE } from '../settings.js';
import { FNV_START, mixText } from '../features/hash.js';
import { mapped } from '../model/mapped.js';

/** The counts as they travel to worker threads: typed arrays, which are copied whole rather than number by number. */
export interface LineStatsData {
  documents: number;
  maxLines: number;
  hashes: Uint32Array;
  counts: Uint32Array;
}

/** Every document counts this line once for its site: the site's number of documents. */
const DOCUMENT_MARK = '\u0000';

/**
 * Lines a site prints on every page (menus, footers, widget labels, disclaimers) recur across
 * the documents of a batch; story lines do not. A first pass over the batch counts, for each
 * normalised line, how many documents of its site contain it (CCNet removes lines repeated across
 * shards the same way); extraction then treats a frequent line as template. These counts take a
 * batch as one site, or count per host where the caller names one; `TemplateLearner` finds the
 * sites of a batch that mixes them without addresses, as the command line does.
 *
 * Memory stays bounded: lines are kept as 32-bit hashes of site and line, and when the table is
 * full the lines seen in a single document so far are forgotten (lossy counting). A template line
 * recurs from the start, so it survives; a line that is pruned and comes back is undercounted,
 * never over.
 */
export class LineStats implements SiteLineCounts {
  private counts = new Map<number, number>();
  documents = 0;

  constructor(private readonly maxLines = TEMPLATE_MAX_LINES) {}

  /** Counts one document's lines (each distinct line once), for its site. */
  addDocument(keys: Iterable<string>, site = ''): void {
    this.addHashes(documentHashes(keys, site));
  }

  /** Counts one document by what `documentHashes` made of it (on whichever thread read it). */
  addHashes(hashes: Uint32Array): void {
    this.documents++;
    for (const h of hashes) this.counts.set(h, (this.counts.get(h) ?? 0) + 1);
    if (this.counts.size > this.maxLines) this.prune();
  }

  toData(): LineStatsData {
    return { documents: this.documents, maxLines: this.maxLines, hashes: Uint32Array.from(this.counts.keys()), counts: Uint32Array.from(this.counts.values()) };
  }

  static fromData(data: LineStatsData): LineStats {
    const stats = new LineStats(data.maxLines);
    stats.documents = data.documents;
    data.hashes.forEach((h, i) => stats.counts.set(h, data.counts[i]!));
    return stats;
  }

  /** In how many documents of the site this normalised line occurs. */
  documentsWith(key: string, site = ''): number {
    return this.counts.get(hash(site, key)) ?? 0;
  }

  /** How many documents of the site were counted. */
  documentsOf(site = ''): number {
    return this.documentsWith(DOCUMENT_MARK, site);
  }

  private prune(): void {
    for (const [h, n] of this.counts) if (n <= 1) this.counts.delete(h);
  }
}

/** FNV-1a over the site, a separator and the line: a collision only merges two rare lines' counts. */
const hash = (site: string, text: string): number => mixText(mixText(mixText(FNV_START, site), '\u0001'), text);

/**
 * One document's distinct lines for its site, as the hashes `LineStats` counts, with the mark
 * that counts the document itself: a few hundred bytes to hand from thread to thread, where the
 * lines themselves are tens of kilobytes.
 */
export function documentHashes(keys: Iterable<string>, site = ''): Uint32Array {
  const seen = new Set<number>();
  for (const key of [DOCUMENT_MARK, ...keys]) if (key) seen.add(hash(site, key));
  return Uint32Array.from(seen);
}

/** The site a document belongs to, from the address it was fetched from: its host, without `www.`. */
export function siteOf(url: unknown): string {
  if (typeof url !== 'string') return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The documents of its site a line must be in to be template, in a site of `documents` (also a few words' floor, see `FEW_WORDS`). */
export function templateMinDocuments(documents: number): number {
  return Math.max(TEMPLATE_MIN_DOCUMENTS, Math.ceil(documents * TEMPLATE_MIN_SHARE));
}

/**
 * Families of boilerplate that later passes may still take for content (a listing's linked
 * headlines, a thread's repeated furniture, teasers on a page of many items): a template line of
 * these becomes the template's, so that no pass keeps it. Other verdicts of boilerplate stand.
 */
const TAKEN_FOR_CONTENT: ReadonlySet<string> = new Set(['links', 'repeat', 'teaser']);

/**
 * The template verdict of each block whose line recurs across its site's pages in the batch, and
 * (HTML, given each block's class path) of each block in an element that holds the site's
 * template on its pages: a menu's new item, a widget's headline of the day; null for the others.
 * Recurring prose (a disclaimer paragraph, an author bio) is template too, unless it is most of
 * the document's prose: then the batch holds the same story more than once, and the story stays.
 */
export function templateVerdicts(verdicts: readonly Verdict[], features: Features[], keys: string[], stats: SiteLineCounts, site = '', paths?: readonly number[]): (Verdict | null)[] | null {
  const documents = stats.documentsOf(site);
  if (documents < TEMPLATE_MIN_DOCUMENTS) return null;
  const minDocuments = templateMinDocuments(documents);
  const minFewWords = Math.max(minDocuments, Math.ceil(documents * FEW_WORDS_MIN_SHARE));
  const counts = mapped(keys, (k, i) => {
    const n = k ? stats.documentsWith(k, site) : 0;
    return n >= (features[i]!.words <= FEW_WORDS ? minFewWords : minDocuments) ? n : 0;
  });
  const pathPages = paths && stats.templatePathPages ? mapped(paths, (p) => stats.templatePathPages!(p, site)) : null;
  let prose = 0;
  let recurringProse = 0;
  verdicts.forEach((v, i) => {
    if (v.grade !== 'good') return;
    prose += features[i]!.words;
    if (counts[i]! > 0) recurringProse += features[i]!.words;
  });
  const spareProse = recurringProse > prose * SYNDICATED_SHARE;
  const of = `pages${site ? ` of ${site}` : ''}`;
  const siteWide = documents * TEMPLATE_SITE_WIDE_SHARE;
  return mapped(verdicts, (v, i): Verdict | null => {
    if (spareProse && v.grade === 'good') return null;
    if (counts[i]! > 0) return { grade: 'bad', reason: `repeated in ${counts[i]} of ${documents} ${of}`, family: counts[i]! >= siteWide ? 'template' : 'recurring', rule: 'template/recurring-line' };
    if (pathPages && pathPages[i]! > 0) return { grade: 'bad', reason: `its element holds the template on ${pathPages[i]} of ${documents} ${of}`, family: 'template', rule: 'template/template-element' };
    return null;
  });
}

/** Gives the blocks not judged boilerplate by their own evidence their template verdicts, in place. */
export function markTemplateLines(verdicts: Verdict[], template: readonly (Verdict | null)[]): void {
  template.forEach((t, i) => {
    if (t && verdicts[i]!.grade !== 'bad') verdicts[i] = t;
  });
}

/**
 * Gives the template's verdict to boilerplate that later passes may take for content, in place:
 * after the passes that read those families from the page alone (teaser runs take linked lines
 * for headlines), before selection, which keeps a page's links and teasers as its content.
 */
export function markTemplateBoilerplate(verdicts: Verdict[], template: readonly (Verdict | null)[]): void {
  template.forEach((t, i) => {
    const v = verdicts[i]!;
    if (t && v.grade === 'bad' && TAKEN_FOR_CONTENT.has(v.family ?? '')) verdicts[i] = t;
  });
}
