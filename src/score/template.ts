import type { Features } from '../types.js';
import type { Verdict } from './classify.js';

/**
 * Lines a site prints on every page (menus, footers, widget labels, disclaimers) recur across
 * the documents of a batch; story lines do not. A first pass over the batch counts, for each
 * normalised line, how many documents contain it (CCNet removes lines repeated across shards the
 * same way); extraction then treats a frequent line as template.
 *
 * Memory stays bounded: lines are kept as 32-bit hashes, and when the table is full the lines
 * seen in a single document so far are forgotten (lossy counting). A template line recurs from
 * the start, so it survives; a line that is pruned and comes back is undercounted, never over.
 */
export interface LineStatsData {
  documents: number;
  maxLines: number;
  hashes: number[];
  counts: number[];
}

export class LineStats {
  private counts = new Map<number, number>();
  documents = 0;

  constructor(private readonly maxLines = DEFAULT_MAX_LINES) {}

  /** Counts one document's lines (each distinct line once). */
  addDocument(keys: Iterable<string>): void {
    this.documents++;
    const seen = new Set<number>();
    for (const key of keys) {
      if (!key) continue;
      const h = hash(key);
      if (seen.has(h)) continue;
      seen.add(h);
      this.counts.set(h, (this.counts.get(h) ?? 0) + 1);
    }
    if (this.counts.size > this.maxLines) this.prune();
  }

  /** The counts as plain arrays, to hand to another thread. */
  toData(): LineStatsData {
    return { documents: this.documents, maxLines: this.maxLines, hashes: [...this.counts.keys()], counts: [...this.counts.values()] };
  }

  static fromData(data: LineStatsData): LineStats {
    const stats = new LineStats(data.maxLines);
    stats.documents = data.documents;
    data.hashes.forEach((h, i) => stats.counts.set(h, data.counts[i]!));
    return stats;
  }

  /** In how many documents of the batch this normalised line occurs. */
  documentsWith(key: string): number {
    return this.counts.get(hash(key)) ?? 0;
  }

  private prune(): void {
    for (const [h, n] of this.counts) if (n <= 1) this.counts.delete(h);
  }
}

const DEFAULT_MAX_LINES = 500_000;

/** FNV-1a over UTF-16 code units: a collision only merges two rare lines' counts. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A line in this many documents of the batch, and this share of them, is the site's template. */
export const TEMPLATE_MIN_DOCUMENTS = 3;
export const TEMPLATE_MIN_SHARE = 0.1;
/** A word or two recurs in any batch (`News`, `1`); such a line must be in most of its documents. */
const FEW_WORDS = 2;
const FEW_WORDS_MIN_SHARE = 0.5;
/** Beyond this share of a document's prose, recurring prose is a syndicated story, not a template. */
const SYNDICATED_SHARE = 0.5;

/**
 * Marks the blocks whose lines recur across the batch as boilerplate, in place. Recurring prose
 * (a disclaimer paragraph, an author bio) goes too, unless it is most of the document's prose:
 * then the batch holds the same story more than once, and the story stays.
 */
export function markTemplateLines(verdicts: Verdict[], features: Features[], keys: string[], stats: LineStats): void {
  if (stats.documents < TEMPLATE_MIN_DOCUMENTS) return;
  const minDocuments = Math.max(TEMPLATE_MIN_DOCUMENTS, Math.ceil(stats.documents * TEMPLATE_MIN_SHARE));
  const minFewWords = Math.max(minDocuments, Math.ceil(stats.documents * FEW_WORDS_MIN_SHARE));
  const counts = keys.map((k, i) => {
    const n = k ? stats.documentsWith(k) : 0;
    return n >= (features[i]!.words <= FEW_WORDS ? minFewWords : minDocuments) ? n : 0;
  });
  let prose = 0;
  let recurringProse = 0;
  verdicts.forEach((v, i) => {
    if (v.cls !== 'good') return;
    prose += features[i]!.words;
    if (counts[i]! > 0) recurringProse += features[i]!.words;
  });
  const spareProse = recurringProse > prose * SYNDICATED_SHARE;
  verdicts.forEach((v, i) => {
    if (counts[i] === 0 || v.cls === 'bad' || (spareProse && v.cls === 'good')) return;
    verdicts[i] = { cls: 'bad', reason: `repeated in ${counts[i]}/${stats.documents} documents`, cue: 'template' };
  });
}
