import type { Block } from '../model/index.js';
import { SEGMENT_CACHE_CHARS_PER_MARK } from '../settings.js';
import type { SegmentedDocument } from '../pipeline.js';

/** What a block's inline markup holds besides its text, in characters: the text as read, where it differs, and its marks. */
function inlineChars(block: Block): number {
  const run = block.inline;
  if (!run) return 0;
  return (run.raw === block.text ? 0 : run.raw.length) + run.marks.length * SEGMENT_CACHE_CHARS_PER_MARK;
}

/**
 * Segmented documents kept from the batch's first pass for its second, so that a document of a
 * batch is read, decoded and cut into blocks once, not twice. Bounded by the characters of the
 * blocks it holds (their text, and their inline markup's): past the bound the oldest go (the
 * second pass takes documents in the order the first pass met them), and a document not found
 * is segmented again, as if there were no cache.
 */
export class SegmentCache {
  private readonly entries = new Map<string, { document: SegmentedDocument; chars: number }>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  put(key: string, document: SegmentedDocument): void {
    this.take(key);
    let chars = 0;
    for (const block of document.blocks) chars += block.text.length + inlineChars(block);
    if (chars > this.maxChars) return;
    this.entries.set(key, { document, chars });
    this.chars += chars;
    for (const [oldest, entry] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= entry.chars;
    }
  }

  /** The document kept under `key`, which leaves the cache (extraction labels its blocks in place). */
  take(key: string): SegmentedDocument | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.chars -= entry.chars;
    return entry.document;
  }

  get size(): number {
    return this.entries.size;
  }
}
