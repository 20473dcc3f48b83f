import type { Block } from '../model/index.js';
import type { SegmentedDocument } from '../pipeline.js';
import { SEGMENT_BLOCK_BYTES, SEGMENT_MARK_BYTES } from '../settings.js';

/** The heap a segmented document holds, estimated: its text (two bytes a character) and each block's objects (an HTML block's share of its elements too). Bytes. */
export function heldBytes(document: SegmentedDocument): number {
  let bytes = 0;
  for (const block of document.blocks) bytes += block.text.length * 2 + inlineBytes(block);
  return bytes + document.blocks.length * SEGMENT_BLOCK_BYTES[document.format];
}

/** What a block's inline markup holds besides its text: the text as read, where it differs, and its marks. Bytes. */
function inlineBytes(block: Block): number {
  const run = block.inline;
  if (!run) return 0;
  return (run.raw === block.text ? 0 : run.raw.length * 2) + run.marks.length * SEGMENT_MARK_BYTES;
}

/**
 * Segmented documents kept from the batch's first pass for its second, so that a document of a
 * batch is read, decoded and cut into blocks once, not twice. Bounded by the heap its documents
 * hold (`heldBytes`), which a worker's small heap must leave room beside for the page it works on:
 * past the bound the oldest go (the second pass takes documents in the order the first pass met
 * them), and a document not found is segmented again, as if there were no cache.
 */
export class SegmentCache {
  private readonly entries = new Map<string, { document: SegmentedDocument; bytes: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  put(key: string, document: SegmentedDocument): void {
    this.take(key);
    const bytes = heldBytes(document);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { document, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  /** The document kept under `key`, which leaves the cache (extraction labels its blocks in place). */
  take(key: string): SegmentedDocument | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    return entry.document;
  }

  get size(): number {
    return this.entries.size;
  }
}
